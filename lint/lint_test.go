package lint

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Error, Warning, Note} {
		t.Run(s.String(), func(t *testing.T) {
			got, err := ParseSeverity(s.String())
			if err != nil || got != s {
				t.Errorf("ParseSeverity(%q) = %v, %v; want %v", s.String(), got, err, s)
			}
		})
	}
	t.Run("unknown word", func(t *testing.T) {
		if _, err := ParseSeverity("Error"); err == nil {
			t.Error("ParseSeverity(\"Error\") succeeded; the words are lower case")
		}
	})
	t.Run("AtLeast", func(t *testing.T) {
		tests := []struct {
			s, min Severity
			want   bool
		}{
			{Error, Error, true}, {Error, Note, true}, {Warning, Error, false},
			{Warning, Warning, true}, {Note, Warning, false}, {Note, Note, true},
		}
		for _, tc := range tests {
			if got := tc.s.AtLeast(tc.min); got != tc.want {
				t.Errorf("%v.AtLeast(%v) = %v, want %v", tc.s, tc.min, got, tc.want)
			}
		}
	})
}

func TestPassOption(t *testing.T) {
	p := &Pass{Rule: &Rule{ID: "a-rule", Options: []Option{{Name: "tags", Default: []string{"Owner"}}}}}
	if diff := cmp.Diff([]string{"Owner"}, p.Option("tags")); diff != "" {
		t.Errorf("default (-want +got):\n%s", diff)
	}
	p.Options = map[string]any{"tags": []string{"Team"}}
	if diff := cmp.Diff([]string{"Team"}, p.Option("tags")); diff != "" {
		t.Errorf("configured (-want +got):\n%s", diff)
	}
	defer func() {
		if recover() == nil {
			t.Error("Option of an undeclared name did not panic")
		}
	}()
	p.Option("colour")
}

func TestReportRelatedf(t *testing.T) {
	rule := &Rule{ID: "a-rule", Severity: Warning}
	var got []Finding
	p := &Pass{Rule: rule, Report: func(f Finding) { got = append(got, f) }}
	related := []Related{{Message: "rule 100 wins", Range: at("a.tf", 3, 1).Range}}
	p.ReportRelatedf(at("a.tf", 9, 3), related, "rule %d never matches", 120)
	want := []Finding{{
		Rule: rule, Severity: Warning, Message: "rule 120 never matches",
		Range: at("a.tf", 9, 3).Range, Resource: "aws_thing.l9", Related: related,
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if f := got[0].WithSeverity(Note); f.Severity != Note || got[0].Severity != Warning {
		t.Errorf("WithSeverity: got %v, original now %v", f.Severity, got[0].Severity)
	}
}
