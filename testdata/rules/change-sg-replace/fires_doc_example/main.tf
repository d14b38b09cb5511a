# In the current state, the group is called "web" and the interface uses
# it. Renaming it forces a replacement, destroy first.
resource "aws_security_group" "web" {
  name   = "web-frontend"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_network_interface" "web" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.web.id]
}
