egress_cidrs = []
