variable "vpc_id" {
  type = string
}

variable "ingress_cidr" {
  type = string
}

resource "aws_security_group" "this" {
  name   = "office"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.ingress_cidr]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
