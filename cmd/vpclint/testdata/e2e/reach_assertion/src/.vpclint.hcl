rule "sg-empty-egress" {
  enabled = false
}

rule "vpc-flow-logs-missing" {
  enabled = false
}

# Required, and blocked by the database's security group.
reach "app-to-db" {
  from = "aws_instance.app"
  to   = "aws_instance.db"
  port = 5432
}

# Forbidden, and blocked.
reach "app-no-ssh-to-db" {
  from   = "aws_instance.app"
  to     = "aws_instance.db"
  port   = 22
  expect = "blocked"
}
