# A "role" group that only adds ingress, exported for instances defined in
# another configuration, which also give them a group with egress: whether
# they have egress cannot be seen from here.
resource "aws_security_group" "apt" {
  name   = "apt"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "apt_http" {
  type              = "ingress"
  security_group_id = aws_security_group.apt.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["10.0.0.0/8"]
}

output "sg_apt_id" {
  value = aws_security_group.apt.id
}
