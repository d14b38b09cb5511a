# The group is in a module, the conflicting rule in the root module.
module "db" {
  source = "./modules/db"
}

resource "aws_vpc_security_group_ingress_rule" "pg" {
  security_group_id = module.db.security_group_id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.0.0.0/16"
}
