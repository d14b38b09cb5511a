package build

import (
	"testing"

	"github.com/vpclint/vpclint/model"
)

func TestSGRuleWrittenPorts(t *testing.T) {
	rule := func(protoArg, proto string, from, to int64) vals {
		return vals{protoArg: str(proto), "from_port": num(from), "to_port": num(to)}
	}
	tests := []struct {
		name string
		typ  string // "inline" or a rule resource type
		rule vals
		want model.PortRange
	}{
		{"rule resource, -1 with 22 (P3)", "aws_security_group_rule", rule("protocol", "-1", 22, 22), model.PortRange{From: 22, To: 22}},
		{"rule resource, esp with a range", "aws_security_group_rule", rule("protocol", "50", 500, 600), model.PortRange{From: 500, To: 600}},
		{"rule resource, -1 with 0-0", "aws_security_group_rule", rule("protocol", "-1", 0, 0), model.PortRange{}},
		{"rule resource, -1 with -1/-1", "aws_security_group_rule", rule("protocol", "-1", -1, -1), model.PortRange{}},
		{"rule resource, -1 with 0-65535", "aws_security_group_rule", rule("protocol", "-1", 0, 65535), model.PortRange{}},
		{"rule resource, tcp uses its ports", "aws_security_group_rule", rule("protocol", "tcp", 22, 22), model.PortRange{}},
		{"rule resource, unknown port", "aws_security_group_rule", vals{"protocol": str("-1"), "from_port": unknown, "to_port": num(22)}, model.PortRange{}},
		{"inline, -1 with 22 fails at apply", "inline", rule("protocol", "-1", 22, 22), model.PortRange{}},
		{"inline, 47 with a port", "inline", rule("protocol", "47", 22, 22), model.PortRange{From: 22, To: 22}},
		{"vpc rule, -1 with ports is not accepted", "aws_vpc_security_group_ingress_rule", rule("ip_protocol", "-1", 22, 22), model.PortRange{}},
		{"vpc rule, 47 with a port", "aws_vpc_security_group_ingress_rule", rule("ip_protocol", "47", 22, 22), model.PortRange{From: 22, To: 22}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			tc.rule["cidr_blocks"] = strs("0.0.0.0/0")
			if tc.typ == "inline" {
				fx.res("aws_security_group.g", vals{}, block("ingress", tc.rule))
			} else {
				fx.res("aws_security_group.g", vals{})
				tc.rule["type"] = str("ingress")
				tc.rule["security_group_id"] = ref("aws_security_group.g")
				fx.res(tc.typ+".r", tc.rule)
			}
			n := fx.build()
			r := n.SecurityGroups[0].Rules[0]
			if !r.Known || r.WrittenPorts != tc.want {
				t.Errorf("Known %v, WrittenPorts %v; want known, %v", r.Known, r.WrittenPorts, tc.want)
			}
		})
	}
}
