provider "aws" {
  default_tags {
    tags = { Owner = "module-team", Purpose = "egress" }
  }
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}
