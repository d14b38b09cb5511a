package model

import "testing"

func TestRuleMatch(t *testing.T) {
	known := func(s string) Prefix { return Prefix{Prefix: pfx(s), Known: true} }
	tests := []struct {
		name string
		got  Traffic
		want Traffic
	}{
		{
			"nacl rule",
			(&NACLRule{Protocol: ProtocolTCP, Ports: ports(443, 443), CIDR: known("10.0.0.0/8"), Known: true}).Match(),
			m(ProtocolTCP, ports(443, 443), "10.0.0.0/8"),
		},
		{
			"nacl rule without cidr",
			(&NACLRule{Protocol: ProtocolAll, Ports: AllPorts, CIDR: Prefix{Known: true}, Known: true}).Match(),
			Traffic{},
		},
		{
			"nacl rule with unknown cidr",
			(&NACLRule{Protocol: ProtocolAll, Ports: AllPorts, CIDR: Prefix{Prefix: pfx("10.0.0.0/8")}}).Match(),
			Traffic{},
		},
		{
			"sg rule keeps known cidrs of both families",
			(&SGRule{
				Protocol: ProtocolUDP, Ports: ports(53, 53), Known: true,
				CIDRs:       []Prefix{known("10.0.0.0/8"), {Prefix: pfx("192.168.0.0/16")}, {Known: true}, known("2001:db8::/32")},
				Groups:      []GroupRef{{ID: String{Value: "sg-123", Known: true}}},
				PrefixLists: []String{{Value: "pl-123", Known: true}},
				Self:        true,
			}).Match(),
			m(ProtocolUDP, ports(53, 53), "10.0.0.0/8", "2001:db8::/32"),
		},
		{
			"sg rule with only group peers",
			(&SGRule{Protocol: ProtocolAll, Ports: AllPorts, Known: true, Self: true}).Match(),
			Traffic{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.got.Equal(tc.want) {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}
