# The group is handed to a registry module that is not installed: what uses
# it there, and whether that has egress, cannot be seen.
resource "aws_security_group" "endpoints" {
  name   = "endpoints"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
}

module "vpc_endpoints" {
  source  = "terraform-aws-modules/vpc/aws//modules/vpc-endpoints"
  version = "6.0.1"

  security_group_ids = [aws_security_group.endpoints.id]
}
