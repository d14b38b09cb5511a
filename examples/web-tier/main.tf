# A small web tier with four mistakes that vpclint finds:
#   - the application security group has no egress rule, so the instances
#     cannot reach their database or any AWS API (sg-empty-egress);
#   - the public subnets' network ACL lets HTTPS in but has no outbound rule
#     for the replies to the clients' ephemeral ports, and lets HTTPS out but
#     has no inbound rule for its replies (nacl-ephemeral-gap, twice);
#   - the NAT gateway lacks the Purpose tag (nat-untagged).
#
# Run: go run ./cmd/vpclint ./examples/...

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Owner = "web-team"
    }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.20.0.0/24"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "HTTPS from the load balancer subnet"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = [aws_subnet.public.cidr_block]
  }
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.public.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "10.20.0.0/16"
  }
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "public" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public.id
}
