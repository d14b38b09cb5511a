package fakestate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// readFile reads a test input.
func readFile(t *testing.T, path string) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// applied is a state's attributes by instance address.
type applied map[string]map[string]any

// decodeState indexes a state's instances by address.
func decodeState(t *testing.T, src []byte) applied {
	t.Helper()
	var st struct {
		Version   int `json:"version"`
		Resources []struct {
			Type, Name string
			Instances  []struct {
				IndexKey   any            `json:"index_key"`
				Attributes map[string]any `json:"attributes"`
			}
		}
	}
	if err := json.Unmarshal(src, &st); err != nil || st.Version != 4 {
		t.Fatalf("not a version 4 state (%v): %s", err, src)
	}
	out := applied{}
	for _, r := range st.Resources {
		for _, in := range r.Instances {
			addr := r.Type + "." + r.Name
			if in.IndexKey != nil {
				addr += fmt.Sprintf("[%v]", in.IndexKey)
			}
			out[addr] = in.Attributes
		}
	}
	return out
}

func TestState(t *testing.T) {
	plan, schema := readFile(t, "testdata/plan.json"), readFile(t, "testdata/schema.json")
	src, err := State(plan, schema)
	if err != nil {
		t.Fatal(err)
	}
	again, err := State(plan, schema)
	if err != nil || !bytes.Equal(src, again) {
		t.Fatalf("State is not deterministic (%v)", err)
	}
	st := decodeState(t, src)
	get := func(addr, attr string) any { return st[addr][attr] }
	vpc := get("aws_vpc.main", "id")
	tests := []struct {
		what      string
		got, want any
	}{
		{"a subnet's vpc_id is the VPC's id", get("aws_subnet.app[1]", "vpc_id"), vpc},
		{"count.index picks the matching subnet", get("aws_network_interface.web[1]", "subnet_id"), get("aws_subnet.app[1]", "id")},
		{"a list of ids takes the referenced group", fmt.Sprint(get("aws_network_interface.web[0]", "security_groups")), fmt.Sprint([]any{get("aws_security_group.web", "id")})},
		{"a NAT gateway has its Elastic IP's address", get("aws_nat_gateway.main", "public_ip"), get("aws_eip.nat", "public_ip")},
		{"a default ACL adopts its VPC's default ACL", get("aws_default_network_acl.main", "id"), get("aws_vpc.main", "default_network_acl_id")},
		{"a default ACL is in its VPC", get("aws_default_network_acl.main", "vpc_id"), vpc},
		{"the main route table is the default one", get("aws_vpc.main", "main_route_table_id"), get("aws_vpc.main", "default_route_table_id")},
		{"tags_all is tags", fmt.Sprint(get("aws_security_group.web", "tags_all")), fmt.Sprint(get("aws_security_group.web", "tags"))},
		{"an ARN names the account and the id", get("aws_security_group.web", "arn"), fmt.Sprintf("arn:aws:ec2:us-east-1:123456789012:security-group/%s", get("aws_security_group.web", "id"))},
	}
	for _, tc := range tests {
		t.Run(tc.what, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
	// An inline block's argument takes the one reference that fits it.
	routes, _ := get("aws_route_table.private", "route").([]any)
	if len(routes) != 1 || routes[0].(map[string]any)["nat_gateway_id"] != get("aws_nat_gateway.main", "id") {
		t.Errorf("route = %v, want one route to %v", routes, get("aws_nat_gateway.main", "id"))
	}
	// A separate rule resource also appears in its object's list.
	mirrored := []struct{ addr, list, key, want string }{
		{"aws_route_table.public", "route", "gateway_id", "igw-0a1b2c3d4e5f60789"},
		{"aws_security_group.web", "ingress", "to_port", "443"},
		{"aws_network_acl.app", "ingress", "protocol", "6"},
	}
	for _, m := range mirrored {
		items, _ := get(m.addr, m.list).([]any)
		if len(items) != 1 || fmt.Sprint(items[0].(map[string]any)[m.key]) != m.want {
			t.Errorf("%s %s = %v, want one item with %s %s", m.addr, m.list, items, m.key, m.want)
		}
	}
	if routes, _ := get("aws_route_table.private", "route").([]any); len(routes) != 1 {
		t.Errorf("aws_route_table.private has %d routes, want only its inline one", len(routes))
	}
	for addr, prefix := range map[string]string{"aws_vpc.main": "vpc-", "aws_subnet.app[0]": "subnet-", "aws_eip.nat": "eipalloc-", "aws_nat_gateway.main": "nat-"} {
		if id, _ := get(addr, "id").(string); !strings.HasPrefix(id, prefix) || len(id) != len(prefix)+17 {
			t.Errorf("%s id = %q, want %s and 17 hex digits", addr, id, prefix)
		}
	}
	if get("aws_subnet.app[0]", "id") == get("aws_subnet.app[1]", "id") {
		t.Error("two instances got the same id")
	}
}

func TestStateRejects(t *testing.T) {
	schema := readFile(t, "testdata/schema.json")
	tests := []struct {
		name, plan, want string
	}{
		{"not JSON", "{", "plan:"},
		{"a plan that deletes", `{"resource_changes": [{"address": "aws_vpc.a", "mode": "managed", "type": "aws_vpc", "name": "a",
			"change": {"actions": ["delete"]}}]}`, "must only create"},
		{"a module", `{"resource_changes": [{"address": "module.m.aws_vpc.a", "module_address": "module.m", "mode": "managed",
			"type": "aws_vpc", "name": "a", "change": {"actions": ["create"]}}]}`, "modules are not supported"},
		{"a data source", `{"resource_changes": [{"address": "data.aws_vpc.a", "mode": "data", "type": "aws_vpc", "name": "a",
			"change": {"actions": ["read"]}}]}`, "data sources are not supported"},
		{"an inline argument that two references fit", `{"resource_changes": [
			{"address": "aws_nat_gateway.a", "mode": "managed", "type": "aws_nat_gateway", "name": "a",
				"change": {"actions": ["create"], "after": {}, "after_unknown": {"id": true}}},
			{"address": "aws_nat_gateway.b", "mode": "managed", "type": "aws_nat_gateway", "name": "b",
				"change": {"actions": ["create"], "after": {}, "after_unknown": {"id": true}}},
			{"address": "aws_route_table.r", "mode": "managed", "type": "aws_route_table", "name": "r",
				"change": {"actions": ["create"], "after": {"route": [{"cidr_block": "0.0.0.0/0"}]},
					"after_unknown": {"route": [{"nat_gateway_id": true}]}}}],
			"configuration": {"root_module": {"resources": [{"address": "aws_route_table.r", "expressions": {"route":
				{"references": ["aws_nat_gateway.a.id", "aws_nat_gateway.a", "aws_nat_gateway.b.id", "aws_nat_gateway.b"]}}}]}}}`,
			"name 2 resources"},
		{"a type without schema", `{"resource_changes": [{"address": "aws_lb.a", "mode": "managed", "type": "aws_lb", "name": "a",
			"change": {"actions": ["create"]}}]}`, "no schema for aws_lb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := State([]byte(tc.plan), schema)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}
