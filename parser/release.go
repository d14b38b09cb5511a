package parser

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/parser/bounded"
)

// keepNamed records the files that diags point into, so that release
// keeps their syntax trees.
func (c *fileCache) keepNamed(diags hcl.Diagnostics) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, d := range diags {
		if d.Subject != nil {
			c.named[d.Subject.Filename] = true
		}
	}
}

// release drops the syntax trees of the named files of folders, keeping
// their source bytes, when no evaluation should need them any more, except
// for the files a diagnostic points into (keepNamed). An evaluation that
// needs a released file anyway gets it parsed again from its bytes
// (restore).
func (c *fileCache) release(names []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, name := range names {
		if e := c.files[name]; e != nil && e.added && !e.released && !c.named[name] && e.file != nil && e.file.Bytes != nil {
			e.file = &hcl.File{Bytes: e.file.Bytes}
			e.released = true
		}
	}
}

// restore parses a released file again from its bytes, which gives the
// syntax tree it had; its diagnostics were reported when it was added.
func (e *cachedFile) restore(name string) {
	e.file, _ = bounded.Parse(name, e.file.Bytes)
	e.released = false
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

// keepSourceOnly replaces each file that no diagnostic points into by one
// that holds only its source bytes, which is all the report needs: the
// syntax trees are most of the memory a load holds. hcl's diagnostic
// writer reads the tree (Nav) of a file a diagnostic points into, to name
// the enclosing block, so those files keep theirs, or get it back from the
// cache.
func (c *fileCache) keepSourceOnly(files map[string]*hcl.File, diags hcl.Diagnostics) {
	named := map[string]bool{}
	for _, d := range diags {
		if d.Subject != nil {
			named[d.Subject.Filename] = true
		}
	}
	for name, f := range files {
		if named[name] {
			c.restoreSyntax(files, name)
		} else {
			files[name] = &hcl.File{Bytes: f.Bytes}
		}
	}
}
