# The database's security group admits the whole VPC, so the public
# subnets, which must never reach it, can; with no network ACL, neither can
# the database subnets keep them out.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "db_a" { # want `^reach "public-not-to-db-subnet" forbids tcp aws_subnet\.public → aws_subnet\.db_a port 5432, but it gets through: network ACL aws_subnet\.db_a lets it through \(inbound: the VPC's default network ACL \(not managed here\) allows all\) on the path aws_subnet\.public → aws_subnet\.db_a; to block it, `
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.10.0/24"
}

resource "aws_subnet" "db_b" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.11.0/24"
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
  ingress { # want `^reach "public-not-to-db" forbids tcp aws_subnet\.public → aws_db_instance\.main port 5432, but it gets through: security group aws_security_group\.db lets it through \(ingress rule allows tcp 5432 from 10\.0\.0\.0/16\) on the path aws_subnet\.public → aws_subnet\.db_a → aws_security_group\.db; to block it, narrow that rule or deny the traffic at another hop of the path$`
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_db_subnet_group" "db" {
  name       = "db"
  subnet_ids = [aws_subnet.db_a.id, aws_subnet.db_b.id]
}

resource "aws_db_instance" "main" {
  identifier             = "main"
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  allocated_storage      = 20
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.db.id]
}
