package serve

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pia-nl/pia"
)

// watching starts a server on a copy of the example site that watches with quiet, and returns it and its folder.
func watching(t *testing.T, quiet time.Duration) (*Server, string) {
	t.Helper()
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := s.Watch(ctx, quiet); err != nil {
			t.Error(err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	time.Sleep(100 * time.Millisecond) // let the watcher add its folders
	return s, dir
}

// A burst of changes that does not stop (a long checkout) is rebuilt after at most a second, not when it ends.
func TestBurstWaitsAtMostASecond(t *testing.T) {
	s, dir := watching(t, 200*time.Millisecond)
	file := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var rebuilt time.Duration
	for time.Since(start) < 3*time.Second {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if rebuilt == 0 && s.Generation() > 0 {
			rebuilt = time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if rebuilt == 0 || rebuilt > 1500*time.Millisecond {
		t.Errorf("first rebuild %v after the burst began, want about a second", rebuilt)
	}
	if g := s.Generation(); g < 2 {
		t.Errorf("%d rebuilds in a burst of three seconds", g)
	}
}
