# Groups used only by interface endpoints and databases: those only accept
# connections, and security groups are stateful, so no egress is needed.
resource "aws_security_group" "endpoints" {
  name   = "endpoints"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_vpc_endpoint" "ssm" {
  for_each            = toset(["ssm", "ssmmessages", "ec2messages"])
  vpc_id              = "vpc-0123456789abcdef0"
  service_name        = "com.amazonaws.eu-west-2.${each.value}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  security_group_ids  = [aws_security_group.endpoints.id]
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.0.0/16"]
  }
}

locals {
  db_groups = [aws_security_group.db.id]
}

resource "aws_db_instance" "main" {
  engine                 = "postgres"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  vpc_security_group_ids = local.db_groups
}
