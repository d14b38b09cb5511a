# Adopting the default group deletes its allow-all egress; ingress alone remains.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" { # want "default security group aws_default_security_group\\.default allows ingress but has no egress rule"
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = true
  }
}
