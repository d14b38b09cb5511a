# Two halves of the IPv4 space are the whole internet too.
resource "aws_security_group" "win" {
  name   = "win"
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want error `\(tcp 3389 from 0\.0\.0\.0/1 and 128\.0\.0\.0/1\) allows tcp 3389 \(RDP\) from any address \(0\.0\.0\.0/0\)`
    protocol    = "tcp"
    from_port   = 3389
    to_port     = 3389
    cidr_blocks = ["0.0.0.0/1", "128.0.0.0/1"]
  }
}
