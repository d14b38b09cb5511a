# Rules whose values are unknown still exist.
variable "cidr" {
  type = string
}

variable "port" {
  type = number
}

resource "aws_default_security_group" "default" { # want `keeps 2 rules \(ingress tcp 22 from an unknown CIDR; the inline ingress rule on line 20 of aws_default_security_group\.default \(values unknown\)\): any resource created in its VPC`
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = [var.cidr]
  }

  ingress {
    protocol    = "tcp"
    from_port   = var.port
    to_port     = var.port
    cidr_blocks = ["10.0.0.0/8"]
  }
}
