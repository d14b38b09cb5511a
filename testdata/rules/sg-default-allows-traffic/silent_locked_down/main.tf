# The CIS lock-down: no rules at all.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}

# A rule without any peer allows nothing (AWS rejects it): not a kept rule.
resource "aws_default_security_group" "other" {
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
  }
}
