resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want error `^the inline ingress rule on line 5 of aws_security_group\.bastion \(tcp 22 from 192\.168\.0\.0/16 and 0\.0\.0\.0/0\) allows tcp 22 \(SSH\) from any address \(0\.0\.0\.0/0\): remote administration ports are scanned and brute-forced within minutes of exposure; allow only your administrators' VPN or office range, or close the port and use SSM Session Manager or EC2 Instance Connect Endpoint$`
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["192.168.0.0/16", "0.0.0.0/0"]
  }

  ingress { # want error `\(tcp 3389 from ::/0\) allows tcp 3389 \(RDP\) from any address \(::/0\)`
    protocol         = "tcp"
    from_port        = 3389
    to_port          = 3389
    ipv6_cidr_blocks = ["::/0"]
  }
}
