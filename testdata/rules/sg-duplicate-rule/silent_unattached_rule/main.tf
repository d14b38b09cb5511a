# A rule resource whose group cannot be resolved is not compared.
variable "sg_id" {
  type = string
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = var.sg_id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["10.0.0.0/16"]
}
