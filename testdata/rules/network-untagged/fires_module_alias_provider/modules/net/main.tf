resource "aws_route_table" "this" { # want `^route table module\.net\.aws_route_table\.this lacks required tags Owner, Purpose`
  vpc_id = "vpc-0123456789abcdef0"
}
