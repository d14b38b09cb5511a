# Private ranges, security groups, prefix lists and self are not the
# internet; nor is a rule with no peer (checkov's not_self).
resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol        = "tcp"
    from_port       = 22
    to_port         = 22
    cidr_blocks     = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
    security_groups = ["sg-0123456789abcdef0"]
    prefix_list_ids = ["pl-0123456789abcdef0"]
  }

  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = true
  }

  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = false
  }
}
