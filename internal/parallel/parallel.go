// Package parallel runs independent calls on GOMAXPROCS goroutines, for
// the parser (files, root modules) and the lint driver (rules).
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// ForEach calls f(0) … f(n-1), up to GOMAXPROCS at a time, each goroutine
// taking the next index as its call ends (calls may differ in cost by
// orders of magnitude), and returns when all are done.
func ForEach(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}
