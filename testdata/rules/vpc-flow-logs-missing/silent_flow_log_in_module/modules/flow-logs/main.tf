variable "vpc_id" {
  type = string
}

resource "aws_flow_log" "this" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
