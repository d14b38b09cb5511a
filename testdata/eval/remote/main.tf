module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
  cidr    = "10.0.0.0/16"
}

module "git" {
  source = "git::https://example.com/network.git?ref=v1"
}

resource "aws_security_group" "sg" {
  vpc_id = module.vpc.vpc_id
  name   = "sg"
}
