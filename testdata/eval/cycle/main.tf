locals {
  a = local.b
  b = "${local.c}-x"
  c = local.a
  ok = "fine"
}

locals {
  self = local.self
}

resource "aws_vpc" "v" {
  cidr_block = local.ok
  tags = {
    loop = local.a
  }
}
