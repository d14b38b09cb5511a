resource "aws_network_interface" "a" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = []
}
