# Database ports are warnings; several in one rule are named together.
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "pg" { # want warning `^ingress rule aws_vpc_security_group_ingress_rule\.pg of aws_security_group\.db \(tcp 5432 from ::/0\) allows tcp 5432 \(PostgreSQL\) from any address \(::/0\): databases and caches must never be reachable from the internet; allow only the security groups of the clients that use them \(source_security_group_id / referenced_security_group_id\) or private ranges$`
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv6         = "::/0"
}

resource "aws_security_group_rule" "mysql_and_more" { # want warning `\(tcp 5400-6400 from 0\.0\.0\.0/0 and ::/0\) allows tcp 5432 \(PostgreSQL\) and 6379 \(Redis\) from any address \(0\.0\.0\.0/0 and ::/0\)`
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  protocol          = "tcp"
  from_port         = 5400
  to_port           = 6400
  cidr_blocks       = ["0.0.0.0/0"]
  ipv6_cidr_blocks  = ["::/0"]
}
