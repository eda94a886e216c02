package main

import (
	"os"
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
	old := cgroupFiles // not in a container, whatever runs the test
	t.Cleanup(func() { cgroupFiles = old })
	cgroupFiles = nil
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

func TestParseMemoryMax(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"max\n", 0, false},
		{"536870912\n", 512 << 20, true},
		{"9223372036854771712\n", 0, false}, // cgroup v1 without a limit
		{"", 0, false},
	} {
		if got, ok := parseMemoryMax(c.in); got != c.want || ok != c.ok {
			t.Errorf("parseMemoryMax(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestTuneGCInSmallContainer checks that the limit stays at half a container's memory, and that in a container
// too small for that to be worth it the default stays.
func TestTuneGCInSmallContainer(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	dir := t.TempDir()
	f := dir + "/memory.max"
	old := cgroupFiles
	t.Cleanup(func() { cgroupFiles = old })
	cgroupFiles = []string{f}
	before := gcPercent()

	if err := os.WriteFile(f, []byte("1073741824\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stop := tuneGC(1 << 30)
	if l := debug.SetMemoryLimit(-1); l != 512<<20 {
		t.Errorf("in a 1 GiB container the limit is %d, want 512 MiB", l)
	}
	stop()

	if err := os.WriteFile(f, []byte("268435456\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stop = tuneGC(1 << 30)
	if p := gcPercent(); p != before {
		t.Errorf("in a 256 MiB container GOGC is %d, want the default %d", p, before)
	}
	stop()
}
