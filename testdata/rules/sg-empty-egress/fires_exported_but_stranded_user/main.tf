# Exported, but also used here by an instance that has no other group: that
# instance can open no outbound connection.
resource "aws_security_group" "app" { # want "aws_instance.app, which uses no other group with egress"
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_instance" "app" {
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id]
}

output "sg_app_id" {
  value = aws_security_group.app.id
}
