module "net" {
  source      = "./modules/net"
  office_cidr = "203.0.113.0/24"
}
