# A rule whose CIDR comes from a variable without a value may be anything.
variable "office_cidr" {
  type = string
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = [var.office_cidr]
  }

  ingress {
    protocol    = "tcp"
    from_port   = var.office_cidr == "" ? 22 : 2222
    to_port     = 2222
    cidr_blocks = ["10.0.0.0/8"]
  }
}
