module "routes" {
  source = "./modules/routes"
}
