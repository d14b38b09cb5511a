resource "aws_vpc" "shared" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_subnet" "shared_a" {
  vpc_id            = aws_vpc.shared.id
  cidr_block        = "10.50.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "shared_c" {
  vpc_id            = aws_vpc.shared.id
  cidr_block        = "10.50.3.0/24"
  availability_zone = "us-east-1c"
}

resource "aws_subnet" "shared_tgw_a" {
  vpc_id            = aws_vpc.shared.id
  cidr_block        = "10.50.100.0/28"
  availability_zone = "us-east-1a"
}

resource "aws_default_route_table" "shared" {
  default_route_table_id = aws_vpc.shared.default_route_table_id
  route {
    cidr_block         = "10.0.0.0/8"
    transit_gateway_id = aws_ec2_transit_gateway.main.id
  }
}

resource "aws_security_group" "svc" {
  vpc_id = aws_vpc.shared.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_instance" "svc_a" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.shared_a.id
  vpc_security_group_ids = [aws_security_group.svc.id]
}

resource "aws_instance" "svc_c" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.shared_c.id
  vpc_security_group_ids = [aws_security_group.svc.id]
}
