resource "aws_security_group" "app" {
  name        = "app"
  description = "application servers"
  vpc_id      = "vpc-0a1b2c3d4e5f60789"
}
