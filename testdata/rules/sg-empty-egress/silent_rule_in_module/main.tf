# The egress rule lives in a module that receives the group's id.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
}

module "egress" {
  source            = "./modules/egress"
  security_group_id = aws_security_group.app.id
}
