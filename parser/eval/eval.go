package eval

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime/debug"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/vpclint/vpclint/parser/resource"
)

// DefaultMaxInstances is the bound on one resource's (or module call's)
// count/for_each expansion when Options.MaxInstances is not set.
const DefaultMaxInstances = 10000

// Parser reads and parses configuration and variables files, returning a
// file it has parsed before without reading it again. *hclparse.Parser is
// one; parser.Load passes one that is safe for concurrent use, so that root
// modules can be evaluated in parallel.
type Parser interface {
	ParseHCLFile(filename string) (*hcl.File, hcl.Diagnostics)
	ParseJSONFile(filename string) (*hcl.File, hcl.Diagnostics)
}

// Folders is a Parser that also lists folders and resolves their real
// paths, once for every evaluation that shares it: the module folders
// that the root modules of a tree all call are then read once, not once
// per root module. ReadDir must give what os.ReadDir gives, RealPath what
// the function RealPath gives.
type Folders interface {
	ReadDir(dir string) ([]fs.DirEntry, error)
	RealPath(dir string) string
}

// Options are the inputs of one evaluation.
type Options struct {
	// Parser parses every file; it is shared so that a file is parsed once
	// and the caller can read all loaded files from it. Nil means a private
	// hclparse.Parser.
	Parser Parser
	// Vars are -var "name=value" values, in command-line order.
	Vars []string
	// VarFiles are -var-file paths, in command-line order. They are applied
	// before Vars, so a -var wins over a -var-file for the same variable.
	VarFiles []string
	// Env is the environment (os.Environ() style) for TF_VAR_name values.
	Env []string
	// MaxInstances bounds the expansion of one resource or module call
	// (DefaultMaxInstances when zero or negative); a larger count or
	// for_each is an error naming the block.
	MaxInstances int
}

// Result is what an evaluation produced.
type Result struct {
	// Instances are the aws_* resource and data source instances of the
	// root module and of every loaded child module instance: module
	// instances depth first in call order, and within one module instance
	// the resources in file and block order, each expanded in key order.
	Instances []*resource.Instance
	// ModuleDirs are the folders loaded as child modules (cleaned paths,
	// each once, in load order).
	ModuleDirs []string
	// Skipped are the module calls that were not loaded because their
	// source is not local and no installed copy exists, e.g.
	// `module.vpc (terraform-aws-modules/vpc/aws)`. Their outputs are
	// unknown.
	Skipped []string
	// Unevaluated are warnings about expressions that could not be
	// evaluated (their values are unknown), each once, for --debug.
	Unevaluated hcl.Diagnostics
}

// Load evaluates the root module in folder dir and the modules it calls.
// The result is never nil; diagnostics hold parse and configuration errors
// with their file and line.
func Load(dir string, opts Options) (res *Result, diags hcl.Diagnostics) {
	if opts.Parser == nil {
		opts.Parser = hclparse.NewParser()
	}
	if opts.MaxInstances <= 0 {
		opts.MaxInstances = DefaultMaxInstances
	}
	dir = filepath.Clean(dir)
	res = &Result{}
	ev := newEvaluator(dir, opts)
	defer func() {
		if r := recover(); r != nil {
			ev.diags = append(ev.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Internal error",
				Detail:   fmt.Sprintf("vpclint failed while evaluating %s: %v\n%s", dir, r, debug.Stack()),
			})
			diags = ev.diags
		}
	}()
	root := ev.loadTree()
	if root != nil {
		ri := ev.rootInstance(root)
		ev.collect(ri, res)
		res.Instances = append(res.Instances, ri.outputInstances()...)
	}
	res.ModuleDirs = ev.tree.moduleDirs
	res.Skipped = ev.tree.skipped
	res.Unevaluated = ev.unevaluated.list
	return res, ev.diags
}
