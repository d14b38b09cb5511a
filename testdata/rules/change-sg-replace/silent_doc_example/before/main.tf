resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_network_interface" "web" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.web.id]
}
