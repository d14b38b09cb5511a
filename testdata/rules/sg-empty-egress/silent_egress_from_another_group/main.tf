# Layered groups: a role group with ingress only, and a base group every
# instance also gets that allows egress. Rules of all groups of an interface
# are combined, so the instances can open connections.
resource "aws_security_group" "base" {
  name   = "base"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "base_all" {
  security_group_id = aws_security_group.base.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_launch_template" "web" {
  name_prefix            = "web-"
  image_id               = "ami-0123456789abcdef0"
  vpc_security_group_ids = [aws_security_group.web.id, aws_security_group.base.id]
}

resource "aws_instance" "admin" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  vpc_security_group_ids = [aws_security_group.base.id, aws_security_group.web.id]
}
