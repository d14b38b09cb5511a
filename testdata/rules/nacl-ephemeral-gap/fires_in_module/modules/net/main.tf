variable "ports" {
  type = list(number)
}

resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  # Blocks made by a dynamic block are reported at its content block.
  dynamic "ingress" {
    for_each = var.ports
    content { # want `inbound rule 100 of module\.net\.aws_network_acl\.public \(allow tcp 80 from 0\.0\.0\.0/0\)` `inbound rule 101 of module\.net\.aws_network_acl\.public \(allow tcp 443 from 0\.0\.0\.0/0\)`
      rule_no    = 100 + ingress.key
      action     = "allow"
      protocol   = "tcp"
      from_port  = ingress.value
      to_port    = ingress.value
      cidr_block = "0.0.0.0/0"
    }
  }
}
