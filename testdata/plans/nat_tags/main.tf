resource "aws_vpc" "main" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.2.0.0/24"
}

# Owner overridden, Purpose from default_tags: tags_all is known.
resource "aws_nat_gateway" "tagged" {
  subnet_id         = aws_subnet.public.id
  connectivity_type = "private"
  tags = {
    Owner = "override"
  }
}

# An empty tag value makes tags_all unknown at plan time.
resource "aws_nat_gateway" "empty_owner" {
  subnet_id         = aws_subnet.public.id
  connectivity_type = "private"
  tags = {
    Owner = ""
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.tagged.id
  }
}

# NAT without tags under a provider without default_tags.
module "other" {
  source = "./modules/nat"
  providers = {
    aws = aws.other
  }
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.private.id
}

# A module with its own provider block (legacy style).
module "legacy" {
  source    = "./modules/legacy"
  subnet_id = aws_subnet.public.id
}

resource "aws_route_table" "via_module" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "via_module" {
  route_table_id         = aws_route_table.via_module.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = module.other.nat_id
}
