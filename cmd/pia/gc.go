package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// buildHeapLimit is the heap size at which a build first collects garbage. A build allocates much and keeps
// little: the HTML of 4 000 verwerkingen allocates about 2 GB, of which a few hundred MB is live at any time. Go's
// default (collect whenever the heap has doubled) ran the collector some 30 times there; with this limit it runs
// two or three times.
const buildHeapLimit = 1 << 30

// tuneGC lets the heap grow to limit before the garbage collector runs, unless the user has set GOGC or GOMEMLIMIT.
// When the live heap passes half the limit (a site whose data alone fill it), Go's default comes back, so that the
// collector never has to work against a limit the live heap nearly reaches. stop restores the default.
func tuneGC(limit int64) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	oldPercent := debug.SetGCPercent(-1)
	oldLimit := debug.SetMemoryLimit(limit)
	restore := func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > uint64(limit/2) {
				restore()
				return
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
		restore()
	}
}
