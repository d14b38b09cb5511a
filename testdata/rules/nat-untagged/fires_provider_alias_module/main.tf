# P9 counter-case: the module gets aws.other, which has no default_tags.
provider "aws" {
  default_tags {
    tags = { Owner = "net-team", Purpose = "egress" }
  }
}

provider "aws" {
  alias  = "other"
  region = "eu-west-1"
}

module "egress" {
  source = "./modules/nat"
  providers = {
    aws = aws.other
  }
}
