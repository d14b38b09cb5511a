# The finding is in the module's file and names each module instance.
module "app" {
  source = "./modules/app"
  count  = 2
  name   = "app-${count.index}"
}
