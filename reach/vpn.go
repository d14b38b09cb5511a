package reach

import (
	"fmt"
	"net/netip"

	"github.com/vpclint/vpclint/model"
)

const (
	whatVPN = "VPN connection"
	whatVGW = "virtual private gateway"
)

// covers reports whether known prefix p holds all of q.
func covers(p model.Prefix, q netip.Prefix) bool {
	return p.IsSet() && p.Prefix.Bits() <= q.Bits() && p.Prefix.Contains(q.Addr())
}

// selectors checks that the tunnels of c admit traffic between outside
// (the customer side, local_ipv4_network_cidr) and inside (the AWS side,
// remote_ipv4_network_cidr). why is set when a selector is not known.
func selectors(c *model.VPNConnection, outside, inside netip.Prefix) (ok bool, why string) {
	if !c.LocalNetwork.Known || !c.RemoteNetwork.Known {
		return false, "the traffic selectors of " + c.Address + " are not known before apply"
	}
	return covers(c.LocalNetwork, outside) && covers(c.RemoteNetwork, inside), ""
}

// tunnel checks that VPN connection c's tunnels carry traffic between the
// outside network and the inside addresses.
func (w *walker) tunnel(c *model.VPNConnection, outside, inside netip.Prefix) {
	ok, why := selectors(c, outside, inside)
	switch {
	case why != "":
		w.unsure(c.Loc(), whatVPN, why, why, false)
	case !ok:
		w.block(c.Loc(), whatVPN, fmt.Sprintf("the tunnels of %s carry %s to %s only, not %s to %s",
			c.Address, prefixText(c.LocalNetwork), prefixText(c.RemoteNetwork), addrText(outside), addrText(inside)),
			fmt.Sprintf("widen local_ipv4_network_cidr and remote_ipv4_network_cidr of %s", c.Address))
	default:
		w.pass(c.Loc(), whatVPN, fmt.Sprintf("tunnels %s to and from the customer gateway", addrText(outside)))
	}
}

// vgwCarries checks that a VPN connection on virtual private gateway g
// sends traffic for the outside network to the customer gateway: a
// static connection needs a route that covers it; a BGP one is taken to
// learn one (see the package doc).
func (w *walker) vgwCarries(g *model.VPNGateway, outside, inside netip.Prefix) {
	if w.stopped {
		return
	}
	doubt := ""
	for _, c := range g.Connections {
		ok, why := selectors(c, outside, inside)
		switch {
		case why != "":
			doubt = first(doubt, why)
			continue
		case !ok:
			continue
		case !c.StaticRoutesOnly.Known:
			doubt = first(doubt, "whether "+c.Address+" learns routes by BGP is not known")
			continue
		case !c.StaticRoutesOnly.Value:
			w.pass(c.Loc(), whatVPN, fmt.Sprintf("carries %s, learned by BGP (assumed advertised by the customer gateway)", addrText(outside)))
			return
		}
		for _, r := range c.Routes {
			switch {
			case !r.Destination.Known:
				doubt = first(doubt, "the destination of "+r.Address+" is not known before apply")
			case !covers(r.Destination, outside):
			case r.MaybeAbsent:
				doubt = first(doubt, r.Address+" may not exist (its count or for_each is not known)")
			default:
				w.pass(r.Location, whatVPN, fmt.Sprintf("%s carries %s (static route %s)", c.Address, addrText(outside), r.Destination.Prefix))
				return
			}
		}
		if c.RoutesIncomplete {
			doubt = first(doubt, "the static routes of "+c.Address+" are not all known")
		}
	}
	switch {
	case doubt != "":
		w.unsure(g.Loc(), whatVPN, doubt, doubt, true)
	case len(g.Connections) == 0:
		why := "no VPN connection on " + g.Address + " is in the configuration"
		w.unsure(g.Loc(), whatVPN, why, why, true)
	default:
		c := g.Connections[0]
		w.block(c.Loc(), whatVPN, fmt.Sprintf("no VPN connection on %s has a route to %s", g.Address, addrText(outside)),
			fmt.Sprintf("add an aws_vpn_connection_route for %s to %s", outside, c.Address))
	}
}
