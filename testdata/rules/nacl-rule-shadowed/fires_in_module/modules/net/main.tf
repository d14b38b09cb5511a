variable "office_cidr" {
  type = string
}

resource "aws_network_acl" "this" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }

  ingress { # want `inbound rule 110 of module\.net\.aws_network_acl\.this \(deny tcp 3389 from 203\.0\.113\.0/24\) can never match`
    rule_no    = 110
    action     = "deny"
    protocol   = "tcp"
    from_port  = 3389
    to_port    = 3389
    cidr_block = var.office_cidr
  }
}
