package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/rules"
)

// checkAssertions looks for the reachability assertions of the config
// file (its reach blocks) that the reach-assertion rule cannot check on
// net, which it skips silently:
//   - an end declared more than once (the same address in several root
//     modules) is a warning on stderr, since the rule cannot tell which is
//     meant;
//   - any other problem (an end the configuration does not have, an
//     address of several instances, a CIDR that overlaps a VPC but fits
//     none of its subnets) is an error, returned, when the run is complete
//     and covers the config file's folder, so that a misspelt address
//     cannot pass unnoticed. A run over some modules only (a pre-commit
//     hook, a subfolder) may well not hold an end, and is told under
//     --debug only.
func (c *cli) checkAssertions(s *settings, net *model.Network, complete bool, paths []string, cwd string) hcl.Diagnostics {
	if !s.lint.Enabled(rules.ReachAssertion) {
		return nil
	}
	specs, _ := s.lint.Rules[reachRuleID].Options[reachOptionName].([]rules.ReachAssertionSpec)
	full := complete && coversFolder(paths, filepath.Dir(s.configPath), cwd)
	var diags hcl.Diagnostics
	for _, a := range specs {
		_, err := a.Check(net)
		switch {
		case err == nil:
		case errors.As(err, new(*rules.AmbiguousEndError)):
			fmt.Fprintf(c.stderr, "vpclint: reach %q was not checked: %v (the root modules of a run form one network: lint each on its own to check it in each)\n", a.Name, err)
		case full:
			// reach.Check names the end as `vpclint reach` flags do.
			detail := fmt.Sprintf("reach %q: %s.", a.Name, strings.TrimPrefix(err.Error(), "--"))
			if rng, ok := s.reachRanges[a.Name]; ok {
				diags = append(diags, errorAt(rng, "Reach assertion cannot be checked", "%s", detail))
			} else {
				diags = append(diags, plainError("Reach assertion cannot be checked", detail))
			}
		default:
			c.debugf("reach %q not checked: %s", a.Name, strings.TrimPrefix(err.Error(), "--"))
		}
	}
	return diags
}

// coversFolder reports whether the lint paths (none meaning the working
// folder cwd) include folder dir, relative to cwd, or a parent of it.
func coversFolder(paths []string, dir, cwd string) bool {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	abs := func(p string) string {
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		return filepath.Clean(p)
	}
	target := abs(dir)
	for _, p := range paths {
		rel, err := filepath.Rel(abs(strings.TrimSuffix(filepath.ToSlash(p), "/...")), target)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
