# vpclint:ignore sg-empty-egress egress comes from the shared-rules module
resource "aws_security_group" "ignored" {
  name   = "ignored"
  vpc_id = "vpc-0123456789abcdef0"
  egress = []
}

resource "aws_nat_gateway" "ignored" { # vpclint:ignore nat-untagged retired in Q3, tags not worth adding
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"
}

# vpclint:ignore sg-empty-egress this group has egress, so the ignore is stale
resource "aws_security_group" "stale" {
  name   = "stale"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# vpclint:ignore nat-untaged a typo in the rule ID
resource "aws_nat_gateway" "typo" {
  allocation_id = "eipalloc-0123456789abcdef1"
  subnet_id     = "subnet-0123456789abcdef1"
}

# vpclint:ignore sg-empty-egress
resource "aws_security_group" "no_reason" {
  name   = "no-reason"
  vpc_id = "vpc-0123456789abcdef0"
  egress = []
}
