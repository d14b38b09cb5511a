resource "aws_security_group" "app" {
  name        = "app"
  description = "app servers"
  vpc_id      = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_network_interface" "a" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.app.id]
}

resource "aws_network_interface" "b" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.app.id]
}
