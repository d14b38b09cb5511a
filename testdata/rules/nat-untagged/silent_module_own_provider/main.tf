# A legacy module with its own provider block uses that block's default_tags.
provider "aws" {
}

module "legacy" {
  source = "./modules/nat"
}
