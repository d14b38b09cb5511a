rule "sg-empty-egress" {
  enabled = false
}

rule "vpc-flow-logs-missing" {
  enabled = false
}

# In both dev and prod: not checked when both are linted together.
reach "app-to-db" {
  from = "aws_instance.app"
  to   = "aws_instance.db"
  port = 5432
}

# aws_instance.batch is only in prod, but 10.0.2.10 is in both.
reach "batch-to-db" {
  from = "aws_instance.batch"
  to   = "10.0.2.10"
  port = 5432
}
