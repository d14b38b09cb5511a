# Pitfall P3: AWS ignores the ports of protocol -1, so this opens every
# protocol and port, not SSH.
resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "ssh" { # want error `^ingress rule aws_security_group_rule\.ssh of aws_security_group\.bastion \(all from 0\.0\.0\.0/0\) allows every protocol and port, tcp 22 \(SSH\) and 3389 \(RDP\) included, from any address \(0\.0\.0\.0/0\): .*; the rule is wider than written: AWS ignores from_port/to_port 22 for protocol -1, so write protocol "tcp" to open only those ports$`
  type              = "ingress"
  security_group_id = aws_security_group.bastion.id
  protocol          = "-1"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}
