package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A config file that is a FIFO is refused at once instead of blocking the
// run for ever on the read.
func TestConfigFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".vpclint.hcl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan string, 1)
	go func() {
		_, _, diags := loadConfig(path, nil)
		done <- diags.Error()
	}()
	select {
	case msg := <-done:
		if !strings.Contains(msg, ".vpclint.hcl") {
			t.Errorf("error %q does not name the file", msg)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("loading a FIFO config did not finish")
	}
}
