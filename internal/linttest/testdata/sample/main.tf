resource "aws_security_group" "a" { # want "^group aws_security_group\\.a$"
  vpc_id = "vpc-1"
}

# want +1 warning `group aws_security_group\.b` "second finding"
resource "aws_security_group" "b" {
  vpc_id = "vpc-1"
}

module "child" {
  source = "./modules/child"
}
