config {
  fail_level = "warning"
}

rule "nat-untaged" {
  enabled = false
}

rule "sg-empty-egress" {
  severity = "critical"
}
