// Package bench holds vpclint's end-to-end benchmarks and scale tests over
// the generated tree of internal/gen: the rules over a loaded model, the
// whole lint (load, rules, report), the rule-level worst case, and the
// check that the report does not depend on GOMAXPROCS. It has no code of
// its own; the benchmarks of loading alone are in parser.
//
//	go test -run '^$' -bench . -benchtime 3x ./parser ./bench
//
// VPCLINT_BENCH_ROOTS sets the tree's number of root modules (500).
package bench
