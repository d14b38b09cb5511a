variable "networks" {
  default = {
    a = "10.0.0.0/16"
    b = "10.1.0.0/16"
  }
}

module "net" {
  source   = "./modules/net"
  for_each = var.networks
  name     = each.key
  cidr     = each.value
}

module "counted" {
  source = "./modules/single"
  count  = 2
  cidr   = "10.${10 + count.index}.0.0/16"
}

module "zero" {
  source = "./modules/single"
  count  = 0
  cidr   = "10.99.0.0/16"
}

module "plain" {
  source = "./modules/single"
  cidr   = module.net["a"].vpc_cidr
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = module.net["a"].vpc_id
  peer_vpc_id = module.net["b"].vpc_id
  all_subnets = module.net["b"].subnet_ids
  counted_ids = module.counted[*].vpc_id
  first       = module.counted[0].vpc_id
  zero        = length(module.zero)
  plain       = module.plain.vpc_id
  sub_cidr    = module.net["a"].sub_cidr
  whole       = module.net["b"].vpc.cidr_block
  whole_nacl  = module.net["b"].vpc.default_network_acl_id
}
