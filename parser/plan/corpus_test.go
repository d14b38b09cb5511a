package plan

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// planCorpus is real plan and state JSON from public repositories (other
// tools' test data), present on development machines only.
const planCorpus = "/work/shared/corpus/plans"

// notTerraformOutput are corpus files that Terraform did not write:
// infracost's expected.json is a plan infracost renders itself, with extra
// keys and a prior_state without format_version, which terraform-json
// (and vpclint) refuse.
var notTerraformOutput = []string{
	"infracost__infracost/internal/providers/terraform/testdata/hcl_provider_test/renders_module_resources/expected.json",
}

// TestCorpus loads every JSON file of the plan corpus: plans and states
// written by Terraform 0.12 to 1.9 (format versions 0.1 to 1.2), which must
// load without any diagnostic and with every instance pointing into its
// file, and the files of notTerraformOutput, which must give one error.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat(planCorpus); err != nil {
		t.Skip("no corpus")
	}
	var files []string
	_ = filepath.WalkDir(planCorpus, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return nil
	})
	var instances, changes, refs, unknownIDs int
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p, diags := Load(path, src)
		if slices.ContainsFunc(notTerraformOutput, func(f string) bool { return strings.HasSuffix(path, f) }) {
			if len(diags) != 1 || !strings.Contains(diags[0].Detail, "prior_state") {
				t.Errorf("%s: want an error about prior_state, got %v", path, diags)
			}
			continue
		}
		if len(diags) > 0 || p == nil {
			t.Errorf("%s: %v", path, diags)
			continue
		}
		if len(p.Instances) == 0 {
			t.Errorf("%s: no instances", path)
		}
		for _, in := range append(p.Instances, p.Before...) {
			if in.DefRange.Filename != path || in.DefRange.Start.Byte >= len(src) || src[in.DefRange.Start.Byte] != '{' {
				t.Errorf("%s: %s DefRange %s", path, in.Address, in.DefRange)
			}
		}
		instances += len(p.Instances)
		changes += len(p.Changes)
		r, u := countIDs(p.Instances)
		refs += r
		unknownIDs += u
	}
	t.Logf("%d files: %d instances, %d changes; identifiers: %d resolved to references, %d left unknown", len(files), instances, changes, refs, unknownIDs)
}

// countIDs counts top-level identifier attributes that are reference
// strings and that are unknown.
func countIDs(insts []*resource.Instance) (refs, unknown int) {
	for _, in := range insts {
		for name, a := range in.Attrs {
			if !idLike(name) {
				continue
			}
			v := a.Value
			switch {
			case !v.IsKnown():
				unknown++
			case !v.IsNull() && v.Type() == cty.String && resource.IsRef(v.AsString()):
				refs++
			}
		}
	}
	return refs, unknown
}
