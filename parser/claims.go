package parser

import "github.com/hashicorp/hcl/v2"

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
