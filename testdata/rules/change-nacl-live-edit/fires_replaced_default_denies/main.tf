resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_network_acl" "main" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
}

resource "aws_subnet" "web" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.3.0/24"
}

# want +1 `inbound all from 0\.0\.0\.0/0 becomes denied on aws_subnet\.web while aws_network_acl\.web is destroyed and re-created: in between, they use the VPC's default network ACL aws_default_network_acl\.main \(no rule allows it, so the implicit deny drops it\)` `outbound all to 0\.0\.0\.0/0 becomes denied on aws_subnet\.web while aws_network_acl\.web is destroyed`
resource "aws_network_acl" "web" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.web.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}
