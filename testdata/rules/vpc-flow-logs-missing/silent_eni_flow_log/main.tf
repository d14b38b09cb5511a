# A flow log on a network interface may watch this VPC's traffic.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "eni" {
  eni_id               = "eni-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
