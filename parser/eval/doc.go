// Package eval evaluates a Terraform root module, and every module it calls
// that is on disk, into resource instances (parser/resource), as Terraform
// would before apply.
//
// Loading has two phases. The first reads the module tree: every .tf and
// .tf.json file of the root folder, then the folder of each module call
// (local sources, or copies installed under .terraform/modules), decoding
// the blocks that matter (variable, locals, output, module, provider,
// resource, data). The second evaluates, lazily: a value (a variable, a
// local, a resource, a module output, a provider configuration) is computed
// the first time an expression refers to it and memoised, exactly as
// Terraform's graph orders the work. A value that is asked for while it is
// being computed is a cycle, reported as an error naming each step with its
// file and line.
//
// What cannot be known before apply stays unknown: a variable without a
// value, a data source, a computed attribute such as cidr_block of a VPC
// that takes it from IPAM, an expression that fails to evaluate. Unknown is
// never an error. The one exception to "computed means unknown" is a
// managed resource's identifier attribute (id, arn, *_id) that the
// configuration does not set: it evaluates to a reference string
// (resource.Ref) naming the instance, so links between resources survive
// evaluation.
//
// Only parse errors and true configuration errors (duplicate definitions,
// bad block structure, count and for_each together, a missing local module
// folder, module recursion, reference cycles, an expansion beyond
// Options.MaxInstances, bad -var/-var-file/tfvars input, a function call
// beyond one of its bounds (funcs.LimitError: range of more than 1024
// values, as in Terraform, a huge setproduct or file) are error
// diagnostics. Other expression failures are collected in
// Result.Unevaluated as warnings, for --debug.
package eval
