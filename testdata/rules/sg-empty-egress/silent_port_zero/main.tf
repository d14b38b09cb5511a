# P4: tcp port 0 only is practically no egress, but it is an egress rule;
# this rule reports groups with none at all.
resource "aws_security_group" "worker" {
  name   = "worker"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol    = "tcp"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
