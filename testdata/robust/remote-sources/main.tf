# Every kind of module source that Terraform fetches over the network, and
# data sources that run a program or make HTTP requests. vpclint must load
# this with the remote modules reported as skipped, the data sources
# unknown, and no socket opened or process started
# (parser/nonetwork_test.go, scripts/check-no-network.sh).

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    external = {
      source = "hashicorp/external"
    }
    http = {
      source = "hashicorp/http"
    }
  }
}

module "registry" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  cidr = "10.0.0.0/16"
}

module "private_registry" {
  source  = "app.terraform.io/example-corp/network/aws"
  version = "~> 2.0"
}

module "git_https" {
  source = "git::https://github.com/example-corp/terraform-network.git//modules/nacl?ref=v1.4.0"
}

module "git_ssh" {
  source = "git::ssh://git@github.com/example-corp/terraform-network.git"
}

module "github" {
  source = "github.com/example-corp/terraform-aws-sg"
}

module "https_archive" {
  source = "https://example.com/terraform/vpc-module.zip"
}

module "s3" {
  source = "s3::https://s3-eu-west-1.amazonaws.com/example-corp-modules/vpc.zip"
}

module "gcs" {
  source = "gcs::https://www.googleapis.com/storage/v1/example-corp-modules/vpc.zip"
}

module "mercurial" {
  source = "hg::https://example.com/network.hg"
}

module "local_sg" {
  source = "./modules/sg"

  vpc_id       = aws_vpc.main.id
  ingress_cidr = data.external.office.result.cidr
}

data "external" "office" {
  program = ["python3", "${path.module}/office_cidr.py"]
}

data "http" "ip_ranges" {
  url = "https://ip-ranges.amazonaws.com/ip-ranges.json"
}

locals {
  cloudfront = [
    for p in jsondecode(data.http.ip_ranges.response_body).prefixes : p.ip_prefix
    if p.service == "CLOUDFRONT"
  ]
}

resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_security_group" "origin" {
  name   = "origin"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = local.cloudfront
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
