# The route's table is given by id: its other routes are unknown.
resource "aws_route" "default_via_peering" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "0.0.0.0/0"
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}
