resource "aws_vpc" "app" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc" "shared" {
  cidr_block           = "10.1.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc_peering_connection" "app_shared" { # want `^peering aws_vpc_peering_connection\.app_shared is routed both ways between aws_vpc\.app and aws_vpc\.shared, both with DNS hostnames on, but allow_remote_vpc_dns_resolution is off on both sides: instances in aws_vpc\.shared that look up the public DNS names of instances in aws_vpc\.app, and instances in aws_vpc\.app that look up the public DNS names of instances in aws_vpc\.shared \(ec2-…amazonaws\.com, or records pointing at them\) get public addresses, so that traffic goes through internet or NAT gateways, or fails, instead of crossing the peering; set allow_remote_vpc_dns_resolution = true in the requester and accepter blocks of the peering \(or of its accepter or options resource\)$`
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}

resource "aws_route" "shared_to_app" {
  route_table_id            = aws_route_table.shared.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
}
