package build

import (
	"slices"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
)

// usageBase adds a VPC, a subnet, a NAT gateway and a peering for the
// usage tests.
func usageBase(fx *fixture) {
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_subnet.s", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.0.0/24")})
	fx.res("aws_nat_gateway.n", vals{"subnet_id": ref("aws_subnet.s")})
	fx.res("aws_vpc_peering_connection.p", vals{"vpc_id": ref("aws_vpc.v"), "peer_vpc_id": str("vpc-peer")})
}

func TestRoutesIncomplete(t *testing.T) {
	tests := []struct {
		name          string
		add           func(fx *fixture)
		nat, peering  bool
		wantNATRoutes int
	}{
		{"resolved targets", func(fx *fixture) {
			fx.res("aws_route_table.t", vals{"vpc_id": ref("aws_vpc.v")},
				block("route", vals{"cidr_block": str("0.0.0.0/0"), "nat_gateway_id": ref("aws_nat_gateway.n")}),
				block("route", vals{"cidr_block": str("10.1.0.0/16"), "vpc_peering_connection_id": ref("aws_vpc_peering_connection.p")}))
		}, false, false, 1},
		{"literal ids outside the model", func(fx *fixture) {
			fx.res("aws_route.r", vals{"route_table_id": str("rtb-1"), "destination_cidr_block": str("0.0.0.0/0"), "nat_gateway_id": str("nat-0other")})
			fx.res("aws_route.p", vals{"route_table_id": str("rtb-1"), "destination_cidr_block": str("10.1.0.0/16"), "vpc_peering_connection_id": str("pcx-1")})
		}, false, false, 0},
		{"unknown nat_gateway_id", func(fx *fixture) {
			fx.res("aws_route.r", vals{"route_table_id": str("rtb-1"), "destination_cidr_block": str("0.0.0.0/0"), "nat_gateway_id": unknown})
		}, true, false, 0},
		{"data source peering", func(fx *fixture) {
			fx.res("aws_route.r", vals{"route_table_id": str("rtb-1"), "destination_cidr_block": str("10.1.0.0/16"),
				"vpc_peering_connection_id": ref("data.aws_vpc_peering_connection.x")})
		}, false, true, 0},
		{"unknown gateway_id", func(fx *fixture) {
			fx.res("aws_route.r", vals{"route_table_id": str("rtb-1"), "destination_cidr_block": str("0.0.0.0/0"), "gateway_id": unknown})
		}, true, true, 0},
		{"table with unknown dynamic routes", func(fx *fixture) {
			fx.res("aws_route_table.t", vals{"vpc_id": ref("aws_vpc.v")}, unknownBlocks("route"))
		}, true, true, 0},
		{"internet gateway route", func(fx *fixture) {
			fx.res("aws_route.r", vals{"route_table_id": str("rtb-1"), "destination_cidr_block": str("0.0.0.0/0"), "gateway_id": ref("aws_internet_gateway.g")})
		}, false, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			usageBase(&fx)
			tc.add(&fx)
			n := fx.build()
			if got := n.NATGateways[0].RoutesIncomplete; got != tc.nat {
				t.Errorf("NAT RoutesIncomplete = %v, want %v", got, tc.nat)
			}
			if got := n.Peerings[0].RoutesIncomplete; got != tc.peering {
				t.Errorf("peering RoutesIncomplete = %v, want %v", got, tc.peering)
			}
		})
	}
}

func TestRouteTableInUse(t *testing.T) {
	yes, no, unk := model.Bool{Value: true, Known: true}, model.Bool{Known: true}, model.Bool{}
	tests := []struct {
		name string
		add  func(fx *fixture)
		want model.Bool
	}{
		{"no association", func(*fixture) {}, no},
		{"subnet association", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": ref("aws_route_table.t"), "subnet_id": ref("aws_subnet.s")})
		}, yes},
		{"subnet outside the model", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": ref("aws_route_table.t"), "subnet_id": str("subnet-1")})
		}, yes},
		{"gateway edge association", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": ref("aws_route_table.t"), "gateway_id": ref("aws_internet_gateway.g")})
		}, yes},
		{"main table", func(fx *fixture) {
			fx.res("aws_main_route_table_association.a", vals{"route_table_id": ref("aws_route_table.t"), "vpc_id": ref("aws_vpc.v")})
		}, yes},
		{"association that may not exist", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": ref("aws_route_table.t"), "subnet_id": ref("aws_subnet.s")}, maybeAbsent)
		}, unk},
		{"association with an unknown table", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": unknown, "subnet_id": ref("aws_subnet.s")})
		}, unk},
		{"association with the VPC's unmanaged default table", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": ref("aws_vpc.v", "default_route_table_id"), "subnet_id": ref("aws_subnet.s")})
		}, no},
		{"association with another literal table", func(fx *fixture) {
			fx.res("aws_route_table_association.a", vals{"route_table_id": str("rtb-other"), "subnet_id": ref("aws_subnet.s")})
		}, no},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			usageBase(&fx)
			fx.res("aws_route_table.t", vals{"vpc_id": ref("aws_vpc.v")})
			tc.add(&fx)
			n := fx.build()
			if got := n.RouteTables[0].InUse; got != tc.want {
				t.Errorf("InUse = %+v, want %+v", got, tc.want)
			}
		})
	}
	t.Run("default table is main", func(t *testing.T) {
		var fx fixture
		fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
		fx.res("aws_default_route_table.d", vals{"default_route_table_id": ref("aws_vpc.v", "default_route_table_id")})
		if got := fx.build().RouteTables[0].InUse; got != yes {
			t.Errorf("InUse = %+v, want %+v", got, yes)
		}
	})
}

func TestFlowLogsIncomplete(t *testing.T) {
	tests := []struct {
		name  string
		attrs vals
		want  bool
	}{
		{"vpc in the model", vals{"vpc_id": ref("aws_vpc.v")}, false},
		{"literal vpc outside the model", vals{"vpc_id": str("vpc-0other")}, false},
		{"transit gateway", vals{"transit_gateway_id": str("tgw-1")}, false},
		{"unknown vpc", vals{"vpc_id": unknown}, true},
		{"data source vpc", vals{"vpc_id": ref("data.aws_vpc.x")}, true},
		{"unknown subnet", vals{"subnet_id": unknown}, true},
		{"network interface", vals{"eni_id": str("eni-1")}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			usageBase(&fx)
			fx.res("aws_flow_log.l", tc.attrs)
			if got := fx.build().VPCs[0].FlowLogsIncomplete; got != tc.want {
				t.Errorf("FlowLogsIncomplete = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestHostedZones(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc.b", vals{"cidr_block": str("10.1.0.0/16")})
	fx.res("aws_route53_zone.block", vals{"name": str("a.internal")},
		block("vpc", vals{"vpc_id": ref("aws_vpc.a")}), block("vpc", vals{"vpc_id": str("vpc-0other")}))
	fx.res("aws_route53_zone_association.b", vals{"zone_id": ref("aws_route53_zone.block", "zone_id"), "vpc_id": ref("aws_vpc.b")})
	fx.res("aws_route53_zone_association.again", vals{"zone_id": ref("aws_route53_zone.block", "zone_id"), "vpc_id": ref("aws_vpc.a")})
	fx.res("aws_route53_zone.public", vals{"name": str("example.com")})
	fx.res("aws_route53_zone.unknown_vpc", vals{"name": str("u.internal")}, block("vpc", vals{"vpc_id": unknown}))
	fx.res("aws_route53_zone.dynamic", vals{"name": str("d.internal")}, unknownBlocks("vpc"))
	fx.res("aws_route53_zone.maybe", vals{"name": str("m.internal")}, block("vpc", vals{"vpc_id": ref("aws_vpc.a")}))
	fx.res("aws_route53_zone_association.maybe", vals{"zone_id": ref("aws_route53_zone.maybe", "zone_id"), "vpc_id": ref("aws_vpc.b")}, maybeAbsent)
	n := fx.build()
	a, b := n.VPCs[0], n.VPCs[1]
	type want struct {
		name       string
		vpcs       []*model.VPC
		incomplete bool
	}
	wants := []want{
		{"a.internal", []*model.VPC{a, b}, false},
		{"example.com", nil, false},
		{"u.internal", nil, true},
		{"d.internal", nil, true},
		{"m.internal", []*model.VPC{a}, true},
	}
	if len(n.HostedZones) != len(wants) {
		t.Fatalf("%d zones, want %d", len(n.HostedZones), len(wants))
	}
	for i, w := range wants {
		z := n.HostedZones[i]
		if z.Name != known(w.name) || z.Incomplete != w.incomplete || len(z.VPCs) != len(w.vpcs) {
			t.Errorf("zone %d: name %v incomplete %v VPCs %d; want %+v", i, z.Name, z.Incomplete, len(z.VPCs), w)
			continue
		}
		for j := range w.vpcs {
			if z.VPCs[j] != w.vpcs[j] {
				t.Errorf("zone %s VPC %d = %s", w.name, j, z.VPCs[j].Address)
			}
		}
	}

	t.Run("association with an unknown zone", func(t *testing.T) {
		var fx fixture
		fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16")})
		fx.res("aws_route53_zone.z", vals{"name": str("z.internal")}, block("vpc", vals{"vpc_id": ref("aws_vpc.a")}))
		fx.res("aws_route53_zone_association.x", vals{"zone_id": ref("data.aws_route53_zone.x", "zone_id"), "vpc_id": ref("aws_vpc.a")})
		if z := fx.build().HostedZones[0]; !z.Incomplete {
			t.Errorf("zone not incomplete: %+v", z)
		}
	})
}

func TestPeeringAccepterOptions(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc_peering_connection.p", vals{"vpc_id": ref("aws_vpc.a"), "peer_vpc_id": str("vpc-b")})
	fx.res("aws_vpc_peering_connection_accepter.p", vals{"vpc_peering_connection_id": ref("aws_vpc_peering_connection.p")},
		block("accepter", vals{"allow_remote_vpc_dns_resolution": bl(true)}))
	p := fx.build().Peerings[0]
	if p.AccepterAllowRemoteDNS != (model.Bool{Value: true, Known: true}) || p.RequesterAllowRemoteDNS != (model.Bool{Known: true}) {
		t.Errorf("DNS options: requester %+v accepter %+v", p.RequesterAllowRemoteDNS, p.AccepterAllowRemoteDNS)
	}
}

func TestCIDRFamilyAndZoneKind(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16"), "assign_generated_ipv6_cidr_block": bl(true)})
	fx.res("aws_vpc_ipv4_cidr_block_association.a", vals{"vpc_id": ref("aws_vpc.v"), "ipv4_ipam_pool_id": str("p")})
	fx.res("aws_vpc_ipv6_cidr_block_association.b", vals{"vpc_id": ref("aws_vpc.v"), "ipv6_ipam_pool_id": str("p")})
	fx.res("aws_subnet.name", vals{"vpc_id": ref("aws_vpc.v"), "availability_zone": str("us-east-1a")})
	fx.res("aws_subnet.id", vals{"vpc_id": ref("aws_vpc.v"), "availability_zone_id": str("use1-az1")})
	fx.res("aws_subnet.none", vals{"vpc_id": ref("aws_vpc.v")})
	n := fx.build()
	var got []bool
	for _, c := range n.VPCs[0].CIDRs {
		got = append(got, c.IPv6)
	}
	if want := []bool{false, true, false, true}; !slices.Equal(got, want) {
		t.Errorf("IPv6 flags = %v, want %v", got, want)
	}
	for i, want := range []bool{false, true, false} {
		if s := n.Subnets[i]; s.AvailabilityZoneIsID != want {
			t.Errorf("%s: AvailabilityZoneIsID = %v, want %v", s.Address, s.AvailabilityZoneIsID, want)
		}
	}
}

func TestExportedBy(t *testing.T) {
	var fx fixture
	usageBase(&fx)
	fx.res("aws_nat_gateway.counted[0]", vals{"subnet_id": ref("aws_subnet.s")})
	fx.res("aws_nat_gateway.counted[1]", vals{"subnet_id": ref("aws_subnet.s")})
	out := fx.res("output.ids", vals{"value": cty.TupleVal([]cty.Value{ref("aws_nat_gateway.n"), ref("aws_vpc.v", "cidr_block")})})
	out.Mode, out.Type = "output", "output"
	call := fx.res("module.routes", vals{"nat_id": ref("aws_nat_gateway.counted"), "pcx": ref("aws_vpc_peering_connection.p"), "vpc": ref("aws_vpc.v")})
	call.Mode, call.Type = "module", "module"
	n := fx.build()
	users := func(rs []*model.Resource) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Type+" "+r.Address)
		}
		return out
	}
	checks := []struct {
		name string
		got  []*model.Resource
		want []string
	}{
		{"nat", n.NATGateways[0].ExportedBy, []string{"output output.ids"}},
		{"counted nat 0", n.NATGateways[1].ExportedBy, []string{"module module.routes"}},
		{"counted nat 1", n.NATGateways[2].ExportedBy, []string{"module module.routes"}},
		{"peering", n.Peerings[0].ExportedBy, []string{"module module.routes"}},
		{"vpc (cidr_block is not its id)", n.VPCs[0].ExportedBy, []string{"module module.routes"}},
	}
	for _, c := range checks {
		if got := users(c.got); !slices.Equal(got, c.want) {
			t.Errorf("%s: ExportedBy = %q, want %q", c.name, got, c.want)
		}
	}
}
