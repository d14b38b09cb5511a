# The flow log watches the other VPC.
resource "aws_vpc" "logged" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_vpc" "dark" { # want `^VPC aws_vpc\.dark has no flow log`
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "logged" {
  vpc_id               = aws_vpc.logged.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
