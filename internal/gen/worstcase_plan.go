package gen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
)

// planResource is one managed resource of a generated plan: its values in
// the prior state and as planned, and the plan's action on it.
type planResource struct {
	typ, name     string
	schemaVersion int
	before, after map[string]any
	action        string // "update", "no-op"
}

// planJSON renders a plan with a prior state (`terraform show -json` of a
// saved plan) that changes resources, all in the root module.
func planJSON(resources []planResource) ([]byte, error) {
	values := func(after bool) map[string]any {
		list := make([]any, 0, len(resources))
		for _, r := range resources {
			v := r.before
			if after {
				v = r.after
			}
			list = append(list, map[string]any{
				"address": r.typ + "." + r.name, "mode": "managed", "type": r.typ, "name": r.name,
				"provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": r.schemaVersion, "values": v,
			})
		}
		return map[string]any{"root_module": map[string]any{"resources": list}}
	}
	changes := make([]any, 0, len(resources))
	for _, r := range resources {
		changes = append(changes, map[string]any{
			"address": r.typ + "." + r.name, "mode": "managed", "type": r.typ, "name": r.name,
			"provider_name": "registry.terraform.io/hashicorp/aws",
			"change": map[string]any{
				"actions": []string{r.action}, "before": r.before, "after": r.after, "after_unknown": map[string]any{},
			},
		})
	}
	plan := map[string]any{
		"format_version":    "1.2",
		"terraform_version": "1.11.4",
		"planned_values":    values(true),
		"resource_changes":  changes,
		"prior_state":       map[string]any{"format_version": "1.0", "terraform_version": "1.11.4", "values": values(false)},
		"applyable":         true,
		"complete":          true,
		"errored":           false,
	}
	out, err := json.MarshalIndent(plan, "", " ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// planSubnet is the subnet the generated plans' tables and ACLs serve.
func planSubnet() planResource {
	v := map[string]any{
		"id": "subnet-0123456789abcdef0", "vpc_id": "vpc-0123456789abcdef0", "cidr_block": "10.0.10.0/24",
		"availability_zone": "us-east-1a", "map_public_ip_on_launch": false, "tags": nil, "tags_all": map[string]any{},
	}
	return planResource{typ: "aws_subnet", name: "private", schemaVersion: 1, before: v, after: v, action: "no-op"}
}

// worstCaseRouteKeys are the attributes of an inline route of an
// aws_route_table in plan JSON; the generated routes set a destination
// and one target and leave the others empty, as the provider does.
var worstCaseRouteKeys = []string{
	"carrier_gateway_id", "cidr_block", "core_network_arn", "destination_prefix_list_id", "egress_only_gateway_id",
	"gateway_id", "ipv6_cidr_block", "local_gateway_id", "nat_gateway_id", "network_interface_id",
	"transit_gateway_id", "vpc_endpoint_id", "vpc_peering_connection_id",
}

// WorstCaseRoutePlan returns the JSON of a plan with a prior state in
// which one route table of n routes (n at least 2; AWS allows at most
// 1,000 per table), used by a subnet, keeps most of its routes and changes
// the others: every tenth route is removed, and every tenth from the sixth
// moves to another target (change-route-removal fires for both). The
// routes are a default route through a transit gateway and distinct IPv4
// blocks drawn as in WorstCaseRouteTable, whose targets are a transit
// gateway, a virtual private gateway, a network interface or a peering
// connection. The same n gives the same bytes.
func WorstCaseRoutePlan(n int) ([]byte, error) {
	if n < 2 {
		return nil, fmt.Errorf("gen: WorstCaseRoutePlan needs at least 2 routes, not %d", n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	pools := []netip.Prefix{
		netip.MustParsePrefix("172.16.0.0/12"),
		netip.MustParsePrefix("192.168.0.0/16"),
		netip.MustParsePrefix("100.64.0.0/10"),
	}
	before := []map[string]any{worstCaseRouteValues("0.0.0.0/0", "transit_gateway_id", "tgw-0123456789abcdef0")}
	after := []map[string]any{before[0]}
	seen := map[string]bool{}
	for i := 1; len(before) < n; i++ {
		p := randomPrefixIn(rng, pick(rng, pools), 28)
		if seen[p.String()] {
			continue
		}
		seen[p.String()] = true
		t := pick(rng, worstCaseRouteTargets)
		id := strings.Trim(t.Value, `"`)
		before = append(before, worstCaseRouteValues(p.String(), t.Target, id))
		switch i % 10 {
		case 0: // removed
		case 5: // moved to another appliance
			after = append(after, worstCaseRouteValues(p.String(), "network_interface_id", "eni-0fedcba9876543210"))
		default:
			after = append(after, worstCaseRouteValues(p.String(), t.Target, id))
		}
	}
	assoc := map[string]any{
		"id": "rtbassoc-0123456789abcdef0", "subnet_id": "subnet-0123456789abcdef0",
		"route_table_id": "rtb-0123456789abcdef0", "gateway_id": nil,
	}
	table := func(routes []map[string]any) map[string]any {
		return map[string]any{
			"id": "rtb-0123456789abcdef0", "vpc_id": "vpc-0123456789abcdef0", "propagating_vgws": []any{},
			"route": routes, "tags": nil, "tags_all": map[string]any{},
		}
	}
	out, err := planJSON([]planResource{
		{typ: "aws_route_table", name: "private", before: table(before), after: table(after), action: "update"},
		{typ: "aws_route_table_association", name: "private", before: assoc, after: assoc, action: "no-op"},
		planSubnet(),
	})
	if err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case route plan: %w", err)
	}
	return out, nil
}

// worstCaseRouteValues returns the plan JSON attributes of an inline route
// to cidr through the target argument set to id.
func worstCaseRouteValues(cidr, target, id string) map[string]any {
	v := make(map[string]any, len(worstCaseRouteKeys))
	for _, k := range worstCaseRouteKeys {
		v[k] = ""
	}
	v["cidr_block"], v[target] = cidr, id
	return v
}

// WorstCaseNACLPlan returns the JSON of a plan with a prior state in which
// a network ACL of n rules per direction (n at least 3; AWS allows 40),
// drawn as in WorstCaseNACL and associated with a subnet, turns every
// eighth allow rule into a deny (change-nacl-live-edit fires). The same n
// gives the same bytes.
func WorstCaseNACLPlan(n int) ([]byte, error) {
	if n < 3 {
		return nil, fmt.Errorf("gen: WorstCaseNACLPlan needs at least 3 rules per direction, not %d", n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	in, out := worstCaseRules(rng, n), worstCaseRules(rng, n)
	acl := func(planned bool) map[string]any {
		return map[string]any{
			"id": "acl-0123456789abcdef0", "vpc_id": "vpc-0123456789abcdef0", "subnet_ids": []string{"subnet-0123456789abcdef0"},
			"ingress": naclPlanRules(in, planned), "egress": naclPlanRules(out, planned), "tags": nil, "tags_all": map[string]any{},
		}
	}
	src, err := planJSON([]planResource{
		{typ: "aws_network_acl", name: "private", before: acl(false), after: acl(true), action: "update"},
		planSubnet(),
	})
	if err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case NACL plan: %w", err)
	}
	return src, nil
}

// naclPlanRules returns rules as the plan JSON of one direction of an
// aws_network_acl; planned turns every eighth allow into a deny.
func naclPlanRules(rules []naclRule, planned bool) []any {
	out := make([]any, len(rules))
	for i, r := range rules {
		action := r.Action
		if planned && action == "allow" && i%8 == 0 {
			action = "deny"
		}
		v := map[string]any{
			"rule_no": r.Number, "action": action, "protocol": r.Protocol, "cidr_block": strings.Trim(r.CIDR, `"`),
			"ipv6_cidr_block": "", "from_port": r.From, "to_port": r.To, "icmp_type": nil, "icmp_code": nil,
		}
		if r.ICMP {
			v["icmp_type"], v["icmp_code"], v["from_port"], v["to_port"] = r.ICMPType, r.ICMPCode, 0, 0
		}
		out[i] = v
	}
	return out
}

// WorstCaseSGPlan returns the JSON of a plan with a prior state in which a
// security group of n inline rules per direction (n at least 2; AWS
// allows 60 by default, 1,000 at most), drawn as in
// WorstCaseSecurityGroup, drops every tenth rule and narrows every tenth
// from the sixth to its first port (change-sg-rule-removal fires). The
// same n gives the same bytes.
func WorstCaseSGPlan(n int) ([]byte, error) {
	if n < 2 {
		return nil, fmt.Errorf("gen: WorstCaseSGPlan needs at least 2 rules per direction, not %d", n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	in := worstCaseSGRules(rng, n, "sg-0fedcba9876543210")
	out := worstCaseSGRules(rng, n, "sg-0fedcba9876543210")
	group := func(planned bool) map[string]any {
		return map[string]any{
			"id": "sg-0123456789abcdef0", "name": "app", "description": "Managed by Terraform",
			"vpc_id": "vpc-0123456789abcdef0", "revoke_rules_on_delete": false,
			"ingress": sgPlanRules(in, planned), "egress": sgPlanRules(out, planned), "tags": nil, "tags_all": map[string]any{},
		}
	}
	src, err := planJSON([]planResource{
		{typ: "aws_security_group", name: "app", schemaVersion: 1, before: group(false), after: group(true), action: "update"},
	})
	if err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case security group plan: %w", err)
	}
	return src, nil
}

// sgPlanRules returns rules as the plan JSON of one direction of an
// aws_security_group; planned drops every tenth rule and narrows every
// tenth from the sixth.
func sgPlanRules(rules []sgRule, planned bool) []any {
	out := make([]any, 0, len(rules))
	for i, r := range rules {
		to := r.To
		switch {
		case planned && i%10 == 0:
			continue
		case planned && i%10 == 5 && (r.Protocol == "tcp" || r.Protocol == "udp"):
			to = r.From
		}
		v := map[string]any{
			"protocol": r.Protocol, "from_port": r.From, "to_port": to, "description": "", "self": false,
			"cidr_blocks": []string{}, "ipv6_cidr_blocks": []string{}, "prefix_list_ids": []string{}, "security_groups": []string{},
		}
		switch {
		case r.CIDR != "":
			v["cidr_blocks"] = []string{r.CIDR}
		case r.Group != "":
			v["security_groups"] = []string{r.Group}
		default:
			v["prefix_list_ids"] = []string{r.PrefixList}
		}
		out = append(out, v)
	}
	return out
}
