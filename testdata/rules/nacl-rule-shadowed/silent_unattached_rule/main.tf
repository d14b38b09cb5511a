# A rule whose NACL cannot be resolved might be numbered before rule 200 in
# this NACL and decide part of its traffic.
variable "acl_id" {
  type = string
}

resource "aws_network_acl_rule" "elsewhere" {
  network_acl_id = var.acl_id
  rule_number    = 10
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "198.51.100.0/24"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "deny"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 200
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "198.51.100.0/24"
  }
}
