provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Owner = "network-team" }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = { Purpose = "production" }
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
  tags       = { Purpose = "app tier" }
}

resource "aws_network_acl" "a" {
  vpc_id = aws_vpc.main.id
  tags   = { Purpose = "app tier" }
}
