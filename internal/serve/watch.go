package serve

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/osfile"
)

// maxWait is how long a burst of changes can put off its rebuild: a checkout that touches files for seconds shows
// its first changes after this, and the rest with the next rebuild.
var maxWait = time.Second

// emptyWait is how long a file that reads empty waits for a next change before it is rebuilt: an editor that
// truncates a file and writes it a moment later would otherwise have an empty questionnaire (a verwerking without
// anything) on the site in between.
var emptyWait = 500 * time.Millisecond

// goneWait is how long a change waits when one of its files is gone: a tool that saves by removing the file and
// writing it anew would otherwise have the verwerking vanish from the site in between. The whole change waits, so
// that a rename (the old name gone, the new one there) still comes in one rebuild.
var goneWait = 500 * time.Millisecond

// Watch watches pia.toml, content/, static/, the site's pia-templates/ and themes/ recursively (new folders too),
// and the folder of a logo kept elsewhere in the site, and rebuilds after each burst of changes: once it has been quiet for quiet, or maxWait after the burst's first
// change. It returns when ctx is done.
func (s *Server) Watch(ctx context.Context, quiet time.Duration) error {
	lang := s.language()
	w, err := newWatcher()
	if err != nil {
		return errors.New(lang.T("serve.volgen", watchReason(lang, err)))
	}
	defer w.Close()
	root := s.opt.Source
	if err := addWatch(w, root); err != nil {
		return errors.New(lang.T("serve.volgen", watchReason(lang, err)))
	}
	t := &tree{w: w, root: root, watched: map[string]bool{}, links: map[string][]string{}}
	t.unwatched = func(dir string, others int, err error) {
		lang := s.language()
		if others > 0 {
			dir = lang.T("serve.volgen.en-andere", dir, others)
		}
		s.logLine(lang.T("serve.volgen.map", dir, watchReason(lang, err)))
	}
	t.watchAll()
	logoDir := ""
	s.watchLogo(t, &logoDir)
	// rewatch is set when a watched folder was renamed or removed. Its watch is gone then, and when the folder was
	// renamed inside the site, fsnotify's cleanup of the old name also drops the watch just added for the new one:
	// after the burst every folder is watched again.
	rewatch := false
	// all is set when the system dropped events because there were too many: what changed is not known, and
	// everything is read again.
	all := false
	pending := map[string]time.Time{} // changed files, with the time of their last change
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	b := burst{quiet: quiet}
	wait := func() { timer.Reset(b.change(time.Now())) }
	// A file saved, removed or renamed while New read and rendered the site, which takes a while on a large one,
	// raised no event. A file renamed or moved in, or put back from a copy (cp -p, rsync -a, unzip), keeps its
	// own time, which may lie before the start: it differs from the time noted then.
	now := siteFiles(root)
	for rel, mod := range now {
		if was, ok := s.present[rel]; !ok || !mod.Equal(was) || mod.After(s.loaded) {
			pending[rel] = time.Now()
			wait()
		}
	}
	for rel := range s.present {
		if _, is := now[rel]; !is {
			pending[rel] = time.Now()
			wait()
		}
	}
	s.present = nil
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-w.Errors:
			switch {
			case errors.Is(err, fsnotify.ErrEventOverflow):
				all, rewatch = true, true // folders made meanwhile are not watched either
				wait()
			case err != nil:
				lang := s.language()
				s.logLine(lang.T("serve.volgen", watchReason(lang, err)))
			}
		case ev := <-w.Events:
			if ev.Op != fsnotify.Chmod {
				// The target of a linked file changed (or was replaced): the link did.
				for _, rel := range t.linksTo(ev.Name) {
					pending[rel] = time.Now()
					wait()
				}
			}
			rel, ok := s.relevant(ev)
			if !ok {
				continue
			}
			if ev.Op&(fsnotify.Rename|fsnotify.Remove) != 0 && t.watched[ev.Name] {
				rewatch = true
			}
			if ev.Op&fsnotify.Create != 0 {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					// Files created together with a folder raise no events of their own: pick them up now. The
					// folder may be a link to one elsewhere (content/ linked in while serve runs).
					t.add(ev.Name)
					_ = filepath.WalkDir(intoLink(ev.Name), func(p string, d fs.DirEntry, err error) error {
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
				t.link(ev.Name) // a new link, or one that points elsewhere now
				t.watchTargets()
			}
			pending[rel] = time.Now()
			// Editors save in bursts (write, rename, chmod): wait until it has been quiet for a moment.
			wait()
		case <-timer.C:
			b.end()
			if rewatch {
				rewatch = false
				t.watchAll()
			}
			if all {
				all = false
				clear(pending)
				s.RebuildAll()
				s.watchLogo(t, &logoDir)
				continue
			}
			var hold time.Duration
			for p, at := range pending {
				if left := goneWait - time.Since(at); left > 0 && gone(filepath.Join(root, filepath.FromSlash(p))) {
					hold = max(hold, left)
				}
			}
			if hold > 0 {
				timer.Reset(hold)
				continue
			}
			changed := make([]string, 0, len(pending))
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
				s.watchLogo(t, &logoDir)
			}
		}
	}
}

// newWatcher makes the watcher of Watch, and addWatch watches a folder with it; tests replace them.
var (
	newWatcher = fsnotify.NewWatcher
	addWatch   = (*fsnotify.Watcher).Add
)

// watchReason says why a folder cannot be watched. On Linux, the system's limits on watched folders and on
// programs that watch are the usual causes, and have their own wording: a limit is not a full disk (ENOSPC) or a
// file that is open too many times (EMFILE).
func watchReason(lang i18n.Lang, err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return lang.T("serve.volgen.grens-mappen")
	case errors.Is(err, syscall.EMFILE):
		return lang.T("serve.volgen.grens-programmas")
	}
	return osfile.Reason(lang, err)
}

// burst times the rebuild of a burst of changes: quiet after its last change, and at most maxWait after its first.
type burst struct {
	quiet time.Duration
	first time.Time // the first change, zero before it
}

// change notes a change at now and returns how long to wait for the rebuild.
func (b *burst) change(now time.Time) time.Duration {
	if b.first.IsZero() {
		b.first = now
	}
	return min(b.quiet, max(maxWait-now.Sub(b.first), 0))
}

// end ends the burst: the rebuild starts.
func (b *burst) end() { b.first = time.Time{} }

// gone reports whether nothing is at p.
func gone(p string) bool {
	_, err := os.Lstat(p)
	return errors.Is(err, fs.ErrNotExist)
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
	if isEditorTemp(filepath.Base(ev.Name)) && !copied(rel) || load.Hidden(rel) {
		return "", false
	}
	top := strings.SplitN(rel, "/", 2)[0]
	switch top {
	case "pia.toml", "content", "static", "pia-templates", "themes":
		return rel, true
	}
	// The logo kept elsewhere in the site, or a folder it is in (removed, or made again).
	if logo := s.logoPath(); logo != "" && (rel == logo || strings.HasPrefix(logo, rel+"/")) {
		return rel, true
	}
	return "", false
}

// watchLogo reads where pia.toml keeps the logo, also while the site does not load, and watches its folder when it
// lies outside the folders the tree watches (logo = "beeld/logo.svg"); it stops watching the folder of a logo
// before it. The folder is watched anew each time: one that was removed and made again lost its watch.
func (s *Server) watchLogo(t *tree, watched *string) {
	logo := load.LogoPath(t.root)
	s.logo.Store(logo)
	dir := ""
	if logo != "" && path.Dir(logo) != "." {
		switch strings.SplitN(logo, "/", 2)[0] {
		case "content", "static", "pia-templates", "themes":
		default:
			dir = filepath.Join(t.root, filepath.FromSlash(path.Dir(logo)))
		}
	}
	if *watched != "" && *watched != dir {
		_ = t.w.Remove(*watched)
	}
	*watched = ""
	if dir != "" && addWatch(t.w, dir) == nil {
		*watched = dir
	}
}

// copied reports whether the site file rel (a slash path) is one the build copies whatever its name: a file of
// static/ or of a theme's assets/. Such a file is published even when its name is that of an editor's temporary
// file (archief.bak), so it is watched too.
func copied(rel string) bool {
	parts := strings.SplitN(rel, "/", 4)
	return parts[0] == "static" || parts[0] == "themes" && len(parts) == 4 && parts[2] == "assets"
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

// tree is what Watch watches: the folders of the site that pia reads, and the folders of the files that links in
// them point to.
type tree struct {
	w       *fsnotify.Watcher
	root    string
	watched map[string]bool // the folders of the site watched
	// links maps the target of a linked file (absolute, links resolved) to the site's links to it, as
	// site-relative slash paths. A change to a file outside the site, or elsewhere in it, raises no event for the
	// link, so the target's folder is watched too.
	links map[string][]string
	// targetDirs are the folders of link targets still to watch. They are watched after the site's own folders:
	// a folder watched under two names keeps the first in its events, and the site's must be the site's.
	targetDirs []string
	// unwatched reports folders of the site that cannot be watched, the first with its error and how many more.
	unwatched func(dir string, others int, err error)
	failed    []string // folders that could not be watched, since the last report
	failedErr error
}

// watchAll watches every folder of the site that pia reads, anew.
func (t *tree) watchAll() {
	clear(t.watched)
	clear(t.links)
	for _, dir := range load.SourceDirs {
		t.walk(filepath.Join(t.root, dir))
	}
	t.link(filepath.Join(t.root, "pia.toml"))
	t.watchTargets()
	t.report()
}

// add watches dir and every folder below it, and the folders of the files that links in them point to.
func (t *tree) add(dir string) {
	t.walk(dir)
	t.watchTargets()
	t.report()
}

// report reports the folders that could not be watched.
func (t *tree) report() {
	if len(t.failed) > 0 && t.unwatched != nil {
		t.unwatched(t.failed[0], len(t.failed)-1, t.failedErr)
	}
	t.failed, t.failedErr = nil, nil
}

// walk watches dir and every folder below it, and notes them, and the links to files in them. dir may be a link
// to a folder elsewhere (see intoLink).
func (t *tree) walk(dir string) {
	_ = filepath.WalkDir(intoLink(dir), func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
		case d.IsDir():
			if err := addWatch(t.w, p); err != nil {
				if len(t.failed) == 0 {
					t.failedErr = err
				}
				t.failed = append(t.failed, p)
			} else {
				t.watched[filepath.Clean(p)] = true
			}
		case d.Type()&fs.ModeSymlink != 0:
			t.link(p)
		}
		return nil
	})
}

// link notes the file p of the site when it is a link to a file, for its target's folder to be watched.
func (t *tree) link(p string) {
	if fi, err := os.Lstat(p); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return
	}
	if fi, err := os.Stat(p); err != nil || fi.IsDir() {
		return
	}
	target, ok := resolve(p)
	if !ok {
		return
	}
	rel, err := filepath.Rel(t.root, p)
	if err != nil {
		return
	}
	rel = filepath.ToSlash(rel)
	if !slices.Contains(t.links[target], rel) {
		t.links[target] = append(t.links[target], rel)
	}
	t.targetDirs = append(t.targetDirs, filepath.Dir(target))
}

func (t *tree) watchTargets() {
	for _, dir := range t.targetDirs {
		_ = addWatch(t.w, dir)
	}
	t.targetDirs = t.targetDirs[:0]
}

// intoLink is the folder dir for filepath.WalkDir: with a separator at the end, so that a folder that is a link to
// one elsewhere (content/ kept on another disk) is walked too, under the site's names, as the loader reads it.
// WalkDir does not follow a link it starts at.
func intoLink(dir string) string {
	return strings.TrimSuffix(dir, string(filepath.Separator)) + string(filepath.Separator)
}

// siteFiles returns pia.toml and every file in the folders pia reads, as site-relative slash paths, with the time
// they (or, for a link, its target) were last changed; zero for what is not a regular file. The files editors write
// beside the files they save are left out, except where the build copies them.
func siteFiles(root string) map[string]time.Time {
	files := map[string]time.Time{}
	note := func(p string) {
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return
		}
		if rel = filepath.ToSlash(rel); isEditorTemp(filepath.Base(p)) && !copied(rel) {
			return
		}
		var mod time.Time
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			mod = fi.ModTime()
		}
		files[rel] = mod
	}
	if _, err := os.Lstat(filepath.Join(root, "pia.toml")); err == nil {
		note(filepath.Join(root, "pia.toml"))
	}
	for _, dir := range load.SourceDirs {
		_ = filepath.WalkDir(intoLink(filepath.Join(root, dir)), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				note(p)
			}
			return nil
		})
	}
	return files
}

// linksTo returns the links of the site to the file at p.
func (t *tree) linksTo(p string) []string {
	if len(t.links) == 0 {
		return nil
	}
	// p itself may be gone (a save that replaces the file): its folder is resolved.
	dir, ok := resolve(filepath.Dir(p))
	if !ok {
		return nil
	}
	return t.links[filepath.Join(dir, filepath.Base(p))]
}

// resolve returns the absolute path of p with every link resolved.
func resolve(p string) (string, bool) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", false
	}
	abs, err := filepath.Abs(real)
	return abs, err == nil
}
