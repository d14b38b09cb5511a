variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

resource "aws_security_group" "dw" {
  vpc_id = var.vpc_id
  ingress {
    from_port   = 5439
    to_port     = 5439
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_redshift_subnet_group" "dw" {
  name       = "dw"
  subnet_ids = var.subnet_ids
}

resource "aws_redshift_cluster" "main" {
  cluster_identifier        = "dw"
  node_type                 = "ra3.xlplus"
  cluster_subnet_group_name = aws_redshift_subnet_group.dw.name
  vpc_security_group_ids    = [aws_security_group.dw.id]
}
