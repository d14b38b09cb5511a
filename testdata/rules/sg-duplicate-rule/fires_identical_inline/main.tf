# A copy-pasted block: Terraform merges identical set elements, so nothing
# fails, but the copy is noise.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress { # want `^the inline egress rule on line 14 of aws_security_group\.web \(tcp 443 to 0\.0\.0\.0/0\) is identical to the inline egress rule on line 7 .*: Terraform keeps one copy of identical inline rules, so this one only clutters the configuration; remove it$`
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}
