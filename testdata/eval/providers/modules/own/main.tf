provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Owner = "own"
    }
  }
}

resource "aws_nat_gateway" "n" {
  subnet_id = "subnet-4"
}
