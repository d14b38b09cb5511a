provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      Environment = "prod"
    }
  }
}

resource "aws_nat_gateway" "a" { # want `^NAT gateway aws_nat_gateway\.a lacks required tag Purpose; set it in`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = {
    Owner = "network-team"
  }
}
