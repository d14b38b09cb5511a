# The resource selects the alias, whose default_tags lack Purpose.
provider "aws" {
  default_tags {
    tags = { Owner = "net-team", Purpose = "egress" }
  }
}

provider "aws" {
  alias = "west"
  default_tags {
    tags = { Owner = "net-team" }
  }
}

resource "aws_nat_gateway" "west" { # want `aws_nat_gateway\.west lacks required tag Purpose`
  provider      = aws.west
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}

resource "aws_nat_gateway" "east" {
  allocation_id = "eipalloc-0fedcba9876543210"
  subnet_id     = "subnet-0fedcba9876543210"
}
