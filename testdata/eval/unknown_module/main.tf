variable "names" {
  type = set(string)
}

module "net" {
  source   = "./modules/net"
  for_each = var.names
  name     = each.key
}

resource "aws_vpc" "uses" {
  cidr_block = "10.0.0.0/16"
  tags = {
    ids = jsonencode(module.net)
  }
}
