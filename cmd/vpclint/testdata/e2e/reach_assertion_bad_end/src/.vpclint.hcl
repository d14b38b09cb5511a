reach "app-to-db" {
  from = "aws_instance.app"
  to   = "aws_instance.database"
  port = 5432
}
