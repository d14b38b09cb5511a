package parser

import (
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"

	"github.com/vpclint/vpclint/model"
)

// fileCache holds the parsed files of one Load. parseAll fills it before
// any evaluation starts (AddFile); from then on it is safe for concurrent
// use, so that root modules are evaluated in parallel, and it parses the
// files evaluations ask for beyond those (variables files, modules outside
// the selected folders, installed copies in .terraform/modules) once each,
// for whichever evaluation asks first.
//
// It answers as one hclparse.Parser shared by every evaluation would,
// except for whom a parse diagnostic goes to. A file added with AddFile
// comes back without diagnostics (parseAll reported them). A file the cache
// parses itself comes back with its parse diagnostics to every caller, and
// claims keeps them only for the first root module, in root order, that
// read the file: the one a sequential load would have given them to.
//
// The syntax trees of added files can be released once no evaluation
// needs them; they are most of the memory a load holds.
type fileCache struct {
	mu    sync.Mutex
	files map[string]*cachedFile
	// owner maps each parse diagnostic of a file the cache parsed to that
	// file.
	owner map[*hcl.Diagnostic]*cachedFile
}

// cachedFile is one file of a fileCache.
type cachedFile struct {
	// added marks a file from AddFile, whose file and directives are set
	// from the start and change only under the cache's lock (release,
	// restore). For the others once guards file and diags.
	added      bool
	once       sync.Once
	file       *hcl.File
	diags      hcl.Diagnostics
	directives []model.Directive
	// released is set while the syntax tree is dropped.
	released bool
}

func newFileCache() *fileCache {
	return &fileCache{files: map[string]*cachedFile{}, owner: map[*hcl.Diagnostic]*cachedFile{}}
}

// AddFile records a file parsed elsewhere, which later reads return
// without diagnostics, and extracts its directives while it has its
// syntax.
func (c *fileCache) AddFile(name string, f *hcl.File) {
	e := &cachedFile{added: true, file: f, directives: Directives(f, name)}
	c.mu.Lock()
	c.files[name] = e
	c.mu.Unlock()
}

// ParseHCLFile returns the native-syntax file name, parsing it on first
// use.
func (c *fileCache) ParseHCLFile(name string) (*hcl.File, hcl.Diagnostics) {
	return c.parse(name, (*hclparse.Parser).ParseHCLFile)
}

// ParseJSONFile returns the JSON file name, parsing it on first use.
func (c *fileCache) ParseJSONFile(name string) (*hcl.File, hcl.Diagnostics) {
	return c.parse(name, (*hclparse.Parser).ParseJSONFile)
}

// parse returns the cached file name, parsing it with parse (as
// hclparse.Parser does: same reading, same diagnostics) on first use.
func (c *fileCache) parse(name string, parse func(*hclparse.Parser, string) (*hcl.File, hcl.Diagnostics)) (*hcl.File, hcl.Diagnostics) {
	c.mu.Lock()
	e := c.files[name]
	if e == nil {
		e = &cachedFile{}
		c.files[name] = e
	}
	if e.added {
		if e.released {
			e.restore(name)
		}
		f := e.file
		c.mu.Unlock()
		return f, nil
	}
	c.mu.Unlock()
	e.once.Do(func() {
		e.file, e.diags = parse(hclparse.NewParser(), name)
		if e.file == nil {
			// A file that could not be read: hclparse.Parser does not
			// cache it, so every reader gets the error.
			return
		}
		c.mu.Lock()
		for _, d := range e.diags {
			c.owner[d] = e
		}
		c.mu.Unlock()
	})
	return e.file, e.diags
}

// release drops the syntax trees of the named added files, keeping their
// source bytes, when no evaluation should need them any more. One that
// does anyway gets the file parsed again from its bytes (restore).
func (c *fileCache) release(names []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, name := range names {
		if e := c.files[name]; e != nil && e.added && !e.released && e.file.Bytes != nil {
			e.file = &hcl.File{Bytes: e.file.Bytes}
			e.released = true
		}
	}
}

// restore parses a released file again from its bytes, which gives the
// syntax tree it had; its diagnostics were reported when it was added.
func (e *cachedFile) restore(name string) {
	src := e.file.Bytes
	var f *hcl.File
	if strings.HasSuffix(name, ".json") {
		f, _ = json.Parse(src, name)
	} else {
		f, _ = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	}
	if f == nil || f.Body == nil {
		f = &hcl.File{Body: hcl.EmptyBody(), Bytes: src}
	}
	e.file = f
	e.released = false
}

// Files returns the parsed files by name; a released file holds only its
// source bytes.
func (c *fileCache) Files() map[string]*hcl.File {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]*hcl.File, len(c.files))
	for name, e := range c.files {
		if e.file != nil {
			out[name] = e.file
		}
	}
	return out
}

// directivesOf returns the directives of files[name]: those extracted when
// the cache got the file if it is the cache's, else its own.
func (c *fileCache) directivesOf(files map[string]*hcl.File, name string) []model.Directive {
	c.mu.Lock()
	e := c.files[name]
	c.mu.Unlock()
	if e != nil && e.added && files[name] == e.file {
		return e.directives
	}
	return Directives(files[name], name)
}

// restoreSyntax puts the syntax tree back into files[name] if it is a file
// the cache released.
func (c *fileCache) restoreSyntax(files map[string]*hcl.File, name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.files[name]; e != nil && e.released && files[name] == e.file {
		e.restore(name)
		files[name] = e.file
	}
}

// parser returns an hclparse.Parser that holds the cached files, for
// loading that is not concurrent (plans). The cache must not have released
// any.
func (c *fileCache) parser() *hclparse.Parser {
	p := hclparse.NewParser()
	for name, f := range c.Files() {
		p.AddFile(name, f)
	}
	return p
}

// onlyParseErrors reports whether every error of diags is a parse error of
// a file the cache parsed, which claims may drop.
func (c *fileCache) onlyParseErrors(diags hcl.Diagnostics) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, d := range diags {
		if d.Severity == hcl.DiagError && c.owner[d] == nil {
			return false
		}
	}
	return true
}

// claims hands the parse diagnostics of each file the cache parsed to one
// root module.
type claims struct {
	cache *fileCache
	taken map[*cachedFile]bool
}

func (c *fileCache) claims() *claims {
	return &claims{cache: c, taken: map[*cachedFile]bool{}}
}

// keep returns diags without the parse diagnostics of the files that
// earlier calls kept them for; the files whose diagnostics it keeps are
// then taken. Calls must come in root order.
func (cl *claims) keep(diags hcl.Diagnostics) hcl.Diagnostics {
	cl.cache.mu.Lock()
	defer cl.cache.mu.Unlock()
	var out hcl.Diagnostics
	var mine []*cachedFile
	for _, d := range diags {
		if e := cl.cache.owner[d]; e != nil {
			if cl.taken[e] {
				continue
			}
			mine = append(mine, e)
		}
		out = append(out, d)
	}
	for _, e := range mine {
		cl.taken[e] = true
	}
	return out
}
