# P1: an ingress-only group. The provider revokes AWS's default egress.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" { # want "^security group aws_security_group\\.app has no egress rule, so anything that uses it without another group allowing egress can open no outbound connection .*add an egress block"
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# No rules at all.
resource "aws_security_group" "bare" { # want "aws_security_group\\.bare has no egress rule"
  name   = "bare"
  vpc_id = aws_vpc.main.id
}
