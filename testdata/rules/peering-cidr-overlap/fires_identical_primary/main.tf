# Two VPCs from the same template, both on the default range.
variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}

resource "aws_vpc" "prod" {
  cidr_block = var.cidr
}

resource "aws_vpc" "shared" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_peering_connection" "prod_shared" { # want `VPCs aws_vpc\.prod \(10\.0\.0\.0/16, primary\) and aws_vpc\.shared \(10\.0\.0\.0/16, primary\) overlap`
  vpc_id      = aws_vpc.prod.id
  peer_vpc_id = aws_vpc.shared.id
}
