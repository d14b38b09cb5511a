resource "aws_vpc" "ok" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "bad" {
  vpc_id = aws_vpc.ok.id
  cidr_block = = "10.0.0.0/24"
}
