# A Network Load Balancer without security groups: only the network ACL of its
# subnets filters, and it denies VXLAN in both.
resource "aws_subnet" "app" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "tools_a" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.8.0/24"
}

resource "aws_subnet" "tools_b" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_network_acl" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = [aws_subnet.tools_a.id, aws_subnet.tools_b.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_lb" "monitor" {
  name               = "monitor"
  load_balancer_type = "network"
  internal           = true
  subnets            = [aws_subnet.tools_a.id, aws_subnet.tools_b.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" { # want error `traffic mirror target aws_ec2_traffic_mirror_target\.monitor \(Network Load Balancer aws_lb\.monitor\) drops .*: no inbound rule of network ACL aws_network_acl\.tools \(subnets aws_subnet\.tools_a and aws_subnet\.tools_b\) allows udp 4789 from 10\.0\.1\.0/24; add an inbound rule to aws_network_acl\.tools allowing udp 4789 from 10\.0\.1\.0/24`
  network_load_balancer_arn = aws_lb.monitor.arn
}

resource "aws_network_interface" "app" {
  subnet_id = aws_subnet.app.id
}

resource "aws_ec2_traffic_mirror_filter" "all" {}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = aws_network_interface.app.id
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}
