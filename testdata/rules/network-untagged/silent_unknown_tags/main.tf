variable "tags" {
  type = map(string)
}

variable "purpose" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = var.tags
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
  tags   = merge(var.tags, { Name = "web" })
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
  tags       = { Owner = "network-team", Purpose = var.purpose }
}
