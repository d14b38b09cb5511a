module "net" {
  source = "./modules/net"
  ports  = [80, 443]
}
