package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/vpclint/vpclint/internal/parallel"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/bounded"
	"github.com/vpclint/vpclint/parser/eval"
)

// fileCache holds the parsed files of one Load. It is safe for concurrent
// use, so that root modules are evaluated in parallel.
//
// The selected module folders are its folders: a folder's files are
// parsed (in parallel) when an evaluation first reads one of them, or when
// parseFolders is called, and come back without diagnostics; the folder
// keeps them (folder.diags), for Load to report first, as parsing every
// folder up front would. The other files evaluations read (variables
// files, modules outside the selected folders, installed copies in
// .terraform/modules) are parsed once each, for whichever evaluation asks
// first, as hclparse.Parser does, and come back with their parse
// diagnostics to every caller: claims keeps them only for the first root
// module, in root order, that read the file, the one a sequential load
// would have given them to.
//
// The syntax trees of a folder's files can be released once no
// evaluation needs them; they are most of the memory a load holds.
type fileCache struct {
	// folders are the selected module folders by path; the map does not
	// change after newFileCache.
	folders map[string]*folder
	mu      sync.Mutex
	files   map[string]*cachedFile
	// owner maps each parse diagnostic of a file the cache parsed on
	// demand to that file.
	owner map[*hcl.Diagnostic]*cachedFile
	// named are the files that a diagnostic points into, whose syntax
	// trees are kept for printing it (see keepSourceOnly).
	named map[string]bool
	// listings are the folders listed so far (ReadDir), and realPaths
	// the real paths resolved so far (RealPath), by clean path.
	listings  map[string]listing
	realPaths map[string]string
}

// listing is one folder's entries, or the error listing it.
type listing struct {
	entries []fs.DirEntry
	err     error
}

// ReadDir lists dir once per Load (eval.Folders): every root module
// that calls a shared module reads the same listing, and the selected
// folders' listings are the ones newFileCache made.
func (c *fileCache) ReadDir(dir string) ([]fs.DirEntry, error) {
	l := once(&c.mu, c.listings, dir, func(dir string) (l listing) {
		l.entries, l.err = os.ReadDir(dir)
		return l
	})
	return l.entries, l.err
}

// RealPath is eval.RealPath(dir), resolved once per Load (eval.Folders).
func (c *fileCache) RealPath(dir string) string {
	return once(&c.mu, c.realPaths, dir, eval.RealPath)
}

// once returns m's value for the clean path dir, made with f (outside mu,
// which guards m) the first time. Two callers may both make it then; both
// get what f gives for the same folder.
func once[V any](mu *sync.Mutex, m map[string]V, dir string, f func(string) V) V {
	dir = filepath.Clean(dir)
	mu.Lock()
	v, ok := m[dir]
	mu.Unlock()
	if !ok {
		v = f(dir)
		mu.Lock()
		m[dir] = v
		mu.Unlock()
	}
	return v
}

// folder is a selected module folder.
type folder struct {
	dir   string
	names []string // its configuration files, sorted
	// srcs are the bytes of names that guessCalls read, until parsed.
	srcs [][]byte
	once sync.Once
	// Set when parsed: the parse diagnostics in file order, whether one is
	// an error located in the folder, and the local module calls.
	diags  hcl.Diagnostics
	failed bool
	calls  []string
}

// newFileCache returns a cache whose folders are dirs, with an error for
// each folder it cannot list.
func newFileCache(dirs []string) (*fileCache, hcl.Diagnostics) {
	c := &fileCache{
		folders: map[string]*folder{}, files: map[string]*cachedFile{},
		owner: map[*hcl.Diagnostic]*cachedFile{}, named: map[string]bool{},
		listings: map[string]listing{}, realPaths: map[string]string{},
	}
	lists, diags := listFiles(dirs, c.ReadDir)
	for i, d := range dirs {
		c.folders[d] = &folder{dir: d, names: lists[i]}
	}
	return c, diags
}

// parseFolder parses the files of fo, once.
func (c *fileCache) parseFolder(fo *folder) {
	fo.once.Do(func() {
		files, diags := parseFiles(fo.names, fo.srcs)
		fo.srcs = nil
		for i, name := range fo.names {
			c.add(name, files[i])
			fo.diags = append(fo.diags, diags[i]...)
		}
		fo.failed = errorDirs(fo.diags)[fo.dir]
		c.keepNamed(fo.diags)
		fo.calls = localCalls(fo.dir, files)
	})
}

// folder returns the parsed folder dir, nil when dir is not selected.
func (c *fileCache) folder(dir string) *folder {
	fo := c.folders[dir]
	if fo != nil {
		c.parseFolder(fo)
	}
	return fo
}

// list returns the folders of dirs, not parsed.
func (c *fileCache) list(dirs []string) []*folder {
	out := make([]*folder, len(dirs))
	for i, d := range dirs {
		out[i] = c.folders[d]
	}
	return out
}

// failed reports whether dir is a selected folder with a parse error.
func (c *fileCache) failed(dir string) bool {
	fo := c.folder(dir)
	return fo != nil && fo.failed
}

// parseFolders parses every folder not parsed yet, up to GOMAXPROCS
// folders at a time, and returns them in dirs order.
func (c *fileCache) parseFolders(dirs []string) []*folder {
	out := make([]*folder, len(dirs))
	parallel.ForEach(len(dirs), func(i int) { out[i] = c.folder(dirs[i]) })
	return out
}

// cachedFile is one file of a fileCache.
type cachedFile struct {
	// added marks a file of a folder (add), whose file and directives are set
	// from the start and change only under the cache's lock (release,
	// restore). For the others once guards file and diags.
	added      bool
	once       sync.Once
	file       *hcl.File
	diags      hcl.Diagnostics
	directives []model.Directive
	// names are the file's attribute names (eval.ScanNames), computed on
	// first use; a restored tree has the same.
	names *eval.FileNames
	// released is set while the syntax tree is dropped.
	released bool
}

// add records a file of a folder, which later reads return without
// diagnostics, and extracts its directives while it has its syntax.
func (c *fileCache) add(name string, f *hcl.File) {
	e := &cachedFile{added: true, file: f}
	if f != nil {
		e.directives = Directives(f, name)
	}
	c.mu.Lock()
	c.files[name] = e
	c.mu.Unlock()
}

// ParseHCLFile returns the native-syntax file name, parsing it on first
// use.
func (c *fileCache) ParseHCLFile(name string) (*hcl.File, hcl.Diagnostics) {
	return c.parse(name)
}

// ParseJSONFile returns the JSON file name, parsing it on first use.
func (c *fileCache) ParseJSONFile(name string) (*hcl.File, hcl.Diagnostics) {
	return c.parse(name)
}

// parse returns the cached file name, reading it with bounded.Read (as
// JSON when its name ends in ".json", as the evaluator asks) on first use.
// A file that could not be read is cached too, as an empty file with its
// error, so that no file is read twice.
func (c *fileCache) parse(name string) (*hcl.File, hcl.Diagnostics) {
	c.folder(filepath.Dir(name))
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
		e.file, e.diags = bounded.Read(name)
		c.mu.Lock()
		for _, d := range e.diags {
			c.owner[d] = e
		}
		c.mu.Unlock()
	})
	return e.file, e.diags
}

// FileNames returns eval.ScanNames(f) for the file f returned for name,
// computing it once for all evaluations.
func (c *fileCache) FileNames(name string, f *hcl.File) *eval.FileNames {
	c.mu.Lock()
	e := c.files[name]
	if e != nil && e.names != nil {
		defer c.mu.Unlock()
		return e.names
	}
	c.mu.Unlock()
	names := eval.ScanNames(f)
	if e != nil {
		c.mu.Lock()
		e.names = names
		c.mu.Unlock()
	}
	return names
}

// forget drops the files the cache parsed on demand (not those of
// folders) for which drop is true.
func (c *fileCache) forget(drop func(name string) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for name, e := range c.files {
		if !e.added && drop(name) {
			delete(c.files, name)
		}
	}
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

// parser returns an hclparse.Parser that holds the cached files, for
// loading that is not concurrent (plans). The folders must all be parsed,
// and none released.
func (c *fileCache) parser() *hclparse.Parser {
	p := hclparse.NewParser()
	for name, f := range c.Files() {
		p.AddFile(name, f)
	}
	return p
}
