# Without a providers argument the module inherits the default provider.
provider "aws" {
  default_tags {
    tags = { Owner = "net-team", Purpose = "egress" }
  }
}

module "egress" {
  source = "./modules/nat"
}
