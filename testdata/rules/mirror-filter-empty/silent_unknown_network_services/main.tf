variable "services" {
  type = list(string)
}

resource "aws_ec2_traffic_mirror_filter" "capture" {
  network_services = var.services
}

resource "aws_ec2_traffic_mirror_session" "web" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}
