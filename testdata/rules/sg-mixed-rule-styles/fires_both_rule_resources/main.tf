# The two rule resources on one group, also for the default group.
resource "aws_security_group" "web" { # want warning `^security group aws_security_group\.web gets rules from both aws_security_group_rule \(aws_security_group_rule\.http\) and aws_vpc_security_group_\*_rule \(aws_vpc_security_group_egress_rule\.all\): the provider documents that combining them on one group may cause rule conflicts, perpetual diffs and overwritten rules; replace the aws_security_group_rule resources with aws_vpc_security_group_ingress_rule and _egress_rule$`
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "http" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_default_security_group" "default" { # want `security group aws_default_security_group\.default gets rules from both`
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "default_in" {
  type              = "ingress"
  security_group_id = aws_default_security_group.default.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  self              = true
}

resource "aws_vpc_security_group_egress_rule" "default_out" {
  security_group_id = aws_default_security_group.default.id
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/8"
}
