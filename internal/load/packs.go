package load

import (
	"io/fs"
	"path"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/suggest"
)

// EmbeddedPrefix marks display paths of files shipped inside the binary.
const EmbeddedPrefix = model.EmbeddedPrefix

// packDir is one folder under pia-templates/, from the site or embedded.
type packDir struct {
	fsys     fs.FS  // rooted at the pack folder
	display  string // display path of the folder, e.g. "pia-templates/vng-sociaal-domein"
	embedded bool

	pack   *model.Pack
	doc    *doc // pack.toml
	loaded bool
	docs   map[string]*doc // base verwerkingen by id
	errs   Errors          // errors of this pack, reported only when the pack is used
	// catAt says where each entry of the pack's catalogue is defined, by "list/id" ("grondslagen/avg-6-1-e"), so
	// that a reference from one entry to another is reported at the field that makes it.
	catAt map[string]catEntry
	// vragen is vragen.toml, for the positions of its questions' fields.
	vragen *doc
}

// catEntry is where a catalogue entry is defined: its file and its path in it ("grondslagen[3]").
type catEntry struct {
	doc  *doc
	path string
}

// pos returns the position of the entry's field ("soort", "rechten[2]").
func (e catEntry) pos(field string) model.Pos {
	if e.doc == nil {
		return model.Pos{}
	}
	return e.doc.posOf(e.path + "." + field)
}

// registry knows every pack folder and resolves names and versions.
type registry struct {
	lang i18n.Lang
	dirs []*packDir // sorted by name, then version descending
}

// newRegistry reads pack.toml of every folder in the site's and the embedded pia-templates/. A site folder
// replaces an embedded folder of the same name.
func newRegistry(site, embedded fs.FS, c *collector) *registry {
	r := &registry{lang: c.lang}
	byName := map[string]*packDir{}
	add := func(fsys fs.FS, prefix string, emb bool) {
		if fsys == nil {
			return
		}
		entries, err := fs.ReadDir(fsys, "pia-templates")
		if err != nil {
			// A folder that is gone behind a link, or a file, is not "no packs of the site's own": building on
			// would quietly use the packs pia brings instead.
			if !osfile.Absent(fsys, "pia-templates", err) {
				c.add(model.Pos{File: prefix + "pia-templates"}, "load.pack.map-lezen", prefix+"pia-templates",
					linkReason(fsys, prefix, "pia-templates", err, c.lang))
			}
			return
		}
		for _, e := range entries {
			if hidden(e.Name()) || e.Type().IsRegular() {
				continue
			}
			if !e.IsDir() {
				// A pack kept elsewhere (a checkout shared by several sites) is a link to its folder, or on Windows
				// a junction, which Go reports as irregular.
				p := "pia-templates/" + e.Name()
				fi, err := fs.Stat(fsys, p)
				if err != nil {
					c.add(model.Pos{File: prefix + p}, "load.pack.map-lezen", prefix+p, linkReason(fsys, prefix, p, err, c.lang))
				}
				if err != nil || !fi.IsDir() {
					continue
				}
			}
			sub, err := fs.Sub(fsys, "pia-templates/"+e.Name())
			if err != nil {
				continue
			}
			byName[e.Name()] = &packDir{fsys: sub, display: prefix + "pia-templates/" + e.Name(), embedded: emb}
		}
	}
	add(embedded, EmbeddedPrefix, true)
	add(site, "", false)
	for name, d := range byName {
		pc := &collector{lang: c.lang}
		d.pack = &model.Pack{Naam: name, Dir: d.display, Embedded: d.embedded}
		src, err := fs.ReadFile(d.fsys, "pack.toml")
		if err != nil && osfile.Absent(d.fsys, "pack.toml", err) {
			pc.add(model.Pos{File: d.display + "/pack.toml"}, "load.pack.geen-pack-toml", d.display)
		} else if err != nil {
			pc.add(model.Pos{File: d.display + "/pack.toml"}, "load.lezen", d.reason("pack.toml", err, c.lang))
		} else if pd := parseDoc(d.display+"/pack.toml", src, pc); pd != nil {
			d.doc = pd
			(&decoder{d: pd, errs: pc}).decode(pd.m, d.pack)
			if d.pack.Naam == "" {
				d.pack.Naam = name
			}
			if !strictID.MatchString(d.pack.Naam) {
				pc.add(pd.posOf("naam"), "load.pack.naam", d.pack.Naam)
			}
			// A versie that is no text the decoder has reported.
			if v, ok := pd.m["versie"]; !ok {
				pc.add(pd.posOf("versie"), "load.pack.versie-ontbreekt")
			} else if _, isText := v.(string); isText {
				if _, ok := parseVersion(d.pack.Versie); !ok {
					pc.add(pd.posOf("versie"), "load.pack.versie", d.pack.Versie)
				}
			}
		}
		d.errs = pc.errs
		r.dirs = append(r.dirs, d)
	}
	sort.Slice(r.dirs, func(i, j int) bool {
		a, b := r.dirs[i].pack, r.dirs[j].pack
		if a.Naam != b.Naam {
			return a.Naam < b.Naam
		}
		va, _ := parseVersion(a.Versie)
		vb, _ := parseVersion(b.Versie)
		if va != vb {
			return versionLess(vb, va)
		}
		return r.dirs[i].display < r.dirs[j].display
	})
	return r
}

// find resolves "name" or "name@1", "name@1.2", "name@1.2.3" to the highest matching version. The error message
// lists the versions that exist.
func (r *registry) find(ref string) (*packDir, string) {
	name, want, hasVersion := strings.Cut(ref, "@")
	var versions []string
	for _, d := range r.dirs {
		if d.pack.Naam != name {
			continue
		}
		versions = append(versions, d.pack.Versie)
		if !hasVersion || versionMatches(d.pack.Versie, want) {
			return d, ""
		}
	}
	if len(versions) == 0 {
		for _, d := range r.dirs {
			if path.Base(d.display) == name {
				// The folder has the name, its pack.toml another one (often one that is no valid name at all).
				return nil, r.lang.T("load.pack.andere-naam", name, d.display, d.pack.Naam)
			}
		}
		var names []string
		for _, d := range r.dirs {
			if !slices.Contains(names, d.pack.Naam) {
				names = append(names, d.pack.Naam)
			}
		}
		if sug := suggest.Closest(name, names); sug != "" {
			return nil, r.lang.T("load.pack.onbekend.suggestie", name, sug)
		}
		return nil, r.lang.T("load.pack.onbekend", name, strings.Join(names, ", "))
	}
	if want == "" {
		// "name@": the version after the @ is missing.
		return nil, r.lang.T("load.pack.versie-leeg", name, strings.Join(versions, ", "), name)
	}
	return nil, r.lang.T("load.pack.versie-onbekend", name, want, strings.Join(versions, ", "))
}

type version [3]int

// parseVersion reads semver "1.2.3" (a pre-release or build suffix is ignored for ordering).
func parseVersion(s string) (version, bool) {
	s, _, _ = strings.Cut(s, "+")
	s, _, _ = strings.Cut(s, "-")
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return version{}, false
	}
	var v version
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return version{}, false
		}
		v[i] = n
	}
	return v, true
}

func versionLess(a, b version) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// versionMatches reports whether version v is selected by want: "1" (major), "1.2" (minor) or "1.2.3" (exact).
func versionMatches(v, want string) bool {
	have := strings.Split(v, ".")
	w := strings.Split(want, ".")
	if len(w) > len(have) {
		return false
	}
	for i := range w {
		if strings.TrimLeft(w[i], "0") != strings.TrimLeft(have[i], "0") {
			return false
		}
	}
	return true
}

// packWalk loads packs with their bases (pack.toml's basis), each once, and reports their load errors, bases that do
// not exist and packs that build on each other in a cycle. pia check walks the packs a site selects; pia sjablonen
// walks every pack there is.
type packWalk struct {
	reg   *registry
	c     *collector
	done  map[*packDir]bool
	order []*packDir // the packs walked, bases first, without repeats
}

func newPackWalk(reg *registry, c *collector) *packWalk {
	return &packWalk{reg: reg, c: c, done: map[*packDir]bool{}}
}

// visit walks d and its bases. stack holds the packs whose basis led to d; at is where d was named (an entry of
// sjablonen, or the basis of the pack before it), the position of a cycle that closes at d.
func (w *packWalk) visit(d *packDir, stack []*packDir, at model.Pos) {
	for _, s := range stack {
		if s == d {
			names := make([]string, 0, len(stack)+1)
			for _, x := range stack {
				names = append(names, x.pack.Naam)
			}
			names = append(names, d.pack.Naam)
			w.c.add(at, "load.pack.cyclus", strings.Join(names, " → "))
			return
		}
	}
	if w.done[d] {
		return
	}
	d.load(w.c.lang)
	w.c.errs = append(w.c.errs, d.errs...)
	if d.pack.BasisRef != "" {
		bp := d.doc.posOf("basis")
		base, msg := w.reg.find(d.pack.BasisRef)
		if base == nil {
			w.c.errs = append(w.c.errs, &Error{Pos: bp, Msg: msg})
		} else {
			d.pack.Basis = base.pack
			w.visit(base, append(stack, d), bp)
			w.checkSecties(d)
		}
	}
	if !w.done[d] {
		w.done[d] = true
		w.order = append(w.order, d)
	}
}

// checkSecties reports each question of a pack with a basis whose section is neither the pack's own nor one of
// its bases'. A pack without a basis has its sections checked when it is read.
func (w *packWalk) checkSecties(d *packDir) {
	if d.vragen == nil {
		return
	}
	secties := map[string]bool{}
	seen := map[*model.Pack]bool{}
	for p := d.pack; p != nil && !seen[p]; p = p.Basis {
		seen[p] = true
		if p.BasisRef != "" && p.Basis == nil {
			return // a basis that does not exist is reported; its sections are unknown
		}
		if p.Vragen == nil {
			continue
		}
		for _, s := range p.Vragen.Secties {
			secties[s.ID] = true
		}
	}
	for i, q := range d.pack.Vragen.Vragen {
		if q.Sectie != "" && !secties[q.Sectie] {
			w.c.add(d.vragen.posOf("vragen["+strconv.Itoa(i)+"].sectie"), "load.vraag.sectie", q.Sectie, q.ID)
		}
	}
}

// load reads the pack's verwerkingen, questionnaire, catalogue and text blocks (once).
func (d *packDir) load(lang i18n.Lang) {
	if d.loaded {
		return
	}
	d.loaded = true
	c := &collector{lang: lang, errs: d.errs}
	d.docs = map[string]*doc{}
	d.pack.Catalogus = &model.Catalogus{}
	d.pack.Vragen = &model.Vragenlijst{}
	d.pack.Teksten = map[string]string{}

	if src, err := fs.ReadFile(d.fsys, "vragen.toml"); err == nil {
		if vd := parseDoc(d.display+"/vragen.toml", src, c); vd != nil {
			(&decoder{d: vd, errs: c}).decode(vd.m, d.pack.Vragen)
			d.vragen = vd
			d.checkVragen(vd, c)
		}
	} else if !osfile.Absent(d.fsys, "vragen.toml", err) {
		// Read as "no questions", every answer of every questionnaire would be reported as unknown.
		c.add(model.Pos{File: d.display + "/vragen.toml"}, "load.lezen", d.reason("vragen.toml", err, lang))
	}

	for _, f := range d.tomlFiles("verwerkingen", c) {
		display := d.display + "/" + f
		src, err := fs.ReadFile(d.fsys, f)
		if err != nil {
			c.add(model.Pos{File: display}, "load.lezen", osfile.Reason(c.lang, err))
			continue
		}
		id := strings.TrimSuffix(path.Base(f), ".toml")
		if !strictID.MatchString(id) {
			c.add(model.Pos{File: display}, "load.bestandsnaam", path.Base(f))
			continue
		}
		vd := parseDoc(display, src, c)
		if vd == nil {
			continue
		}
		// Without the questions: a template may answer a question of its pack's base, which is not loaded yet, and a
		// decoder without questions keeps every answer.
		validateVerwerking(vd, id, c, nil)
		d.docs[id] = vd
		d.pack.Verwerkingen = append(d.pack.Verwerkingen, id)
	}

	d.catAt = map[string]catEntry{}
	for _, f := range d.tomlFiles("catalogus", c) {
		display := d.display + "/" + f
		src, err := fs.ReadFile(d.fsys, f)
		if err != nil {
			c.add(model.Pos{File: display}, "load.lezen", osfile.Reason(c.lang, err))
			continue
		}
		cd := parseDoc(display, src, c)
		if cd == nil {
			continue
		}
		var part model.Catalogus
		(&decoder{d: cd, errs: c}).decode(cd.m, &part)
		checkCatalogIDs(cd, &part, d.catAt, c)
		checkDekt(cd, &part, c)
		d.pack.Catalogus = d.pack.Catalogus.Merge(&part)
	}

	texts, err := fs.ReadDir(d.fsys, "teksten") // sorted by name
	if err != nil && !osfile.Absent(d.fsys, "teksten", err) {
		c.add(model.Pos{File: d.display + "/teksten"}, "load.pack.map-lezen", d.display+"/teksten", d.reason("teksten", err, lang))
	}
	for _, e := range texts {
		if hidden(e.Name()) {
			continue
		}
		if e.IsDir() {
			c.add(model.Pos{File: d.display + "/teksten/" + e.Name()}, "load.pack.submap", e.Name(), d.display+"/teksten")
			continue
		}
		f := "teksten/" + e.Name()
		name, ok := textName(d.display+"/"+f, e.Name(), c)
		if !ok {
			continue
		}
		src, err := fs.ReadFile(d.fsys, f)
		if err != nil {
			c.add(model.Pos{File: d.display + "/" + f}, "load.lezen", osfile.Reason(c.lang, err))
			continue
		}
		if !textEncoded(d.display+"/"+f, src, c) {
			continue
		}
		checkPlaceholders(d.display+"/"+f, string(src), c)
		if e, ok := markdown.Excessive(string(src)); ok {
			c.add(model.Pos{File: d.display + "/" + f, Line: e.Line, Col: e.Col}, "load.pagina."+e.Kind, e.N, limitOf(e.Kind))
			continue
		}
		d.pack.Teksten[name] = string(src)
	}
	d.errs = c.errs
}

// tomlFiles lists the .toml files in the pack's folder dir whose name does not start with a dot, sorted. A folder
// that is there but cannot be read is reported: its templates or catalogue entries would otherwise be missing
// without a word.
func (d *packDir) tomlFiles(dir string, c *collector) []string {
	entries, err := fs.ReadDir(d.fsys, dir)
	if err != nil {
		if !osfile.Absent(d.fsys, dir, err) {
			c.add(model.Pos{File: d.display + "/" + dir}, "load.pack.map-lezen", d.display+"/"+dir, d.reason(dir, err, c.lang))
		}
		return nil
	}
	var files []string
	for _, e := range entries {
		name := e.Name()
		switch display := d.display + "/" + dir + "/" + name; {
		case hidden(name):
		case e.IsDir():
			// Read as nothing, its files would be missing from the pack without a word.
			c.add(model.Pos{File: display}, "load.pack.submap", name, d.display+"/"+dir)
		case strings.HasSuffix(name, ".toml"):
			files = append(files, dir+"/"+name)
		case strings.HasSuffix(strings.ToLower(name), ".toml"):
			c.add(model.Pos{File: display}, "load.pack.extensie", name, name[:len(name)-len(".toml")]+".toml")
		}
	}
	sort.Strings(files)
	return files
}

// reason is why the pack's file or folder name cannot be read.
func (d *packDir) reason(name string, err error, lang i18n.Lang) string {
	return linkReason(d.fsys, d.display+"/", name, err, lang)
}

// textName returns the name of the text block in the file teksten/<file>, or reports why the documents would not
// use it: a name they do not know (a typo would silently leave the text out of every document) or another
// extension than .md.
func textName(display, file string, c *collector) (string, bool) {
	ext := path.Ext(file)
	name := strings.TrimSuffix(file, ext)
	switch {
	case ext == ".md" && slices.Contains(model.TekstNamen, name):
		return name, true
	case slices.Contains(model.TekstNamen, strings.ToLower(name)):
		// Privacyverklaring-Klacht.md, privacyverklaring-klacht.txt, privacyverklaring-klacht.MD
		c.add(model.Pos{File: display}, "load.tekst.extensie", file, strings.ToLower(name)+".md")
	default:
		if sug := suggest.Closest(name, model.TekstNamen); sug != "" {
			c.add(model.Pos{File: display}, "load.tekst.naam.suggestie", file, sug+".md")
		} else {
			c.add(model.Pos{File: display}, "load.tekst.naam", file, strings.Join(model.TekstNamen, ", "))
		}
	}
	return "", false
}

// checkVragen sets each question's pack and position and checks its section and field.
func (d *packDir) checkVragen(vd *doc, c *collector) {
	secties := map[string]bool{}
	for _, s := range d.pack.Vragen.Secties {
		secties[s.ID] = true
	}
	fields := fieldsOf(reflect.TypeFor[model.Verwerking]())
	for i := range d.pack.Vragen.Vragen {
		q := &d.pack.Vragen.Vragen[i]
		p := "vragen[" + strconv.Itoa(i) + "]"
		q.Pack = d.pack.Naam
		q.Pos = vd.posOf(p)
		if q.ID == "" {
			c.add(vd.posOf(p), "load.vraag.id")
		}
		if strings.TrimSpace(q.Vraag) == "" {
			// The report and the check would quote an empty question.
			c.add(vd.posOf(p), "load.vraag.tekst", q.ID)
		}
		if q.Sectie != "" && !secties[q.Sectie] && d.pack.BasisRef == "" {
			c.add(vd.posOf(p+".sectie"), "load.vraag.sectie", q.Sectie, q.ID)
		}
		if q.Veld != "" {
			if _, ok := fields.index[q.Veld]; !ok {
				if sug := suggest.Closest(q.Veld, fields.keys); sug != "" {
					c.add(vd.posOf(p+".veld"), "load.vraag.veld.suggestie", q.Veld, sug)
				} else {
					c.add(vd.posOf(p+".veld"), "load.vraag.veld", q.Veld)
				}
			}
		}
	}
}

// checkCatalogIDs reports catalogue entries without an id or with an id defined twice in one pack, and records
// where each entry is defined in at. A repeat within one file is the decoder's to report.
func checkCatalogIDs(cd *doc, part *model.Catalogus, at map[string]catEntry, c *collector) {
	check := func(list string, ids []string) {
		for i, id := range ids {
			p := list + "[" + strconv.Itoa(i) + "]"
			if id == "" {
				c.add(cd.posOf(p), "load.catalogus.id", list)
				continue
			}
			key := list + "/" + id
			if first, dup := at[key]; dup {
				if first.doc != cd {
					c.add(cd.posOf(p+".id"), "load.catalogus.dubbel", id, list, first.pos("id").String())
				}
				continue
			}
			at[key] = catEntry{doc: cd, path: p}
		}
	}
	check("soorten", ids(part.Soorten, func(x model.SoortGrondslag) string { return x.ID }))
	check("grondslagen", ids(part.Grondslagen, func(x model.CatGrondslag) string { return x.ID }))
	check("categorieen", ids(part.Categorieen, func(x model.CatCategorie) string { return x.ID }))
	check("criteria", ids(part.Criteria, func(x model.CatCriterium) string { return x.ID }))
	check("ap_lijst", ids(part.APLijst, func(x model.CatAPCategorie) string { return x.ID }))
	check("bewaartermijnen", ids(part.Bewaartermijnen, func(x model.CatBewaartermijn) string { return x.ID }))
	check("rechten", ids(part.Rechten, func(x model.CatRecht) string { return x.ID }))
}

// dektAllowed are the kinds of data whose prohibition a basis can lift (`dekt`): the special kinds of a category.
var dektAllowed = []string{string(model.BijzonderArt9), string(model.BijzonderArt10), string(model.BijzonderBSN)}

// checkDekt reports a value of a basis's `dekt` that is no kind of special data: with a typo the basis would lift
// nothing, and every verwerking that relies on it would get a finding it does not deserve.
func checkDekt(cd *doc, part *model.Catalogus, c *collector) {
	for i, g := range part.Grondslagen {
		for j, k := range g.Dekt {
			if slices.Contains(dektAllowed, k) {
				continue
			}
			at := cd.posOf("grondslagen[" + strconv.Itoa(i) + "].dekt[" + strconv.Itoa(j) + "]")
			if sug := suggest.Closest(k, dektAllowed); sug != "" {
				c.add(at, "load.enum.suggestie", k, "dekt", strings.Join(dektAllowed, ", "), sug)
			} else {
				c.add(at, "load.enum", k, "dekt", strings.Join(dektAllowed, ", "))
			}
		}
	}
}

// placeholderName is the name a placeholder that starts with the '{' at src[i] gives, closed or not: the run of
// a-z and dots after it, without a closing dot ("{fg.naam. Deze" gives fg.naam).
func placeholderName(src string, i int) string {
	j := i + 1
	for j < len(src) && ('a' <= src[j] && src[j] <= 'z' || src[j] == '.') {
		j++
	}
	return strings.TrimRight(src[i+1:j], ".")
}

func ids[T any](xs []T, key func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = key(x)
	}
	return out
}

// checkPlaceholders reports each placeholder in a text whose name the documents do not fill in, and a known
// placeholder that is not closed ({fg.naam without its }) or stands in double braces ({{fg.naam}}): either way its
// braces would reach the reader.
func checkPlaceholders(file, src string, c *collector) {
	for i := strings.IndexByte(src, '{'); i >= 0; {
		end := model.PlaceholderEnd(src, i)
		switch name := placeholderName(src, i); {
		case end < 0 && slices.Contains(model.Placeholders, name) && !strings.HasPrefix(src[i+1:], "{"):
			c.add(offsetPos(file, []byte(src[:i]), i), "load.plaatshouder.open", name)
		case end > 0 && i > 0 && src[i-1] == '{' && end < len(src) && src[end] == '}' && slices.Contains(model.Placeholders, name):
			c.add(offsetPos(file, []byte(src[:i-1]), i-1), "load.plaatshouder.dubbel", src[i+1:end-1])
		}
		if end > 0 {
			if name := src[i+1 : end-1]; !slices.Contains(model.Placeholders, name) {
				at := offsetPos(file, []byte(src[:i]), i)
				if sug := suggest.Closest(name, model.Placeholders); sug != "" {
					c.add(at, "load.plaatshouder.suggestie", name, sug)
				} else {
					c.add(at, "load.plaatshouder", name, "{"+strings.Join(model.Placeholders, "}, {")+"}")
				}
			}
		}
		next := strings.IndexByte(src[i+1:], '{')
		if next < 0 {
			break
		}
		i += 1 + next
	}
}
