# Locals are declared out of order on purpose.
locals {
  subnet_cidrs = [for i in range(3) : cidrsubnet(local.vpc_cidr, 8, i)]
  vpc_cidr     = "10.0.0.0/16"
  even_cidrs   = [for i, c in local.subnet_cidrs : c if i % 2 == 0]
  by_name      = { for s in var.subnets : s.name => s if s.public }
  env          = var.environment == "prod" ? "production" : "other"
  greeting     = <<-EOT
    hello ${local.env}
    %{for p in [80, 443]}port ${p}
    %{endfor}
  EOT
  sg_rules = {
    web = { port = 443, cidrs = ["0.0.0.0/0"] }
    ssh = { port = 22, cidrs = ["10.0.0.0/8"] }
  }
}

variable "environment" {
  default = "prod"
}

variable "subnets" {
  default = [
    { name = "a", public = true },
    { name = "b", public = false },
    { name = "c", public = true },
  ]
}

variable "unknown_list" {
  type = list(string)
}

resource "aws_vpc" "main" {
  cidr_block = local.vpc_cidr
  tags = {
    Name  = "main-${local.env}"
    Hello = local.greeting
  }
}

resource "aws_subnet" "private" {
  count      = length(local.subnet_cidrs)
  vpc_id     = aws_vpc.main.id
  cidr_block = local.subnet_cidrs[count.index]
  az_index   = count.index
}

resource "aws_subnet" "public" {
  for_each   = local.by_name
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, 100 + index(keys(local.by_name), each.key))
  name       = each.value.name
}

resource "aws_subnet" "set" {
  for_each   = toset(["x", "y"])
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.1.0.0/24"
  key        = each.key
  value      = each.value
}

resource "aws_subnet" "none" {
  count      = 0
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.2.0.0/24"
}

resource "aws_subnet" "maybe" {
  count      = length(var.unknown_list)
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.3.${count.index}.0/24"
}

resource "aws_route_table" "rt" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table_association" "splat" {
  count          = length(aws_subnet.private)
  subnet_id      = element(aws_subnet.private[*].id, count.index)
  route_table_id = aws_route_table.rt.id
  legacy_splat   = aws_subnet.private.*.cidr_block
  first          = aws_subnet.private[0].id
  public_ids     = [for k, s in aws_subnet.public : s.id]
  public_a_cidr  = aws_subnet.public["a"].cidr_block
  default_nacl   = aws_vpc.main.default_network_acl_id
  ipv6           = aws_vpc.main.ipv6_cidr_block
  maybe          = aws_subnet.maybe
  even           = local.even_cidrs
}

resource "aws_security_group" "dyn" {
  name   = "dyn"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "static"
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  dynamic "ingress" {
    for_each = local.sg_rules
    iterator = rule
    content {
      description = rule.key
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = "tcp"
      cidr_blocks = rule.value.cidrs
    }
  }

  dynamic "egress" {
    for_each = var.unknown_list
    content {
      from_port   = 0
      to_port     = 0
      protocol    = "-1"
      cidr_blocks = [egress.value]
    }
  }
}

resource "aws_network_acl" "nested" {
  vpc_id = aws_vpc.main.id

  dynamic "ingress" {
    for_each = [100, 200]
    content {
      rule_no = ingress.value
      action  = "allow"

      dynamic "inner" {
        for_each = ["a", "b"]
        content {
          outer = ingress.value
          name  = inner.value
        }
      }
    }
  }
}

resource "aws_security_group" "attr_syntax" {
  name   = "attr"
  vpc_id = aws_vpc.main.id
  egress = [
    {
      from_port        = 0
      to_port          = 0
      protocol         = "-1"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
      description      = ""
    },
  ]
  ingress = []
}

data "aws_vpc" "existing" {
  id = "vpc-123"
}

resource "aws_subnet" "from_data" {
  vpc_id     = data.aws_vpc.existing.id
  cidr_block = data.aws_vpc.existing.cidr_block
}

resource "google_compute_network" "other" {
  name = "skipped"
}

resource "aws_vpc" "uses_other" {
  cidr_block = "10.9.0.0/16"
  tags = {
    Name = google_compute_network.other.name
    Id   = google_compute_network.other.id
  }
}

resource "aws_vpc" "broken" {
  cidr_block = nosuchfunction("x")
  tags = {
    Name = "still-evaluated"
  }
}

resource "aws_vpc" "tryfunc" {
  cidr_block = try(var.subnets[10].name, "10.8.0.0/16")
  tags = {
    ok = can(regex("^10\\.", "10.1.1.1"))
  }
}

# A reference into a resource whose count is unknown keeps naming that
# resource (without an instance key), so links to it survive.
resource "aws_route" "to_maybe" {
  count          = length(var.unknown_list)
  route_table_id = aws_subnet.maybe[count.index].id
  via_element    = element(aws_subnet.maybe[*].id, count.index)
  in_list        = [aws_subnet.maybe[count.index].id]
  unknown_key    = aws_subnet.private[count.index].id
  unknown_var    = aws_subnet.public[var.unknown_list[0]].id
  mixed          = "${aws_subnet.maybe[0].id}-${var.unknown_list[0]}"
}

# An empty set of any element type expands to no instance.
resource "aws_subnet" "empty_set" {
  for_each   = toset([])
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.4.0.0/24"
}
