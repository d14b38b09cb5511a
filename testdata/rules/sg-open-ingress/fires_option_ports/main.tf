# With ports = [8080] and admin_ports = [2222], 8080 is a warning, 2222 an
# error, and 3306 is no longer checked.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want warning `allows tcp 8080 from any address \(0\.0\.0\.0/0\): these ports must be reachable only from the clients that need them; allow only the security groups of the clients`
    protocol    = "tcp"
    from_port   = 8080
    to_port     = 8080
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # want error `allows tcp 2222 from any address \(0\.0\.0\.0/0\): remote administration`
    protocol    = "tcp"
    from_port   = 2222
    to_port     = 2222
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 3306
    to_port     = 3306
    cidr_blocks = ["0.0.0.0/0"]
  }
}
