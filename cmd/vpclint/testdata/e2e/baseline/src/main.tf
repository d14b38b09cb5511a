# The legacy gateway was accepted when vpclint was adopted: baseline.json was
# written by `vpclint --baseline-write baseline.json` on this file without the
# new gateway, which was added since.

resource "aws_nat_gateway" "legacy" {
  subnet_id     = "subnet-0123456789abcdef0"
  allocation_id = "eipalloc-0123456789abcdef0"
}

resource "aws_nat_gateway" "new" {
  subnet_id     = "subnet-0123456789abcdef0"
  allocation_id = "eipalloc-0123456789abcdef1"
}
