package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// realCorpus is public Terraform from GitHub, present on development
// machines only.
const realCorpus = "/work/shared/corpus/real"

// invalidCorpusFiles are corpus files that Terraform 1.x cannot parse
// either (Terraform 0.11 syntax).
var invalidCorpusFiles = []string{
	"alphagov__govuk-aws/terraform/projects/infra-fastly-logs/main.tf",
	"alphagov__govuk-aws/terraform/projects/fastly-datagovuk/main.tf",
}

// TestCorpus loads every module folder of the real-world corpus: no
// internal error, and no error except in files that are not valid HCL 2.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	if _, err := os.Stat(realCorpus); err != nil {
		t.Skip("no corpus")
	}
	var dirs []string
	_ = filepath.WalkDir(realCorpus, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && strings.HasPrefix(d.Name(), "."):
			return filepath.SkipDir
		case !d.IsDir() && strings.HasSuffix(path, ".tf") && !slices.Contains(dirs, filepath.Dir(path)):
			dirs = append(dirs, filepath.Dir(path))
		}
		return nil
	})
	total, skipped := 0, 0
	for _, dir := range dirs {
		res, diags := load(t, dir, Options{})
		total += len(res.Instances)
		skipped += len(res.Skipped)
		for _, d := range diags.Errs() {
			if !slices.ContainsFunc(invalidCorpusFiles, func(f string) bool { return strings.Contains(d.Error(), f) }) {
				t.Errorf("%s: %v", dir, d)
			}
		}
	}
	t.Logf("%d folders, %d instances, %d module calls skipped", len(dirs), total, skipped)
}
