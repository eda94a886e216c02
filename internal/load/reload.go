package load

import (
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
)

// Reloader loads a site and then reloads it after changes, re-reading only what changed: a changed questionnaire is
// parsed and merged again on its own, with the templates and catalogue of the previous load. A change to pia.toml,
// a pack or anything else reloads everything. This keeps a one-file rebuild in `pia serve` independent of the size
// of the site.
type Reloader struct {
	dir  string
	opt  Options
	fsys fs.FS

	site     *model.Site
	l        *loader                      // the loader of the last full load, with resolved templates
	byFile   map[string]*model.Verwerking // verwerkingen by their file
	fileOfID map[string]string
	// retry holds the files of a reload that failed: they are read again with the next change, which may be the
	// one that makes them load (a questionnaire copied to a folder, then its original removed). needFull is set
	// when a full reload failed, so that the next change reloads everything again.
	retry    []string
	needFull bool
}

// Change says what a reload changed.
type Change struct {
	Full bool // everything was reloaded
	// Verwerkingen are the ids of verwerkingen that were added, changed or removed.
	Verwerkingen []string
	Pages        bool // a Markdown page was added, changed or removed
}

// NewReloader returns a Reloader for the site in dir; call Load first.
func NewReloader(dir string, opt Options) *Reloader {
	fsys := opt.SiteFS
	if fsys == nil {
		fsys = osfile.DirFS(dir)
	}
	return &Reloader{dir: dir, opt: opt, fsys: fsys}
}

// Site returns the last site that loaded without errors.
func (r *Reloader) Site() *model.Site { return r.site }

// Load loads the whole site.
func (r *Reloader) Load() (*model.Site, error) {
	l := &loader{fsys: r.fsys, c: &collector{lang: "nl"}}
	site := l.load(r.dir, r.opt)
	r.retry, r.needFull = nil, len(l.c.errs) > 0
	if len(l.c.errs) > 0 {
		l.c.errs.sort()
		return nil, l.c.errs
	}
	r.site, r.l = site, l
	r.byFile = map[string]*model.Verwerking{}
	r.fileOfID = map[string]string{}
	for _, v := range site.Verwerkingen {
		r.byFile[v.File] = v
		r.fileOfID[v.ID] = v.File
	}
	return site, nil
}

// Reload applies changes to the given files (slash paths relative to the site). On load errors the previous site
// stays current and the errors are returned.
func (r *Reloader) Reload(changed []string) (*model.Site, Change, error) {
	changed = append(slices.Clone(changed), r.retry...)
	if r.site == nil || r.needFull || !r.incremental(changed) {
		site, err := r.Load()
		return site, Change{Full: true}, err
	}
	c := &collector{lang: r.l.c.lang}
	next := *r.site
	// The changes are collected apart and applied only when every changed file loads, so that a failed reload
	// leaves the last good state; the work is proportional to the change, not to the site. A nil verwerking or an
	// empty file marks a removal.
	files := map[string]*model.Verwerking{}
	ids := map[string]string{}
	fileOf := func(id string) (string, bool) {
		if f, ok := ids[id]; ok {
			return f, f != ""
		}
		f, ok := r.fileOfID[id]
		return f, ok
	}
	var ch Change
	var removed []*model.Verwerking
	changed = dedup(slices.Sorted(slices.Values(changed)))
	// The verwerkingen of all changed files leave first: a questionnaire moved to another file (a sub-folder, a
	// new name) keeps its id, and the new file must not clash with the old one that is gone.
	for _, f := range changed {
		if strings.HasSuffix(f, ".md") {
			ch.Pages = true
			continue
		}
		if old := r.byFile[f]; old != nil {
			removed = append(removed, old)
			ch.Verwerkingen = append(ch.Verwerkingen, old.ID)
			files[f] = nil
			ids[old.ID] = ""
		}
	}
	for _, f := range changed {
		if strings.HasSuffix(f, ".md") {
			continue
		}
		src, err := fs.ReadFile(r.fsys, f)
		if err != nil && osfile.Absent(r.fsys, f, err) {
			continue // removed
		}
		if err != nil {
			// There but unreadable, or a link to nothing: reported as the full load reports it.
			c.add(model.Pos{File: f}, "load.lezen", linkReason(r.fsys, "", f, err, c.lang))
			continue
		}
		v := r.loadOne(f, src, c, fileOf)
		if v != nil {
			files[f] = v
			ids[v.ID] = f
			ch.Verwerkingen = append(ch.Verwerkingen, v.ID)
		}
	}
	if ch.Pages {
		pl := &loader{fsys: r.fsys, c: c}
		next.Pages = pl.loadPages()
	}
	if len(c.errs) > 0 {
		c.errs.sort()
		r.retry = changed
		return nil, ch, c.errs
	}
	r.retry = nil
	// The verwerkingen stay sorted by id: the old ones of changed files leave, the new ones go in their place.
	byID := func(a *model.Verwerking, id string) int { return strings.Compare(a.ID, id) }
	vs := slices.Clone(r.site.Verwerkingen)
	if !slices.IsSortedFunc(vs, func(a, b *model.Verwerking) int { return strings.Compare(a.ID, b.ID) }) {
		slices.SortFunc(vs, func(a, b *model.Verwerking) int { return strings.Compare(a.ID, b.ID) })
	}
	for _, old := range removed {
		if i, ok := slices.BinarySearchFunc(vs, old.ID, byID); ok && vs[i] == old {
			vs = slices.Delete(vs, i, i+1)
		}
	}
	for f, v := range files {
		if v == nil {
			delete(r.byFile, f)
			continue
		}
		r.byFile[f] = v
		i, _ := slices.BinarySearchFunc(vs, v.ID, byID)
		vs = slices.Insert(vs, i, v)
	}
	for id, f := range ids {
		if f == "" {
			delete(r.fileOfID, id)
		} else {
			r.fileOfID[id] = f
		}
	}
	next.Verwerkingen = vs
	sort.Strings(ch.Verwerkingen)
	ch.Verwerkingen = dedup(ch.Verwerkingen)
	r.site = &next
	return r.site, ch, nil
}

// incremental reports whether every change is a questionnaire or a Markdown page under content/.
func (r *Reloader) incremental(changed []string) bool {
	if len(changed) == 0 {
		return false
	}
	for _, f := range changed {
		switch {
		case IsQuestionnaire(f):
		case strings.HasPrefix(f, "content/") && strings.HasSuffix(f, ".md"):
		default:
			return false
		}
	}
	return true
}

// loadOne reads one questionnaire with the templates of the last full load.
// fileOf says which file has a verwerking with an id, for duplicate ids.
func (r *Reloader) loadOne(f string, src []byte, c *collector, fileOf func(id string) (string, bool)) *model.Verwerking {
	id := strings.TrimSuffix(path.Base(f), ".toml")
	if !strictID.MatchString(id) {
		c.add(model.Pos{File: f}, "load.bestandsnaam", path.Base(f))
		return nil
	}
	d := parseDoc(f, src, c)
	if d == nil {
		return nil
	}
	ownStrings(d.m)
	before := len(c.errs)
	own := validateVerwerking(d, id, c, r.l.vragen)
	if s, ok := d.m["id"].(string); ok && s != "" {
		id = s
	}
	if other, dup := fileOf(id); dup && other != f {
		c.add(d.posOf("id"), "load.id.dubbel-verwerking", id, other)
	}
	l := r.l
	l.c = c
	var t *resolved
	if ref, ok := d.m["sjabloon"].(string); ok && ref != "" {
		if cached, done := l.templates[ref]; done && cached != nil {
			t = cached
		} else {
			t = l.resolve(ref, d.posOf("sjabloon"), nil)
		}
	}
	if t != nil {
		checkVerwijder(t.doc, d, c)
	}
	if len(c.errs) > before {
		return nil
	}
	return verwerkingOf(d, own, t, id, f)
}

func dedup(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
