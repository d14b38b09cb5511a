# An instance opens connections: sharing the endpoints' group leaves it
# without egress.
resource "aws_security_group" "shared" { # want `^security group aws_security_group\.shared has no egress rule, so aws_instance\.worker, which uses no other group with egress, can open no outbound connection`
  name   = "shared"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.eu-west-2.s3"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.shared.id]
}

resource "aws_instance" "worker" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.shared.id]
}
