# The tools subnet's network ACL allows only ssh: the final * rule denies VXLAN.
resource "aws_subnet" "app" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_network_acl" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = [aws_subnet.tools.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.0.0.0/16"
  }
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_instance" "monitor" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "c6in.large"
  subnet_id              = aws_subnet.tools.id
  vpc_security_group_ids = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" { # want error `\(primary network interface of aws_instance\.monitor\) drops .*: no inbound rule of network ACL aws_network_acl\.tools \(subnet aws_subnet\.tools\) allows udp 4789 from 10\.0\.1\.0/24; add an inbound rule to aws_network_acl\.tools allowing udp 4789 from 10\.0\.1\.0/24`
  network_interface_id = aws_instance.monitor.primary_network_interface_id
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.app.id
}

resource "aws_ec2_traffic_mirror_filter" "all" {}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = aws_instance.app.primary_network_interface_id
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}
