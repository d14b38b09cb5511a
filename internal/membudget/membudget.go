// Package membudget sizes the Go garbage collector's heap for one lint
// run by the size of its input, instead of by the live heap alone.
//
// At Go's default, and at the GOGC=200 vpclint starts with, the heap may
// grow to a multiple of what is live: early in a run little is live, so the
// collector runs every few megabytes allocated, about 35 times on the
// 500-root benchmark tree, for a seventh of the CPU time. A lint's peak
// memory is proportional to its input anyway (scripts/bench.sh: about
// 100 KB per file), so Set lets the heap grow to a budget proportional to
// the configuration's size from the start: the collector then runs a few
// times per run, and the peak stays proportional to the input.
//
// A configuration can expand to far more values than its size suggests
// (count, for_each): after each collection the budget is raised to
// LiveFactor times the live heap when that is larger, so such a run
// collects as often as at GOGC=200 and never continually.
package membudget

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

const (
	// PerSourceByte is the heap budget per byte of configuration: about
	// nine times what a load keeps live at its end (the 500-root tree:
	// 7.3 MB of configuration, 264 MB peak memory). 32 and 40 bytes were
	// measured too (scripts/bench.sh): 2 % slower at 32, no faster at 40.
	PerSourceByte = 36
	// Floor is the smallest budget, for tiny inputs.
	Floor = 16 << 20
	// LiveFactor is the smallest budget as a multiple of the live heap.
	LiveFactor = 3
)

// Set turns off the percentage-based collector and limits the heap to
// PerSourceByte times sourceBytes (at least Floor), raised after each
// collection to LiveFactor times the live heap when that is larger. It
// changes the whole process's collector: only the command calls it, once,
// and only when neither GOGC nor GOMEMLIMIT is set.
func Set(sourceBytes int64) {
	b := &budget{base: max(Floor, PerSourceByte*sourceBytes)}
	b.adjust()
	debug.SetGCPercent(-1)
	b.watch()
}

// budget is the heap limit of the run.
type budget struct {
	base   int64
	sample [1]metrics.Sample
}

// adjust sets the memory limit to the budget for the live heap the last
// collection left.
func (b *budget) adjust() {
	b.sample[0].Name = "/gc/heap/live:bytes"
	metrics.Read(b.sample[:])
	limit := b.base
	if s := b.sample[0].Value; s.Kind() == metrics.KindUint64 {
		limit = max(limit, LiveFactor*int64(min(s.Uint64(), 1<<60)))
	}
	debug.SetMemoryLimit(limit)
}

// sentinel is an object whose cleanup runs after the collection that finds
// it unreachable. It holds a pointer so that it is never one of the tiny
// pointer-free objects Go allocates together, whose cleanups may never run.
type sentinel struct {
	_ *int
	_ [2]int64
}

// watch calls adjust after the next collection, and again after every one.
func (b *budget) watch() {
	runtime.AddCleanup(new(sentinel), func(b *budget) {
		b.adjust()
		b.watch()
	}, b)
}
