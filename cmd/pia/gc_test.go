package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent reads the current GOGC setting.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := gcPercent()

	stop := tuneGC(1 << 30)
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l != 1<<30 {
		t.Errorf("during a build: GOGC %d, limit %d; want off and 1 GiB", p, l)
	}
	stop()
	if p := gcPercent(); p != before {
		t.Errorf("after the build: GOGC %d, want %d", p, before)
	}

	// A live heap over half the limit gives the default back while the build runs.
	stop = tuneGC(16 << 20)
	live := make([]byte, 24<<20)
	runtime.GC()
	deadline := time.Now().Add(5 * time.Second)
	for gcPercent() == -1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if p := gcPercent(); p != before {
		t.Errorf("with a live heap over half the limit: GOGC %d, want %d", p, before)
	}
	runtime.KeepAlive(live)
	stop()

	// The user's own setting wins.
	t.Setenv("GOGC", "200")
	stop = tuneGC(1 << 30)
	if p := gcPercent(); p != before {
		t.Errorf("with GOGC set: GOGC %d, want it left at %d", p, before)
	}
	stop()
}
