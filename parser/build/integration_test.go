package build_test

import (
	"net/netip"
	"strings"
	"testing"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/build"
	"github.com/vpclint/vpclint/parser/eval"
)

// load evaluates the fixture module testdata/build/<name> and builds it.
func load(t *testing.T, name string) *model.Network {
	t.Helper()
	res, diags := eval.Load("../../testdata/build/"+name, eval.Options{})
	if diags.HasErrors() {
		t.Fatalf("eval.Load: %s", diags.Error())
	}
	return build.Network(res.Instances)
}

func TestEvaluatedModule(t *testing.T) {
	n := load(t, "network")
	addrs := func(rs []model.Resource) string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Address)
		}
		return strings.Join(out, " ")
	}

	var subnets []model.Resource
	for _, s := range n.Subnets {
		subnets = append(subnets, s.Resource)
	}
	if got, want := addrs(subnets), `aws_subnet.public module.subnets.aws_subnet.private["us-east-1a"] module.subnets.aws_subnet.private["us-east-1b"]`; got != want {
		t.Fatalf("subnets = %s\nwant %s", got, want)
	}
	mainVPC, peerVPC := n.VPCs[0], n.VPCs[1]
	if len(mainVPC.CIDRs) != 2 || mainVPC.CIDRs[1].Prefix.Prefix != netip.MustParsePrefix("10.10.0.0/16") {
		t.Errorf("main VPC CIDRs = %+v", mainVPC.CIDRs)
	}
	public, privA, privB := n.Subnets[0], n.Subnets[1], n.Subnets[2]
	if privB.VPC != mainVPC || privB.CIDR.Prefix != netip.MustParsePrefix("10.0.1.0/24") || privB.AvailabilityZone.Value != "us-east-1b" {
		t.Errorf("module subnet: VPC %v CIDR %v AZ %v", privB.VPC, privB.CIDR, privB.AvailabilityZone)
	}

	web, db := n.SecurityGroups[0], n.SecurityGroups[1]
	if len(web.Rules) != 4 || web.InlineSet != [2]bool{true, false} || web.Incomplete != [2]bool{} {
		t.Fatalf("web: %d rules, InlineSet %v, Incomplete %v", len(web.Rules), web.InlineSet, web.Incomplete)
	}
	if r := web.Rules[1]; r.Ports.From != 22 || r.CIDRs[0].Known {
		t.Errorf("dynamic ingress rule: ports %v CIDRs %v (var.admin_cidr has no value)", r.Ports, r.CIDRs)
	}
	if r := web.Rules[3]; r.Origin != model.OriginVPCSGRule || r.Direction != model.Egress || r.Protocol != model.ProtocolAll {
		t.Errorf("web egress rule: %+v", r)
	}
	if db.InlineSet != [2]bool{false, true} || len(db.Rules) != 2 || db.Rules[0].Groups[0].Group != web || db.Rules[0].Protocol != model.ProtocolTCP {
		t.Fatalf("db: InlineSet %v rules %+v", db.InlineSet, db.Rules)
	}
	if r := db.Rules[1]; !r.MaybeAbsent || r.Direction != model.Egress || r.Ports.From != 123 {
		t.Errorf("rule with unknown count: %+v", r)
	}

	pub, def := n.NACLs[0], n.NACLs[1]
	if len(pub.Rules) != 3 || pub.Rules[0].Number != 100 || pub.Rules[0].Known || pub.Rules[1].Number != 200 || pub.Rules[2].Direction != model.Egress {
		t.Errorf("public NACL rules: %+v", pub.Rules)
	}
	if len(n.Problems) != 2 || !strings.Contains(n.Problems[0].Message, `"TCP"`) || !strings.Contains(n.Problems[1].Message, "did you mean 10.0.0.0/8?") {
		t.Errorf("problems = %+v", n.Problems)
	}
	if def.VPC != mainVPC || public.NACL != pub || privA.NACL != def {
		t.Errorf("NACLs: default VPC %v, public subnet %v, private subnet %v", def.VPC, public.NACL, privA.NACL)
	}

	mainRT, private := n.RouteTables[0], n.RouteTables[1]
	if !mainRT.Main || privA.RouteTable != private || privB.RouteTable != private || public.RouteTable != mainRT {
		t.Errorf("route tables: public %v privA %v", public.RouteTable, privA.RouteTable)
	}
	nat, peering := n.NATGateways[0], n.Peerings[0]
	if len(private.Routes) != 2 || private.Routes[0].NATGateway != nat || private.Routes[1].Peering != peering ||
		private.Routes[1].Destination.Prefix != netip.MustParsePrefix("10.0.0.0/20") {
		t.Errorf("private routes: %+v", private.Routes)
	}
	if nat.Subnet != public || !nat.Tags.Known || !nat.Tags.FromDefault["Owner"] || nat.Tags.Values["Purpose"].Value != "egress" {
		t.Errorf("NAT: subnet %v tags %+v", nat.Subnet, nat.Tags)
	}
	if peering.Requester != mainVPC || peering.Accepter != peerVPC || n.FlowLogs[0].VPC != mainVPC {
		t.Errorf("peering %v -> %v, flow log VPC %v", peering.Requester, peering.Accepter, n.FlowLogs[0].VPC)
	}
}
