variable "name" {
  type = string
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "https" { # want "module\\.app\\[0\\]\\.aws_vpc_security_group_egress_rule\\.https of module\\.app\\[0\\]\\.aws_security_group\\.this .* is redundant: module\\.app\\[0\\]\\.aws_vpc_security_group_egress_rule\\.all \\(all to 0\\.0\\.0\\.0/0\\)" "module\\.app\\[1\\]\\.aws_vpc_security_group_egress_rule\\.https .* is redundant"
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
