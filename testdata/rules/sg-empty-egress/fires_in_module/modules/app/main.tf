variable "name" {
  type = string
}

resource "aws_security_group" "this" { # want "module\\.app\\[0\\]\\.aws_security_group\\.this has no egress rule" "module\\.app\\[1\\]\\.aws_security_group\\.this has no egress rule"
  name   = var.name
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 8080
    to_port     = 8080
    cidr_blocks = ["10.0.0.0/16"]
  }
}
