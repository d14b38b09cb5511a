# CIS: adopt the default security group and leave it without any rule.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}

# Ingress that may not exist (unknown count) does not make it fire either.
variable "open_default" {
  type = bool
}

resource "aws_vpc" "other" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "other" {
  vpc_id = aws_vpc.other.id

  dynamic "ingress" {
    for_each = var.open_default ? [1] : []
    content {
      protocol  = "-1"
      from_port = 0
      to_port   = 0
      self      = true
    }
  }
}
