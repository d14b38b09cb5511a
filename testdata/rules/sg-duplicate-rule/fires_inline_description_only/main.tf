# Two inline rules that share a permission, descriptions aside: AWS rejects
# the request. The rule that adds nothing is the one reported.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `^the inline ingress rule on line 7 of aws_security_group\.web \(tcp 443 from 10\.0\.0\.0/16\) repeats the permission tcp 443 from 10\.0\.0\.0/16 of the inline ingress rule on line 15 of aws_security_group\.web \(tcp 443 from 10\.0\.0\.0/16 and 10\.1\.0\.0/16\), description aside: AWS rejects a request that lists one permission twice \(InvalidParameterValue\), so the apply fails; remove this rule, or the repeated peer from it$`
    description = "HTTPS from the VPC"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    description = "HTTPS from the load balancers"
    protocol    = "6"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16", "10.1.0.0/16"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
