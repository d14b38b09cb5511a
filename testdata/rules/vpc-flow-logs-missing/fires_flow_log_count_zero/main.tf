# terraform-aws-modules style toggle, off by default.
variable "enable_flow_log" {
  type    = bool
  default = false
}
resource "aws_vpc" "main" { # want `^VPC aws_vpc\.main has no flow log`
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  count                = var.enable_flow_log ? 1 : 0
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
  log_destination_type = "s3"
}
