package membudget

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestSet checks the budget: proportional to the input, at least Floor,
// the percentage-based collector off, and raised to LiveFactor times the
// live heap after a collection that leaves more live than the budget
// allows for.
func TestSet(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	Set(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != PerSourceByte<<20 {
		t.Errorf("limit for 1 MiB of source: %d, want %d", got, PerSourceByte<<20)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GC percent %d, want -1 (off)", got)
	}
	Set(0)
	if got := debug.SetMemoryLimit(-1); got != Floor {
		t.Errorf("limit for no source: %d, want the floor %d", got, Floor)
	}

	live := make([]*[1 << 20]byte, 64) // 64 MiB live, > Floor/LiveFactor
	for i := range live {
		live[i] = new([1 << 20]byte)
	}
	const want = LiveFactor * 64 << 20
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) < want && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // the cleanup runs on its own goroutine
	}
	if got := debug.SetMemoryLimit(-1); got < want {
		t.Errorf("limit with 64 MiB live: %d, want at least %d", got, want)
	}
	runtime.KeepAlive(live)
}
