package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/osfile"
)

// writeAtomic lets fill write the output into a fresh folder next to out and then swaps it in place of out. A
// build that fails before the swap leaves out as it was and removes the fresh folder. When out is a symbolic link
// to a folder (a web server's root, say), the folder it points to is replaced and the link stays.
//
// Once the new output is in place the build has succeeded, even when the previous output cannot be removed (a
// folder without write permission in it, say): leftover then names where it still is, and err says why.
func writeAtomic(out string, lang i18n.Lang, fill func(*tree) error) (leftover string, err error) {
	out = filepath.Clean(out)
	if real, err := filepath.EvalSymlinks(out); err == nil && real != out {
		out = real
	} else if err != nil {
		// A link whose target is gone, or that points at itself: renaming the output onto it would fail as "not
		// a folder".
		if target, lerr := os.Readlink(out); lerr == nil {
			// filepath.EvalSymlinks says "too many links" in its own words; the system says ELOOP.
			if _, serr := os.Stat(out); errors.Is(serr, syscall.ELOOP) {
				return "", fmt.Errorf("%s: %s", out, osfile.Reason(lang, serr))
			}
			return "", errors.New(lang.T("build.link-kapot", out, target))
		}
	}
	parent := filepath.Dir(out)
	// The folders above out that are not there yet: a build that fails removes them again, as far as they are empty.
	var made []string
	for p := parent; ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil || !errors.Is(err, fs.ErrNotExist) || filepath.Dir(p) == p {
			break
		}
		made = append(made, p)
	}
	ok := false
	defer func() {
		if !ok {
			for _, p := range made { // deepest first
				_ = os.Remove(p)
			}
		}
	}()
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	if err := guardOutput(out, lang); err != nil {
		return "", err
	}
	tmp, err := freshDir(parent, "."+filepath.Base(out)+".nieuw-")
	if err != nil {
		return "", outputPaths(err, "", out)
	}
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
			err = outputPaths(err, tmp, out)
		}
	}()
	t := &tree{root: tmp}
	if err := fill(t); err != nil {
		return "", err
	}
	if err := t.write(markerFile, []byte(lang.T("build.markering"))); err != nil {
		return "", err
	}
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = tmp + ".oud"
		if err := os.Rename(out, old); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			_ = os.Rename(old, out)
		}
		return "", err
	}
	ok = true
	removeStale(parent, "."+filepath.Base(out)+".nieuw-")
	if old != "" {
		if err := removeAll(old); err != nil {
			return old, err
		}
	}
	return "", nil
}

// removeAll is os.RemoveAll; a test makes it fail.
var removeAll = os.RemoveAll

// removeStale removes what builds into the same folder left behind when they were killed: fresh folders whose
// process no longer runs on this machine and that have not changed for staleAfter. A build that stops normally, or
// fails, removes its own. The age keeps a folder of a build on another machine or in another container, whose
// process this machine cannot see, from being taken for stale while that build runs.
func removeStale(parent, prefix string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, found := strings.CutPrefix(e.Name(), prefix)
		if !found || !e.IsDir() {
			continue
		}
		pid, _, _ := strings.Cut(rest, "-")
		n, err := strconv.Atoi(pid)
		if err != nil || n == os.Getpid() || !processGone(n) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAfter {
			_ = os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}

// staleAfter is how long a fresh folder of a build that no longer runs stays before a later build removes it.
var staleAfter = time.Hour

// outputPaths names the paths of a file-system error by where they are meant to be: a path in the fresh folder tmp
// (or tmp itself, or its ".oud" neighbour) as the same path in out. A user knows the output folder, not the
// temporary one. With tmp "" (the fresh folder could not be made), the error's path is out.
func outputPaths(err error, tmp, out string) error {
	name := func(p string) string {
		switch {
		case tmp == "" || p == tmp || p == tmp+".oud":
			return out
		case strings.HasPrefix(p, tmp+string(filepath.Separator)):
			return out + p[len(tmp):]
		}
		return p
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		pe.Path = name(pe.Path)
	case errors.As(err, &le):
		le.Old, le.New = name(le.Old), name(le.New)
	}
	return err
}

// freshDir makes a new folder in parent whose name starts with prefix. Unlike os.MkdirTemp, which makes it
// readable for its owner only, it gives the folder the permissions the user's umask allows, as any other output
// folder: a web server that runs as another user must be able to read the site once it is swapped in.
func freshDir(parent, prefix string) (string, error) {
	for i := 0; ; i++ {
		dir := filepath.Join(parent, prefix+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(i))
		err := os.Mkdir(dir, 0o755)
		if err == nil {
			return dir, nil
		}
		if !errors.Is(err, fs.ErrExist) || i >= 10000 {
			return "", err
		}
	}
}

// guardOutput refuses to replace what does not look like pia output: a typo in --uitvoer must never wipe a
// user's folder or file. An existing output folder is recognised by the marker file pia writes into it.
func guardOutput(out string, lang i18n.Lang) error {
	isFile, foreign, err := load.ForeignOutput(out)
	switch {
	case err != nil:
		return err
	case isFile:
		return fmt.Errorf("%s", lang.T("build.uitvoer-is-bestand", out))
	case foreign:
		return fmt.Errorf("%s", lang.T("build.geen-uitvoermap", out, markerFile))
	}
	return nil
}

// guardSource refuses an output folder that is the site folder, holds it, or lies in a folder the site is read from.
func guardSource(out, source string, lang i18n.Lang) error {
	switch isSite, in := load.OutputPlace(out, source); {
	case isSite:
		return fmt.Errorf("%s", lang.T("build.uitvoer-is-site", out))
	case in != "":
		return fmt.Errorf("%s", lang.T("build.uitvoer-in-bron", out, in+"/"))
	}
	return nil
}

// markerFile marks a folder as pia output.
const markerFile = load.OutputMarker

// tree writes files below a root folder from several goroutines, creating each folder once.
type tree struct {
	root string
	dirs sync.Map
}

func (t *tree) write(name string, b []byte) error {
	if !safePath(name) {
		return fmt.Errorf("%s", i18n.T("build.onveilig-pad", name))
	}
	if err := t.mkdir(path.Dir(name)); err != nil {
		return err
	}
	return osfile.WriteFile(filepath.Join(t.root, filepath.FromSlash(name)), b, 0o644)
}

// mkdir makes the folder dir (slash-separated, below the root) and its parents with one system call each: the
// tree remembers the folders it made, where os.MkdirAll would first ask the file system about every one of them.
func (t *tree) mkdir(dir string) error {
	if dir == "." {
		return nil
	}
	if _, done := t.dirs.Load(dir); done {
		return nil
	}
	if err := t.mkdir(path.Dir(dir)); err != nil {
		return err
	}
	// Another writer may have made it in the meantime; a file in its place fails the write that follows.
	if err := os.Mkdir(filepath.Join(t.root, filepath.FromSlash(dir)), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	t.dirs.Store(dir, true)
	return nil
}

// queue writes files on goroutines of its own, so that rendering goes on while the kernel creates files and
// folders: on many file systems that costs more than rendering the page, and a worker that waits for it leaves its
// core idle. depth bounds the files waiting, and so the memory they hold.
type queue struct {
	t      *tree
	done   func(name string, b []byte) // called with every file once it is written; may be nil
	jobs   chan job
	wg     sync.WaitGroup
	errs   errList
	failed atomic.Bool
}

type job struct {
	name string
	b    []byte
}

func newQueue(t *tree, writers, depth int, done func(name string, b []byte)) *queue {
	q := &queue{t: t, done: done, jobs: make(chan job, depth)}
	for range writers {
		q.wg.Add(1)
		go func() {
			defer q.wg.Done()
			for j := range q.jobs {
				if q.failed.Load() {
					continue // the build fails anyway; do not fill the disk further
				}
				if err := q.t.write(j.name, j.b); err != nil {
					q.errs.add(err)
					q.failed.Store(true)
				}
				if q.done != nil {
					q.done(j.name, j.b)
				}
			}
		}()
	}
	return q
}

// put hands a file to the writers; b must not change afterwards. Once a file could not be written, put refuses
// further files with that error.
func (q *queue) put(name string, b []byte) error {
	if !safePath(name) {
		return fmt.Errorf("%s", i18n.T("build.onveilig-pad", name))
	}
	if q.failed.Load() {
		return q.errs.err()
	}
	q.jobs <- job{name, b}
	return nil
}

// close waits until every file is written and returns the first error.
func (q *queue) close() error {
	close(q.jobs)
	q.wg.Wait()
	return q.errs.err()
}

// safePath reports whether a slash path stays inside the output folder.
func safePath(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || strings.ContainsRune(name, 0) {
		return false
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return path.Clean(name) == name
}
