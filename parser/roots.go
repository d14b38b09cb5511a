package parser

import (
	"slices"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/internal/parallel"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/build"
	"github.com/vpclint/vpclint/parser/eval"
)

// rootResult is what evaluating and building one root module gave.
type rootResult struct {
	diags   hcl.Diagnostics
	skipped []string
	// read are the files the evaluation asked for.
	read []string
	// net is nil when the module cannot be analysed whatever happens to
	// diags (see loadRoot).
	net *model.Network
}

// loadRoots analyses the root modules among dirs, the folders of files,
// into res: first the parse errors of every
// folder, then each root module's diagnostics and network, in root order,
// as if every folder were parsed before any module is evaluated.
//
// It works so that a load does not hold the syntax trees of every file at
// once: it guesses the module calls from the files' bytes (guessCalls),
// evaluates and builds the root modules that the guess gives, up to
// GOMAXPROCS at a time, each parsing the folders it reads, and with
// release it releases each folder's trees once the last root module that
// loads it is done. Then it parses the folders no evaluation read, and
// checks the guess against the parsed calls: a root module that the guess
// missed is evaluated now, and a folder it took for a root module wrongly
// is dropped, with the files only its evaluation read.
func loadRoots(res *Result, files *fileCache, dirs []string, opts Options, release bool) {
	folders := files.list(dirs)
	guess := guessCalls(folders)
	if opts.Sized != nil {
		opts.Sized(sourceSize(folders))
	}
	roots := rootModules(guess, dirs)
	var users *treeUsers
	if release {
		users = newTreeUsers(files, guess, roots)
	}
	results := map[string]rootResult{}
	evalRoots(files, roots, opts, users, results)
	folders = files.parseFolders(dirs)
	calls := make(map[string][]string, len(folders))
	for _, fo := range folders {
		res.Diagnostics = append(res.Diagnostics, fo.diags...)
		calls[fo.dir] = fo.calls
	}
	if actual := rootModules(calls, dirs); !slices.Equal(actual, roots) {
		roots = actual
		var missed []string
		for _, r := range roots {
			if _, done := results[r]; !done {
				missed = append(missed, r)
			}
		}
		evalRoots(files, missed, opts, nil, results)
		read := map[string]bool{}
		for _, r := range roots {
			for _, name := range results[r].read {
				read[name] = true
			}
		}
		files.forget(func(name string) bool { return !read[name] })
	}
	cl := files.claims()
	for _, root := range roots {
		r := results[root]
		diags := cl.keep(r.diags)
		res.Diagnostics = append(res.Diagnostics, diags...)
		res.Skipped = append(res.Skipped, r.skipped...)
		if r.net == nil || diags.HasErrors() {
			// A module with an error is reported, not analysed: its
			// network lacks whatever the error hides (an egress rule in
			// the file that did not parse), which rules would take for
			// a real gap.
			continue
		}
		res.Modules++
		merge(res.Network, r.net)
	}
}

// evalRoots evaluates and builds roots, up to GOMAXPROCS at a time, into
// results. When users is not nil, it is told of each root module done.
func evalRoots(files *fileCache, roots []string, opts Options, users *treeUsers, results map[string]rootResult) {
	out := make([]rootResult, len(roots))
	parallel.ForEach(len(roots), func(i int) {
		out[i] = loadRoot(files, roots[i], opts)
		files.keepNamed(out[i].diags)
		if users != nil {
			users.done(roots[i])
		}
	})
	for i, r := range roots {
		results[r] = out[i]
	}
}

// loadRoot evaluates the root module in dir with its child modules and
// builds its network, unless the module cannot be analysed: a file of it
// did not parse, or evaluating it gave an error other than a parse error
// that the cache may give to an earlier root module instead (see claims).
func loadRoot(files *fileCache, dir string, opts Options) rootResult {
	view := &rootFiles{fileCache: files}
	ev, diags := eval.Load(dir, eval.Options{
		Parser: view, Vars: opts.Vars, VarFiles: opts.VarFiles, Env: opts.Env,
	})
	r := rootResult{diags: diags, read: view.read}
	if ev == nil {
		return r
	}
	r.skipped = ev.Skipped
	if files.failed(dir) || slices.ContainsFunc(ev.ModuleDirs, files.failed) || !files.onlyParseErrors(diags) {
		return r
	}
	r.net = build.Network(ev.Instances)
	return r
}

// The evaluator uses these when its parser has them.
var (
	_ eval.NamesCache = (*rootFiles)(nil)
	_ eval.Folders    = (*rootFiles)(nil)
)

// rootFiles is the cache as one evaluation sees it: it records the files
// the evaluation asks for.
type rootFiles struct {
	*fileCache
	read []string
}

// ParseHCLFile is fileCache.ParseHCLFile, recording name.
func (r *rootFiles) ParseHCLFile(name string) (*hcl.File, hcl.Diagnostics) {
	r.read = append(r.read, name)
	return r.fileCache.ParseHCLFile(name)
}

// ParseJSONFile is fileCache.ParseJSONFile, recording name.
func (r *rootFiles) ParseJSONFile(name string) (*hcl.File, hcl.Diagnostics) {
	r.read = append(r.read, name)
	return r.fileCache.ParseJSONFile(name)
}

// treeUsers counts, for each folder, the root modules not yet evaluated
// that load it, as a guess of the module calls says, so that the folder's
// syntax trees are released when the last one is done.
type treeUsers struct {
	files *fileCache
	// loads are the folders each root module loads, itself included.
	loads map[string][]*folder
	count map[*folder]*atomic.Int32
}

// newTreeUsers counts the users of the folders among roots, by calls (the
// local calls of every folder).
func newTreeUsers(files *fileCache, calls map[string][]string, roots []string) *treeUsers {
	u := &treeUsers{files: files, loads: map[string][]*folder{}, count: map[*folder]*atomic.Int32{}}
	for _, r := range roots {
		seen := map[string]bool{}
		var visit func(d string)
		visit = func(d string) {
			fo := files.folders[d]
			if seen[d] || fo == nil {
				return
			}
			seen[d] = true
			u.loads[r] = append(u.loads[r], fo)
			if u.count[fo] == nil {
				u.count[fo] = &atomic.Int32{}
			}
			u.count[fo].Add(1)
			for _, c := range calls[d] {
				visit(c)
			}
		}
		visit(r)
	}
	return u
}

// done records that root module r was evaluated, releasing the trees of
// the folders no other root module loads.
func (u *treeUsers) done(r string) {
	for _, fo := range u.loads[r] {
		if u.count[fo].Add(-1) == 0 {
			u.files.release(fo.names)
		}
	}
}
