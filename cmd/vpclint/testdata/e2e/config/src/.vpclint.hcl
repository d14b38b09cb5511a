config {
  fail_level = "error"
  exclude    = ["examples/**"]
}

# Every finding of this rule becomes a warning, below the fail level.
rule "nat-untagged" {
  severity = "warning"
  tags     = ["Owner", "CostCenter"]
}

rule "sg-empty-egress" {
  enabled = false
}
