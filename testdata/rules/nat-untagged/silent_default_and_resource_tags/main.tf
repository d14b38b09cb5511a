# One key from default_tags, one from the resource; the resource's non-empty
# value wins over an empty default.
provider "aws" {
  default_tags {
    tags = { Owner = "net-team", Purpose = "" }
  }
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = merge({ Purpose = "egress" }, { Name = "nat-a" })
}
