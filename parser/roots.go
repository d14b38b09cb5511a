package parser

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/build"
	"github.com/vpclint/vpclint/parser/eval"
)

// rootResult is what evaluating and building one root module gave.
type rootResult struct {
	diags   hcl.Diagnostics
	skipped []string
	// net is nil when the module cannot be analysed whatever happens to
	// diags (see loadRoot).
	net *model.Network
}

// loadRoots evaluates and builds the root modules, up to GOMAXPROCS at a
// time, and hands each result to use in root order, from the calling
// goroutine, so that what Load makes of them does not depend on the
// scheduling.
func loadRoots(files *fileCache, roots []string, opts Options, unparsed map[string]bool, use func(rootResult)) {
	results := make([]rootResult, len(roots))
	done := make([]chan struct{}, len(roots))
	for i := range done {
		done[i] = make(chan struct{})
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(roots)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(roots); i = int(next.Add(1) - 1) {
				results[i] = loadRoot(files, roots[i], opts, unparsed)
				close(done[i])
			}
		})
	}
	for i := range roots {
		<-done[i]
		use(results[i])
		results[i] = rootResult{}
	}
	wg.Wait()
}

// loadRoot evaluates the root module in dir with its child modules and
// builds its network, unless the module cannot be analysed: a file of it
// did not parse, or evaluating it gave an error other than a parse error
// that the cache may give to an earlier root module instead (see claims).
func loadRoot(files *fileCache, dir string, opts Options, unparsed map[string]bool) rootResult {
	ev, diags := eval.Load(dir, eval.Options{
		Parser: files, Vars: opts.Vars, VarFiles: opts.VarFiles, Env: opts.Env,
	})
	r := rootResult{diags: diags}
	if ev == nil {
		return r
	}
	r.skipped = ev.Skipped
	if unparsed[dir] || slices.ContainsFunc(ev.ModuleDirs, func(d string) bool { return unparsed[d] }) || !files.onlyParseErrors(diags) {
		return r
	}
	r.net = build.Network(ev.Instances)
	return r
}
