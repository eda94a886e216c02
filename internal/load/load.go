// Package load reads a site from disk: pia.toml, the questionnaires under content/verwerkingen/, the Markdown pages
// under content/, and the template packs (the site's own over the embedded ones). It merges every verwerking with
// its template chain and returns the typed model, or every load error of every file at once.
//
// Loading checks form, not content: TOML syntax, types, unknown keys, enum values, ids, and whether templates and
// packs exist. Whether a reference inside a verwerking points at something is for the rules (onbekende-verwijzing).
package load

import (
	"bytes"
	"cmp"
	"errors"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/parallel"
	"github.com/pia-nl/pia/internal/suggest"
	"github.com/pia-nl/pia/internal/theme"
)

// Options tune loading.
type Options struct {
	// Embedded holds the tool's own pia-templates/ and themes/; nil loads only the site's.
	Embedded fs.FS
	// SiteFS reads the site; nil uses osfile.DirFS(dir).
	SiteFS fs.FS
	// OutputElsewhere says that the output folder is not pia.toml's uitvoer (pia build --uitvoer): an uitvoer that
	// pia build would refuse is then no error. pia check and pia serve report it, so that pia build does not
	// refuse a site they accept.
	OutputElsewhere bool
}

// Load reads the site in dir. On failure the error is Errors, sorted by file and position.
func Load(dir string, opt Options) (*model.Site, error) {
	fsys := opt.SiteFS
	if fsys == nil {
		fsys = osfile.DirFS(dir)
	}
	l := &loader{fsys: fsys, c: &collector{lang: i18n.Default}}
	site := l.load(dir, opt)
	if len(l.c.errs) > 0 {
		l.c.errs.sort()
		return nil, l.c.errs
	}
	return site, nil
}

type loader struct {
	fsys fs.FS
	c    *collector
	reg  *registry
	// selected are the packs of pia.toml's sjablonen with their bases, bases first, without repeats.
	selected []*packDir
	// chosen are the pack references in pia.toml's sjablonen, as written, to show the line that adds one.
	chosen []string
	// templates caches merged template docs by "pack/id".
	templates map[string]*resolved
	// vragen are the questions of the selected packs, for the keys of [antwoorden].
	vragen *model.Vragenlijst
	// anyPack lets a template extend a template of any pack there is, not only of a selected one: pia sjablonen
	// checks a pack that a site may choose together with the packs it needs.
	anyPack bool
}

// resolved is a template after its own chain has been merged.
type resolved struct {
	doc   *doc
	pack  *packDir
	chain []model.TemplateRef
	base  *model.Verwerking
	// pos gives the positions of base's values, which may have lost references to removed entries (dropRemoved),
	// as positions in the files of the chain.
	pos model.PosTable
}

func (l *loader) load(dir string, opt Options) *model.Site {
	embedded := opt.Embedded
	site := &model.Site{Dir: dir}
	if !l.loadConfig(&site.Config) {
		return site
	}
	l.checkConfigFiles(&site.Config, embedded)
	if !opt.OutputElsewhere {
		l.checkUitvoer(dir, &site.Config)
	}
	l.c.lang = i18n.Lang(site.Config.Taal)
	l.reg = newRegistry(l.fsys, embedded, l.c)
	l.selectPacks(&site.Config)
	if len(l.c.errs) > 0 {
		return site
	}
	site.Vragen = &model.Vragenlijst{}
	site.Teksten = map[string]string{}
	for _, d := range l.selected {
		site.Vragen = site.Vragen.Merge(d.pack.Vragen)
		for k, v := range d.pack.Teksten {
			site.Teksten[k] = v
		}
	}
	l.vragen = site.Vragen
	var catAt map[string]catEntry
	site.Catalogus, catAt = mergeCatalogs(l.selected)
	for _, ref := range site.Config.Sjablonen {
		if d, _ := l.reg.find(ref); d != nil {
			site.Packs = append(site.Packs, d.pack)
		}
	}
	l.checkCatalog(site.Catalogus, catAt)
	l.applyVerified(&site.Config, site.Catalogus)
	site.Verwerkingen = l.loadVerwerkingen()
	site.Pages = l.loadPages()
	return site
}

func (l *loader) loadConfig(cfg *model.Config) bool {
	src, err := fs.ReadFile(l.fsys, "pia.toml")
	if err != nil {
		if osfile.Missing(err) {
			l.c.add(model.Pos{File: "pia.toml"}, "load.geen-config")
		} else {
			l.c.add(model.Pos{File: "pia.toml"}, "load.lezen", osfile.Reason(l.c.lang, err))
		}
		return false
	}
	d := parseDoc("pia.toml", src, l.c)
	if d == nil {
		return false
	}
	(&decoder{d: d, errs: l.c}).decode(d.m, cfg)
	cfg.File = "pia.toml"
	cfg.Pos = model.NewPositions(d.pos)
	if cfg.Taal == "" {
		cfg.Taal = string(i18n.Default)
	}
	if cfg.Taal != "nl" && cfg.Taal != "en" {
		l.c.add(d.posOf("taal"), "load.enum", cfg.Taal, "taal", "nl, en")
	} else if !i18n.Lang(cfg.Taal).Available() {
		cfg.TaalGevraagd, cfg.Taal = cfg.Taal, string(i18n.Default)
	}
	if cfg.Thema == "" {
		cfg.Thema = "default"
	}
	if cfg.Uitvoer == "" {
		cfg.Uitvoer = "output"
	} else if strings.TrimSpace(cfg.Uitvoer) == "" || strings.ContainsFunc(cfg.Uitvoer, unicode.IsControl) {
		// A folder named " " looks like none in every message, and one with a line break cannot be typed.
		l.c.add(d.posOf("uitvoer"), "load.uitvoer.naam", cfg.Uitvoer)
	}
	if strings.TrimSpace(cfg.Titel) == "" {
		// The title heads every page and names the site in the browser's tab.
		cfg.Titel = i18n.Lang(cfg.Taal).T("load.titel-standaard")
		if naam := strings.TrimSpace(cfg.Organisatie.Naam); naam != "" {
			cfg.Titel = i18n.Lang(cfg.Taal).T("load.titel-standaard-van", naam)
		}
	}
	if !strictID.MatchString(cfg.Thema) {
		l.c.add(d.posOf("thema"), "load.thema", cfg.Thema)
	}
	if cfg.BasisURL != "" {
		u, err := url.Parse(cfg.BasisURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			l.c.add(d.posOf("basis_url"), "load.basis-url", cfg.BasisURL)
		}
	}
	// The website is a link in every privacy statement: only a web address, not javascript: or a mail address. A
	// host name without https:// in front ("www.voorbeeldstad.nl") is taken as the web address it is.
	if w := strings.TrimSpace(cfg.Organisatie.Website); w != "" {
		if !strings.Contains(w, ":") && strings.Contains(w, ".") && !strings.ContainsAny(w, " @") {
			w = "https://" + w
			cfg.Organisatie.Website = w
		}
		u, err := url.Parse(w)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(w, " <>\"") {
			l.c.add(d.posOf("organisatie.website"), "load.website", w)
		}
	}
	return true
}

// checkConfigFiles reports a logo or theme in pia.toml that does not exist, so that pia check finds what would
// stop the build. Themes are looked up as the build does, in the site and in the tool's own; a load without the
// tool's files (embedded nil, as in tests of the loader alone) does not check the theme.
func (l *loader) checkConfigFiles(cfg *model.Config, embedded fs.FS) {
	// The logo is copied into the output at its own path, so it must be an image inside the site: a path outside
	// it (../, an absolute path) would leave the pages with a broken image, and another kind of file could take the
	// place of a page.
	if logo := cfg.Organisatie.Logo; logo != "" {
		at := cfg.Pos.Of("organisatie.logo")
		clean := path.Clean(logo)
		switch {
		case strings.Contains(logo, `\`) || !fs.ValidPath(clean) || clean == ".":
			l.c.add(at, "load.logo.buiten", logo)
		case !logoExtensions[strings.ToLower(path.Ext(clean))]:
			l.c.add(at, "load.logo.soort", logo)
		default:
			if fi, err := fs.Stat(l.fsys, clean); err != nil && !osfile.Absent(l.fsys, clean, err) {
				// There, or in a folder that is there, but not to be read: say why, not that it does not exist.
				l.c.add(at, "load.lezen", l.folderReason(clean, err))
			} else if err != nil || fi.IsDir() {
				l.c.add(at, "load.logo", logo)
			} else if b, err := fs.ReadFile(l.fsys, clean); err != nil {
				l.c.add(at, "load.lezen", osfile.Reason(l.c.lang, err))
			} else if !logoIsImage(b) {
				l.c.add(at, "load.logo.inhoud", logo)
			}
		}
	}
	if embedded != nil && strictID.MatchString(cfg.Thema) {
		if _, err := theme.Open(l.fsys, embedded, cfg.Thema); err != nil {
			var pe *fs.PathError
			if dir := "themes/" + cfg.Thema; errors.As(err, &pe) {
				// The folder is there but does not open: say so, rather than that the theme does not exist.
				l.c.add(cfg.Pos.Of("thema"), "load.thema.lezen", dir, l.folderReason(dir, err))
			} else {
				l.c.add(cfg.Pos.Of("thema"), "load.thema.onbekend", cfg.Thema, cfg.Thema)
			}
		}
	}
}

// logoIsImage reports whether b is an image a browser shows: a PNG, JPEG, GIF or WebP by its signature, whatever
// its extension says (browsers look at the content), or an SVG, which has an <svg element somewhere (after a
// comment or a DOCTYPE, maybe in UTF-16). A file that is none of these, such as text or HTML, shows as a broken
// image on every page.
func logoIsImage(b []byte) bool {
	if strings.HasPrefix(http.DetectContentType(b), "image/") {
		return true
	}
	for _, svg := range [][]byte{[]byte("<svg"), []byte(":svg"), []byte("<\x00s\x00v\x00g\x00"), []byte("\x00<\x00s\x00v\x00g")} {
		if bytes.Contains(b, svg) {
			return true
		}
	}
	return false
}

// logoExtensions are the kinds of image a browser shows as a logo.
var logoExtensions = map[string]bool{".svg": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true}

// selectPacks resolves sjablonen and the bases of each pack, reporting unknown packs, versions and cycles.
func (l *loader) selectPacks(cfg *model.Config) {
	w := newPackWalk(l.reg, l.c)
	for i, ref := range cfg.Sjablonen {
		at := cfg.Pos.Of("sjablonen[" + itoa(i) + "]")
		d, msg := l.reg.find(ref)
		if d == nil {
			l.c.errs = append(l.c.errs, &Error{Pos: at, Msg: msg})
			continue
		}
		w.visit(d, nil, at)
	}
	l.selected = w.order
	l.chosen = cfg.Sjablonen
}

// notChosen says that pia.toml does not choose the pack name and shows its sjablonen line with the pack added.
func (l *loader) notChosen(name string) string {
	packName, _, _ := strings.Cut(name, "@")
	refs := make([]string, 0, len(l.chosen)+1)
	for _, r := range l.chosen {
		if n, _, _ := strings.Cut(r, "@"); n != packName { // another version of it is replaced
			refs = append(refs, strconv.Quote(r))
		}
	}
	refs = append(refs, strconv.Quote(name))
	return l.c.lang.T("load.sjabloon.niet-gekozen", name, "sjablonen = ["+strings.Join(refs, ", ")+"]")
}

// applyVerified clears the unverified mark (onzeker) of the catalogue entries pia.toml's geverifieerd names: the
// organisation's jurist has checked them, so neither pia check nor the documents ask for it any more. cat is the
// site's own merge of the packs' catalogues, so the packs keep their marks. An id the catalogue does not have is
// an error: with a typo, the entry meant would still be marked.
func (l *loader) applyVerified(cfg *model.Config, cat *model.Catalogus) {
	// The entries that can carry the mark, each with its id and its mark.
	type entry struct {
		id      string
		onzeker *bool
	}
	var entries []entry
	for i := range cat.Grondslagen {
		entries = append(entries, entry{cat.Grondslagen[i].ID, &cat.Grondslagen[i].Onzeker})
	}
	for i := range cat.Bewaartermijnen {
		entries = append(entries, entry{cat.Bewaartermijnen[i].ID, &cat.Bewaartermijnen[i].Onzeker})
	}
	for i := range cat.APLijst {
		entries = append(entries, entry{cat.APLijst[i].ID, &cat.APLijst[i].Onzeker})
	}
	var marked []string // for the suggestion: the ids that carry the mark
	for _, e := range entries {
		if *e.onzeker {
			marked = append(marked, e.id)
		}
	}
	for i, id := range cfg.Geverifieerd {
		found := false
		for _, e := range entries {
			if e.id == id {
				*e.onzeker, found = false, true
			}
		}
		if found {
			continue
		}
		at := cfg.Pos.Of("geverifieerd[" + itoa(i) + "]")
		if sug := suggest.Closest(id, marked); sug != "" {
			l.c.add(at, "load.geverifieerd.suggestie", id, sug)
		} else {
			l.c.add(at, "load.geverifieerd", id, strings.Join(marked, ", "))
		}
	}
}

// mergeCatalogs merges the catalogues of packs, bases first, and says where each entry of the result is defined.
func mergeCatalogs(packs []*packDir) (*model.Catalogus, map[string]catEntry) {
	cat, at := &model.Catalogus{}, map[string]catEntry{}
	for _, d := range packs {
		cat = cat.Merge(d.pack.Catalogus)
		// As in Merge, an entry of a later pack replaces one with the same id.
		for k, e := range d.catAt {
			at[k] = e
		}
	}
	return cat, at
}

// checkCatalog reports catalogue entries that refer to an entry the merged catalogue does not define: a basis's
// kind (soort) and the categories it is restricted to, and the rights a kind of basis gives. Each is reported at the
// field that refers, in the file of the entry; at says where each entry is defined.
func (l *loader) checkCatalog(cat *model.Catalogus, at map[string]catEntry) {
	soorten := ids(cat.Soorten, func(x model.SoortGrondslag) string { return x.ID })
	rechten := ids(cat.Rechten, func(x model.CatRecht) string { return x.ID })
	categorieen := ids(cat.Categorieen, func(x model.CatCategorie) string { return x.ID })
	for _, g := range cat.Grondslagen {
		e := at["grondslagen/"+g.ID]
		if g.Soort != "" && cat.Soort(g.Soort) == nil {
			l.c.add(e.pos("soort"), "load.catalogus.soort", g.ID, g.Soort, l.choice(g.Soort, soorten, "soorten"))
		}
		for j, id := range g.Categorieen {
			if cat.Categorie(id) == nil {
				l.c.add(e.pos("categorieen["+itoa(j)+"]"), "load.catalogus.categorie", g.ID, id,
					l.choice(id, categorieen, "categorieen"))
			}
		}
	}
	for _, s := range cat.Soorten {
		e := at["soorten/"+s.ID]
		if len(rechten) == 0 && len(s.Rechten) > 0 {
			// One error for a catalogue without rights, not one for every right every kind names.
			l.c.add(e.pos("rechten"), "load.catalogus.geen-rechten", s.ID, strings.Join(s.Rechten, ", "))
			break
		}
		for j, id := range s.Rechten {
			if cat.Recht(id) == nil {
				l.c.add(e.pos("rechten["+itoa(j)+"]"), "load.catalogus.recht", s.ID, id, l.choice(id, rechten, "rechten"))
			}
		}
		// A right limited by a kind must be one the kind gives: otherwise the limit would never show.
		for j, id := range s.Beperkt {
			if slices.Contains(s.Rechten, id) {
				continue
			}
			end := ""
			if sug := suggest.Closest(id, s.Rechten); sug != "" {
				end = l.c.lang.T("load.catalogus.bedoelde", sug)
			}
			l.c.add(e.pos("beperkt["+itoa(j)+"]"), "load.catalogus.beperkt", s.ID, id, end)
		}
	}
}

// choice ends a message about an id that the catalogue's list does not hold: the id meant, the ids to choose from,
// or, when the list is empty, that it must be filled or the id removed.
func (l *loader) choice(id string, have []string, list string) string {
	if len(have) == 0 {
		return l.c.lang.T("load.catalogus.geen", list, id)
	}
	if sug := suggest.Closest(id, have); sug != "" {
		return l.c.lang.T("load.catalogus.bedoelde", sug)
	}
	return l.c.lang.T("load.catalogus.kies", strings.Join(have, ", "))
}

// packFor finds the pack named in a template reference among the selected packs; "name@version" is allowed.
func (l *loader) packFor(name string) (*packDir, string) {
	if strings.Contains(name, "@") {
		d, msg := l.reg.find(name)
		if d == nil {
			return nil, msg
		}
		for _, s := range l.selected {
			if s == d {
				return d, ""
			}
		}
		if l.anyPack {
			return d, ""
		}
		return nil, l.notChosen(name)
	}
	for _, s := range l.selected {
		if s.pack.Naam == name {
			return s, ""
		}
	}
	d, msg := l.reg.find(name)
	if d == nil {
		return nil, msg
	}
	if l.anyPack {
		return d, ""
	}
	return nil, l.notChosen(name)
}

// resolve returns the template "pack/id" with its own chain merged, reporting missing and circular templates at
// the position of the reference.
func (l *loader) resolve(ref string, at model.Pos, stack []string) *resolved {
	for _, s := range stack {
		if s == ref {
			l.c.add(at, "load.sjabloon.cyclus", strings.Join(append(stack, ref), " → "))
			return nil
		}
	}
	if r, ok := l.templates[ref]; ok {
		return r
	}
	packName, id, ok := strings.Cut(ref, "/")
	if !ok || packName == "" || id == "" || strings.Contains(id, "/") {
		l.c.add(at, "load.sjabloon.vorm", ref)
		return nil
	}
	d, msg := l.packFor(packName)
	if d == nil {
		l.c.errs = append(l.c.errs, &Error{Pos: at, Msg: msg})
		return nil
	}
	td, ok := d.docs[id]
	if !ok {
		if sug := suggest.Closest(id, d.pack.Verwerkingen); sug != "" {
			l.c.add(at, "load.sjabloon.onbekend.suggestie", id, d.pack.Naam, sug)
		} else {
			l.c.add(at, "load.sjabloon.onbekend", id, d.pack.Naam, strings.Join(d.pack.Verwerkingen, ", "))
		}
		return nil
	}
	r := &resolved{doc: td, pack: d, chain: []model.TemplateRef{{Ref: d.pack.Naam + "/" + id, File: td.file}}}
	if parent, ok := td.m["sjabloon"].(string); ok && parent != "" {
		pr := l.resolve(parent, td.posOf("sjabloon"), append(stack, ref))
		if pr == nil {
			l.templates[ref] = nil
			return nil
		}
		r.doc = merge(pr.doc, td)
		r.chain = append(r.chain, pr.chain...)
		// The template file is laid over its parent as a site file is laid over a template (verwerkingOf), so that
		// what a file removes takes the references of the files below it, level by level.
		r.base, r.pos = layOver(pr, td, l.toVerwerking(td, id, l.c.lang))
		if r.base.ID == "" {
			r.base.ID = id
		}
		r.base.File, r.base.Base, r.base.Pack = td.file, pr.base, nil // Base: the rules compare level by level
		r.base.Pos = model.NewPositions(r.pos)
	} else {
		r.base = l.toVerwerking(r.doc, id, l.c.lang)
		r.pos = r.doc.pos
	}
	r.base.Chain = r.chain[1:]
	l.templates[ref] = r
	return r
}

// toVerwerking decodes a merged doc; its files were validated one by one, so errors here are not reported again.
func (l *loader) toVerwerking(d *doc, id string, lang i18n.Lang) *model.Verwerking {
	v := &model.Verwerking{}
	(&decoder{d: d, errs: &collector{lang: lang}, vragen: l.vragen}).decode(d.m, v)
	if v.ID == "" {
		v.ID = id
	}
	v.File = d.file
	v.Pos = model.NewPositions(d.pos)
	return v
}

// validateVerwerking checks one verwerking file on its own, types, keys, enums and ids, and returns what it
// decoded: the file's own values. vragen are the questions its answers may answer, nil when not known.
func validateVerwerking(d *doc, fileID string, c *collector, vragen *model.Vragenlijst) *model.Verwerking {
	v := &model.Verwerking{}
	_, extends := d.m["sjabloon"]
	(&decoder{d: d, errs: c, allowVerwijder: extends, vragen: vragen}).decode(d.m, v)
	// An empty id or sjabloon is a slip, not a wish: without the key the id is the file name and there is no
	// template, and the file should say so by leaving it out.
	if s, ok := d.m["id"].(string); ok && s == "" {
		c.add(d.posOf("id"), "load.id.leeg", fileID)
	}
	if s, ok := d.m["sjabloon"].(string); ok && s == "" {
		c.add(d.posOf("sjabloon"), "load.sjabloon.leeg")
	}
	if v.ID != "" && v.ID != fileID {
		switch {
		case strings.Contains(v.ID, "/") || strings.Contains(v.ID, ".."):
			c.add(d.posOf("id"), "load.id.pad", v.ID)
		case !strictID.MatchString(v.ID):
			c.add(d.posOf("id"), "load.id.verwerking", v.ID)
		}
	}
	if v.Sjabloon != "" && strings.Contains(v.Sjabloon, "..") {
		c.add(d.posOf("sjabloon"), "load.sjabloon.vorm", v.Sjabloon)
	}
	if id := cmp.Or(v.ID, fileID); len(id) > MaxIDLen {
		c.add(d.posOf("id"), "load.id.lang", string([]rune(id)[:40])+"…", len(id), MaxIDLen)
	}
	return v
}

// MaxIDLen is the longest id of a verwerking, in bytes. The id becomes file names, the longest of which is
// pdf/<id>-privacyverklaring.pdf, and a file system allows 255 bytes per name.
const MaxIDLen = 200

type fileResult struct {
	v   *model.Verwerking
	id  string
	pos model.Pos // of the id, for duplicate-id messages
	c   *collector
	// failedRef is a template reference that could not be resolved; its errors are reported after the parallel
	// phase, in file order, so that the output does not depend on which worker came first.
	failedRef string
	refPos    model.Pos
}

// verwerkingenDir holds the questionnaires, also in sub-folders (a large register is kept per domain).
const verwerkingenDir = "content/verwerkingen"

// IsQuestionnaire reports whether the slash path f, relative to the site, is a questionnaire pia reads: a .toml
// file in content/verwerkingen or a sub-folder of it, neither it nor a folder on the way named with a leading dot.
func IsQuestionnaire(f string) bool {
	rest, ok := strings.CutPrefix(f, verwerkingenDir+"/")
	if !ok || !strings.HasSuffix(rest, ".toml") {
		return false
	}
	for _, d := range strings.Split(rest, "/") {
		if d == "" || hidden(d) {
			return false
		}
	}
	return true
}

// hidden reports whether pia passes by a file or folder of the site's content/ or pia-templates/ (and a theme's
// files): its name starts with a dot. Tools write such files unasked beside the real ones, as macOS does on network
// shares and USB sticks (._wmo.toml, .DS_Store) and Emacs while a file is edited (the link .#wmo.toml); a folder
// named so (.oud/) is set aside.
func hidden(name string) bool { return strings.HasPrefix(name, ".") }

// Hidden reports whether pia passes by the file at the slash path f, relative to the site, when it reads the site
// or copies static/: in content/, pia-templates/ and themes/ a file or folder whose name starts with a dot. static/
// is copied as it is, with its hidden files for the web server (.htaccess, .well-known/), except those that macOS
// and editors write unasked: ._logo.svg, .DS_Store and .#logo.svg. pia serve does not rebuild for a change to them.
func Hidden(f string) bool {
	top, rest, ok := strings.Cut(f, "/")
	if !ok {
		return false
	}
	if top == "static" {
		name := path.Base(rest)
		return strings.HasPrefix(name, "._") || strings.HasPrefix(name, ".#") || name == ".DS_Store"
	}
	for _, d := range strings.Split(rest, "/") {
		if hidden(d) {
			return true
		}
	}
	return false
}

// LogoPath returns the logo that the site in dir names in pia.toml, as a clean slash path relative to the site,
// or "" when it names none or pia.toml does not parse. It reads nothing else, so that a watcher knows where the logo
// is also while the site does not load (a logo that is missing is one reason for that).
func LogoPath(dir string) string {
	src, err := osfile.ReadFile(filepath.Join(dir, "pia.toml"))
	if err != nil {
		return ""
	}
	var cfg struct {
		Organisatie struct {
			Logo string `toml:"logo"`
		} `toml:"organisatie"`
	}
	if _, err := toml.Decode(string(src), &cfg); err != nil || strings.TrimSpace(cfg.Organisatie.Logo) == "" {
		return ""
	}
	return path.Clean(cfg.Organisatie.Logo)
}

// DeclaredID returns the id that the questionnaire src (read from file) gives itself with `id = "…"`, and where;
// "" when it gives none or is no valid TOML, which loading the site reports.
func DeclaredID(file string, src []byte) (string, model.Pos) {
	d := parseDoc(file, src, &collector{lang: i18n.Default})
	if d == nil {
		return "", model.Pos{}
	}
	id, _ := d.m["id"].(string)
	return id, d.posOf("id")
}

// questionnaires lists the questionnaires in content/verwerkingen and its sub-folders, sorted. Files and folders
// whose name starts with a dot are skipped. It reports the files that look like a questionnaire but are not read because
// their name does not end in .toml: wmo.TOML, wmo.toml.txt (as some editors save), wmo.tml. Without this such a
// verwerking would silently be missing from the site.
func (l *loader) questionnaires() []string {
	var files []string
	_ = fs.WalkDir(l.fsys, verwerkingenDir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == verwerkingenDir && osfile.Absent(l.fsys, p, err) {
				return nil // a site without questionnaires yet; a folder gone behind a link would empty the site
			}
			// A folder that cannot be read is not an empty one: building on would empty the published site.
			l.c.add(model.Pos{File: p}, "load.map-lezen", p, l.folderReason(p, err))
			return nil
		}
		if p == verwerkingenDir && !e.IsDir() {
			l.c.add(model.Pos{File: p}, "load.map-lezen", p, osfile.Reason(l.c.lang, syscall.ENOTDIR))
			return nil
		}
		name := e.Name()
		if e.IsDir() {
			if p != verwerkingenDir && hidden(name) {
				return fs.SkipDir
			}
			return nil
		}
		if hidden(name) {
			return nil
		}
		if strings.HasSuffix(name, ".toml") {
			files = append(files, p)
			return nil
		}
		if l.linkedFolder(p, e) {
			return nil
		}
		lower := strings.ToLower(name)
		var base string
		switch {
		case strings.HasSuffix(lower, ".toml"):
			base = name[:len(name)-len(".toml")]
		case strings.HasSuffix(lower, ".toml.txt"):
			base = name[:len(name)-len(".toml.txt")]
		case strings.HasSuffix(lower, ".tml"):
			base = name[:len(name)-len(".tml")]
		default:
			return nil
		}
		l.c.add(model.Pos{File: p}, "load.extensie", name, strings.ToLower(base)+".toml")
		return nil
	})
	sort.Strings(files)
	return files
}

// folderReason says why the folder dir cannot be walked; for a link to a folder that is gone, that.
func (l *loader) folderReason(dir string, err error) string {
	return linkReason(l.fsys, "", dir, err, l.c.lang)
}

// linkReason is why name in fsys cannot be read: that it, or a folder of its path, is a link to nothing (named
// with prefix, the place of fsys in the site), or the reason of err.
func linkReason(fsys fs.FS, prefix, name string, err error, lang i18n.Lang) string {
	if d := osfile.BrokenLink(fsys, name); d != "" {
		return lang.T("load.link-weg", prefix+d)
	}
	return osfile.Reason(lang, err)
}

// linkedFolder reports a symbolic link to a folder, which the walk over content/ does not follow: without the
// message the questionnaires or pages in it would silently be missing from the site.
func (l *loader) linkedFolder(p string, e fs.DirEntry) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	if fi, err := fs.Stat(l.fsys, p); err != nil || !fi.IsDir() {
		return false
	}
	l.c.add(model.Pos{File: p}, "load.link-map", e.Name())
	return true
}

// loadVerwerkingen reads every content/verwerkingen/*.toml in parallel. Each worker parses, checks, merges and
// converts one file at once, so a file's generic tree is garbage as soon as its verwerking exists: on a site of
// thousands of questionnaires the raw trees are never all in memory together. Templates are resolved once, under
// a lock, and shared.
func (l *loader) loadVerwerkingen() []*model.Verwerking {
	files := l.questionnaires()
	results := make([]fileResult, len(files))
	l.templates = map[string]*resolved{}
	lang := l.c.lang
	var mu sync.Mutex // guards l.templates and l.c during template resolution
	parallel.For(len(files), func(i int) {
		f := files[i]
		c := &collector{lang: lang}
		results[i].c = c
		id := strings.TrimSuffix(path.Base(f), ".toml")
		if !strictID.MatchString(id) {
			c.add(model.Pos{File: f}, "load.bestandsnaam", path.Base(f))
			return
		}
		src, err := fs.ReadFile(l.fsys, f)
		if err != nil {
			c.add(model.Pos{File: f}, "load.lezen", linkReason(l.fsys, "", f, err, c.lang))
			return
		}
		d := parseDoc(f, src, c)
		if d == nil {
			return
		}
		ownStrings(d.m)
		own := validateVerwerking(d, id, c, l.vragen)
		if s, ok := d.m["id"].(string); ok && s != "" {
			id = s
		}
		results[i].id, results[i].pos = id, d.posOf("id")
		var t *resolved
		if ref, ok := d.m["sjabloon"].(string); ok && ref != "" {
			mu.Lock()
			t, ok = l.templates[ref]
			if !ok {
				main := l.c
				l.c = &collector{lang: lang} // errors are reported below, in file order
				t = l.resolve(ref, d.posOf("sjabloon"), nil)
				l.c = main
			}
			mu.Unlock()
			if t == nil {
				results[i].failedRef, results[i].refPos = ref, d.posOf("sjabloon")
				return
			}
		}
		if t != nil {
			checkVerwijder(t.doc, d, c)
		}
		if len(c.errs) > 0 {
			return
		}
		results[i].v = verwerkingOf(d, own, t, id, f)
	})

	first := map[string]int{} // the index of the first file with an id
	// named says that the i-th file sets its id with id = …, rather than by its file name.
	named := func(i int) bool { return results[i].id != strings.TrimSuffix(path.Base(files[i]), ".toml") }
	out := make([]*model.Verwerking, 0, len(results))
	for i := range results {
		r := &results[i]
		l.c.errs = append(l.c.errs, r.c.errs...)
		if r.failedRef != "" {
			// Resolve again without the cached failure, so every file gets the reason at its own reference.
			for ref, t := range l.templates {
				if t == nil {
					delete(l.templates, ref)
				}
			}
			l.resolve(r.failedRef, r.refPos, nil)
		}
		if r.id == "" {
			continue
		}
		if j, dup := first[r.id]; dup {
			// The message goes to the file whose id = … takes an id that another file has by its name: that is
			// the one to change. Otherwise to the later file.
			at, other := r.pos, files[j]
			if named(j) && !named(i) {
				at, other = results[j].pos, files[i]
			}
			l.c.add(at, "load.id.dubbel-verwerking", r.id, other)
			continue
		}
		first[r.id] = i
		if r.v != nil {
			out = append(out, r.v)
		}
	}
	if len(l.c.errs) > 0 {
		return nil
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }
