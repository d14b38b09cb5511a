# An allow that a broader deny already decides: the port never opens.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    rule_no    = 100
    action     = "deny"
    protocol   = "udp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }

  egress { # want error `outbound rule 110 of aws_network_acl\.app \(allow udp 53 to 10\.0\.0\.2/32\) can never match: rule 100 \(deny udp to 0\.0\.0\.0/0\) already denies all of its traffic`
    rule_no    = 110
    action     = "allow"
    protocol   = "udp"
    from_port  = 53
    to_port    = 53
    cidr_block = "10.0.0.2/32"
  }
}
