# A registry module that is not loaded gets the VPC's id and may create its flow log.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

module "flow_logs" {
  source  = "cloudposse/vpc-flow-logs-s3-bucket/aws"
  version = "1.3.0"
  vpc_id  = aws_vpc.main.id
}
