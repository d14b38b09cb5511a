# The tags come from an input without a value.
variable "tags" {
  type = map(string)
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
  tags          = var.tags
}

variable "default_tags" {
  type = map(string)
}

provider "aws" {
  alias = "other"
  default_tags {
    tags = var.default_tags
  }
}

resource "aws_nat_gateway" "b" {
  provider      = aws.other
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}
