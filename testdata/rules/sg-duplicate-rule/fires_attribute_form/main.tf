# Elements of the attribute form share the attribute's line; the message
# numbers them.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  egress = [ # want `^egress rule 2 of the list on line 7 of aws_security_group\.web \(udp 53 to 10\.0\.0\.2/32\) repeats the permission udp 53 to 10\.0\.0\.2/32 of egress rule 1 of the list on line 7`
    {
      description      = "DNS"
      protocol         = "udp"
      from_port        = 53
      to_port          = 53
      cidr_blocks      = ["10.0.0.2/32"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
    {
      description      = "VPC resolver"
      protocol         = "udp"
      from_port        = 53
      to_port          = 53
      cidr_blocks      = ["10.0.0.2/32"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}
