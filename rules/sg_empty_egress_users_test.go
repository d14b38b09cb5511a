package rules

import (
	"strings"
	"testing"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// TestSGEmptyEgressUsedBy checks how the users of a group without egress
// decide the finding, on hand-built groups, independently of how the parser
// finds a group's users.
func TestSGEmptyEgressUsedBy(t *testing.T) {
	user := func(typ string) *model.Resource { return &model.Resource{Type: typ, Address: typ + ".x"} }
	tests := []struct {
		name string
		// users of the group without egress; withEgress are the users of a
		// second group that has an egress rule.
		users, withEgress []*model.Resource
		want              string // regexp-free substring of the message; "" for silence
	}{
		{name: "no known user", want: "anything that uses it without another group allowing egress"},
		{name: "interface endpoint only", users: []*model.Resource{user("aws_vpc_endpoint")}},
		{name: "database and cache", users: []*model.Resource{user("aws_db_instance"), user("aws_elasticache_replication_group")}},
		{
			name:  "endpoint and an instance",
			users: []*model.Resource{user("aws_vpc_endpoint"), user("aws_instance")},
			want:  "aws_instance.x, which uses no other group with egress,",
		},
		{name: "load balancer", users: []*model.Resource{user("aws_lb")}, want: "aws_lb.x, which"},
		{
			name:       "instance with a second group that has egress",
			users:      []*model.Resource{user("aws_instance")},
			withEgress: []*model.Resource{user("aws_instance")},
		},
		{
			name:       "second group used by another instance",
			users:      []*model.Resource{user("aws_instance")},
			withEgress: []*model.Resource{user("aws_launch_template")},
			want:       "aws_instance.x, which",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := &model.SecurityGroup{Resource: model.Resource{Address: "aws_security_group.g"}, UsedBy: tc.users}
			base := &model.SecurityGroup{Resource: model.Resource{Address: "aws_security_group.base"}, UsedBy: tc.withEgress}
			base.Rules = []*model.SGRule{{Group: base, Direction: model.Egress, Protocol: model.ProtocolAll, Known: true}}
			var got []string
			pass := &lint.Pass{
				Rule:    SGEmptyEgress,
				Network: &model.Network{SecurityGroups: []*model.SecurityGroup{g, base}},
				Report:  func(f lint.Finding) { got = append(got, f.Message) },
			}
			if err := SGEmptyEgress.Run(pass); err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("unexpected findings: %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("findings %q, want one containing %q", got, tc.want)
			}
		})
	}
}
