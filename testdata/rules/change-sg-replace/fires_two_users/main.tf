resource "aws_security_group" "app" { # want `security group aws_security_group\.app is destroyed, then re-created, while aws_network_interface\.a and aws_network_interface\.b use it`
  name        = "app"
  description = "application servers"
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
