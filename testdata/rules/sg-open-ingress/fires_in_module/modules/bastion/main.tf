variable "name" {
  type = string
}

variable "ssh_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "ssh" { # want `^ingress rule module\.bastion\["a"\]\.aws_vpc_security_group_ingress_rule\.ssh\[0\] of module\.bastion\["a"\]\.aws_security_group\.this` `^ingress rule module\.bastion\["b"\]\.aws_vpc_security_group_ingress_rule\.ssh\[0\] of module\.bastion\["b"\]\.aws_security_group\.this`
  count             = length(var.ssh_cidrs)
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = var.ssh_cidrs[count.index]
}
