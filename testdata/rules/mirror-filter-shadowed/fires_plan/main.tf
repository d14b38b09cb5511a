# Planned with Terraform 1.11.4 and the AWS provider 5.100.0 (semantics §7.7):
# port ranges are lists of objects in the plan, and an unset protocol is null.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIAFAKE"
  secret_key                  = "fake"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_ec2_traffic_mirror_filter" "web" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_all" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "https" { # want error `inbound rule 200 of aws_ec2_traffic_mirror_filter\.web \(accept tcp from 0\.0\.0\.0/0 to 10\.0\.0\.0/16 port 443\) can never match: rule 100 \(reject all from 0\.0\.0\.0/0 to 0\.0\.0\.0/0\)`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "10.0.0.0/16"
  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}
resource "aws_ec2_traffic_mirror_session" "s" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}
