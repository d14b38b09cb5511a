resource "aws_subnet" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.3.0/24"
}

resource "aws_subnet" "db" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.4.0/24"
}

resource "aws_network_acl" "db" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.db.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 5432
    to_port    = 5432
    cidr_block = "10.0.3.0/24"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.0.3.0/24"
  }
}
