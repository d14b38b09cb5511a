# The new group is created and attached before the old one is deleted;
# name_prefix lets both exist at once.
resource "aws_security_group" "web" {
  name_prefix = "web-frontend-"
  vpc_id      = "vpc-0a1b2c3d4e5f60789"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_network_interface" "web" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.web.id]
}
