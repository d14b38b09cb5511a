// Command gentree writes vpclint's deterministic benchmark tree:
//
//	go run ./internal/gen/cmd/gentree -out /tmp/tree -roots 500
//
// or, with -nacl-rules N, the rule-level worst case instead: one module with
// one network ACL of N rules per direction (-out/main.tf).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vpclint/vpclint/internal/gen"
)

func main() {
	out := flag.String("out", "", "folder to write the tree into (required)")
	roots := flag.Int("roots", 500, "number of root modules")
	seed := flag.Uint64("seed", gen.DefaultSeed, "seed of the pseudo-random choices")
	naclRules := flag.Int("nacl-rules", 0, "write the worst-case NACL module with this many rules per direction instead")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, *roots, *seed, *naclRules); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(out string, roots int, seed uint64, naclRules int) error {
	if naclRules > 0 {
		src, err := gen.WorstCaseNACL(naclRules)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(out, 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(out, "main.tf"), src, 0o644)
	}
	files, err := gen.Write(out, gen.Config{Roots: roots, Seed: seed})
	if err != nil {
		return err
	}
	size := 0
	for _, f := range files {
		size += len(f.Data)
	}
	fmt.Printf("%d roots, %d files, %d bytes in %s\n", roots, len(files), size, out)
	return nil
}
