package reach_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vpclint/vpclint/reach"
)

// blockedVerdict is the vgw fixture's connection blocked at its VPN
// connection on the return path, with the fixture's folder as base.
func blockedVerdict(t *testing.T) (*reach.Verdict, string) {
	t.Helper()
	base, err := filepath.Abs(filepath.Join("..", "testdata", "reach", "vgw"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := reach.Check(network(t, "vgw"), tcp("10.30.0.5", "aws_db_instance.main", 5432))
	if err != nil {
		t.Fatal(err)
	}
	return v, base
}

func TestText(t *testing.T) {
	v, base := blockedVerdict(t)
	want := `blocked: tcp 10.30.0.5 → aws_db_instance.main port 5432
  1.  aws_vpn_gateway.main (main.tf:24)       10.30.0.5 comes in through it
  2.  aws_network_acl.db (main.tf:65)         inbound rule 100 allows tcp 5432 from 10.0.0.0/8
  3.  aws_security_group.db (main.tf:85)      ingress rule allows tcp 5432 from 10.0.0.0/8
  4.  aws_network_acl.db (main.tf:73)         outbound rule 100 allows tcp 1024-65535 to 10.0.0.0/8 (return path)
  5.  aws_route_table.private (main.tf:50)    route 10.30.0.0/16 via aws_vpn_gateway.main (return path)
  ✗   aws_vpn_connection.office (main.tf:34)  no VPN connection on aws_vpn_gateway.main has a route to 10.30.0.5 (return path)
fix: add an aws_vpn_connection_route for 10.30.0.5/32 to aws_vpn_connection.office
`
	if diff := cmp.Diff(want, reach.Text(v, base)); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
}

func TestJSON(t *testing.T) {
	v, base := blockedVerdict(t)
	data, err := reach.JSON(v, base)
	if err != nil {
		t.Fatal(err)
	}
	var got reach.JSONVerdict
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Verdict != "blocked" || got.Protocol != "tcp" || got.Port == nil || *got.Port != 5432 || got.Blocker == nil {
		t.Fatalf("verdict %+v", got)
	}
	b := got.Hops[*got.Blocker]
	want := reach.JSONHop{Resource: "aws_vpn_connection.office", File: "main.tf", Line: 34, What: "VPN connection",
		Rule: "no VPN connection on aws_vpn_gateway.main has a route to 10.30.0.5", Return: true, Status: "block"}
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("blocking hop (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(got.Fix, "add an aws_vpn_connection_route") {
		t.Errorf("fix %q", got.Fix)
	}
}

func TestMermaid(t *testing.T) {
	v, base := blockedVerdict(t)
	m := reach.Mermaid(v, base)
	for _, line := range []string{
		"flowchart LR",
		`  from(["10.30.0.5"])`,
		`  h6["aws_vpn_connection.office · main.tf:34<br/>no VPN connection on aws_vpn_gateway.main has a route to 10.30.0.5"]`,
		"  h3 --> to",  // the request reaches the database
		"  to -.-> h4", // the reply leaves it
		"  class h6 blocked",
	} {
		if !strings.Contains(m, line+"\n") {
			t.Errorf("no line %q in:\n%s", line, m)
		}
	}
	if strings.Contains(m, "-.-> from") {
		t.Errorf("a blocked reply reaches the client:\n%s", m)
	}
}
