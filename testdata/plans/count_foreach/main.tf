resource "aws_vpc" "main" {
  cidr_block = "10.3.0.0/16"
}

resource "aws_subnet" "public" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.3.${count.index}.0/24"
}

resource "aws_nat_gateway" "ng" {
  count             = 2
  subnet_id         = aws_subnet.public[count.index].id
  connectivity_type = "private"
}

resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "nat" {
  count                  = 2
  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.ng[count.index].id
}

resource "aws_security_group" "svc" {
  for_each = toset(["web", "db"])
  name     = each.key
  vpc_id   = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "svc_https" {
  for_each          = aws_security_group.svc
  security_group_id = each.value.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_egress_rule" "svc_all" {
  for_each          = toset(["web", "db"])
  security_group_id = aws_security_group.svc[each.key].id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

module "net" {
  for_each = {
    a = "10.3.10.0/24"
    b = "10.3.20.0/24"
  }
  source = "./modules/net"
  vpc_id = aws_vpc.main.id
  cidr   = each.value
}

resource "aws_security_group_rule" "from_a" {
  type              = "ingress"
  security_group_id = module.net["a"].sg_id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["10.3.0.0/16"]
}

resource "aws_network_acl" "shared" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = concat(aws_subnet.public[*].id, [module.net["b"].subnet_id])
}
