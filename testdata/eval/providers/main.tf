provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = {
      Owner = "net"
    }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = {
      Owner = "west"
    }
  }
}

resource "aws_nat_gateway" "root_default" {
  subnet_id = "subnet-1"
}

resource "aws_nat_gateway" "root_west" {
  provider  = aws.west
  subnet_id = "subnet-2"
}

module "inherit" {
  source = "./modules/plain"
}

module "mapped" {
  source = "./modules/plain"
  providers = {
    aws = aws.west
  }
}

module "own" {
  source = "./modules/own"
}

module "aliased" {
  source = "./modules/aliased"
  providers = {
    aws      = aws
    aws.peer = aws.west
  }
}

module "deep" {
  source = "./modules/outer"
  providers = {
    aws = aws.west
  }
}
