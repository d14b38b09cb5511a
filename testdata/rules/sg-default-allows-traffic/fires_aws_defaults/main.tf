# The rules AWS gives a default group, written back in.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" { # want `^default security group aws_default_security_group\.default keeps 2 rules \(ingress all from itself; egress all to 0\.0\.0\.0/0 and ::/0\): any resource created in aws_vpc\.main without a security group lands in this group and gets that access; remove the group's rules so that it allows nothing, and give workloads their own groups$`
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    protocol         = "-1"
    from_port        = 0
    to_port          = 0
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
