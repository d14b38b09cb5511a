variable "cidr" {
  default = "10.7.0.0/16"
}

locals {
  name = "overridden"
}

resource "aws_vpc" "v" {
  ingress {
    from_port = 2
  }
}
