# Only one of the two subnets has a flow log of its own.
resource "aws_vpc" "main" { # want `^VPC aws_vpc\.main has no VPC-level flow log and subnet aws_subnet\.b has no flow log of its own \(only aws_subnet\.a is logged\)`
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_flow_log" "a" {
  subnet_id            = aws_subnet.a.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
