terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.peer]
    }
  }
}

resource "aws_vpc_peering_connection_accepter" "peer" {
  provider                  = aws.peer
  vpc_peering_connection_id = "pcx-1"
}

resource "aws_vpc" "local" {
  cidr_block = "10.0.0.0/16"
}
