package reach_test

import (
	"net/netip"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/reach"
)

// handNet builds small networks from model objects, for paths the
// fixtures do not take.
type handNet struct {
	net  model.Network
	line int
}

// res is a resource at the next line of main.tf.
func (h *handNet) res(typ, address string) model.Resource {
	h.line += 10
	return model.Resource{Type: typ, Address: address,
		DefRange: hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: h.line, Column: 1}, End: hcl.Pos{Line: h.line, Column: 9}}}
}

// vpc adds a VPC with one known CIDR block.
func (h *handNet) vpc(address, cidr string) *model.VPC {
	v := &model.VPC{Resource: h.res("aws_vpc", address)}
	v.CIDRs = []model.VPCCIDR{{Prefix: model.Prefix{Prefix: netip.MustParsePrefix(cidr), Known: true}, Primary: true, Source: v.Loc()}}
	h.net.VPCs = append(h.net.VPCs, v)
	return v
}

// subnet adds a subnet with its VPC's unmanaged main table and default ACL.
func (h *handNet) subnet(address string, vpc *model.VPC, cidr string) *model.Subnet {
	s := &model.Subnet{Resource: h.res("aws_subnet", address), VPC: vpc,
		CIDR: model.Prefix{Prefix: netip.MustParsePrefix(cidr), Known: true}, MainRouteTableUnmanaged: true, DefaultNACLUnmanaged: true}
	h.net.Subnets = append(h.net.Subnets, s)
	return s
}

// instance adds an endpoint without security groups in subnets.
func (h *handNet) instance(address string, known bool, subnets ...*model.Subnet) *model.Endpoint {
	e := &model.Endpoint{Resource: h.res("aws_instance", address), Subnets: subnets, SubnetsKnown: known, GroupsKnown: true}
	h.net.Endpoints = append(h.net.Endpoints, e)
	return e
}

func TestHandBuilt(t *testing.T) {
	var h handNet
	a, b := h.vpc("aws_vpc.a", "10.0.0.0/16"), h.vpc("aws_vpc.b", "10.0.5.0/24")
	sa, sb := h.subnet("aws_subnet.a", a, "10.0.1.0/24"), h.subnet("aws_subnet.b", b, "10.0.5.0/24")
	h.instance("aws_instance.a", true, sa)
	h.instance("aws_instance.a2", true, h.subnet("aws_subnet.a2", a, "10.0.2.0/24"))
	h.instance("aws_instance.b", true, sb)
	h.instance("aws_instance.lost", false)
	nacl := &model.NACL{Resource: h.res("aws_network_acl", "aws_network_acl.maybe"), VPC: a}
	nacl.Rules = []*model.NACLRule{{Location: nacl.Loc(), NACL: nacl, Direction: model.Ingress, Number: 100, Action: model.Allow,
		Protocol: model.ProtocolAll, Ports: model.AllPorts, CIDR: model.Prefix{Prefix: model.AllIPv4, Known: true}, Known: true, MaybeAbsent: true}, {
		Location: nacl.Loc(), NACL: nacl, Direction: model.Egress, Number: 100, Action: model.Allow,
		Protocol: model.ProtocolAll, Ports: model.AllPorts, CIDR: model.Prefix{Prefix: model.AllIPv4, Known: true}, Known: true}}
	h.net.NACLs = append(h.net.NACLs, nacl)
	s3 := h.subnet("aws_subnet.guarded", a, "10.0.3.0/24")
	s3.NACL, s3.DefaultNACLUnmanaged = nacl, false
	h.instance("aws_instance.guarded", true, s3)

	// A VPC whose route table learns an office's routes by BGP.
	c := h.vpc("aws_vpc.c", "10.9.0.0/16")
	sc := h.subnet("aws_subnet.c", c, "10.9.1.0/24")
	anyIPv4 := model.Prefix{Prefix: model.AllIPv4, Known: true}
	vgw := &model.VPNGateway{Resource: h.res("aws_vpn_gateway", "aws_vpn_gateway.g"), VPC: c}
	vgw.Connections = []*model.VPNConnection{{Resource: h.res("aws_vpn_connection", "aws_vpn_connection.bgp"), VPNGateway: vgw,
		StaticRoutesOnly: model.Bool{Known: true}, LocalNetwork: anyIPv4, RemoteNetwork: anyIPv4}}
	sc.RouteTable = &model.RouteTable{Resource: h.res("aws_route_table", "aws_route_table.c"), VPC: c, PropagatingVGWs: []*model.VPNGateway{vgw}}
	sc.MainRouteTableUnmanaged = false
	h.instance("aws_instance.c", true, sc)
	// A group whose only egress rule goes to a prefix list.
	pl := &model.SecurityGroup{Resource: h.res("aws_security_group", "aws_security_group.pl"), VPC: c}
	pl.Rules = []*model.SGRule{{Location: pl.Loc(), Group: pl, Direction: model.Egress, Protocol: model.ProtocolTCP,
		Ports: model.PortRange{From: 443, To: 443}, PrefixLists: []model.String{{Value: "pl-123", Known: true}}, Known: true}}
	h.instance("aws_instance.pl", true, sc).SecurityGroups = []*model.SecurityGroup{pl}

	for _, tc := range []struct {
		name, from, to string
		want           want
	}{
		{"a VPN that learns routes by BGP is taken to carry the outside network", "aws_instance.c", "172.20.0.5",
			want{outcome: reach.Reachable, hops: 5, anyHop: `^propagated route 172\.20\.0\.5/32 via aws_vpn_gateway\.g \(aws_vpn_connection\.bgp\), learned by BGP \(assumed to cover 172\.20\.0\.5\)$`}},
		{"a security group rule to a prefix list", "aws_instance.pl", "172.20.0.5",
			want{outcome: reach.Unknown, at: "aws_security_group.pl", what: "security group",
				unknown: `^an egress rule of aws_security_group\.pl names a prefix list whose entries are not in the configuration$`}},
		{"no security groups and AWS's default ACL and main table", "aws_instance.a", "aws_instance.a2",
			want{outcome: reach.Reachable, hops: 8}},
		{"overlapping VPCs: the local route keeps the traffic", "aws_instance.a", "aws_instance.b",
			want{outcome: reach.Blocked, at: "aws_subnet.a", what: "route table", rule: `^the local route keeps traffic for 10\.0\.5\.0/24 inside aws_vpc\.a`}},
		{"an endpoint whose subnets are not known", "aws_instance.lost", "aws_instance.a",
			want{outcome: reach.Unknown, at: "aws_instance.lost", what: "endpoint", unknown: `^the subnets of aws_instance\.lost are not known$`, hops: 1}},
		{"a NACL rule that may not exist", "aws_instance.a", "aws_instance.guarded",
			want{outcome: reach.Unknown, at: "aws_network_acl.maybe", what: "network ACL",
				unknown: `^inbound rule 100 of aws_network_acl\.maybe may not exist \(its count or for_each is not known\)$`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := reach.Check(&h.net, tcp(tc.from, tc.to, 443))
			if err != nil {
				t.Fatal(err)
			}
			defer func() {
				if t.Failed() {
					t.Logf("verdict:\n%s", reach.Text(v, ""))
				}
			}()
			checkVerdict(t, v, tc.want)
		})
	}
}
