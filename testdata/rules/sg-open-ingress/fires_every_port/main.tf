# Every udp port is a warning; every tcp port includes SSH, an error; so is
# the attribute form with protocol -1 (checkov's fail4).
resource "aws_security_group" "game" {
  name   = "game"
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want warning `\(udp from 0\.0\.0\.0/0\) allows every udp port from any address \(0\.0\.0\.0/0\): every service on the instances is exposed; allow only the ports and sources the service needs$`
    protocol    = "udp"
    from_port   = 0
    to_port     = 65535
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # want error `allows every tcp port, tcp 22 \(SSH\) and 3389 \(RDP\) included, from any address \(0\.0\.0\.0/0\)`
    protocol    = "tcp"
    from_port   = 0
    to_port     = 65535
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "open" {
  description = "SG with inline rules"
  ingress = [ # want error `^the inline ingress rule on line 24 of aws_security_group\.open \(all from 0\.0\.0\.0/0 and itself\) allows every protocol and port`
    {
      cidr_blocks      = ["0.0.0.0/0"]
      description      = "Wide Open"
      from_port        = 0
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      protocol         = "-1"
      self             = true
      to_port          = 65535
    }
  ]
}
