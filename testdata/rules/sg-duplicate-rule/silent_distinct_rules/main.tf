# Rules that differ in port, protocol, direction, family or peer kind.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    protocol    = "udp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 444
    to_port     = 444
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    protocol         = "tcp"
    from_port        = 443
    to_port          = 443
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    protocol        = "tcp"
    from_port       = 443
    to_port         = 443
    prefix_list_ids = ["pl-0123456789abcdef0"]
  }

  ingress {
    protocol  = "tcp"
    from_port = 0
    to_port   = 0
    self      = true
  }

  ingress {
    protocol  = "tcp"
    from_port = 443
    to_port   = 443
    self      = true
  }

  egress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }
}
