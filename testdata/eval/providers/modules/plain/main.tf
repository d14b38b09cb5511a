resource "aws_nat_gateway" "n" {
  subnet_id = "subnet-3"
}
