# Inline egress with ingress from rule resources: nothing flaps today, so
# the finding is a note.
resource "aws_security_group" "app" { # want note `^aws_security_group\.app manages its egress rules inline while aws_vpc_security_group_ingress_rule\.https adds its ingress rules: the provider documents combining inline rules with rule resources as unsupported, and adding the group's first inline ingress rule later would delete that resource's rule; move every rule of the group into one style$`
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}
