# The module uses a provider configuration without default_tags.
provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Owner = "network-team", Purpose = "shared network" }
  }
}

provider "aws" {
  alias  = "other"
  region = "eu-west-1"
}

module "net" {
  source    = "./modules/net"
  providers = { aws = aws.other }
}

resource "aws_vpc" "tagged" {
  cidr_block = "10.0.0.0/16"
}
