module "dw" {
  source       = "./modules/warehouse"
  vpc_id       = aws_vpc.main.id
  subnet_ids   = [aws_subnet.data_a.id, aws_subnet.data_b.id]
  client_cidrs = ["10.20.0.0/16", "10.30.0.0/16", "10.40.0.0/16"]
}

resource "aws_security_group" "etl" {
  vpc_id = aws_vpc.main.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "etl" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app.id
  private_ip             = "10.0.10.5"
  vpc_security_group_ids = [aws_security_group.etl.id]
}
