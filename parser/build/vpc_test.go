package build

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
)

// cidrsOf returns the prefixes of a VPC's CIDR blocks, an unknown one as
// the zero Prefix.
func cidrsOf(v *model.VPC) []model.Prefix {
	var out []model.Prefix
	for _, c := range v.CIDRs {
		out = append(out, c.Prefix)
	}
	return out
}

func TestVPCCIDRs(t *testing.T) {
	tests := []struct {
		name  string
		attrs vals
		want  []model.Prefix
	}{
		{"ipv4 only", vals{"cidr_block": str("10.0.0.0/16")}, []model.Prefix{pfx("10.0.0.0/16")}},
		{"ipv4 and ipv6", vals{"cidr_block": str("10.0.0.0/16"), "ipv6_cidr_block": str("2600:1f18::/56")},
			[]model.Prefix{pfx("10.0.0.0/16"), pfx("2600:1f18::/56")}},
		{"ipam ipv4", vals{"ipv4_ipam_pool_id": str("ipam-pool-1"), "ipv4_netmask_length": num(16)}, []model.Prefix{{}}},
		{"unknown ipv4", vals{"cidr_block": unknown}, []model.Prefix{{}}},
		{"reference string is unknown", vals{"cidr_block": ref("aws_vpc_ipam_pool_cidr.x", "cidr")}, []model.Prefix{{}}},
		{"generated ipv6", vals{"cidr_block": str("10.0.0.0/16"), "assign_generated_ipv6_cidr_block": bl(true)},
			[]model.Prefix{pfx("10.0.0.0/16"), {}}},
		{"generated ipv6 unknown flag", vals{"cidr_block": str("10.0.0.0/16"), "assign_generated_ipv6_cidr_block": unknown},
			[]model.Prefix{pfx("10.0.0.0/16"), {}}},
		{"no ipv6 when flag false", vals{"cidr_block": str("10.0.0.0/16"), "assign_generated_ipv6_cidr_block": bl(false)},
			[]model.Prefix{pfx("10.0.0.0/16")}},
		{"ipam ipv6", vals{"cidr_block": str("10.0.0.0/16"), "ipv6_ipam_pool_id": str("p")},
			[]model.Prefix{pfx("10.0.0.0/16"), {}}},
		{"plan: ipv6 computed and not wanted", vals{"cidr_block": str("10.0.0.0/16"), "ipv6_cidr_block": unknown, "assign_generated_ipv6_cidr_block": bl(false)},
			[]model.Prefix{pfx("10.0.0.0/16")}},
		{"plan: empty ipv6", vals{"cidr_block": str("10.0.0.0/16"), "ipv6_cidr_block": str("")},
			[]model.Prefix{pfx("10.0.0.0/16")}},
		{"number where a string is expected", vals{"cidr_block": num(10)}, []model.Prefix{{}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			fx.res("aws_vpc.a", tc.attrs)
			n := fx.build()
			if got := cidrsOf(n.VPCs[0]); !slices.Equal(got, tc.want) {
				t.Errorf("CIDRs = %v, want %v", got, tc.want)
			}
			for _, c := range n.VPCs[0].CIDRs {
				if !c.Primary || c.Source.Address != "aws_vpc.a" {
					t.Errorf("CIDR %v: Primary %v, Source %v; want primary from aws_vpc.a", c.Prefix, c.Primary, c.Source.Address)
				}
			}
		})
	}
}

func TestVPCAttributes(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc.b", vals{"cidr_block": str("10.1.0.0/16"), "enable_dns_support": bl(false), "enable_dns_hostnames": str("true")})
	fx.res("aws_vpc.c", vals{"cidr_block": str("10.2.0.0/16"), "enable_dns_hostnames": unknown})
	fx.res("aws_default_vpc.d", vals{})
	n := fx.build()
	a, b, c, d := n.VPCs[0], n.VPCs[1], n.VPCs[2], n.VPCs[3]
	check := func(name string, got, want model.Bool) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %+v, want %+v", name, got, want)
		}
	}
	yes, no := model.Bool{Value: true, Known: true}, model.Bool{Known: true}
	check("a.EnableDNSSupport (default)", a.EnableDNSSupport, yes)
	check("a.EnableDNSHostnames (default)", a.EnableDNSHostnames, no)
	check("b.EnableDNSSupport", b.EnableDNSSupport, no)
	check("b.EnableDNSHostnames (string converted)", b.EnableDNSHostnames, yes)
	check("c.EnableDNSHostnames (unknown)", c.EnableDNSHostnames, model.Bool{})
	check("default VPC EnableDNSHostnames (default true)", d.EnableDNSHostnames, yes)
	if a.Default || !d.Default {
		t.Errorf("Default flags: a %v, d %v", a.Default, d.Default)
	}
	if got := cidrsOf(d); !slices.Equal(got, []model.Prefix{{}}) {
		t.Errorf("default VPC CIDRs = %v, want one unknown (computed)", got)
	}
}

func TestVPCCIDRAssociations(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16"), "id": str("vpc-0aaa")})
	fx.res("aws_vpc_ipv4_cidr_block_association.by_ref", vals{"vpc_id": ref("aws_vpc.a"), "cidr_block": str("10.1.0.0/16")})
	fx.res("aws_vpc_ipv4_cidr_block_association.by_id", vals{"vpc_id": str("vpc-0aaa"), "cidr_block": str("10.2.0.0/16")}, maybeAbsent)
	fx.res("aws_vpc_ipv4_cidr_block_association.ipam", vals{"vpc_id": ref("aws_vpc.a"), "ipv4_ipam_pool_id": str("p")})
	fx.res("aws_vpc_ipv6_cidr_block_association.v6", vals{"vpc_id": ref("aws_vpc.a"), "ipv6_cidr_block": str("2600::/56")})
	fx.res("aws_vpc_ipv4_cidr_block_association.elsewhere", vals{"vpc_id": str("vpc-other"), "cidr_block": str("10.9.0.0/16")})
	fx.res("aws_vpc_ipv4_cidr_block_association.unknown", vals{"vpc_id": unknown, "cidr_block": str("10.8.0.0/16")})
	n := fx.build()
	v := n.VPCs[0]
	want := []model.Prefix{pfx("10.0.0.0/16"), pfx("10.1.0.0/16"), pfx("10.2.0.0/16"), {}, pfx("2600::/56")}
	if got := cidrsOf(v); !slices.Equal(got, want) {
		t.Fatalf("CIDRs = %v, want %v", got, want)
	}
	wantSrc := []string{"aws_vpc.a", "aws_vpc_ipv4_cidr_block_association.by_ref", "aws_vpc_ipv4_cidr_block_association.by_id",
		"aws_vpc_ipv4_cidr_block_association.ipam", "aws_vpc_ipv6_cidr_block_association.v6"}
	for i, c := range v.CIDRs {
		if c.Source.Address != wantSrc[i] || c.Primary != (i == 0) || c.MaybeAbsent != (i == 2) {
			t.Errorf("CIDR %d: source %s primary %v maybeAbsent %v", i, c.Source.Address, c.Primary, c.MaybeAbsent)
		}
	}
}

func TestSubnets(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_default_vpc.d", vals{})
	fx.res("aws_subnet.a", vals{
		"vpc_id": ref("aws_vpc.a"), "cidr_block": str("10.0.1.0/24"), "ipv6_cidr_block": str("2600::/64"),
		"availability_zone": str("us-east-1a"), "map_public_ip_on_launch": bl(true),
	})
	fx.res("aws_subnet.b", vals{"vpc_id": unknown, "cidr_block": unknown, "availability_zone_id": str("use1-az1")})
	fx.res("aws_subnet.c", vals{"vpc_id": ref("aws_vpc.a"), "cidr_block": str("10.0.2.0/24"), "availability_zone": unknown})
	fx.res("aws_default_subnet.d", vals{"availability_zone": str("us-east-1b")})
	n := fx.build()
	a, b, c, d := n.Subnets[0], n.Subnets[1], n.Subnets[2], n.Subnets[3]
	if a.VPC != n.VPCs[0] || b.VPC != nil || d.VPC != n.VPCs[1] {
		t.Errorf("VPC links: a %v b %v d %v", a.VPC, b.VPC, d.VPC)
	}
	if a.CIDR != pfx("10.0.1.0/24") || a.IPv6CIDR != pfx("2600::/64") || b.CIDR.Known || !c.IPv6CIDR.Known || c.IPv6CIDR.IsSet() {
		t.Errorf("CIDRs: a %v %v, b %v, c ipv6 %v", a.CIDR, a.IPv6CIDR, b.CIDR, c.IPv6CIDR)
	}
	if d.CIDR.Known {
		t.Errorf("default subnet CIDR = %v, want unknown (computed)", d.CIDR)
	}
	if a.AvailabilityZone != known("us-east-1a") || b.AvailabilityZone != known("use1-az1") || c.AvailabilityZone.Known {
		t.Errorf("AZs: %v %v %v", a.AvailabilityZone, b.AvailabilityZone, c.AvailabilityZone)
	}
	yes, no := model.Bool{Value: true, Known: true}, model.Bool{Known: true}
	if a.MapPublicIPOnLaunch != yes || b.MapPublicIPOnLaunch != no || d.MapPublicIPOnLaunch != yes {
		t.Errorf("MapPublicIPOnLaunch: a %v b %v default %v", a.MapPublicIPOnLaunch, b.MapPublicIPOnLaunch, d.MapPublicIPOnLaunch)
	}
}

func TestHostBitsAreProblems(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.1/8")})
	fx.res("aws_subnet.s", vals{"cidr_block": str("10.0.0.0/33")})
	fx.res("aws_network_acl_rule.r", vals{
		"network_acl_id": unknown, "rule_number": num(100), "rule_action": str("allow"),
		"protocol": str("-1"), "cidr_block": str("192.168.1.1/16"),
	})
	n := fx.build()
	want := []string{
		`cidr_block "10.0.0.1/8" has host bits set; the provider rejects it (did you mean 10.0.0.0/8?)`,
		`cidr_block "10.0.0.0/33" is not a valid CIDR block`,
		`cidr_block "192.168.1.1/16" has host bits set; the provider does not check it, so AWS may not get the block you meant (did you mean 192.168.0.0/16?)`,
	}
	if diff := cmp.Diff(want, problems(n)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if n.VPCs[0].CIDRs[0].Known {
		t.Errorf("a CIDR with host bits must be unknown, got %v", n.VPCs[0].CIDRs[0].Prefix)
	}
	p := n.Problems[0]
	if p.Address != "aws_vpc.a" || p.Range != fx.insts[0].Attrs["cidr_block"].Range {
		t.Errorf("problem location = %s %v, want the cidr_block attribute of aws_vpc.a", p.Address, p.Range)
	}
	if n.UnattachedNACLRules[0].Known {
		t.Error("NACL rule with a host-bit CIDR must be unknown")
	}
}

func TestDefaultVPCPerProvider(t *testing.T) {
	var fx fixture
	west := withProvider(providerWith("aws.west", cty.NullVal(cty.Map(cty.String))))
	fx.res("aws_default_vpc.east", vals{})
	fx.res("aws_default_vpc.west", vals{}, west)
	fx.res("aws_security_group.e", vals{})
	fx.res("aws_security_group.w", vals{}, west)
	fx.res("aws_security_group.unknown_vpc", vals{"vpc_id": unknown})
	n := fx.build()
	if n.SecurityGroups[0].VPC != n.VPCs[0] || n.SecurityGroups[1].VPC != n.VPCs[1] || n.SecurityGroups[2].VPC != nil {
		t.Errorf("groups without vpc_id must live in their provider's default VPC; unknown vpc_id links nothing")
	}
}
