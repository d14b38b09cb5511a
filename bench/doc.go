// Package bench holds vpclint's end-to-end benchmarks and scale tests over
// the generated tree of internal/gen: the rules over a loaded model, the
// whole lint (load, rules, report), the rule-level worst cases, and the
// check that the report does not depend on GOMAXPROCS. It has no code of
// its own; the benchmarks of loading alone are in parser.
//
// The worst cases (worstcase_bench_test.go, and BenchmarkNACLWorstCase)
// run each rule whose cost grows faster than linearly with a count the
// user controls alone on one module or plan at the largest count AWS
// allows: rules per ACL, routes per table, VPCs per peering mesh, rules
// per security group or mirror filter. The rule docs quote their figures.
//
//	go test -run '^$' -bench . -benchtime 3x ./parser ./bench
//
// VPCLINT_BENCH_ROOTS sets the tree's number of root modules (500).
package bench
