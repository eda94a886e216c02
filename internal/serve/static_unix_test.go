//go:build unix

package serve

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestStaticChangeReadsOnlyWhatChanged: a change to one file of static/ reads that file, not the whole folder,
// which may hold hundreds of megabytes. A named pipe elsewhere in static/ (the build refuses it) shows it: reading
// the whole folder would fail on it.
func TestStaticChangeReadsOnlyWhatChanged(t *testing.T) {
	s, _, dir := loggedServer(t)
	if err := syscall.Mkfifo(filepath.Join(dir, "static", "pijp"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "static", "nieuw.txt"), []byte("nieuw"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := s.Rebuild([]string{"static/nieuw.txt"})
	if sum.Err != nil || sum.Full {
		t.Fatalf("full %v, error %v; want only static/nieuw.txt copied", sum.Full, sum.Err)
	}
	if b, ok, _ := s.file("static/nieuw.txt"); !ok || string(b) != "nieuw" {
		t.Errorf("static/nieuw.txt served: %v %q", ok, b)
	}
	if _, ok, _ := s.file("static/logo.svg"); !ok {
		t.Error("the other files of static/ are no longer served")
	}
	// The pipe itself, once it is the change, is refused as the build refuses it.
	if sum := s.Rebuild([]string{"static/pijp"}); sum.Err == nil {
		t.Error("a named pipe in static/ was copied")
	}
}
