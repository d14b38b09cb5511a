module "dx" {
  source = "./modules/dx"
  vlans  = [101, 102]
}
