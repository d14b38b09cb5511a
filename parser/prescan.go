package parser

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/vpclint/vpclint/internal/parallel"
	"github.com/vpclint/vpclint/parser/bounded"
)

// guessCalls returns, for each folder, the local module calls its files
// appear to make, read from their bytes without parsing them (see
// guessSources), and keeps the bytes it read in the folder (folder.srcs),
// so that parsing does not read them again. It is only a guess, which decides the order of work and
// when syntax trees are released, so that a load need not hold the trees
// of every file at once to know which folders are root modules; loadRoots
// checks it against the calls of the parsed files.
func guessCalls(folders []*folder) map[string][]string {
	type job struct {
		fo *folder
		i  int // index in fo.names
	}
	var jobs []job
	for _, fo := range folders {
		fo.srcs = make([][]byte, len(fo.names))
		for i := range fo.names {
			jobs = append(jobs, job{fo, i})
		}
	}
	found := make([][]string, len(jobs))
	parallel.ForEach(len(jobs), func(k int) {
		fo, i := jobs[k].fo, jobs[k].i
		if src, diag := bounded.ReadFile(fo.names[i], bounded.MaxFileSize); diag == nil {
			fo.srcs[i] = src
			found[k] = guessSources(src, strings.HasSuffix(fo.names[i], ".json"))
		}
	})
	calls := make(map[string][]string, len(folders))
	for _, fo := range folders {
		calls[fo.dir] = nil
	}
	for k, j := range jobs {
		for _, s := range found[k] {
			calls[j.fo.dir] = append(calls[j.fo.dir], filepath.Clean(filepath.Join(j.fo.dir, s)))
		}
	}
	return calls
}

// sourceSize is the total size of the files guessCalls read of folders.
func sourceSize(folders []*folder) int64 {
	var n int64
	for _, fo := range folders {
		for _, src := range fo.srcs {
			n += int64(len(src))
		}
	}
	return n
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
