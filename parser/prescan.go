package parser

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/vpclint/vpclint/parser/bounded"
)

// guessCalls returns, for each folder, the local module calls its files
// appear to make, read from their bytes without parsing them (see
// guessSources). It is only a guess, which decides the order of work and
// when syntax trees are released, so that a load need not hold the trees
// of every file at once to know which folders are root modules; loadRoots
// checks it against the calls of the parsed files.
func guessCalls(folders []*folder) map[string][]string {
	type job struct {
		dir, name string
	}
	var jobs []job
	for _, fo := range folders {
		for _, name := range fo.names {
			jobs = append(jobs, job{fo.dir, name})
		}
	}
	found := make([][]string, len(jobs))
	forEach(len(jobs), func(i int) {
		if src, diag := bounded.ReadFile(jobs[i].name, bounded.MaxFileSize); diag == nil {
			found[i] = guessSources(src, strings.HasSuffix(jobs[i].name, ".json"))
		}
	})
	calls := make(map[string][]string, len(folders))
	for _, fo := range folders {
		calls[fo.dir] = nil
	}
	for i, j := range jobs {
		for _, s := range found[i] {
			calls[j.dir] = append(calls[j.dir], filepath.Clean(filepath.Join(j.dir, s)))
		}
	}
	return calls
}

// guessSources returns the local module sources ("./…", "../…") that src
// appears to set: each line `source = "./…"` (`"source": "./…"` in JSON)
// whose string has no escape or template sequence. terraform fmt writes
// module blocks so; anything else (a comment holding such a line, a
// resource with a local source file) is caught by the check of the guess.
func guessSources(src []byte, isJSON bool) []string {
	key, sep := []byte("source"), byte('=')
	if isJSON {
		key, sep = []byte(`"source"`), ':'
	}
	var out []string
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		line = bytes.TrimSpace(line)
		rest, ok := bytes.CutPrefix(line, key)
		if !ok {
			continue
		}
		rest = bytes.TrimSpace(rest)
		if len(rest) == 0 || rest[0] != sep {
			continue
		}
		rest = bytes.TrimSpace(rest[1:])
		if len(rest) < 2 || rest[0] != '"' {
			continue
		}
		end := bytes.IndexByte(rest[1:], '"')
		if end < 0 {
			continue
		}
		s := string(rest[1 : end+1])
		if strings.Contains(s, `\`) || strings.Contains(s, "${") || strings.Contains(s, "%{") {
			continue
		}
		if strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") {
			out = append(out, s)
		}
	}
	return out
}
