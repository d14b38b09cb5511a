// Package parser loads Terraform source (module folders, .tf and .tf.json
// files, tfvars) and, later, plan JSON into a model.Network, keeping the
// source range of every block.
//
// The work is split into steps with one job each: parser/eval evaluates a
// root module and its local modules into resource instances
// (parser/resource), and parser/build links the instances into the network
// model. This package finds the modules, runs both steps, and extracts the
// vpclint:ignore directives.
package parser

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
)

// Options are the user's inputs to the configuration.
type Options struct {
	// Vars are -var values, "name=value", in command-line order.
	Vars []string
	// VarFiles are -var-file paths, in command-line order.
	VarFiles []string
	// Env is the environment, for TF_VAR_name variables (os.Environ()).
	Env []string
	// Exclude are path globs (relative to the working folder) not scanned.
	Exclude []string
}

// Result is the outcome of loading.
type Result struct {
	// Network is the model of every module analysed. It is non-nil even
	// when Diagnostics has errors: the good modules are still in it.
	Network *model.Network
	// Files are all loaded files by the path used in ranges, for printing
	// source lines and for hcl's diagnostic writer.
	Files map[string]*hcl.File
	// Diagnostics are load errors (exit 2) and warnings.
	Diagnostics hcl.Diagnostics
}

// Load loads the given paths: folders (scanned recursively, each folder
// with .tf/.tf.json files being a module), .tf/.tf.json files (selecting the
// module that holds them), or plan JSON files.
func Load(paths []string, opts Options) *Result {
	panic("TODO")
}
