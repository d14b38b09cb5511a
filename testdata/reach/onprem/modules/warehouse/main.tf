variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "client_cidrs" {
  type = list(string)
}

resource "aws_redshift_subnet_group" "main" {
  name       = "dw"
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "redshift" {
  vpc_id = var.vpc_id
  ingress {
    from_port   = 5439
    to_port     = 5439
    protocol    = "tcp"
    cidr_blocks = var.client_cidrs
  }
}

resource "aws_redshift_cluster" "main" {
  cluster_identifier        = "dw"
  node_type                 = "ra3.xlplus"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.main.name
  vpc_security_group_ids    = [aws_security_group.redshift.id]
}
