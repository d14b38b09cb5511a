# The default VPC needs flow logs as much as any other.
resource "aws_default_vpc" "default" { # want `^default VPC aws_default_vpc\.default has no flow log`
  tags = {
    Name = "default"
  }
}
