mtu = 8500
