package osfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/i18n"
)

func TestWriteThenRead(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 4096, 100_000, 3 << 20} {
		name := filepath.Join(dir, "f")
		want := bytes.Repeat([]byte("verwerking\n"), size/11+1)[:size]
		if err := WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("size %d: read %d bytes back", size, len(got))
		}
		if osGot, _ := os.ReadFile(name); !bytes.Equal(osGot, want) {
			t.Fatalf("size %d: os.ReadFile reads %d bytes", size, len(osGot))
		}
	}
}

func TestWriteTruncatesAndKeepsMode(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f")
	if err := WriteFile(name, []byte("een lange eerste tekst"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(name, []byte("kort"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(name)
	if string(b) != "kort" {
		t.Errorf("content %q, want the second write only", b)
	}
	st, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		t.Errorf("mode %v: an existing file keeps its mode, as with os.WriteFile", st.Mode())
	}
}

func TestErrorsAreLikeOS(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "geen", "bestand")
	_, err := ReadFile(missing)
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Op != "open" || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %#v", err)
	}
	err = WriteFile(missing, []byte("x"), 0o644)
	if !errors.As(err, &pe) || pe.Op != "open" || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("WriteFile in a missing folder: %#v", err)
	}
	if err := WriteFile(dir, []byte("x"), 0o644); err == nil {
		t.Error("WriteFile over a folder succeeded")
	}
}

func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"pia.toml": "titel = \"x\"\n", "content/verwerkingen/a.toml": strings.Repeat("a", 70_000)}
	for name, s := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fsys := DirFS(dir)
	if err := fstest.TestFS(fsys, "pia.toml", "content/verwerkingen/a.toml"); err != nil {
		t.Fatal(err)
	}
	for name, s := range files {
		b, err := fs.ReadFile(fsys, name)
		if err != nil || string(b) != s {
			t.Errorf("%s: %d bytes, %v", name, len(b), err)
		}
	}
	for _, bad := range []string{"../buiten", "/etc/passwd", "a//b", "", "a\x00b"} {
		if _, err := fs.ReadFile(fsys, bad); !errors.Is(err, fs.ErrInvalid) {
			t.Errorf("ReadFile(%q) = %v, want fs.ErrInvalid", bad, err)
		}
	}
	_, err := fs.ReadFile(fsys, "content/geen.toml")
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != "content/geen.toml" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %#v, want its path relative to the tree", err)
	}
}

func TestModeAsOSWriteFile(t *testing.T) {
	dir := t.TempDir()
	for _, perm := range []fs.FileMode{0o644, 0o600, 0o755, 0o644 | fs.ModeSetgid, 0o755 | fs.ModeSetuid} {
		ours, theirs := filepath.Join(dir, "ours"), filepath.Join(dir, "os")
		os.Remove(ours)
		os.Remove(theirs)
		if err := WriteFile(ours, []byte("x"), perm); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(theirs, []byte("x"), perm); err != nil {
			t.Fatal(err)
		}
		a, _ := os.Stat(ours)
		b, _ := os.Stat(theirs)
		if a.Mode() != b.Mode() {
			t.Errorf("perm %v: mode %v, os.WriteFile gives %v", perm, a.Mode(), b.Mode())
		}
	}
}

// TestSpecialModes: pipes, devices and sockets are refused; a file Windows calls irregular (one that OneDrive keeps
// in the cloud) is read like any other.
func TestSpecialModes(t *testing.T) {
	for mode, want := range map[fs.FileMode]bool{
		0: false, fs.ModeDir: false, fs.ModeIrregular: false, fs.ModeSymlink: false,
		fs.ModeNamedPipe: true, fs.ModeDevice: true, fs.ModeDevice | fs.ModeCharDevice: true, fs.ModeSocket: true,
	} {
		if got := special(mode); got != want {
			t.Errorf("special(%v) = %v, want %v", mode, got, want)
		}
	}
}

// TestMessage: an error about a file says what pia tried, on which path (inside the root, as the site names it),
// and why, in Dutch; another error keeps its text.
func TestMessage(t *testing.T) {
	root := filepath.Join(string(filepath.Separator)+"site", "x")
	for _, c := range []struct {
		err  error
		root string
		want string
	}{
		{&fs.PathError{Op: "open", Path: filepath.Join(root, "static", "a.txt"), Err: syscall.ENOENT}, root,
			"kan static/a.txt niet openen: het bestaat niet, of de map waarin het staat bestaat niet"},
		{&fs.PathError{Op: "open", Path: filepath.Join(root, "static", "a.txt"), Err: syscall.ENOENT}, "",
			"kan " + filepath.Join(root, "static", "a.txt") + " niet openen"},
		{&fs.PathError{Op: "write", Path: "/elders/b", Err: syscall.ENOSPC}, root, "kan /elders/b niet schrijven: de schijf is vol"},
		{&fs.PathError{Op: "read", Path: filepath.Join(root, "static", "x"), Err: syscall.EIO}, root, "kan static/x niet lezen: de schijf of het netwerk gaf een leesfout"},
		{&os.LinkError{Op: "rename", Old: filepath.Join(root, "o"), New: "n", Err: syscall.EACCES}, root, "kan o niet op zijn plaats zetten: geen toestemming"},
		{&fs.PathError{Op: "chown", Path: "p", Err: syscall.EPERM}, "", "fout bij p: geen toestemming"},
		{errors.New("iets anders"), root, "iets anders"},
	} {
		if got := Message(i18n.Default, c.err, c.root); !strings.HasPrefix(got, c.want) {
			t.Errorf("Message(%v, %q) = %q, want %q", c.err, c.root, got, c.want)
		}
	}
}
