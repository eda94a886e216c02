package build

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pia-nl/pia"
)

// A --uitvoer that names a file, such as pia.toml or a questionnaire, is refused: the file was replaced by the site
// before.
func TestRefusesAFileAsOutput(t *testing.T) {
	src := copyExample(t)
	for _, c := range []struct{ file, want string }{
		{filepath.Join(src, "pia.toml"), "is een bestand, geen map"},
		{filepath.Join(src, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml"), "ligt in content/ van de site"},
	} {
		before, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Build(Options{Source: src, Output: c.file, HTML: true, Embedded: pia.Embedded()})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("%s: want a refusal, got %v", c.file, err)
		}
		if after, _ := os.ReadFile(c.file); !bytes.Equal(before, after) {
			t.Fatalf("%s named as output was changed", c.file)
		}
		entries, _ := os.ReadDir(filepath.Dir(c.file))
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	}
}

// The output folder gets the permissions any folder the user makes gets, so that a web server running as another
// user can read it; a temporary folder is readable for its owner only.
func TestOutputFolderFollowsTheUmask(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no permission bits on windows")
	}
	src := copyExample(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "output")
	build(t, src, out, false)
	ref := filepath.Join(parent, "ref")
	if err := os.Mkdir(ref, 0o755); err != nil {
		t.Fatal(err)
	}
	got, _ := os.Stat(out)
	want, _ := os.Stat(ref)
	if got.Mode().Perm() != want.Mode().Perm() {
		t.Errorf("output folder has mode %v, a folder made with mode 0755 here has %v", got.Mode().Perm(), want.Mode().Perm())
	}
}

// An output that is a symbolic link to a folder (a web root) stays a link; the folder it points to gets the site.
func TestOutputThroughASymlink(t *testing.T) {
	src := copyExample(t)
	dir := t.TempDir()
	webroot := filepath.Join(dir, "webroot")
	link := filepath.Join(dir, "output")
	if err := os.Mkdir(webroot, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(webroot, link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	for range 2 { // the second build replaces the first
		build(t, src, link, false)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
	if _, err := os.Stat(filepath.Join(webroot, "index.html")); err != nil {
		t.Errorf("the linked folder did not get the site: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("want only webroot and the link, got %v", entries)
	}
}

// A build that is stopped (Ctrl-C) leaves the previous output as it was and no temporary folder.
func TestStoppedBuildLeavesOutputUntouched(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	before := readTree(t, out)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Build(Options{Source: src, Output: out, HTML: true, Embedded: pia.Embedded(), Context: ctx})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	checkUntouched(t, out, before)
}

// A file-system error while the output is written names the path in the output folder, not in the temporary folder
// the build fills first: the user knows the one and has never seen the other.
func TestWriteErrorsNameTheOutputFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	_, err := writeAtomic(out, "nl", func(tr *tree) error {
		// A folder where the build wants a file makes the write fail inside the temporary folder.
		if err := os.MkdirAll(filepath.Join(tr.root, "pdf", "a.pdf"), 0o755); err != nil {
			t.Fatal(err)
		}
		return tr.write("pdf/a.pdf", []byte("x"))
	})
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		t.Fatalf("want a path error, got %v", err)
	}
	if want := filepath.Join(out, "pdf", "a.pdf"); pe.Path != want {
		t.Errorf("the error names %s, want %s", pe.Path, want)
	}

	// A fresh folder that cannot be made is the output folder that cannot be made.
	if err := outputPaths(&fs.PathError{Op: "mkdir", Path: "/x/.site.nieuw-1-0", Err: fs.ErrPermission}, "", "/x/site"); !strings.Contains(err.Error(), "mkdir /x/site:") {
		t.Errorf("got %v", err)
	}
	link := outputPaths(&os.LinkError{Op: "rename", Old: "/x/.site.nieuw-1-0", New: "/x/site", Err: fs.ErrPermission}, "/x/.site.nieuw-1-0", "/x/site")
	if le := link.(*os.LinkError); le.Old != "/x/site" {
		t.Errorf("rename names %s", le.Old)
	}
}

// TestOldOutputThatStays: when the previous output cannot be removed after the new one is in place, the build has
// succeeded and says where the old one still is; it does not report a failure and a false "unchanged".
func TestOldOutputThatStays(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	defer func(f func(string) error) { removeAll = f }(removeAll)
	removeAll = func(string) error { return &fs.PathError{Op: "unlinkat", Path: "x", Err: fs.ErrPermission} }
	res, err := Build(Options{Source: src, Output: out, HTML: true, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatalf("the build failed: %v", err)
	}
	if res.Leftover == "" || !errors.Is(res.LeftoverErr, fs.ErrPermission) {
		t.Fatalf("leftover %q, %v", res.Leftover, res.LeftoverErr)
	}
	if _, err := os.Stat(filepath.Join(res.Leftover, markerFile)); err != nil {
		t.Errorf("the previous output is not where the result says: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("the new output is not in place: %v", err)
	}
}

// TestStaleFoldersAreRemoved: a fresh folder that a killed build left behind goes with the next build; one of a
// build that still runs stays.
func TestStaleFoldersAreRemoved(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no portable way to tell that a process has ended")
	}
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip(err)
	}
	dead := cmd.Process.Pid
	src := copyExample(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "output")
	stale := filepath.Join(parent, ".output.nieuw-"+strconv.Itoa(dead)+"-0")
	live := filepath.Join(parent, ".output.nieuw-"+strconv.Itoa(os.Getppid())+"-0")
	other := filepath.Join(parent, ".anders.nieuw-"+strconv.Itoa(dead)+"-0")
	recent := filepath.Join(parent, ".output.nieuw-"+strconv.Itoa(dead)+"-1")
	old := time.Now().Add(-2 * time.Hour)
	for _, d := range []string{stale, stale + ".oud", live, other, recent} {
		if err := os.MkdirAll(filepath.Join(d, "pdf"), 0o755); err != nil {
			t.Fatal(err)
		}
		if d != recent {
			if err := os.Chtimes(d, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	build(t, src, out, false)
	// The recent one may belong to a build on another machine that shares this folder.
	for d, want := range map[string]bool{stale: false, stale + ".oud": false, live: true, other: true, recent: true} {
		if _, err := os.Stat(d); (err == nil) != want {
			t.Errorf("%s: present %v, want %v", filepath.Base(d), err == nil, want)
		}
	}
}

// TestFailedBuildLeavesNoNewFolders: the folders above the output that a build made are removed again when it
// fails, those that were there stay; and an output that is a link to nothing is named as such, not as "not a folder".
func TestFailedBuildLeavesNoNewFolders(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "er-al"), 0o755); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	for _, out := range []string{filepath.Join(dir, "nieuw", "diep", "site"), filepath.Join(dir, "er-al", "nieuw", "site")} {
		if _, err := writeAtomic(out, "nl", func(*tree) error { return stop }); !errors.Is(err, stop) {
			t.Fatalf("%s: %v", out, err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "er-al" {
		t.Errorf("after failed builds the folder holds %v, want only er-al", entries)
	}
	if inner, _ := os.ReadDir(filepath.Join(dir, "er-al")); len(inner) != 0 {
		t.Errorf("er-al holds %v after a failed build", inner)
	}

	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "bestaat-niet"), link); err != nil {
		t.Skip(err)
	}
	_, err = writeAtomic(link, "nl", func(*tree) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "is een snelkoppeling naar") || strings.Contains(err.Error(), "geen map") {
		t.Errorf("output a link to nothing: %v", err)
	}
	loop := filepath.Join(dir, "lus")
	if err := os.Symlink("lus", loop); err != nil {
		t.Fatal(err)
	}
	_, err = writeAtomic(loop, "nl", func(*tree) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "in een kring naar zichzelf") {
		t.Errorf("output a link to itself: %v", err)
	}
}
