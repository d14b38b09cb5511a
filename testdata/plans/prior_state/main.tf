# Existing VPC (in terraform.tfstate): unchanged, its id is known.
resource "aws_vpc" "main" {
  cidr_block = "10.4.0.0/16"
  tags = {
    Name = "main"
  }
}

# Existing group whose description changed: replaced, new id unknown.
resource "aws_security_group" "web" {
  name        = "web"
  description = "web servers"
  vpc_id      = aws_vpc.main.id

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group_rule" "web_https" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_subnet" "new" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.4.1.0/24"
}

# aws_security_group.gone is in the state only: it is destroyed.
