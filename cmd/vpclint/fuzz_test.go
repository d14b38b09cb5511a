package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/rules"
)

// addSeeds adds the files of testdata named name as seeds of f.
func addSeeds(f *testing.F, name string) {
	paths, err := filepath.Glob(filepath.Join("testdata", "e2e", "*", "src", name))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no %s seeds: %v", name, err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzConfig loads arbitrary .vpclint.hcl files: loading ends in a config
// or in errors that name the file, and a config that loads without errors
// is one the lint driver accepts (its rules and options exist).
func FuzzConfig(f *testing.F) {
	addSeeds(f, configName)
	f.Add([]byte("rule \"sg-open-ingress\" {\n  severity = \"error\"\n  ports = [22, 3389]\n}\n"))
	f.Add([]byte("config {\n  fail_level = \"note\"\n  exclude = [\"modules/**\"]\n}\n"))
	all := rules.All()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), configName)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, _, diags := loadConfig(path, all)
		if diags.HasErrors() {
			if cfg != nil {
				t.Fatal("a config with errors")
			}
			for _, d := range diags {
				if d.Severity == 0 || d.Summary == "" {
					t.Fatalf("diagnostic without a summary: %#v", d)
				}
			}
			return
		}
		if cfg == nil {
			t.Fatal("no config and no error")
		}
		cfg.excludeGlobs(t.TempDir())
		if _, err := lint.Run(all, &model.Network{}, lint.Config{Rules: cfg.Rules}); err != nil {
			t.Fatalf("a config that loads is refused by the driver: %v", err)
		}
	})
}

// FuzzBaseline reads arbitrary baseline files: reading ends in a baseline
// or in one error that names the file.
func FuzzBaseline(f *testing.F) {
	addSeeds(f, "baseline.json")
	f.Add([]byte(`{"version": 1, "fingerprints": "x", "findings": [{"fingerprint": ""}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "baseline.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		b, diags := readBaseline(path)
		if diags.HasErrors() {
			if b != nil || len(diags) != 1 {
				t.Fatalf("baseline %v with %d diagnostics", b, len(diags))
			}
			if d := diags[0]; !strings.Contains(d.Detail, "baseline.json") && (d.Subject == nil || d.Subject.Filename != path) {
				t.Fatalf("error does not name the file: %s: %s", d.Summary, d.Detail)
			}
			return
		}
		if b == nil {
			t.Fatal("no baseline and no error")
		}
		if kept, _ := b.filter(nil, nil, t.TempDir()); len(kept) != 0 {
			t.Fatal("findings from nothing")
		}
	})
}
