resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "spoke" {
  for_each   = { dev = "10.0.64.0/18", test = "10.2.0.0/16" }
  cidr_block = each.value
}

module "peer" {
  source       = "./modules/peer"
  for_each     = aws_vpc.spoke
  hub_vpc_id   = aws_vpc.hub.id
  spoke_vpc_id = each.value.id
}
