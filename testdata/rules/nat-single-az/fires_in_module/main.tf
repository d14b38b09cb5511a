# The network module gets its zones from the caller.
module "network" {
  source = "./modules/network"
  azs    = ["us-west-2a", "us-west-2b"]
}
