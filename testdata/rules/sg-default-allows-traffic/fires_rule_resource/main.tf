# A rule resource attached to the managed default group, through the VPC's
# default_security_group_id.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" { # want `keeps 1 rule \(ingress tcp 443 from 10\.0\.0\.0/16\)`
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_vpc.main.default_security_group_id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}
