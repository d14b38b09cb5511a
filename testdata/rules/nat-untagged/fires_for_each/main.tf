variable "subnets" {
  type = map(string)
  default = {
    a = "subnet-0123456789abcdef0"
    b = "subnet-0fedcba9876543210"
  }
}

resource "aws_nat_gateway" "per_az" { # want `aws_nat_gateway\.per_az\["a"\] lacks required tag Purpose` `aws_nat_gateway\.per_az\["b"\] lacks required tag Purpose`
  for_each          = var.subnets
  connectivity_type = "private"
  subnet_id         = each.value

  tags = {
    Owner = "network-team"
    Name  = "nat-${each.key}"
  }
}
