# An empty value does not say who owns the gateway.
provider "aws" {
  default_tags {
    tags = {
      Owner   = "platform"
      Purpose = "egress"
    }
  }
}

resource "aws_nat_gateway" "a" { # want `^NAT gateway aws_nat_gateway\.a has an empty required tag Owner; set it in`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = {
    Owner = ""
  }
}

resource "aws_nat_gateway" "b" { # want `^NAT gateway aws_nat_gateway\.b lacks required tag Owner and has an empty required tag Purpose; set them in`
  provider          = aws.bare
  connectivity_type = "private"
  subnet_id         = "subnet-0123456789abcdef0"

  tags = {
    Purpose = " "
  }
}

provider "aws" {
  alias = "bare"
}
