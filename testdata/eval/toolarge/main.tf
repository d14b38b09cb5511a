resource "aws_subnet" "many" {
  count      = 20001
  vpc_id     = "vpc-1"
  cidr_block = "10.0.0.0/24"
}

resource "aws_subnet" "fine" {
  count      = 2
  vpc_id     = "vpc-1"
  cidr_block = "10.0.0.0/24"
}
