package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/reach"
	"github.com/vpclint/vpclint/rules"
)

func TestCoversFolder(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		dir   string // the config file's folder, relative to the working folder /repo
		want  bool
	}{
		{"no path: the working folder, which holds the config", nil, ".", true},
		{"the working folder", []string{"."}, ".", true},
		{"the working folder with /...", []string{"./..."}, ".", true},
		{"a parent of the config's folder", []string{".."}, ".", true},
		{"the config in a subfolder", []string{"."}, "envs", true},
		{"a subfolder only", []string{"envs/dev"}, ".", false},
		{"a file only", []string{"main.tf"}, ".", false},
		{"the config in a parent folder", nil, "..", false},
		{"a sibling named like a prefix", []string{"/rep"}, "/repo", false},
		{"one of several paths covers it", []string{"envs/dev", "/"}, ".", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paths := make([]string, len(tc.paths))
			for i, p := range tc.paths {
				paths[i] = filepath.FromSlash(p)
			}
			if got := coversFolder(paths, filepath.FromSlash(tc.dir), filepath.FromSlash("/repo")); got != tc.want {
				t.Errorf("coversFolder(%q, %q) = %v, want %v", tc.paths, tc.dir, got, tc.want)
			}
		})
	}
}

func TestCheckAssertions(t *testing.T) {
	missing := rules.ReachAssertionSpec{Name: "a", Query: reach.Query{From: "aws_instance.app", To: "aws_instance.db", Protocol: model.ProtocolTCP, Port: 5432}}
	at := hcl.Range{Filename: ".vpclint.hcl", Start: hcl.Pos{Line: 3, Column: 1}, End: hcl.Pos{Line: 3, Column: 10}}
	off := false
	tests := []struct {
		name     string
		complete bool
		paths    []string
		enabled  *bool
		wantErr  bool
	}{
		{"a complete run over the config's folder", true, nil, nil, true},
		{"a run with load errors", false, nil, nil, false},
		{"a run over a subfolder", true, []string{"envs/dev"}, nil, false},
		{"the rule disabled", true, nil, &off, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &settings{
				configPath:  ".vpclint.hcl",
				lint:        lint.Config{Rules: map[string]lint.RuleConfig{reachRuleID: {Enabled: tc.enabled, Options: map[string]any{reachOptionName: []rules.ReachAssertionSpec{missing}}}}},
				reachRanges: map[string]hcl.Range{"a": at},
			}
			var stderr bytes.Buffer
			c := &cli{stderr: &stderr}
			diags := c.checkAssertions(s, &model.Network{}, tc.complete, tc.paths, filepath.FromSlash("/repo"))
			if got := diags.HasErrors(); got != tc.wantErr {
				t.Fatalf("errors %v, want %v: %v", got, tc.wantErr, diags)
			}
			if tc.wantErr && (diags[0].Subject == nil || *diags[0].Subject != at || !strings.Contains(diags[0].Detail, `reach "a": from: no instance`)) {
				t.Errorf("diagnostic %+v, want one at the reach block naming the missing end", diags[0])
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr: %s", stderr.String())
			}
		})
	}
}
