# vpclint:ignore-file nat-untagged legacy stack, tagged by the account baseline
resource "aws_nat_gateway" "legacy" {
  allocation_id = "eipalloc-0123456789abcdef2"
  subnet_id     = "subnet-0123456789abcdef2"
}
