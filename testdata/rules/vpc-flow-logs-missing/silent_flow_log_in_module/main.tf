# The flow log is created by a local module that gets the VPC's id.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

module "flow_logs" {
  source = "./modules/flow-logs"
  vpc_id = aws_vpc.main.id
}
