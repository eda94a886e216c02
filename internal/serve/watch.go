package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/pia-nl/pia/internal/load"
)

// maxWait is how long a burst of changes can put off its rebuild: a checkout that touches files for seconds shows
// its first changes after this, and the rest with the next rebuild.
var maxWait = time.Second

// emptyWait is how long a file that reads empty waits for a next change before it is rebuilt: an editor that
// truncates a file and writes it a moment later would otherwise have an empty questionnaire (a verwerking without
// anything) on the site in between.
var emptyWait = 500 * time.Millisecond

// Watch watches pia.toml, content/, static/, the site's pia-templates/ and themes/ recursively (new folders too)
// and rebuilds after each burst of changes: once it has been quiet for quiet, or maxWait after the burst's first
// change. It returns when ctx is done.
func (s *Server) Watch(ctx context.Context, quiet time.Duration) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	root := s.opt.Source
	if err := w.Add(root); err != nil {
		return err
	}
	roots := []string{"content", "static", "pia-templates", "themes"}
	watched := map[string]bool{} // the folders watched
	for _, dir := range roots {
		addTree(w, filepath.Join(root, dir), watched)
	}
	// rewatch is set when a watched folder was renamed or removed. Its watch is gone then, and when the folder was
	// renamed inside the site, fsnotify's cleanup of the old name also drops the watch just added for the new one:
	// after the burst every folder is watched again.
	rewatch := false
	pending := map[string]time.Time{} // changed files, with the time of their last change
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var first time.Time // the first change of the burst
	wait := func() {
		if first.IsZero() {
			first = time.Now()
		}
		timer.Reset(min(quiet, max(maxWait-time.Since(first), 0)))
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-w.Errors:
			if err != nil && s.opt.Log != nil {
				s.opt.Log.Write([]byte(err.Error() + "\n"))
			}
		case ev := <-w.Events:
			rel, ok := s.relevant(ev)
			if !ok {
				continue
			}
			if ev.Op&(fsnotify.Rename|fsnotify.Remove) != 0 && watched[ev.Name] {
				rewatch = true
			}
			if ev.Op&fsnotify.Create != 0 {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					// Files created together with a folder raise no events of their own: pick them up now.
					addTree(w, ev.Name, watched)
					_ = filepath.WalkDir(ev.Name, func(p string, d fs.DirEntry, err error) error {
						if err == nil && !d.IsDir() {
							if r, err := filepath.Rel(root, p); err == nil {
								pending[filepath.ToSlash(r)] = time.Now()
							}
						}
						return nil
					})
					wait()
					continue
				}
			}
			pending[rel] = time.Now()
			// Editors save in bursts (write, rename, chmod): wait until it has been quiet for a moment.
			wait()
		case <-timer.C:
			first = time.Time{}
			if rewatch {
				rewatch = false
				clear(watched)
				for _, dir := range roots {
					addTree(w, filepath.Join(root, dir), watched)
				}
			}
			changed := make([]string, 0, len(pending))
			var hold time.Duration
			for p, at := range pending {
				if left := emptyWait - time.Since(at); left > 0 && empty(filepath.Join(root, filepath.FromSlash(p))) {
					hold = max(hold, left) // probably half-way through a save: it waits, the others go
					continue
				}
				changed = append(changed, p)
				delete(pending, p)
			}
			if hold > 0 {
				timer.Reset(hold)
			}
			sort.Strings(changed)
			if len(changed) > 0 {
				s.Rebuild(changed)
			}
		}
	}
}

// empty reports whether the file at p is a file without content.
func empty(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Size() == 0
}

// relevant maps an event to a site-relative slash path, ignoring what cannot change the site.
func (s *Server) relevant(ev fsnotify.Event) (string, bool) {
	if ev.Op == fsnotify.Chmod {
		return "", false
	}
	rel, err := filepath.Rel(s.opt.Source, ev.Name)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if isEditorTemp(filepath.Base(ev.Name)) || load.Hidden(rel) {
		return "", false
	}
	top := strings.SplitN(rel, "/", 2)[0]
	switch top {
	case "pia.toml", "content", "static", "pia-templates", "themes":
		return rel, true
	}
	return "", false
}

// isEditorTemp reports whether a file name is one that editors and tools write beside the file being saved:
// backups and swap files (vim, emacs), lock files, atomic-save temporaries (JetBrains, gedit, sed -i, many
// editors' .tmp). Other hidden files under content/, pia-templates/ and themes/ are passed by as the loader passes
// them by (load.Hidden); static/ may hold one (.htaccess) that the build copies.
func isEditorTemp(base string) bool {
	switch {
	case base == "4913", // vim's test whether the folder is writable
		strings.HasPrefix(base, ".#"), strings.HasPrefix(base, ".~lock."), strings.HasPrefix(base, ".goutputstream-"),
		strings.HasSuffix(base, "~"),
		strings.HasSuffix(base, ".swp"), strings.HasSuffix(base, ".swx"),
		strings.HasSuffix(base, ".tmp"), strings.HasSuffix(base, ".bak"),
		strings.HasSuffix(base, "___jb_tmp___"), strings.HasSuffix(base, "___jb_old___"),
		strings.HasPrefix(base, "#") && strings.HasSuffix(base, "#"),
		len(base) == 9 && strings.HasPrefix(base, "sed") && !strings.Contains(base, "."): // sed -i's sedXXXXXX
		return true
	}
	return false
}

// addTree watches dir and every folder below it, and notes them in watched.
func addTree(w *fsnotify.Watcher, dir string, watched map[string]bool) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && w.Add(p) == nil {
			watched[p] = true
		}
		return nil
	})
}
