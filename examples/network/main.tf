# An example network with one instance of each problem vpclint finds.
# Run: go run ./cmd/vpclint ./examples/...

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Owner = "network-team"
    }
  }
}

resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

# A secondary block of the shared VPC overlaps the app VPC: AWS refuses the
# peering below (peering-cidr-overlap).
resource "aws_vpc_ipv4_cidr_block_association" "shared_extra" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = "10.0.128.0/17"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.app.id
  cidr_block        = cidrsubnet(aws_vpc.app.cidr_block, 8, 0)
  availability_zone = "eu-west-1a"
}

# Host bits set: the provider rejects 10.0.1.5/24 (network-invalid-value).
resource "aws_subnet" "private" {
  vpc_id            = aws_vpc.app.id
  cidr_block        = "10.0.1.5/24"
  availability_zone = "eu-west-1a"
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

# default_tags give Owner, but nothing gives Purpose (nat-untagged).
resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public.id
}
