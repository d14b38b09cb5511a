variable "hub_vpc_id" {
  type = string
}

variable "spoke_vpc_id" {
  type = string
}

resource "aws_vpc_peering_connection" "this" { # want `^VPCs aws_vpc\.hub \(10\.0\.0\.0/16, primary\) and aws_vpc\.spoke\["dev"\] \(10\.0\.64\.0/18, primary\) overlap`
  vpc_id      = var.hub_vpc_id
  peer_vpc_id = var.spoke_vpc_id
  auto_accept = true
}
