terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "AKIAFAKE"
  secret_key                  = "fake"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Owner = "module"
    }
  }
}

variable "subnet_id" {
  type = string
}

resource "aws_nat_gateway" "this" {
  subnet_id         = var.subnet_id
  connectivity_type = "private"
}
