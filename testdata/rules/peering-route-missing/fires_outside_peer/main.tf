# Both sides are routed, but app also sends 10.2.0.0/16 (a third VPC behind shared) into the peering.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" {
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

  route { # want `^route 10\.2\.0\.0/16 via aws_vpc_peering_connection\.app_shared in aws_route_table\.app sends 10\.2\.0\.0/16 through peering aws_vpc_peering_connection\.app_shared, but no address of it is in aws_vpc\.shared \(10\.1\.0\.0/16\): a peering delivers only to the peer VPC's own addresses and never forwards beyond it \(no transitive peering, VPN, Direct Connect or gateway\), so this traffic is dropped; set the destination to 10\.1\.0\.0/16, or route 10\.2\.0\.0/16 through a transit gateway or a peering with the VPC that holds it$`
    cidr_block                = "10.2.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id

  route {
    cidr_block                = "10.0.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}
