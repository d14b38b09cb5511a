package plan

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad loads arbitrary bytes as a plan: Load must never panic (which
// it reports as an internal error) or hang; without errors it returns a
// plan whose instances point into the file.
func FuzzLoad(f *testing.F) {
	for _, root := range []string{fixtureDir, planCorpus} {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
				if data, err := os.ReadFile(path); err == nil {
					f.Add(data)
				}
			}
			return nil
		})
	}
	f.Add([]byte(`{"format_version": "1.2", "planned_values": {"root_module": {}}}`))
	f.Add([]byte(`{"format_version": "1.0", "terraform_version": "1.5.0"}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, diags := Load("plan.json", src)
		for _, d := range diags {
			if strings.HasPrefix(d.Summary, "Internal error") {
				t.Fatalf("%s: %s", d.Summary, d.Detail)
			}
		}
		if diags.HasErrors() {
			if p != nil {
				t.Fatal("a plan with errors")
			}
			return
		}
		if p == nil {
			t.Fatal("no plan and no error")
		}
		for _, in := range append(p.Instances, p.Before...) {
			if r := in.DefRange; r.Filename != "plan.json" || r.Start.Byte > len(src) || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
				t.Fatalf("%s: DefRange %s outside the file", in.Address, r)
			}
		}
	})
}
