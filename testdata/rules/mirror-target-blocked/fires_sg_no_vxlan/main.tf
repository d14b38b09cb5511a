# The monitor's group admits ssh and VXLAN from another network, not from the
# two sources: every mirrored packet is dropped.
resource "aws_subnet" "app" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "batch" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.2.0/24"
}

resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    protocol    = "udp"
    from_port   = 4789
    to_port     = 4789
    cidr_blocks = ["10.0.3.0/24"]
  }
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" { # want error `traffic mirror target aws_ec2_traffic_mirror_target\.monitor \(network interface aws_network_interface\.monitor\) drops the VXLAN packets \(udp 4789\) that sessions aws_ec2_traffic_mirror_session\.app and aws_ec2_traffic_mirror_session\.batch send: no ingress rule of aws_security_group\.monitor allows udp 4789 from 10\.0\.1\.0/24 and 10\.0\.2\.7/32; add an ingress rule to aws_security_group\.monitor allowing udp 4789 from 10\.0\.1\.0/24 and 10\.0\.2\.7/32`
  network_interface_id = aws_network_interface.monitor.id
}

resource "aws_network_interface" "app" {
  subnet_id = aws_subnet.app.id
}

resource "aws_network_interface" "batch" {
  subnet_id  = aws_subnet.batch.id
  private_ip = "10.0.2.7"
}

resource "aws_ec2_traffic_mirror_filter" "all" {}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = aws_network_interface.app.id
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}

resource "aws_ec2_traffic_mirror_session" "batch" {
  network_interface_id     = aws_network_interface.batch.id
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}
