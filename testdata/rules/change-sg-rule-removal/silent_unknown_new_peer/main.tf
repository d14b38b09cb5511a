resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_eip" "bastion" {
  domain = "vpc"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["${aws_eip.bastion.public_ip}/32"]
}
