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
	"path/filepath"
	"sort"

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
	// Sized, when not nil, is called once, before any module is parsed,
	// with the total size in bytes of the configuration files found
	// (plans not counted): the command sizes its heap by it.
	Sized func(bytes int64)
}

// Result is the outcome of loading.
type Result struct {
	// Network is the model of every module analysed. It is non-nil even
	// when Diagnostics has errors: the good modules are still in it.
	Network *model.Network
	// Files are all loaded files by the path used in ranges, for printing
	// source lines and for hcl's diagnostic writer. Only the files that a
	// diagnostic points into keep their syntax (Body, Nav); the others hold
	// just their source Bytes.
	Files map[string]*hcl.File
	// Diagnostics are load errors (exit 2) and warnings.
	Diagnostics hcl.Diagnostics
	// Modules is the number of root modules analysed.
	Modules int
	// Skipped are remote module calls that were not loaded (no
	// .terraform/modules copy), e.g. "module.vpc (terraform-aws-modules/vpc/aws)".
	Skipped []string
}

// Load loads the given paths: folders (scanned recursively, each folder
// with .tf/.tf.json files being a module), .tf/.tf.json/.tfvars files
// (selecting the module that holds them), or plan JSON files. No path means
// the current folder.
//
// Each root module (a selected module that no other selected module calls)
// is evaluated with its local child modules and built into a network of its
// own; the networks are then concatenated. A module that fails to load is
// reported in Diagnostics and the others are still analysed.
func Load(paths []string, opts Options) *Result {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	res := &Result{Network: &model.Network{}}
	in, diags := selectInputs(paths, opts.Exclude)
	res.Diagnostics = append(res.Diagnostics, diags...)

	files, diags := newFileCache(in.dirs)
	res.Diagnostics = append(res.Diagnostics, diags...)
	// A plan's configuration may call any module folder, so the trees
	// are kept for it.
	loadRoots(res, files, in.dirs, opts, len(in.plans) == 0)
	res.Files = files.Files()
	if len(in.plans) > 0 {
		p := files.parser()
		for _, path := range in.plans {
			net, diags := loadPlan(p, path, opts)
			res.Diagnostics = append(res.Diagnostics, diags...)
			if net != nil {
				res.Modules++
				merge(res.Network, net)
				res.Network.Plans = append(res.Network.Plans, net)
			}
		}
		for name, f := range p.Files() {
			if f != nil { // hclparse records a JSON file it could not read as nil
				res.Files[name] = f
			}
		}
	}
	res.Diagnostics = dedupe(res.Diagnostics)
	names := make([]string, 0, len(res.Files))
	for name := range res.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		res.Network.Directives = append(res.Network.Directives, files.directivesOf(res.Files, name)...)
	}
	files.keepSourceOnly(res.Files, res.Diagnostics)
	return res
}

// errorDirs returns the folders of the files that diags has errors in.
func errorDirs(diags hcl.Diagnostics) map[string]bool {
	dirs := map[string]bool{}
	for _, d := range diags {
		if d.Severity == hcl.DiagError && d.Subject != nil {
			dirs[filepath.Dir(d.Subject.Filename)] = true
		}
	}
	return dirs
}

// merge appends the objects of src to dst, with its changes, and merges
// its Before (a plan's prior state) into dst's.
func merge(dst, src *model.Network) {
	dst.VPCs = append(dst.VPCs, src.VPCs...)
	dst.Subnets = append(dst.Subnets, src.Subnets...)
	dst.SecurityGroups = append(dst.SecurityGroups, src.SecurityGroups...)
	dst.NACLs = append(dst.NACLs, src.NACLs...)
	dst.Peerings = append(dst.Peerings, src.Peerings...)
	dst.NATGateways = append(dst.NATGateways, src.NATGateways...)
	dst.RouteTables = append(dst.RouteTables, src.RouteTables...)
	dst.FlowLogs = append(dst.FlowLogs, src.FlowLogs...)
	dst.HostedZones = append(dst.HostedZones, src.HostedZones...)
	dst.DXVirtualInterfaces = append(dst.DXVirtualInterfaces, src.DXVirtualInterfaces...)
	dst.Endpoints = append(dst.Endpoints, src.Endpoints...)
	dst.TransitGateways = append(dst.TransitGateways, src.TransitGateways...)
	dst.TGWAttachments = append(dst.TGWAttachments, src.TGWAttachments...)
	dst.TGWRouteTables = append(dst.TGWRouteTables, src.TGWRouteTables...)
	dst.VPNGateways = append(dst.VPNGateways, src.VPNGateways...)
	dst.VPNConnections = append(dst.VPNConnections, src.VPNConnections...)
	dst.MirrorTargets = append(dst.MirrorTargets, src.MirrorTargets...)
	dst.MirrorFilters = append(dst.MirrorFilters, src.MirrorFilters...)
	dst.MirrorSessions = append(dst.MirrorSessions, src.MirrorSessions...)
	dst.UnattachedRoutes = append(dst.UnattachedRoutes, src.UnattachedRoutes...)
	dst.UnattachedSGRules = append(dst.UnattachedSGRules, src.UnattachedSGRules...)
	dst.UnattachedNACLRules = append(dst.UnattachedNACLRules, src.UnattachedNACLRules...)
	dst.Problems = append(dst.Problems, src.Problems...)
	dst.Changes = append(dst.Changes, src.Changes...)
	if src.Before != nil {
		if dst.Before == nil {
			dst.Before = &model.Network{}
		}
		merge(dst.Before, src.Before)
	}
}

// dedupe drops repeated diagnostics: a broken module called by two root
// modules is reported once.
func dedupe(diags hcl.Diagnostics) hcl.Diagnostics {
	type key struct {
		sev             hcl.DiagnosticSeverity
		summary, detail string
		subject         hcl.Range
	}
	seen := map[key]bool{}
	out := diags[:0]
	for _, d := range diags {
		k := key{sev: d.Severity, summary: d.Summary, detail: d.Detail}
		if d.Subject != nil {
			k.subject = *d.Subject
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}
