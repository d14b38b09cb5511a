// Command docgen writes the rule reference, docs/rules/<id>.md and the
// index docs/rules/README.md, from the lint.Doc of every rule in rules.All
// and of the built-in rules (lint.Builtins). It runs through `go generate
// ./rules` (the directive sits in rules/all.go), so its default output
// folder is relative to rules/.
//
// The folder holds generated files only: docgen deletes any other .md file
// in it, so a renamed rule leaves no stale page behind.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/rules"
)

func main() {
	out := flag.String("out", filepath.Join("..", "docs", "rules"), "folder to write the rule pages to")
	flag.Parse()
	if err := write(*out, Generate(documented(), rules.Retired)); err != nil {
		fmt.Fprintln(os.Stderr, "docgen:", err)
		os.Exit(1)
	}
}

// write replaces the .md files of dir with pages (file name → content).
func write(dir string, pages map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return err
	}
	for _, path := range old {
		if _, keep := pages[filepath.Base(path)]; !keep {
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	for name, content := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// documented returns the rules that get a page: the registry, then the
// built-in rules, which findings link to as well.
func documented() []*lint.Rule {
	return append(rules.All(), lint.Builtins...)
}
