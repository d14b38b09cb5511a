package build

import (
	"testing"

	"github.com/vpclint/vpclint/model"
)

// A rule resource without its required group or ACL argument is invalid
// configuration: it belongs to no group or ACL, and must not make every one
// of them incomplete as an unresolved (unknown) owner does.
func TestRuleResourceWithoutOwner(t *testing.T) {
	var fx fixture
	fx.res("aws_security_group.g", vals{})
	fx.res("aws_network_acl.n", vals{})
	fx.res("aws_security_group_rule.none", vals{"type": str("ingress"), "protocol": str("tcp"), "from_port": num(22), "to_port": num(22)})
	fx.res("aws_vpc_security_group_egress_rule.none", vals{"ip_protocol": str("-1"), "cidr_ipv4": str("0.0.0.0/0")})
	fx.res("aws_network_acl_rule.none", vals{"rule_number": num(100), "protocol": str("-1"), "rule_action": str("allow"), "cidr_block": str("0.0.0.0/0")})
	fx.res("aws_network_acl_rule.unknown", vals{"network_acl_id": unknown, "egress": bl(true), "rule_number": num(100),
		"protocol": str("-1"), "rule_action": str("allow"), "cidr_block": str("0.0.0.0/0")})
	n := fx.build()
	if len(n.UnattachedSGRules) != 0 || n.SecurityGroups[0].Incomplete != [2]bool{} {
		t.Errorf("SG rules without security_group_id: unattached %d, incomplete %v; want none", len(n.UnattachedSGRules), n.SecurityGroups[0].Incomplete)
	}
	if len(n.UnattachedNACLRules) != 1 || n.NACLs[0].Incomplete != [2]bool{model.Ingress: false, model.Egress: true} {
		t.Errorf("NACL rules: unattached %d, incomplete %v; want only the unknown owner, egress", len(n.UnattachedNACLRules), n.NACLs[0].Incomplete)
	}
}
