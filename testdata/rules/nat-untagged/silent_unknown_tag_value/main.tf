# A required key whose value is unknown is present.
variable "owner" {
  type = string
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = {
    Owner   = var.owner
    Purpose = "egress"
  }
}
