# A narrower rule inside a wider one: no shared permission, so AWS accepts
# both, but the narrow one grants nothing. IPv6 works the same way.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol         = "tcp"
    from_port        = 0
    to_port          = 65535
    cidr_blocks      = ["10.0.0.0/8"]
    ipv6_cidr_blocks = ["2001:db8::/32"]
  }

  ingress { # want `^the inline ingress rule on line 15 of aws_security_group\.app \(tcp 8080-8081 from 10\.20\.0\.0/16 and 2001:db8:1::/48\) is redundant: the inline ingress rule on line 7 of aws_security_group\.app \(tcp from 10\.0\.0\.0/8 and 2001:db8::/32\) already allows all of its traffic; remove it, or narrow the other rule if this one states the intended access$`
    protocol         = "tcp"
    from_port        = 8080
    to_port          = 8081
    cidr_blocks      = ["10.20.0.0/16"]
    ipv6_cidr_blocks = ["2001:db8:1::/48"]
  }

  ingress { # want `tcp 443 from 10\.0\.0\.0/9 and 10\.128\.0\.0/9\) is redundant`
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/9", "10.128.0.0/9"]
  }
}
