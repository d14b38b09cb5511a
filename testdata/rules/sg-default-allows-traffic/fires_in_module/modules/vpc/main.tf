resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "this" { # want `^default security group module\.vpc\.aws_default_security_group\.this keeps 1 rule \(egress tcp 443 to 0\.0\.0\.0/0\): any resource created in module\.vpc\.aws_vpc\.this`
  vpc_id = aws_vpc.this.id

  egress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}
