module "inner" {
  source = "../plain"
}
