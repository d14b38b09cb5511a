resource "aws_ec2_traffic_mirror_filter" "capture" { # want warning `traffic mirror filter aws_ec2_traffic_mirror_filter\.capture accepts no traffic in either direction \(it has no rules\), so sessions aws_ec2_traffic_mirror_session\.web\["a"\] and aws_ec2_traffic_mirror_session\.web\["b"\] mirror nothing; add accept rules`
  description = "capture everything"
}

resource "aws_ec2_traffic_mirror_session" "web" {
  for_each                 = { a = "eni-0123456789abcdef0", b = "eni-0123456789abcdef1" }
  network_interface_id     = each.value
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}
