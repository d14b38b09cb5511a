# A flow log watches a VPC given by an input without a value: it may be this one.
variable "vpc_id" {
  type = string
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "other" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
