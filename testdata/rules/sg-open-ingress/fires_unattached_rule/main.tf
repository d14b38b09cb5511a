# The group is unknown, but the rule is open whichever group it joins.
variable "sg_id" {
  type = string
}

resource "aws_security_group_rule" "ssh" { # want error `^ingress rule aws_security_group_rule\.ssh of an unresolved security group \(tcp 22 from 0\.0\.0\.0/0\) allows tcp 22 \(SSH\)`
  type              = "ingress"
  security_group_id = var.sg_id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}
