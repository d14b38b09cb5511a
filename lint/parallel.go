package lint

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallel calls f(i) for each i in [0, n), up to GOMAXPROCS calls at a
// time, taking the next i as each call ends (rules differ in cost by
// orders of magnitude), and returns when every call has returned.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}
