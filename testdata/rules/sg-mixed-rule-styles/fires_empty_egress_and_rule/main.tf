# Pitfall P2: egress = [] owns the egress rules and keeps none, while a rule
# resource adds one.
resource "aws_security_group" "db" { # want `^egress = \[\] tells aws_security_group\.db to keep no egress rules, while aws_vpc_security_group_egress_rule\.db_out also adds egress rules: the next apply removes that rule from the group and the one after adds it back, so connections that need it fail every other apply; move every egress rule of the group into one style \(e\.g\. aws_vpc_security_group_egress_rule resources, with the group's egress argument removed, not set to \[\]\)$`
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"
  egress = []
}

resource "aws_vpc_security_group_egress_rule" "db_out" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/16"
}
