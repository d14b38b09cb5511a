# tcp 0-0 is port 0 only (checkov's fail2 reports it as open).
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["192.168.0.0/16", "0.0.0.0/0"]
  }
}
