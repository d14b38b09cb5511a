module "bastion" {
  source   = "./modules/bastion"
  for_each = toset(["a", "b"])
  name     = "bastion-${each.key}"
}
