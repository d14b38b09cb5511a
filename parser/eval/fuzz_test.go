package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addFixtureSeeds adds every .tf file of the fixtures to f's seed corpus.
func addFixtureSeeds(f *testing.F) {
	_ = filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".tf") {
			if data, err := os.ReadFile(path); err == nil {
				f.Add(data)
			}
		}
		return nil
	})
}

// FuzzLoad loads arbitrary bytes as a module's main.tf: Load must never
// panic (an internal error) or hang, whatever the input, and must give the
// same result with whole resource values (checkPartValues).
func FuzzLoad(f *testing.F) {
	addFixtureSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "main.tf"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		checkPartValues(t, dir, Options{MaxInstances: 100})
	})
}
