resource "aws_vpc" "main" { # want `^VPC aws_vpc\.main has no flow log \(no aws_flow_log names it in vpc_id or any of its subnets in subnet_id\), so there is no record of the connections it accepts and rejects when an incident needs investigating; add an aws_flow_log with vpc_id = aws_vpc\.main\.id and traffic_type = "ALL"$`
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/24"
}
