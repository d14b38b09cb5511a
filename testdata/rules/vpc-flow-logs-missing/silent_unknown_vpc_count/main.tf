# The VPC's count is unknown: it may not exist.
variable "create_vpc" {
  type = bool
}

resource "aws_vpc" "main" {
  count      = var.create_vpc ? 1 : 0
  cidr_block = "10.0.0.0/16"
}
