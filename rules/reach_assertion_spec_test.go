package rules_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/reach"
	"github.com/vpclint/vpclint/rules"
)

func TestReachAssertionsOption(t *testing.T) {
	parse := rules.ReachAssertion.Options[0].Parse
	obj := func(kv ...any) map[string]any {
		m := map[string]any{"name": "a", "from": "aws_instance.app", "to": "aws_db_instance.main"}
		for i := 0; i < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(m, kv[i].(string))
				continue
			}
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	query := func(p model.Protocol, port int) reach.Query {
		return reach.Query{From: "aws_instance.app", To: "aws_db_instance.main", Protocol: p, Port: port}
	}
	tests := []struct {
		name string
		in   any
		want []rules.ReachAssertionSpec
		// field is the attribute a *lint.FieldError must name; errText a
		// substring of the error. Both empty: no error.
		field, errText string
	}{
		{"defaults: tcp, reachable", []map[string]any{obj("port", 5432.0)},
			[]rules.ReachAssertionSpec{{Name: "a", Query: query(model.ProtocolTCP, 5432), Expect: reach.Reachable}}, "", ""},
		{"every attribute", []map[string]any{obj("port", 53.0, "protocol", "udp", "expect", "blocked")},
			[]rules.ReachAssertionSpec{{Name: "a", Query: query(model.ProtocolUDP, 53), Expect: reach.Blocked}}, "", ""},
		{"icmp without a port", []map[string]any{obj("protocol", "icmp", "expect", "reachable")},
			[]rules.ReachAssertionSpec{{Name: "a", Query: query(model.ProtocolICMP, 0), Expect: reach.Reachable}}, "", ""},
		{"a port written as a string", []map[string]any{obj("port", " 22 ")},
			[]rules.ReachAssertionSpec{{Name: "a", Query: query(model.ProtocolTCP, 22), Expect: reach.Reachable}}, "", ""},
		{"the empty list (HCL's [])", []string{}, []rules.ReachAssertionSpec{}, "", ""},
		{"a list of strings", []string{"a"}, nil, "", "list of objects"},
		{"not a list", "a", nil, "", "list of objects"},
		{"unknown attribute", []map[string]any{obj("port", 22.0, "protocols", "tcp")}, nil, "protocols", `did you mean "protocol"`},
		{"missing to", []map[string]any{obj("port", 22.0, "to", nil)}, nil, "to", "missing"},
		{"missing name", []map[string]any{obj("port", 22.0, "name", nil)}, nil, "name", "missing"},
		{"empty from", []map[string]any{obj("port", 22.0, "from", " ")}, nil, "from", "non-empty string"},
		{"from not a string", []map[string]any{obj("port", 22.0, "from", 1.0)}, nil, "from", "non-empty string"},
		{"bad protocol", []map[string]any{obj("port", 22.0, "protocol", "sctp")}, nil, "protocol", `"sctp" is not tcp, udp or icmp`},
		{"missing port", []map[string]any{obj()}, nil, "port", "missing"},
		{"port out of range", []map[string]any{obj("port", 65536.0)}, nil, "port", "not a port number"},
		{"negative port", []map[string]any{obj("port", -1.0)}, nil, "port", "not a port number"},
		{"fractional port", []map[string]any{obj("port", 22.5)}, nil, "port", "not a port number"},
		{"port not a number", []map[string]any{obj("port", "ssh")}, nil, "port", "not a port number"},
		{"icmp with a port", []map[string]any{obj("protocol", "icmp", "port", 8.0)}, nil, "port", "has no port"},
		{"bad expect", []map[string]any{obj("port", 22.0, "expect", "closed")}, nil, "expect", `"closed" is not reachable or blocked`},
		{"a name given twice", []map[string]any{obj("port", 22.0), obj("port", 23.0)}, nil, "name", `assertion "a": name: given twice`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parse(tc.in)
			if tc.field == "" && tc.errText == "" {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("Parse (-want +got):\n%s", diff)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errText) {
				t.Fatalf("Parse: %v, want an error containing %q", err, tc.errText)
			}
			var fe *lint.FieldError
			switch {
			case tc.field == "" && errors.As(err, &fe):
				t.Errorf("Parse: %v is about attribute %s, want an error about the whole value", err, fe.Field)
			case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field):
				t.Errorf("Parse: %v, want a *lint.FieldError about %s", err, tc.field)
			}
		})
	}
}

// TestReachAssertionSpecCheck checks why the silent fixture cases are
// silent: each assertion gets the answer (or the error) the case is about.
func TestReachAssertionSpecCheck(t *testing.T) {
	tests := []struct {
		dir, from, to string
		expect        reach.Outcome
		// want is the verdict's outcome, unless wantErr: an error, an
		// *AmbiguousEndError when ambiguous.
		want               reach.Outcome
		wantErr, ambiguous bool
	}{
		{"silent_assertions_hold", "aws_instance.app", "aws_instance.db", reach.Reachable, reach.Reachable, false, false},
		{"silent_assertions_hold", "aws_subnet.public", "aws_instance.db", reach.Blocked, reach.Blocked, false, false},
		{"silent_unknown_value", "aws_instance.app", "aws_instance.db", reach.Reachable, reach.Unknown, false, false},
		{"silent_unknown_value", "aws_subnet.public", "aws_instance.db", reach.Blocked, reach.Unknown, false, false},
		{"silent_end_not_in_configuration", "aws_subnet.public", "module.dw.aws_redshift_cluster.main", reach.Blocked, 0, true, false},
		{"silent_ambiguous_across_roots", "aws_subnet.public", "aws_db_instance.main", reach.Blocked, 0, true, true},
		{"silent_ambiguous_across_roots", "10.0.10.5", "10.20.0.0/16", reach.Blocked, 0, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.dir+"/"+tc.from+"→"+tc.to, func(t *testing.T) {
			res := parser.Load([]string{filepath.Join("..", "testdata", "rules", "reach-assertion", tc.dir)}, parser.Options{})
			if res.Diagnostics.HasErrors() {
				t.Fatal(res.Diagnostics.Error())
			}
			a := rules.ReachAssertionSpec{Name: "a", Query: reach.Query{From: tc.from, To: tc.to, Protocol: model.ProtocolTCP, Port: 5432}, Expect: tc.expect}
			v, err := a.Check(res.Network)
			switch {
			case tc.wantErr && err == nil:
				t.Fatalf("Check: %s, want an error", v.Outcome)
			case !tc.wantErr && err != nil:
				t.Fatalf("Check: %v", err)
			case err != nil && errors.As(err, new(*rules.AmbiguousEndError)) != tc.ambiguous:
				t.Errorf("Check: %v; ambiguous = %v, want %v", err, !tc.ambiguous, tc.ambiguous)
			case err == nil && v.Outcome != tc.want:
				t.Errorf("Check: %s, want %s", v.Outcome, tc.want)
			}
		})
	}
}
