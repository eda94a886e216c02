package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// buildHeapLimit is the heap size at which a build first collects garbage. A build allocates much and keeps
// little: the HTML of 4 000 verwerkingen allocates about 2 GB, of which a few hundred MB is live at any time. Go's
// default (collect whenever the heap has doubled) ran the collector some 30 times there; with this limit it runs
// two or three times.
const buildHeapLimit = 1 << 30

// minTunedLimit is the smallest limit worth turning the collector off for; below it Go's default stays.
const minTunedLimit = 256 << 20

// cgroupFiles hold the memory limit of the container pia runs in: cgroup v2, then v1.
var cgroupFiles = []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}

// containerMemory returns the memory limit of the container pia runs in, when there is one.
func containerMemory() (int64, bool) {
	for _, f := range cgroupFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		return parseMemoryMax(string(b))
	}
	return 0, false
}

// parseMemoryMax reads a cgroup memory limit: a number of bytes, or "max" (cgroup v2) or a huge number (v1) for none.
func parseMemoryMax(s string) (int64, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 || n >= 1<<60 {
		return 0, false
	}
	return n, true
}

// tuneGC lets the heap grow to limit (at most half a container's memory) before the garbage collector runs, unless
// the user has set GOGC or GOMEMLIMIT.
// When the live heap passes half the limit (a site whose data alone fill it), Go's default comes back, so that the
// collector never has to work against a limit the live heap nearly reaches. stop restores the default.
func tuneGC(limit int64) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	// In a container, stay well inside the memory it may use.
	if max, ok := containerMemory(); ok && max/2 < limit {
		limit = max / 2
	}
	if limit < minTunedLimit {
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
