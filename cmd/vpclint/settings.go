package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/report"
)

// settings are the config file and the flags merged, the flags winning.
type settings struct {
	configPath string // "" when there is no config file
	failLevel  lint.Severity
	exclude    []string // relative to the working folder
	lint       lint.Config
	// reachRanges are where the config file writes each reachability
	// assertion, by name.
	reachRanges map[string]hcl.Range
}

// settingsFor reads the config file (--config, else the nearest one) and
// merges the flags into it. files holds the config file, for rendering
// diagnostics.
func settingsFor(opts *options, known []*lint.Rule, cwd string) (*settings, map[string]*hcl.File, hcl.Diagnostics) {
	if !slices.Contains(report.Formats(), opts.format) {
		return nil, nil, hcl.Diagnostics{usageError(fmt.Sprintf("unknown --format %q (want %s)", opts.format, strings.Join(report.Formats(), ", ")))}
	}
	if opts.baseline != "" && opts.baselineWrite != "" {
		return nil, nil, hcl.Diagnostics{usageError("--baseline and --baseline-write cannot be used together: --baseline-write alone records every current finding")}
	}
	path := opts.config
	if path == "" {
		found, err := findConfig(cwd)
		if err != nil {
			return nil, nil, hcl.Diagnostics{plainError("Cannot find the config file", err.Error())}
		}
		path = found
	}
	fc := &fileConfig{Rules: map[string]lint.RuleConfig{}}
	var files map[string]*hcl.File
	if path != "" {
		loaded, p, diags := loadConfig(path, known)
		if diags.HasErrors() {
			return nil, p.Files(), diags
		}
		fc, files = loaded, p.Files()
	}
	s := &settings{configPath: path, failLevel: lint.Note, exclude: fc.excludeGlobs(cwd), lint: lint.Config{Rules: fc.Rules}, reachRanges: fc.ReachRanges}
	if fc.FailLevel != nil {
		s.failLevel = *fc.FailLevel
	}
	if opts.failLevel != "" {
		sev, err := lint.ParseSeverity(opts.failLevel)
		if err != nil {
			return nil, files, hcl.Diagnostics{usageError("--fail-level: " + err.Error())}
		}
		s.failLevel = sev
	}
	diags := s.applyRuleFlags(opts.enable, opts.disable, known)
	return s, files, diags
}

// applyRuleFlags applies --enable-rule and --disable-rule.
func (s *settings) applyRuleFlags(enable, disable []string, known []*lint.Rule) hcl.Diagnostics {
	var diags hcl.Diagnostics
	on, off := splitIDs(enable), splitIDs(disable)
	for _, ids := range []struct {
		flag    string
		ids     []string
		enabled bool
	}{{"--enable-rule", on, true}, {"--disable-rule", off, false}} {
		for _, id := range ids.ids {
			switch {
			case !slices.Contains(lint.IDs(known), id):
				diags = append(diags, usageError(fmt.Sprintf("%s: unknown rule %q%s", ids.flag, id, suggestion(lint.Suggest(id, lint.IDs(known))))))
			case ids.enabled && slices.Contains(off, id):
				diags = append(diags, usageError(fmt.Sprintf("rule %q is both enabled and disabled", id)))
			default:
				rc := s.lint.Rules[id]
				rc.Enabled = &ids.enabled
				s.lint.Rules[id] = rc
			}
		}
	}
	return diags
}

// splitIDs splits comma-separated rule IDs and drops empty ones.
func splitIDs(values []string) []string {
	var ids []string
	for _, v := range values {
		for id := range strings.SplitSeq(v, ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
	}
	return ids
}
