package parser

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// forEach calls f(0) … f(n-1), up to GOMAXPROCS at a time, and returns
// when all are done.
func forEach(n int, f func(i int)) {
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
