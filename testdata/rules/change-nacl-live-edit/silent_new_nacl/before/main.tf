resource "aws_subnet" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.3.0/24"
}
