# The flow log's VPC comes from a data source, which may find this VPC.
data "aws_vpc" "selected" {
  tags = {
    Name = "main"
  }
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "selected" {
  vpc_id               = data.aws_vpc.selected.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
