resource "aws_nat_gateway" "a" { # want `^NAT gateway module\.egress\.aws_nat_gateway\.a lacks required tags Owner, Purpose`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}
