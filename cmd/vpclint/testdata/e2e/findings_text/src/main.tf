# Several mistakes at once, one per rule, and a local module called twice.
provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Owner = "network-team"
    }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.0.128.0/17"
}

resource "aws_vpc_peering_connection" "main_shared" {
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}

resource "aws_network_acl" "web" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = ["subnet-0123456789abcdef0"]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }
}

module "app" {
  source = "./modules/app"
  for_each = {
    blue  = "10.0.1.0/24"
    green = "10.0.2.0/24"
  }
  name   = "app-${each.key}"
  vpc_id = aws_vpc.main.id
}
