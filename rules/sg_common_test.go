package rules

import (
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
)

// TestSGRulePlacer checks that sgRulePlacer names every rule of a group as
// sgRulePlace does, on a group with inline blocks, an attribute-form list
// in each direction at the same range, and a rule resource.
func TestSGRulePlacer(t *testing.T) {
	g := &model.SecurityGroup{Resource: model.Resource{Address: "aws_security_group.web"}}
	at := func(line int) hcl.Range {
		return hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: line}, End: hcl.Pos{Line: line + 1}}
	}
	add := func(origin model.Origin, d model.Direction, line int, address string) *model.SGRule {
		r := &model.SGRule{Location: model.Location{Range: at(line), Address: address}, Origin: origin, Group: g, Direction: d}
		g.Rules = append(g.Rules, r)
		return r
	}
	want := map[*model.SGRule]string{
		add(model.OriginInline, model.Ingress, 3, g.Address):                                   "the inline ingress rule on line 3 of aws_security_group.web",
		add(model.OriginInline, model.Ingress, 10, g.Address):                                  "ingress rule 1 of the list on line 10 of aws_security_group.web",
		add(model.OriginInline, model.Egress, 10, g.Address):                                   "the inline egress rule on line 10 of aws_security_group.web",
		add(model.OriginInline, model.Ingress, 10, g.Address):                                  "ingress rule 2 of the list on line 10 of aws_security_group.web",
		add(model.OriginVPCSGRule, model.Ingress, 20, "aws_vpc_security_group_ingress_rule.x"): "aws_vpc_security_group_ingress_rule.x",
		add(model.OriginInline, model.Ingress, 10, g.Address):                                  "ingress rule 3 of the list on line 10 of aws_security_group.web",
	}
	place := sgRulePlacer(g)
	for _, r := range g.Rules {
		if got := sgRulePlace(r); got != want[r] {
			t.Errorf("sgRulePlace: %q, want %q", got, want[r])
		}
		if got := place(r); got != want[r] {
			t.Errorf("sgRulePlacer: %q, want %q", got, want[r])
		}
	}
}
