# Integration fixture for parser/build: evaluated by parser/eval, then built.

provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = {
      Owner = "net"
    }
  }
}

variable "admin_cidr" {
  type = string
}

variable "enable_ntp" {
  type = bool
}

locals {
  azs = ["us-east-1a", "us-east-1b"]
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc" "peer" {
  cidr_block = "10.0.0.0/20"
}

resource "aws_vpc_ipv4_cidr_block_association" "extra" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.10.0.0/16"
}

module "subnets" {
  source = "./modules/subnets"
  vpc_id = aws_vpc.main.id
  azs    = local.azs
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.100.0/24"
  availability_zone = local.azs[0]
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "ingress" {
    for_each = [22, 2222]
    content {
      protocol    = "tcp"
      from_port   = ingress.value
      to_port     = ingress.value
      cidr_blocks = [var.admin_cidr]
    }
  }
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = aws_vpc.main.id
  egress = []
}

resource "aws_security_group_rule" "db_from_web" {
  type                     = "ingress"
  security_group_id        = aws_security_group.db.id
  source_security_group_id = aws_security_group.web.id
  protocol                 = "6"
  from_port                = 5432
  to_port                  = 5432
}

resource "aws_security_group_rule" "db_ntp" {
  count             = var.enable_ntp ? 1 : 0
  type              = "egress"
  security_group_id = aws_security_group.db.id
  protocol          = "udp"
  from_port         = 123
  to_port           = 123
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_egress_rule" "web_out" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.public.id]

  ingress {
    rule_no    = 200
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "deny"
    protocol   = "TCP"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.0.0.1/8"
  }
}

resource "aws_network_acl_rule" "out" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
}

resource "aws_nat_gateway" "nat" {
  subnet_id = aws_subnet.public.id
  tags = {
    Purpose = "egress"
  }
}

resource "aws_default_route_table" "main" {
  default_route_table_id = aws_vpc.main.default_route_table_id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.nat.id
  }
}

resource "aws_route_table_association" "private" {
  count          = length(local.azs)
  subnet_id      = module.subnets.ids[count.index]
  route_table_id = aws_route_table.private.id
}

resource "aws_route" "to_peer" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = aws_vpc.peer.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
}

resource "aws_vpc_peering_connection" "p" {
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = aws_vpc.peer.id
}

resource "aws_flow_log" "main" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "ALL"
}
