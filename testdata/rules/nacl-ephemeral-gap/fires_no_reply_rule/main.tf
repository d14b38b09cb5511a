# P5: HTTPS in, but a custom NACL denies everything outbound.
resource "aws_network_acl" "web" {
  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = ["subnet-0123456789abcdef0"]

  ingress { # want error `^inbound rule 100 of aws_network_acl\.web \(allow tcp 443 from 0\.0\.0\.0/0\) lets requests in, but outbound replies to the clients' ephemeral ports are denied: tcp 1024-65535 to 0\.0\.0\.0/0 by the implicit deny; add an outbound allow for tcp 1024-65535 to 0\.0\.0\.0/0$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  # An outbound rule for port 443 does not carry the replies (NACLs match
  # destination ports); it is a service of its own, whose replies are denied
  # inbound.
  egress { # want `^outbound rule 100 of aws_network_acl\.web \(allow tcp 443 to 0\.0\.0\.0/0\) lets requests out, but inbound replies to the subnet's hosts' ephemeral ports are denied: tcp 1024-65535 from 0\.0\.0\.0/0 by the implicit deny; add an inbound allow for tcp 1024-65535 from 0\.0\.0\.0/0$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }
}
