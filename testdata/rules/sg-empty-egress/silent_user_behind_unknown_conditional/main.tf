# The cache uses the group only in staging, and the environment is not
# known: what uses the group is not known either.
variable "env" {
  type = string
}

resource "aws_security_group" "redis" {
  name   = "redis"
  vpc_id = "vpc-0123456789abcdef0"
}

locals {
  cache_groups = var.env == "staging" ? [aws_security_group.redis.id] : []
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "cache"
  description          = "cache"
  security_group_ids   = local.cache_groups
}
