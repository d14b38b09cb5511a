# The gateway's id goes to a module that is not loaded, which may create the routes.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_nat_gateway" "egress" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

module "private_routes" {
  source         = "terraform-aws-modules/route-tables/aws"
  vpc_id         = aws_vpc.main.id
  nat_gateway_id = aws_nat_gateway.egress.id
}
