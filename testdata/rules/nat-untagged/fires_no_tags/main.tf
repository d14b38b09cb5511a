resource "aws_nat_gateway" "a" { # want `^NAT gateway aws_nat_gateway\.a lacks required tags Owner, Purpose; set them in its tags or in default_tags of the provider configuration it uses \(either counts\)$`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}
