# The secondary block's association has an unknown count.
variable "grow" {
  type = bool
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/17"
}

resource "aws_vpc_ipv4_cidr_block_association" "more" {
  count      = var.grow ? 1 : 0
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.128.0/17"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block         = "10.0.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }
}
