# The configured keys replace the default ones: Purpose is not required here.
resource "aws_nat_gateway" "a" { # want `lacks required tag CostCenter;`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = {
    Owner = "network-team"
  }
}
