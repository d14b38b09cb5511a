# The flow log's count is unknown: it may exist.
variable "enable_flow_log" {
  type = bool
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  count                = var.enable_flow_log ? 1 : 0
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
