package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// DXJumboMTU reports a Direct Connect virtual interface with jumbo frames,
// or with an MTU its type does not accept.
var DXJumboMTU = &lint.Rule{
	ID:               "dx-jumbo-mtu",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Direct Connect virtual interface with jumbo frames or an MTU its type rejects",
		Why: `A private virtual interface accepts an MTU of 1500 or 9001, a transit virtual interface 1500
or 8500. A jumbo MTU only helps when every hop between the VPC and the on-premises hosts
carries frames that large: the customer router's sub-interface, firewalls, switches,
WAN links and any tunnel. Where one hop does not, large packets are dropped or fragmented;
path MTU discovery needs ICMP "fragmentation needed" messages that firewalls often drop,
so TCP sessions connect and then stall on the first full-size segment (SSH logs in, then
hangs; a database query with a large result times out) while pings and small requests
work. Changing the MTU of an existing interface can also update the underlying connection
and interrupt every virtual interface on it for up to 30 seconds.

A value the interface type does not accept (9001 on a transit interface, 8500 on a private
one, or anything else) is an error: the provider rejects it, so ` + "`terraform validate`" + ` and every
plan fail. A jumbo value is a warning: keep it
when jumbo frames are verified end to end, and say so with a suppression.`,
		Example: `resource "aws_dx_private_virtual_interface" "onprem" {
  connection_id  = "dxcon-abc12345"
  name           = "onprem"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 9001
  vpn_gateway_id = "vgw-0123456789abcdef0"
}`,
		Fixed: `resource "aws_dx_private_virtual_interface" "onprem" {
  connection_id  = "dxcon-abc12345"
  name           = "onprem"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  vpn_gateway_id = "vgw-0123456789abcdef0"
}`,
		HowToFix: `Leave ` + "`mtu`" + ` unset (1500) unless the network team has verified jumbo frames on every hop
on-premises; then keep 9001 (private) or 8500 (transit) and suppress the finding with
` + "`# vpclint:ignore dx-jumbo-mtu <how it was verified>`" + `. Use 8500, not 9001, on a transit
virtual interface, and 9001, not 8500, on a private one. Plan MTU changes of an existing
interface for a maintenance window.`,
		Silent: `The rule stays silent when ` + "`mtu`" + ` is unknown (a variable without a value). Public virtual
interfaces, which have no jumbo option, and hosted or other Direct Connect resources are not
checked.`,
		References: []string{
			"https://docs.aws.amazon.com/directconnect/latest/UserGuide/set-jumbo-frames-vif.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_private_virtual_interface",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_transit_virtual_interface",
		},
	},
	Run: runDXJumboMTU,
}

// dxJumboMTUs are the jumbo MTU of each virtual interface kind; 1500 is
// the other value each accepts.
var dxJumboMTUs = map[string]int{model.DXPrivate: 9001, model.DXTransit: 8500}

func runDXJumboMTU(pass *lint.Pass) error {
	for _, v := range pass.Network.DXVirtualInterfaces {
		jumbo := dxJumboMTUs[v.Kind]
		switch {
		case !v.MTU.Known || v.MTU.Value == 1500:
		case v.MTU.Value == jumbo:
			pass.Reportf(v, "%s virtual interface %s uses jumbo frames (mtu = %d): unless every hop on-premises (router, "+
				"firewalls, switches, WAN) carries %d-byte frames, large packets are dropped and TCP sessions stall after "+
				"connecting; remove mtu to use 1500, or suppress this finding saying how jumbo frames were verified end to end",
				v.Kind, v.Address, jumbo, jumbo)
		default:
			pass.Report(lint.Finding{
				Rule:     pass.Rule,
				Message:  dxJumboMTUInvalid(v, jumbo),
				Range:    v.DefRange,
				Resource: v.Address,
			}.WithSeverity(lint.Error))
		}
	}
	return nil
}

// dxJumboMTUInvalid says that v's MTU is not one its kind accepts.
func dxJumboMTUInvalid(v *model.DXVirtualInterface, jumbo int) string {
	return fmt.Sprintf("%s virtual interface %s has mtu = %d, which a %s interface does not accept (1500 or %d only), so "+
		"terraform validate and plan fail; set mtu to %d for jumbo frames, or remove it for 1500", v.Kind, v.Address,
		v.MTU.Value, v.Kind, jumbo, jumbo)
}
