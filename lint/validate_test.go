package lint

import (
	"math"
	"strings"
	"testing"
)

// validRule returns a rule that passes Validate.
func validRule() *Rule {
	return &Rule{
		ID:               "nat-untagged",
		Severity:         Warning,
		SecuritySeverity: 2.5,
		Doc: Doc{
			Summary: "NAT gateway without the required tags",
			Why:     "Nobody knows who owns it.",
			Example: `resource "aws_nat_gateway" "a" {}`,
			Fixed:   `resource "aws_nat_gateway" "a" { tags = { Owner = "x" } }`,
		},
		Options: []Option{{
			Name:    "tags",
			Doc:     "The required tag keys.",
			Default: []string{"Owner"},
			Parse:   func(v any) (any, error) { return v, nil },
		}},
		Run: func(*Pass) error { return nil },
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(r *Rule)
		want   string // a substring of the error; "" for no error
	}{
		{"valid", func(*Rule) {}, ""},
		{"single-word ID", func(r *Rule) { r.ID = "shadowed" }, ""},
		{"upper-case ID", func(r *Rule) { r.ID = "NAT-untagged" }, `rule "NAT-untagged": ID is not kebab-case`},
		{"snake-case ID", func(r *Rule) { r.ID = "nat_untagged" }, "ID is not kebab-case"},
		{"trailing hyphen", func(r *Rule) { r.ID = "nat-" }, "ID is not kebab-case"},
		{"empty ID", func(r *Rule) { r.ID = "" }, `rule "": ID is not kebab-case`},
		{"severity out of range", func(r *Rule) { r.Severity = 7 }, "severity 7 is not Error, Warning or Note"},
		{"security severity above 10", func(r *Rule) { r.SecuritySeverity = 10.5 }, "security severity 10.5 is not between 0 and 10"},
		{"negative security severity", func(r *Rule) { r.SecuritySeverity = -1 }, "security severity -1"},
		{"NaN security severity", func(r *Rule) { r.SecuritySeverity = math.NaN() }, "security severity NaN"},
		{"security severity 10", func(r *Rule) { r.SecuritySeverity = 10 }, ""},
		{"no Run", func(r *Rule) { r.Run = nil }, "Run is nil"},
		{"no summary", func(r *Rule) { r.Doc.Summary = " " }, "Doc.Summary is empty"},
		{"summary with a period", func(r *Rule) { r.Doc.Summary = "NAT gateway untagged." }, "Doc.Summary ends with a period"},
		{"two-line summary", func(r *Rule) { r.Doc.Summary = "NAT gateway\nuntagged" }, "Doc.Summary is more than one line"},
		{"summary in lower case", func(r *Rule) { r.Doc.Summary = "nat gateway untagged" }, "does not start with a capital letter"},
		{"summary with trailing space", func(r *Rule) { r.Doc.Summary = "NAT gateway untagged " }, "leading or trailing space"},
		{"no why", func(r *Rule) { r.Doc.Why = "" }, "Doc.Why is empty"},
		{"no example", func(r *Rule) { r.Doc.Example = "\n" }, "Doc.Example is empty"},
		{"no fixed", func(r *Rule) { r.Doc.Fixed = "" }, "Doc.Fixed is empty"},
		{"option without Parse", func(r *Rule) { r.Options[0].Parse = nil }, `option "tags": Parse is nil`},
		{"option without Default", func(r *Rule) { r.Options[0].Default = nil }, `option "tags": Default is nil`},
		{"option without Doc", func(r *Rule) { r.Options[0].Doc = "" }, `option "tags": Doc is empty`},
		{"option with a bad name", func(r *Rule) { r.Options[0].Name = "Required-Tags" }, "not a lower-case HCL attribute name"},
		{"option named like a common attribute", func(r *Rule) { r.Options[0].Name = "severity" }, "reserved for every rule"},
		{"duplicate option", func(r *Rule) { r.Options = append(r.Options, r.Options[0]) }, `option "tags": duplicate name`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validRule()
			tc.mutate(r)
			err := Validate([]*Rule{r})
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Validate: %v, want no error", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Validate: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestValidateRegistry(t *testing.T) {
	t.Run("built-in rules are valid", func(t *testing.T) {
		if err := Validate(Builtins); err != nil {
			t.Error(err)
		}
	})
	t.Run("duplicate IDs", func(t *testing.T) {
		err := Validate([]*Rule{validRule(), validRule()})
		if err == nil || !strings.Contains(err.Error(), `rule "nat-untagged": duplicate ID`) {
			t.Errorf("Validate: %v, want a duplicate ID error", err)
		}
	})
	t.Run("a registry that repeats a built-in ID", func(t *testing.T) {
		r := validRule()
		r.ID = UnusedIgnore.ID
		if err := Validate(append([]*Rule{r}, Builtins...)); err == nil {
			t.Error("Validate: no error")
		}
	})
	t.Run("every problem is reported", func(t *testing.T) {
		r := validRule()
		r.ID, r.Doc.Why = "Bad", ""
		err := Validate([]*Rule{nil, r})
		for _, want := range []string{"rule 0 is nil", "ID is not kebab-case", "Doc.Why is empty"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("Validate: %v, want it to contain %q", err, want)
			}
		}
	})
}
