owner = "network-team"
