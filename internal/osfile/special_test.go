//go:build linux || darwin || freebsd || netbsd || openbsd

package osfile

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/pia-nl/pia/internal/i18n"
)

// TestSpecialFilesAreRefused: a named pipe, a device behind a link and a socket are not read, and reading them
// neither waits nor fills the memory: ReadFile, and ReadFile and Open of DirFS, return ErrNotRegular at once, and
// Reason says what it is in Dutch. A folder is a folder, and a regular file behind a link is read as ever.
func TestSpecialFilesAreRefused(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pijp.toml"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "nul.bin")); err != nil {
		t.Fatal(err)
	}
	// A socket's path may be at most about 100 bytes: it is made in a short folder of its own.
	sockDir, err := os.MkdirTemp("", "s")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	l, err := net.Listen("unix", filepath.Join(sockDir, "s"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	if err := os.Symlink(filepath.Join(sockDir, "s"), filepath.Join(dir, "sok")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "echt.toml"), []byte("a = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("echt.toml", filepath.Join(dir, "link.toml")); err != nil {
		t.Fatal(err)
	}
	fsys := DirFS(dir)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, name := range []string{"pijp.toml", "nul.bin", "sok"} {
			for how, read := range map[string]func() error{
				"ReadFile":       func() error { _, err := ReadFile(filepath.Join(dir, name)); return err },
				"DirFS.ReadFile": func() error { _, err := fs.ReadFile(fsys, name); return err },
				"DirFS.Open": func() error {
					f, err := fsys.Open(name)
					if err == nil {
						f.Close()
					}
					return err
				},
			} {
				err := read()
				if !errors.Is(err, ErrNotRegular) {
					t.Errorf("%s(%s): %v, want ErrNotRegular", how, name, err)
				} else if r := Reason(i18n.Default, err); r == err.Error() || r == ErrNotRegular.Error() {
					t.Errorf("%s(%s): Reason gives %q, want it said in Dutch", how, name, r)
				}
			}
		}
		if b, err := fs.ReadFile(fsys, "link.toml"); err != nil || string(b) != "a = 1\n" {
			t.Errorf("a link to a regular file: %q, %v", b, err)
		}
		if _, err := ReadFile(dir); !errors.Is(err, syscall.EISDIR) {
			t.Errorf("ReadFile of a folder: %v, want EISDIR", err)
		}
		if f, err := fsys.Open("."); err != nil {
			t.Errorf("DirFS.Open of the folder itself: %v", err)
		} else {
			f.Close()
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a special file did not return")
	}
}
