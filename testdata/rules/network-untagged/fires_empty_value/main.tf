resource "aws_subnet" "a" { # want `^subnet aws_subnet\.a has an empty required tag Owner; set it`
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
  tags = {
    Owner   = ""
    Purpose = "app tier"
  }
}
