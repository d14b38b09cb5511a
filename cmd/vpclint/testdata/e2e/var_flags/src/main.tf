variable "egress_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

# With --var egress_cidrs=[] the dynamic block makes no egress rule.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "egress" {
    for_each = var.egress_cidrs
    content {
      protocol    = "tcp"
      from_port   = 443
      to_port     = 443
      cidr_blocks = [egress.value]
    }
  }
}
