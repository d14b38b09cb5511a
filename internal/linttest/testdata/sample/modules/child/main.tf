resource "aws_security_group" "c" { // want "group module.child.aws_security_group.c"
  vpc_id = "vpc-2"
}
