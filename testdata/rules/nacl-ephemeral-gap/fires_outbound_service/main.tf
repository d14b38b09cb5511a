# Hosts call MySQL outbound; the replies need inbound ephemeral ports from
# the database's CIDR. Inbound only admits SSH from the VPN, whose replies are
# fine (the outbound reply rule), and the MySQL replies are not.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "172.16.0.0/12"
  }

  egress { # want `^outbound rule 100 of aws_network_acl\.app \(allow tcp 3306 to 10\.1\.0\.0/16\) lets requests out, but inbound replies to the subnet's hosts' ephemeral ports are denied: tcp 1024-65535 from 10\.1\.0\.0/16 by the implicit deny; add an inbound allow for tcp 1024-65535 from 10\.1\.0\.0/16$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 3306
    to_port    = 3306
    cidr_block = "10.1.0.0/16"
  }

  egress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "172.16.0.0/12"
  }
}
