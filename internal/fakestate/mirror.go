package fakestate

import (
	"encoding/json"
	"strconv"
)

// mirror copies what separate rule resources add into the rule lists of
// the objects they name, as AWS reports them on the next refresh: an
// aws_route into its table's route, a security group rule resource into
// its group's ingress or egress, an aws_network_acl_rule into its ACL's
// ingress or egress. An object's list is only filled when the
// configuration does not set it (it was unknown in the plan); otherwise
// the two would fight, which Terraform documents as unsupported.
func (a *applier) mirror() {
	byID := map[string]*resource{}
	for _, addr := range a.order {
		r := a.res[addr]
		if id, ok := r.filled["id"].(string); ok && id != "" {
			byID[id] = r
		}
	}
	for _, addr := range a.order {
		r := a.res[addr]
		attrs := r.filled
		var ownerID, list string
		var item map[string]any
		switch r.typ {
		case "aws_route":
			ownerID, list, item = str(attrs["route_table_id"]), "route", routeItem(attrs)
		case "aws_security_group_rule":
			ownerID, list, item = str(attrs["security_group_id"]), str(attrs["type"]), sgRuleItem(attrs)
		case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
			list = "ingress"
			if r.typ == "aws_vpc_security_group_egress_rule" {
				list = "egress"
			}
			ownerID, item = str(attrs["security_group_id"]), vpcSGRuleItem(attrs)
		case "aws_network_acl_rule":
			list = "ingress"
			if attrs["egress"] == true {
				list = "egress"
			}
			ownerID, item = str(attrs["network_acl_id"]), naclRuleItem(attrs)
		default:
			continue
		}
		owner := byID[ownerID]
		if owner == nil || owner.unknown[list] != true {
			continue
		}
		items, _ := owner.filled[list].([]any)
		owner.filled[list] = append(items, item)
	}
}

// str returns v as a string, "" when it is not one.
func str(v any) string {
	s, _ := v.(string)
	return s
}

// routeArguments maps the arguments of an aws_route to the keys of an
// inline route.
var routeArguments = map[string]string{
	"destination_cidr_block":      "cidr_block",
	"destination_ipv6_cidr_block": "ipv6_cidr_block",
	"destination_prefix_list_id":  "destination_prefix_list_id",
	"carrier_gateway_id":          "carrier_gateway_id",
	"core_network_arn":            "core_network_arn",
	"egress_only_gateway_id":      "egress_only_gateway_id",
	"gateway_id":                  "gateway_id",
	"local_gateway_id":            "local_gateway_id",
	"nat_gateway_id":              "nat_gateway_id",
	"network_interface_id":        "network_interface_id",
	"transit_gateway_id":          "transit_gateway_id",
	"vpc_endpoint_id":             "vpc_endpoint_id",
	"vpc_peering_connection_id":   "vpc_peering_connection_id",
}

// routeItem is an aws_route as its table lists it.
func routeItem(attrs map[string]any) map[string]any {
	item := map[string]any{}
	for arg, key := range routeArguments {
		item[key] = str(attrs[arg])
	}
	return item
}

// sgRuleItem is an aws_security_group_rule as its group lists it.
func sgRuleItem(attrs map[string]any) map[string]any {
	groups := []any{}
	if id := str(attrs["source_security_group_id"]); id != "" {
		groups = append(groups, id)
	}
	return map[string]any{
		"cidr_blocks":      listOr(attrs["cidr_blocks"]),
		"description":      str(attrs["description"]),
		"from_port":        attrs["from_port"],
		"ipv6_cidr_blocks": listOr(attrs["ipv6_cidr_blocks"]),
		"prefix_list_ids":  listOr(attrs["prefix_list_ids"]),
		"protocol":         attrs["protocol"],
		"security_groups":  groups,
		"self":             attrs["self"] == true,
		"to_port":          attrs["to_port"],
	}
}

// vpcSGRuleItem is an aws_vpc_security_group_*_rule as its group lists it
// (one peer each; no ports for protocol -1).
func vpcSGRuleItem(attrs map[string]any) map[string]any {
	one := func(key string) []any {
		if s := str(attrs[key]); s != "" {
			return []any{s}
		}
		return []any{}
	}
	return map[string]any{
		"cidr_blocks":      one("cidr_ipv4"),
		"description":      str(attrs["description"]),
		"from_port":        portOr(attrs["from_port"]),
		"ipv6_cidr_blocks": one("cidr_ipv6"),
		"prefix_list_ids":  one("prefix_list_id"),
		"protocol":         str(attrs["ip_protocol"]),
		"security_groups":  one("referenced_security_group_id"),
		"self":             false,
		"to_port":          portOr(attrs["to_port"]),
	}
}

// naclRuleItem is an aws_network_acl_rule as its ACL lists it: AWS keeps
// the protocol as a number.
func naclRuleItem(attrs map[string]any) map[string]any {
	proto := str(attrs["protocol"])
	if n, ok := naclProtocolNumbers[proto]; ok {
		proto = strconv.Itoa(n)
	}
	return map[string]any{
		"action":          str(attrs["rule_action"]),
		"cidr_block":      str(attrs["cidr_block"]),
		"from_port":       portOr(attrs["from_port"]),
		"icmp_code":       portOr(attrs["icmp_code"]),
		"icmp_type":       portOr(attrs["icmp_type"]),
		"ipv6_cidr_block": str(attrs["ipv6_cidr_block"]),
		"protocol":        proto,
		"rule_no":         attrs["rule_number"],
		"to_port":         portOr(attrs["to_port"]),
	}
}

// naclProtocolNumbers are the protocol names fixtures use.
var naclProtocolNumbers = map[string]int{"all": -1, "icmp": 1, "tcp": 6, "udp": 17, "ipv6-icmp": 58}

// listOr returns v when it is a list, else an empty list.
func listOr(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	return []any{}
}

// portOr returns v when it is a number, else 0.
func portOr(v any) any {
	if n, ok := v.(json.Number); ok {
		return n
	}
	return json.Number("0")
}
