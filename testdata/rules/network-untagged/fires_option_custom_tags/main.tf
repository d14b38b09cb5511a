# The configured keys replace the default ones.
resource "aws_security_group" "web" { # want `^security group aws_security_group\.web lacks required tag CostCenter;`
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
  tags = {
    Team = "web"
  }
}
