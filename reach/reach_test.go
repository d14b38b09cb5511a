package reach_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"sync"
	"testing"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/reach"
)

// networks caches the fixture networks of testdata/reach by name.
var networks sync.Map

// network loads the fixture network testdata/reach/<name> with the real
// parser; a load error fails the test.
func network(t *testing.T, name string) *model.Network {
	t.Helper()
	if n, ok := networks.Load(name); ok {
		return n.(*model.Network)
	}
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "reach", name))
	if err != nil {
		t.Fatal(err)
	}
	res := parser.Load([]string{dir}, parser.Options{})
	for _, d := range res.Diagnostics {
		if d.Severity == 1 { // hcl.DiagError
			t.Fatalf("loading %s: %s", name, d.Error())
		}
	}
	networks.Store(name, res.Network)
	return res.Network
}

// want is what a case expects of a verdict.
type want struct {
	outcome reach.Outcome
	// at is the address of the blocking (or first undecided) hop's
	// resource, what its kind, rule a regexp its Rule must match, and
	// ret whether it is on the return path.
	at, what, rule string
	ret            bool
	// fix and unknown are regexps for Verdict.Fix and Verdict.Unknown;
	// placement must equal Verdict.Placement.
	fix, unknown, placement string
	// hops is the number of hops, when not 0.
	hops int
	// anyHop is a regexp some hop's Rule must match.
	anyHop string
}

var cases = []struct {
	name, network string
	q             reach.Query
	want          want
}{
	// A VPC with public and private subnets, a NAT gateway and NACLs.
	{"nat/reachable: load balancer to app", "nat",
		tcp("aws_lb.web", "aws_instance.app", 8080), want{outcome: reach.Reachable, hops: 8}},
	{"nat/reachable: app to the internet through the NAT gateway", "nat",
		tcp("aws_instance.app", "203.0.113.10", 443), want{outcome: reach.Reachable, hops: 10}},
	{"nat/reachable: load balancer to a subnet (no security group to check)", "nat",
		tcp("aws_lb.web", "aws_subnet.app", 8080), want{outcome: reach.Reachable, hops: 7}},
	{"nat/blocked by a NACL inbound deny rule", "nat",
		tcp("aws_lb.web", "aws_instance.app", 9090), want{outcome: reach.Blocked,
			at: "aws_network_acl.app", what: "network ACL", rule: `^inbound rule 90 denies tcp 9090 from 10\.0\.4\.0/24$`,
			fix:       `^allow tcp 9090 from 10\.0\.4\.0/24 in aws_network_acl\.app before inbound rule 90$`,
			placement: "aws_lb.web in aws_subnet.public_b"}},
	{"nat/blocked by a security group", "nat",
		tcp("aws_lb.web", "aws_instance.app", 8443), want{outcome: reach.Blocked,
			at: "aws_security_group.app", what: "security group", rule: `^no ingress rule allows tcp 8443 from aws_lb\.web \(10\.0\.0\.0/24\)$`,
			fix: `^add an ingress rule to aws_security_group\.app allowing tcp 8443 from aws_security_group\.lb$`}},
	{"nat/blocked on the return path by a NACL", "nat",
		tcp("aws_instance.app", "aws_db_instance.main", 5432), want{outcome: reach.Blocked, ret: true,
			at: "aws_network_acl.data", what: "network ACL", rule: `^no outbound rule allows tcp 1024-65535 to 10\.0\.1\.10 \(the final \* rule denies it\)$`,
			fix: `outbound rule to aws_network_acl\.data: allow tcp 1024-65535 to 10\.0\.1\.10/32`}},
	{"nat/blocked by a missing route", "nat",
		tcp("aws_db_instance.main", "203.0.113.10", 443), want{outcome: reach.Blocked,
			at: "aws_route_table.data", what: "route table", rule: `^no route to 203\.0\.113\.10 in aws_route_table\.data$`,
			fix: `^add a route to 203\.0\.113\.10/32 via aws_nat_gateway\.main in aws_route_table\.data$`}},

	// On premises to a Redshift cluster over a VPN attached to a transit
	// gateway.
	{"onprem/reachable: office to the warehouse", "onprem",
		tcp("10.20.0.5", dw, 5439), want{outcome: reach.Reachable, hops: 10}},
	{"onprem/reachable: the VPC to the office through the transit gateway", "onprem",
		tcp("aws_instance.etl", "10.20.0.5", 443), want{outcome: reach.Reachable, hops: 10}},
	{"onprem/blocked by a NACL inbound rule", "onprem",
		tcp("10.20.99.7", dw, 5439), want{outcome: reach.Blocked,
			at: "aws_network_acl.data", what: "network ACL", rule: `^inbound rule 90 denies tcp 5439 from 10\.20\.99\.0/24$`}},
	{"onprem/blocked on the return path by a NACL", "onprem",
		tcp("10.40.0.5", dw, 5439), want{outcome: reach.Blocked, ret: true,
			at: "aws_network_acl.data", what: "network ACL", rule: `^no outbound rule allows tcp 1024-65535 to 10\.40\.0\.5 `}},
	{"onprem/blocked by a transit gateway route table", "onprem",
		tcp("10.30.0.5", dw, 5439), want{outcome: reach.Blocked, ret: true,
			at: "aws_ec2_transit_gateway_route_table.vpcs", what: "transit gateway route table",
			rule: `^no route to 10\.30\.0\.5 in aws_ec2_transit_gateway_route_table\.vpcs$`,
			fix:  `^add a route to 10\.30\.0\.5/32 via aws_vpn_connection\.onprem in aws_ec2_transit_gateway_route_table\.vpcs$`}},
	{"onprem/blocked by a security group", "onprem",
		tcp("aws_instance.etl", dw, 5439), want{outcome: reach.Blocked,
			at: "module.dw.aws_security_group.redshift", what: "security group",
			rule: `^no ingress rule allows tcp 5439 from aws_instance\.etl \(10\.0\.10\.5\)$`,
			fix:  `from aws_security_group\.etl$`}},
	{"onprem/blocked by a missing route", "onprem",
		tcp("aws_instance.etl", "172.16.0.5", 443), want{outcome: reach.Blocked,
			at: "aws_route_table.app", what: "route table", rule: `^no route to 172\.16\.0\.5 in aws_route_table\.app$`,
			fix: `via aws_ec2_transit_gateway\.main in aws_route_table\.app$`}},

	// Two VPCs attached to one transit gateway.
	{"onprem/reachable: VPC to VPC through the transit gateway", "onprem",
		tcp("aws_instance.etl", "aws_instance.svc_a", 443), want{outcome: reach.Reachable, hops: 16}},
	{"onprem/blocked: no attachment subnet in the destination's zone", "onprem",
		tcp("aws_instance.etl", "aws_instance.svc_c", 443), want{outcome: reach.Blocked,
			at: "aws_ec2_transit_gateway_vpc_attachment.shared", what: "transit gateway attachment",
			rule: `^has no subnet in the Availability Zone of aws_subnet\.shared_c \(us-east-1c\)$`,
			fix:  `^add a subnet in us-east-1c to the subnet_ids of aws_ec2_transit_gateway_vpc_attachment\.shared$`}},

	// Two peered VPCs.
	{"peering/reachable: client to API", "peering",
		tcp("aws_instance.client", "aws_instance.api", 443), want{outcome: reach.Reachable, hops: 9}},
	{"peering/blocked by a NACL inbound deny rule", "peering",
		tcp("aws_instance.client", "aws_instance.api", 22), want{outcome: reach.Blocked,
			at: "aws_network_acl.b", what: "network ACL", rule: `^inbound rule 50 denies tcp 22 from 0\.0\.0\.0/0$`}},
	{"peering/blocked on the return path by a NACL", "peering",
		reach.Query{From: "aws_instance.client", To: "aws_instance.api", Protocol: model.ProtocolUDP, Port: 53},
		want{outcome: reach.Blocked, ret: true,
			at: "aws_network_acl.a", what: "network ACL", rule: `^no inbound rule allows udp 1024-65535 from 10\.2\.1\.0/24 `}},
	{"peering/blocked by a security group", "peering",
		tcp("aws_instance.client", "aws_instance.api", 8443), want{outcome: reach.Blocked,
			at: "aws_security_group.api", what: "security group", rule: `^no ingress rule allows tcp 8443 from aws_instance\.client`}},
	{"peering/blocked by a missing route back", "peering",
		tcp("aws_instance.client", "aws_instance.batch", 443), want{outcome: reach.Blocked, ret: true,
			at: "aws_route_table.b_batch", what: "route table", rule: `^no route to 10\.1\.1\.10 in aws_route_table\.b_batch$`,
			fix: `^add a route to 10\.1\.0\.0/16 via aws_vpc_peering_connection\.ab in aws_route_table\.b_batch$`}},
	{"peering/blocked by a missing route", "peering",
		tcp("aws_instance.client", "10.3.0.5", 443), want{outcome: reach.Blocked,
			at: "aws_route_table.a", what: "route table", rule: `^no route to 10\.3\.0\.5 in aws_route_table\.a$`}},

	// The internet, through the internet gateway.
	{"nat/reachable: a public instance to the internet", "nat",
		tcp("aws_instance.bastion", "203.0.113.10", 443), want{outcome: reach.Reachable, hops: 5}},
	{"nat/blocked: no public IP address", "nat",
		tcp("aws_instance.no_public_ip", "203.0.113.10", 443), want{outcome: reach.Blocked,
			at: "aws_instance.no_public_ip", what: "endpoint", rule: `^has no public IP address`}},
	{"nat/reachable: the internet to the load balancer", "nat",
		tcp("198.51.100.7", "aws_lb.web", 443), want{outcome: reach.Reachable, hops: 5}},
	{"nat/blocked: replies to the internet would leave through the NAT gateway", "nat",
		tcp("198.51.100.7", "aws_subnet.app", 8080), want{outcome: reach.Blocked, ret: true,
			at: "aws_route_table.app", what: "route table", rule: `leave through aws_nat_gateway\.main, which does not accept connections from outside`}},

	// On premises over a static VPN on a virtual private gateway.
	{"vgw/reachable: office to the database", "vgw",
		tcp("10.20.0.5", "aws_db_instance.main", 5432), want{outcome: reach.Reachable, hops: 6,
			anyHop: `^aws_vpn_connection\.office carries 10\.20\.0\.5 \(static route 10\.20\.0\.0/16\)$`}},
	{"vgw/reachable: the VPC to the office", "vgw",
		tcp("aws_instance.ops", "10.20.0.5", 22), want{outcome: reach.Reachable, hops: 5}},
	{"vgw/blocked by a VPN connection without a route", "vgw",
		tcp("10.30.0.5", "aws_db_instance.main", 5432), want{outcome: reach.Blocked, ret: true,
			at: "aws_vpn_connection.office", what: "VPN connection", rule: `^no VPN connection on aws_vpn_gateway\.main has a route to 10\.30\.0\.5$`,
			fix: `^add an aws_vpn_connection_route for 10\.30\.0\.5/32 to aws_vpn_connection\.office$`}},
	{"vgw/blocked by a missing route", "vgw",
		tcp("aws_instance.ops", "10.40.0.5", 22), want{outcome: reach.Blocked,
			at: "aws_route_table.private", what: "route table", rule: `^no route to 10\.40\.0\.5 in aws_route_table\.private$`,
			fix: `via aws_vpn_gateway\.main in aws_route_table\.private$`}},

	// Unknown values on the path.
	{"unknown/a NACL rule with an unknown CIDR", "unknown",
		tcp("aws_instance.web", "aws_instance.db", 5432), want{outcome: reach.Unknown,
			at: "aws_network_acl.db", what: "network ACL", unknown: `^inbound rule 100 of aws_network_acl\.db has values that are not known before apply$`}},
	{"unknown/a route with an unknown destination", "unknown",
		tcp("aws_instance.web", "8.8.8.8", 443), want{outcome: reach.Unknown,
			at: "aws_route_table.web", what: "route table", unknown: `^the destination of a route of aws_route_table\.web is not known before apply$`, hops: 2}},
	{"unknown/security groups from a data source", "unknown",
		tcp("aws_instance.legacy", "aws_instance.db", 5432), want{outcome: reach.Unknown,
			at: "aws_instance.legacy", what: "security group", unknown: `^the security groups of aws_instance\.legacy are not known before apply$`}},
	{"unknown/a certain block after an unknown value is still a block", "unknown",
		tcp("aws_instance.legacy", "aws_instance.app", 22), want{outcome: reach.Blocked,
			at: "aws_security_group.app", what: "security group", rule: `^no ingress rule allows tcp 22 from aws_instance\.legacy`}},
}

// dw is the Redshift cluster of the onprem fixture.
const dw = "module.dw.aws_redshift_cluster.main"

// tcp is a tcp query.
func tcp(from, to string, port int) reach.Query {
	return reach.Query{From: from, To: to, Protocol: model.ProtocolTCP, Port: port}
}

func TestCheck(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, err := reach.Check(network(t, tc.network), tc.q)
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

// checkVerdict compares a verdict with what a case wants.
func checkVerdict(t *testing.T, v *reach.Verdict, w want) {
	t.Helper()
	if v.Outcome != w.outcome {
		t.Fatalf("outcome %s, want %s", v.Outcome, w.outcome)
	}
	if w.hops != 0 && len(v.Hops) != w.hops {
		t.Errorf("%d hops, want %d", len(v.Hops), w.hops)
	}
	if v.Placement != w.placement {
		t.Errorf("placement %q, want %q", v.Placement, w.placement)
	}
	if w.anyHop != "" && !slices.ContainsFunc(v.Hops, func(h reach.Hop) bool { return regexp.MustCompile(w.anyHop).MatchString(h.Rule) }) {
		t.Errorf("no hop matches %q", w.anyHop)
	}
	if w.outcome == reach.Reachable {
		if v.Blocker != -1 {
			t.Errorf("blocker %d for a reachable verdict", v.Blocker)
		}
		for i, h := range v.Hops {
			if h.Status != reach.Pass {
				t.Errorf("hop %d: status %s", i+1, h.Status)
			}
		}
		return
	}
	if v.Blocker < 0 || v.Blocker >= len(v.Hops) {
		t.Fatalf("blocker %d out of %d hops", v.Blocker, len(v.Hops))
	}
	h := v.Hops[v.Blocker]
	wantStatus := reach.Block
	if w.outcome == reach.Unknown {
		wantStatus = reach.Undecided
	}
	if h.Status != wantStatus || h.Resource.Address != w.at || h.What != w.what || h.Return != w.ret {
		t.Errorf("blocking hop: %s at %s (%s), return %v; want %s at %s (%s), return %v",
			h.Status, h.Resource.Address, h.What, h.Return, wantStatus, w.at, w.what, w.ret)
	}
	if h.Resource.Range.Filename == "" || h.Resource.Range.Start.Line == 0 {
		t.Errorf("blocking hop has no source location: %+v", h.Resource)
	}
	match(t, "rule", h.Rule, w.rule)
	match(t, "fix", v.Fix, w.fix)
	match(t, "unknown", v.Unknown, w.unknown)
	if w.outcome == reach.Blocked && v.Fix == "" {
		t.Error("a blocked verdict without a fix")
	}
	if w.outcome == reach.Unknown && v.Unknown == "" {
		t.Error("an unknown verdict that names no unknown")
	}
}

// match checks got against the regexp re, when re is set.
func match(t *testing.T, what, got, re string) {
	t.Helper()
	if re != "" && !regexp.MustCompile(re).MatchString(got) {
		t.Errorf("%s %q does not match %q", what, got, re)
	}
}

func TestCheckErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    reach.Query
		err  string
	}{
		{"unknown address, with the module path suggested", tcp("aws_redshift_cluster.main", "10.20.0.5", 5439),
			`^--from: no .* aws_redshift_cluster\.main in the configuration, .*\(did you mean module\.dw\.aws_redshift_cluster\.main\?\)$`},
		{"several instances", tcp("aws_route_table_association.data", "10.20.0.5", 1), `^--from: no instance`},
		{"both ends outside", tcp("10.20.0.5", "192.0.2.1", 1), `^both ends are outside the configuration`},
		{"inside a VPC but in no subnet", tcp("10.0.200.1", dw, 5439), `^--from: 10\.0\.200\.1 overlaps aws_vpc\.main \(10\.0\.0\.0/16\) but does not fit in one of its subnets`},
		{"address families differ", tcp("2001:db8::1", dw, 5439), `different address families`},
		{"unsupported protocol", reach.Query{From: "10.20.0.5", To: dw, Protocol: model.ProtocolICMPv6}, `^protocol icmpv6 is not tcp, udp or icmp$`},
		{"port out of range", tcp("10.20.0.5", dw, 70000), `^port 70000 is not in 0-65535$`},
		{"bad ephemeral range", reach.Query{From: "10.20.0.5", To: dw, Protocol: model.ProtocolTCP, Port: 1, Ephemeral: model.PortRange{From: 9, To: 1}},
			`^ephemeral port range`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := reach.Check(network(t, "onprem"), tc.q)
			if err == nil {
				t.Fatal("no error")
			}
			match(t, "error", err.Error(), tc.err)
		})
	}
}

func TestEphemeralRange(t *testing.T) {
	// With Linux clients only (32768-60999), replies to the office still
	// need rule 100; the data centre's rule 110 covers them too.
	q := tcp("10.30.0.5", dw, 5439)
	q.Ephemeral = model.PortRange{From: 32768, To: 60999}
	v, err := reach.Check(network(t, "onprem"), q)
	if err != nil {
		t.Fatal(err)
	}
	var rule string
	for _, h := range v.Hops {
		if h.Return && h.What == "network ACL" && h.Resource.Address == "aws_network_acl.data" {
			rule = h.Rule
		}
	}
	if rule != "outbound rule 110 allows tcp 32768-60999 to 10.30.0.0/16" {
		t.Errorf("return NACL hop %q", rule)
	}
}

func TestICMPEcho(t *testing.T) {
	// The peering fixture's NACL b allows no ICMP in.
	v, err := reach.Check(network(t, "peering"), reach.Query{From: "aws_instance.client", To: "aws_instance.api", Protocol: model.ProtocolICMP})
	if err != nil {
		t.Fatal(err)
	}
	checkVerdict(t, v, want{outcome: reach.Blocked, at: "aws_network_acl.b", what: "network ACL",
		rule: `^no inbound rule allows icmp type 8 code 0 from 10\.1\.1\.10 `})
}
