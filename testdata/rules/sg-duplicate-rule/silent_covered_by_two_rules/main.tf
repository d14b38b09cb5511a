# The third rule is covered only by the first two together: not reported
# (each rule is compared with one other rule at a time).
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 444
    cidr_blocks = ["10.0.0.0/9"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 444
    cidr_blocks = ["10.128.0.0/9"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
}
