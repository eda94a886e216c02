package load

import (
	"io/fs"
	"slices"
	"sort"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
)

// Template is a pack verwerking resolved for scaffolding a new questionnaire.
type Template struct {
	Ref        string
	Pack       *model.Pack
	Verwerking *model.Verwerking // the template with its own chain merged
	// Values is the merged template as a TOML tree, to show inherited values as they would be written.
	Values map[string]any
	// Vragen are the questions of the pack and its bases, with the sections they belong to.
	Vragen *model.Vragenlijst
}

// LoadTemplate resolves "pack/id" with the packs that the site in dir selects. Only pia.toml and the packs are
// read, so a new questionnaire can be made while other questionnaires of the site are still broken.
func LoadTemplate(dir, ref string, opt Options) (*Template, error) {
	fsys := opt.SiteFS
	if fsys == nil {
		fsys = osfile.DirFS(dir)
	}
	l := &loader{fsys: fsys, c: &collector{lang: i18n.Default}, templates: map[string]*resolved{}}
	var cfg model.Config
	if !l.loadConfig(&cfg) {
		return nil, l.c.errs
	}
	l.c.lang = i18n.Lang(cfg.Taal)
	l.reg = newRegistry(l.fsys, opt.Embedded, l.c)
	l.selectPacks(&cfg)
	if len(l.c.errs) > 0 {
		l.c.errs.sort()
		return nil, l.c.errs
	}
	r := l.resolve(ref, model.Pos{File: "--sjabloon"}, nil)
	if r == nil || len(l.c.errs) > 0 {
		l.c.errs.sort()
		return nil, l.c.errs
	}
	t := &Template{Ref: ref, Pack: r.pack.pack, Verwerking: r.base, Values: withoutRemoved(r.doc.m, r.base),
		Vragen: &model.Vragenlijst{}}
	// Questions of the pack and of its bases, bases first so that the pack's own wording wins.
	var chain []*model.Pack
	for p := r.pack.pack; p != nil; p = p.Basis {
		chain = append([]*model.Pack{p}, chain...)
	}
	for _, p := range chain {
		t.Vragen = t.Vragen.Merge(p.Vragen)
	}
	return t, nil
}

// Packs lists every pack available to the site in dir (its own and the embedded ones), loaded, sorted by name and
// version. Load errors of individual packs are returned alongside, so a listing still shows the sound packs. Packs
// are walked with their bases as pia check walks them, so a basis that does not exist and packs that build on each
// other in a cycle are reported with the same message at the same place.
func Packs(dir string, opt Options) ([]*model.Pack, Errors) {
	fsys := opt.SiteFS
	if fsys == nil {
		fsys = osfile.DirFS(dir)
	}
	c := &collector{lang: i18n.Default}
	reg := newRegistry(fsys, opt.Embedded, c)
	w := newPackWalk(reg, c)
	var packs []*model.Pack
	for _, d := range reg.dirs {
		w.visit(d, nil, model.Pos{File: d.display + "/pack.toml"})
		packs = append(packs, d.pack)
	}
	chosen := chosenPacks(fsys, reg)
	// Each pack as a site that chooses it sees it: its catalogue merged with its bases' must refer only to entries
	// it has, and each of its verwerkingen must resolve through its chain of templates. A template may extend one
	// of another pack, which such a site then chooses too: the pack the site in dir chooses by that name, or else
	// the highest version there is. Those packs are listed in Gebruikt.
	for _, d := range reg.dirs {
		chain := newPackWalk(reg, &collector{lang: c.lang})
		chain.visit(d, nil, model.Pos{})
		if !slices.Contains(chain.order, d) {
			continue // in a cycle, reported above
		}
		selected := slices.Clone(chain.order)
		for _, s := range chosen {
			if !slices.Contains(selected, s) {
				selected = append(selected, s)
			}
		}
		l := &loader{fsys: fsys, c: c, reg: reg, selected: selected, templates: map[string]*resolved{}, anyPack: true}
		cat, at := mergeCatalogs(chain.order)
		l.checkCatalog(cat, at)
		for _, id := range d.pack.Verwerkingen {
			l.resolve(d.pack.Naam+"/"+id, model.Pos{File: d.display + "/verwerkingen/" + id + ".toml"}, nil)
		}
		for _, r := range l.templates {
			if r != nil && !slices.Contains(chain.order, r.pack) && !slices.Contains(d.pack.Gebruikt, r.pack.pack) {
				d.pack.Gebruikt = append(d.pack.Gebruikt, r.pack.pack)
			}
		}
		sort.Slice(d.pack.Gebruikt, func(i, j int) bool { return d.pack.Gebruikt[i].Naam < d.pack.Gebruikt[j].Naam })
	}
	sort.SliceStable(packs, func(i, j int) bool { return packs[i].Naam < packs[j].Naam })
	c.errs.sort()
	return packs, c.errs
}

// ChosenPacks returns the folders (Pack.Dir) of the packs that pia.toml in dir chooses, with their bases, as pia
// check selects them. site is false when dir has no pia.toml that loads.
func ChosenPacks(dir string, opt Options) (dirs []string, site bool) {
	fsys := opt.SiteFS
	if fsys == nil {
		fsys = osfile.DirFS(dir)
	}
	c := &collector{lang: i18n.Default}
	if !(&loader{fsys: fsys, c: c}).loadConfig(&model.Config{}) {
		return nil, false
	}
	for _, d := range chosenPacks(fsys, newRegistry(fsys, opt.Embedded, c)) {
		dirs = append(dirs, d.display)
	}
	return dirs, true
}

// chosenPacks returns the packs that pia.toml in fsys chooses, with their bases, as pia check selects them; none
// when there is no pia.toml or it does not load (pia check reports why).
func chosenPacks(fsys fs.FS, reg *registry) []*packDir {
	l := &loader{fsys: fsys, c: &collector{lang: i18n.Default}}
	var cfg model.Config
	if !l.loadConfig(&cfg) {
		return nil
	}
	w := newPackWalk(reg, &collector{lang: i18n.Default})
	for _, ref := range cfg.Sjablonen {
		if d, _ := reg.find(ref); d != nil {
			w.visit(d, nil, model.Pos{})
		}
	}
	return w.order
}
