# Excluded by the config: this broken file is never read.
resource "aws_vpc" "broken" {
