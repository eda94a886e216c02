// Package build turns a site into its output folder: load → rules → documents → render HTML and PDF → write.
// Everything is built in a temporary folder next to the output and swapped in at the end, so a failed build leaves
// the previous output as it was. The same input gives the same bytes.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/parallel"
	"github.com/pia-nl/pia/internal/render/html"
	"github.com/pia-nl/pia/internal/render/pdf"
	"github.com/pia-nl/pia/internal/rules"
	"github.com/pia-nl/pia/internal/theme"
)

// Options say what to build where.
type Options struct {
	Source   string // the site folder
	Output   string // the output folder; "" uses pia.toml's uitvoer, relative to the site
	HTML     bool
	PDF      bool
	Embedded fs.FS // the tool's own packs and themes
	// Preview keeps links between pages and documents relative, whatever basis_url says, so that a local server
	// (pia serve) shows its own pages when they are followed rather than the published site.
	Preview bool
	// Progress, when set, receives a progress line per finished stage; Live rewrites one line while rendering.
	Progress io.Writer
	Live     bool
	// Context, when set, stops the build when it is done: no file is written after that, the fresh output folder
	// is removed, the previous output stays, and Build returns the context's error.
	Context context.Context
}

// Result summarises a build.
type Result struct {
	Output                           string
	Pages                            int // HTML pages written
	PDFs                             int
	Files                            int // every file written
	Verwerkingen                     int
	Fouten, Waarschuwingen, Adviezen int
	Duration                         time.Duration
	Lang                             i18n.Lang
	// Leftover is the previous output when it could not be removed after the new one was put in its place, and
	// LeftoverErr says why; the build itself succeeded.
	Leftover    string
	LeftoverErr error
}

// Build builds the site. On a load error it returns load.Errors and writes nothing.
func Build(opt Options) (*Result, error) {
	start := time.Now()
	ctx := opt.Context
	if ctx == nil {
		ctx = context.Background()
	}
	site, err := load.Load(opt.Source, load.Options{Embedded: opt.Embedded, OutputElsewhere: opt.Output != ""})
	if err != nil {
		return nil, err
	}
	lang := i18n.Lang(site.Config.Taal)
	prog := newProgress(opt.Progress, opt.Live, lang)
	prog.stage("build.stap.geladen", len(site.Verwerkingen), len(site.Pages), lang.Decimal(time.Since(start).Seconds(), 1))
	report := rules.Evaluate(site)
	out := opt.Output
	if out == "" {
		out = filepath.Join(opt.Source, filepath.FromSlash(site.Config.Uitvoer))
	}
	if err := guardSource(out, opt.Source, lang); err != nil {
		return nil, err
	}
	p, err := NewPipeline(site, opt)
	if err != nil {
		return nil, err
	}
	p.progress = prog
	p.pages = &pagePool{}
	res := &Result{Output: out, Verwerkingen: len(site.Verwerkingen), Lang: lang, Fouten: report.Count(rules.Fout),
		Waarschuwingen: report.Count(rules.Waarschuwing), Adviezen: report.Count(rules.Advies)}
	var pages, pdfs, files atomic.Int64
	res.Leftover, res.LeftoverErr = writeAtomic(out, lang, func(t *tree) error {
		q := newQueue(t, fileWriters, 64, func(name string, b []byte) {
			// Every .html file Render hands out is a slice of its own that nothing else refers to: the pages,
			// the search page and the copies of the site's static files. Other files are not reused.
			if filepath.Ext(name) == ".html" {
				p.pages.put(b)
			}
		})
		err := p.Render(report, func(name string, b []byte) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			files.Add(1)
			switch filepath.Ext(name) {
			case ".html":
				pages.Add(1)
			case ".pdf":
				pdfs.Add(1)
			}
			return q.put(name, b)
		})
		if qerr := q.close(); err == nil {
			err = qerr
		}
		if err == nil {
			err = ctx.Err() // stopped after the last file: still not swapped in
		}
		return err
	})
	if res.Leftover == "" && res.LeftoverErr != nil {
		return nil, res.LeftoverErr
	}
	res.Pages, res.PDFs, res.Files = int(pages.Load()), int(pdfs.Load()), int(files.Load())
	res.Duration = time.Since(start)
	return res, nil
}

// fileWriters is the number of goroutines that create the output files while the documents are rendered.
const fileWriters = 2

// Pipeline holds what is parsed once per build and shared by all workers: the theme, the HTML templates and the
// PDF fonts.
type Pipeline struct {
	site  *model.Site
	opt   Options
	html  *html.Renderer
	pdf   *pdf.Renderer
	theme fs.FS
	// progress, when set, counts rendered documents.
	progress *progress
	// pages, when set, gives HTML pages the memory of pages already written.
	pages *pagePool
}

// pagePool recycles the memory of pages: a build hands each page to the writers and gets it back once the file is
// written, so that it does not allocate thousands of page-sized slices for the garbage collector to clear. Pages
// are kept by size, so that a report is not rendered into the buffer of a short statement and grown again.
type pagePool struct {
	classes [maxPageClass + 1]sync.Pool // class k holds pages whose capacity is at least 1<<k and below 1<<(k+1)
	sizes   sync.Map                    // document.Kind → *atomic.Int64: the size of its last page
}

// maxPageClass is the largest class kept: pages of a megabyte or more (the register of a large site) are rare.
const maxPageClass = 19

// get returns an empty page with room for a page of kind, as large as its last one, or nil.
func (pp *pagePool) get(kind document.Kind) []byte {
	if pp == nil {
		return nil
	}
	want := 1
	if n, ok := pp.sizes.Load(kind); ok {
		want = max(int(n.(*atomic.Int64).Load()), 1)
	}
	// The class of want's own size may hold pages a little too small; AppendPage leaves pages some room to spare.
	for k := bits.Len(uint(want)) - 1; k <= min(bits.Len(uint(want)), maxPageClass); k++ {
		if b, ok := pp.classes[k].Get().(*[]byte); ok {
			return (*b)[:0]
		}
	}
	return nil
}

// sized records the size of a page of kind.
func (pp *pagePool) sized(kind document.Kind, n int) {
	if pp == nil {
		return
	}
	v, ok := pp.sizes.Load(kind)
	if !ok {
		v, _ = pp.sizes.LoadOrStore(kind, new(atomic.Int64))
	}
	v.(*atomic.Int64).Store(int64(n))
}

// put keeps b for a next page, unless it is larger than pages usually are.
func (pp *pagePool) put(b []byte) {
	if pp == nil || cap(b) == 0 {
		return
	}
	if k := bits.Len(uint(cap(b))) - 1; k <= maxPageClass {
		pp.classes[k].Put(&b)
	}
}

// NewPipeline prepares the renderers for a loaded site.
func NewPipeline(site *model.Site, opt Options) (*Pipeline, error) {
	lang := i18n.Lang(site.Config.Taal)
	th, err := theme.Open(osfile.DirFS(opt.Source), opt.Embedded, site.Config.Thema)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{site: site, opt: opt, theme: th}
	baseURL := site.Config.BasisURL
	if opt.Preview {
		baseURL = ""
	}
	if opt.HTML {
		logo := ""
		if l := site.Config.Organisatie.Logo; l != "" {
			if _, err := os.Stat(filepath.Join(opt.Source, filepath.FromSlash(l))); err != nil {
				return nil, fmt.Errorf("%s", lang.T("build.logo", l))
			}
			logo = l
		}
		p.html, err = html.New(th, html.Site{Title: site.Config.Titel, Lang: lang, Organisatie: site.Config.Organisatie,
			LogoPath: logo, BaseURL: baseURL, Nav: nav(site), NoPDF: !opt.PDF})
		if err != nil {
			return nil, err
		}
	}
	if opt.PDF {
		// The four faces are one family: a site with a family of its own in fonts/ gets only those, none of pia's
		// mixed in. A site that replaces only some faces, under the names of pia's files, keeps pia's others.
		dir, err := theme.Part(th, "fonts")
		if err != nil {
			return nil, errors.New(lang.T("pdf.fonts.geen-map", osfile.Reason(lang, err)))
		}
		fonts, err := pdf.LoadFontFolder(dir)
		if errors.As(err, new(pdf.MissingFaces)) && theme.SiteHas(th, "fonts") && replacesShipped(th, dir) {
			fonts, err = pdf.LoadFonts(th)
		}
		if err != nil {
			return nil, err
		}
		p.pdf = pdf.New(fonts, pdf.Options{Producer: "pia", BaseURL: baseURL})
	}
	return p, nil
}

// replacesShipped reports whether every font file in the site's folder fonts/ (dir) has the name of one of the
// tool's: a site that replaces faces one by one, rather than bringing a family of its own.
func replacesShipped(th fs.FS, dir fs.FS) bool {
	entries, err := fs.ReadDir(dir, ".")
	if err != nil {
		return false
	}
	for _, e := range entries {
		if strings.EqualFold(path.Ext(e.Name()), ".ttf") && !theme.Shipped(th, "fonts/"+e.Name()) {
			return false
		}
	}
	return true
}

// nav is the site navigation: the overview, the privacy statement, the register and the Markdown pages by weight.
func nav(site *model.Site) []html.NavItem {
	lang := i18n.Lang(site.Config.Taal)
	items := []html.NavItem{
		{Title: lang.T("build.nav.overzicht"), Path: document.Path(document.KindOverzicht, "", document.FormatHTML)},
		{Title: lang.T("build.nav.privacy"), Path: document.Path(document.KindPrivacyOverzicht, "", document.FormatHTML)},
		{Title: lang.T("build.nav.register"), Path: document.Path(document.KindRegister, "", document.FormatHTML)},
	}
	pages := append([]*model.Page(nil), site.Pages...)
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].Gewicht < pages[j].Gewicht })
	for _, p := range pages {
		items = append(items, html.NavItem{Title: p.Titel, Path: document.Path(document.KindPagina, p.Path, document.FormatHTML)})
	}
	return items
}

// Documents builds every document of the site, in a fixed order.
func Documents(site *model.Site, report *rules.Rapport) []*document.Document {
	docs := []*document.Document{
		document.Overzicht(site, report),
		document.PrivacyOverzicht(site, report),
		document.Register(site, report),
	}
	per := make([][]*document.Document, len(report.Resultaten))
	parallel.For(len(report.Resultaten), func(i int) { per[i] = document.ForVerwerking(site, report.Resultaten[i]) })
	for _, ds := range per {
		docs = append(docs, ds...)
	}
	for _, pg := range site.Pages {
		docs = append(docs, document.Pagina(site, pg))
	}
	return docs
}

// Sink receives a rendered file under its slash path relative to the output folder. It is called from several
// goroutines at once. The bytes are the sink's: nothing else refers to them, so it may keep them or reuse them.
type Sink func(name string, b []byte) error

// Render renders every output file and hands it to sink as soon as it is made: a worker builds the three
// documents of one verwerking, renders them as HTML and PDF and lets them go, so memory stays flat however large
// the site. Only the search entries are kept for the index.
func (p *Pipeline) Render(report *rules.Rapport, sink Sink) error {
	site := p.site
	rows := registerRows(site, report) // for the register's page and its files
	siteDocs := siteDocuments(site, report, document.RegisterOf(site, report, rows))
	n := len(siteDocs) + len(report.Resultaten)
	entries := make([][]html.SearchEntry, n)
	pages := len(siteDocs) + 3*len(report.Resultaten) // ForVerwerking makes three documents
	total := 0
	if p.html != nil {
		total += pages
	}
	if p.pdf != nil {
		total += 3 * len(report.Resultaten)
	}
	p.progress.start(total)
	defer p.progress.finish()
	// The register's files are written as soon as they are made, while the pages render, rather than with the
	// search index at the end, where only one core has work.
	regDone := make(chan error, 1)
	if p.html != nil {
		go func() {
			out, err := registerFiles(site, rows)
			for f, b := range out.files() {
				if err == nil {
					err = sink(document.Path(document.KindRegister, "", f), b)
				}
			}
			regDone <- err
		}()
	}
	excerpt := html.ExcerptLen(pages)
	var errs errList
	emit := func(i int, d *document.Document) {
		if p.html != nil {
			b, err := p.HTML(d)
			if err == nil {
				err = sink(document.Path(d.Kind, d.ID, document.FormatHTML), b)
			}
			if err != nil {
				errs.add(err)
				return
			}
			if e, ok := html.EntryFor(d, excerpt); ok {
				entries[i] = append(entries[i], e)
			}
			p.progress.tick()
		}
		if p.pdf != nil && document.HasPDF(d.Kind) {
			b, err := p.PDF(d)
			if err == nil {
				err = sink(document.Path(d.Kind, d.ID, document.FormatPDF), b)
			}
			if err != nil {
				errs.add(err)
				return
			}
			p.progress.tick()
		}
	}
	eachDocument(site, report, siteDocs, emit)
	var regErr error
	if p.html != nil {
		regErr = <-regDone // nothing writes to sink after Render returns
	}
	if err := errs.err(); err != nil {
		return err
	}
	if p.html == nil {
		return nil
	}
	if regErr != nil {
		return regErr
	}
	static, err := p.Static()
	if err != nil {
		return err
	}
	var flat []html.SearchEntry
	for _, es := range entries {
		flat = append(flat, es...)
	}
	lists, err := html.SearchFilesOf(flat)
	if err != nil {
		return err
	}
	for _, m := range []map[string][]byte{static, lists} {
		for _, name := range sortedNames(m) {
			if err := sink(name, m[name]); err != nil {
				return err
			}
		}
	}
	return nil
}

func sortedNames(m map[string][]byte) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// HTML renders one document as an HTML page.
func (p *Pipeline) HTML(d *document.Document) ([]byte, error) {
	b, err := p.html.AppendPage(p.pages.get(d.Kind), d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", document.Path(d.Kind, d.ID, document.FormatHTML), err)
	}
	p.pages.sized(d.Kind, len(b))
	return b, nil
}

// PDF renders one document as PDF.
func (p *Pipeline) PDF(d *document.Document) ([]byte, error) {
	b, err := p.pdf.Bytes(d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", document.Path(d.Kind, d.ID, document.FormatPDF), err)
	}
	return b, nil
}

// HasPDF reports whether the pipeline renders PDF.
func (p *Pipeline) HasPDF() bool { return p.pdf != nil }

// Static returns the files that do not depend on the verwerkingen: the theme's assets, the search page and the
// site's static/ folder.
func (p *Pipeline) Static() (map[string][]byte, error) {
	files := &fileSet{m: map[string][]byte{}}
	assets, err := p.html.Assets()
	if err != nil {
		return nil, err
	}
	for name, b := range assets {
		files.put(name, b)
	}
	search, err := p.html.SearchPage()
	if err != nil {
		return nil, err
	}
	files.put(html.SearchPagePath, search)
	if err := copyStatic(p.opt.Source, p.site.Config.Organisatie.Logo, files); err != nil {
		return nil, err
	}
	return files.m, nil
}

// Probe renders, in memory, one page of each kind a build renders: the home page, the overall privacy statement
// and the register (with the first verwerking only, so that they stay small), the first Markdown page and the documents
// of the first verwerking, as HTML and as PDF; and it opens the files the build copies (the theme's assets, the
// search page, the logo and static/) without reading the files of static/, which may be large. A theme whose layouts
// parse but stop on a page (a field that pages do not have), or a file the build cannot read, fails here as it would
// fail the build, in a fraction of its time. The layouts pia ships are tested on every kind of page; when the site
// brings layouts of its own, which may stop only on some pages (an index past the end of a list, a branch for one
// kind or one verwerking), Probe renders every page as HTML, in memory and on all cores, as the build would.
func (p *Pipeline) Probe(report *rules.Rapport) error {
	site := p.site
	if p.html != nil && theme.SiteHas(p.theme, "layouts") {
		if err := p.probeAllHTML(report); err != nil {
			return err
		}
	}
	first := &rules.Rapport{Site: report.Site}
	if len(report.Resultaten) > 0 {
		first.Resultaten = report.Resultaten[:1]
	}
	var docs []*document.Document
	if p.html != nil {
		if _, err := p.html.Assets(); err != nil {
			return err
		}
		if _, err := p.html.SearchPage(); err != nil {
			return err
		}
		if err := checkStatic(p.opt.Source, site.Config.Organisatie.Logo); err != nil {
			return err
		}
		docs = append(docs, document.Overzicht(site, first), document.PrivacyOverzicht(site, first),
			document.Register(site, first))
		if len(site.Pages) > 0 {
			docs = append(docs, document.Pagina(site, site.Pages[0]))
		}
	}
	if len(first.Resultaten) > 0 {
		docs = append(docs, document.ForVerwerking(site, first.Resultaten[0])...)
	}
	for _, d := range docs {
		if p.html != nil {
			if _, err := p.HTML(d); err != nil {
				return err
			}
		}
		if p.pdf != nil && document.HasPDF(d.Kind) {
			if _, err := p.PDF(d); err != nil {
				return err
			}
		}
	}
	return nil
}

// probeAllHTML renders every page the build would render as HTML, and returns the error that sorts first, as
// Render does.
func (p *Pipeline) probeAllHTML(report *rules.Rapport) error {
	var errs errList
	siteDocs := siteDocuments(p.site, report, document.Register(p.site, report))
	eachDocument(p.site, report, siteDocs, func(_ int, d *document.Document) {
		if _, err := p.HTML(d); err != nil {
			errs.add(err)
		}
	})
	return errs.err()
}

// siteDocuments are the documents of the site besides those of its verwerkingen: the home page, the overall
// privacy statement, the register and the Markdown pages.
func siteDocuments(site *model.Site, report *rules.Rapport, register *document.Document) []*document.Document {
	docs := []*document.Document{document.Overzicht(site, report), document.PrivacyOverzicht(site, report), register}
	for _, pg := range site.Pages {
		docs = append(docs, document.Pagina(site, pg))
	}
	return docs
}

// eachDocument calls emit on all cores with every document a build renders: siteDocs at their index, and each
// verwerking's documents at len(siteDocs) plus the index of the verwerking. A verwerking's documents are made by
// the worker that renders them, so that they are garbage as soon as they are written.
func eachDocument(site *model.Site, report *rules.Rapport, siteDocs []*document.Document, emit func(int, *document.Document)) {
	parallel.For(len(siteDocs)+len(report.Resultaten), func(i int) {
		if i < len(siteDocs) {
			emit(i, siteDocs[i])
			return
		}
		for _, d := range document.ForVerwerking(site, report.Resultaten[i-len(siteDocs)]) {
			emit(i, d)
		}
	})
}

// checkStatic opens every file copyStatic would copy, as it opens them, without reading them.
func checkStatic(src, logo string) error {
	if l := logoElsewhere(logo); l != "" {
		if err := osfile.Readable(filepath.Join(src, filepath.FromSlash(l))); err != nil {
			return err
		}
	}
	return walkTree(src, filepath.Join(src, "static"), func(p, _ string) error { return osfile.Readable(p) })
}

// AssetOnly reports whether a change to the site file f (a slash path relative to the site) changes no page but
// only one file that Static returns, and which: a file of the assets of the theme in use (see
// html.Renderer.AssetOnly), in the site's folder of that theme as the pipeline reads it.
func (p *Pipeline) AssetOnly(f string) (out string, ok bool) {
	name, ok := strings.CutPrefix(f, "themes/"+p.site.Config.Thema+"/")
	if !ok || p.html == nil || !theme.FromSite(p.theme) {
		return "", false
	}
	return p.html.AssetOnly(name)
}

// SiteFiles returns the files that list every verwerking and are not documents: the search index and the
// register as CSV and JSON. The register is made while the index is.
func (p *Pipeline) SiteFiles(site *model.Site, docs []*document.Document, report *rules.Rapport) (map[string][]byte, error) {
	type registered struct {
		out registerOut
		err error
	}
	reg := make(chan registered, 1)
	go func() {
		var r registered
		r.out, r.err = registerFiles(site, registerRows(site, report))
		reg <- r
	}()
	files, err := html.SearchFiles(docs)
	r := <-reg
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	for f, b := range r.out.files() {
		files[document.Path(document.KindRegister, "", f)] = b
	}
	return files, nil
}

// registerRows makes the register's fields of every verwerking once, on all cores.
func registerRows(site *model.Site, report *rules.Rapport) [][]document.RegisterField {
	rows := make([][]document.RegisterField, len(report.Resultaten))
	parallel.For(len(rows), func(i int) { rows[i] = document.RegisterFields(site, report.Resultaten[i]) })
	return rows
}

// Assets returns the files of the theme's assets/ folder, under the output paths Static gives them.
func (p *Pipeline) Assets() (map[string][]byte, error) { return p.html.Assets() }

// StaticAt returns the files of the site's static/ folder at or below the given site-relative slash paths (a file,
// or a folder that stands for its files), as Static copies them, without reading the rest of static/. A path that
// is not there, or lies outside static/, gives nothing.
func (p *Pipeline) StaticAt(paths []string) (map[string][]byte, error) {
	files := &fileSet{m: map[string][]byte{}}
	for _, f := range paths {
		f = path.Clean(f)
		if !strings.HasPrefix(f, "static/") {
			continue
		}
		if err := copyTree(p.opt.Source, filepath.Join(p.opt.Source, filepath.FromSlash(f)), files); err != nil {
			return nil, err
		}
	}
	return files.m, nil
}

// copyStatic copies the site's static/ folder (logo, images) into the output, and the logo, at its own path, when
// it is elsewhere in the site (the loader has checked that it is an image inside the site). Files that macOS and
// editors write unasked (load.Hidden) are left out.
func copyStatic(src, logo string, files *fileSet) error {
	if l := logoElsewhere(logo); l != "" {
		b, err := osfile.ReadFile(filepath.Join(src, filepath.FromSlash(l)))
		if err != nil {
			return err
		}
		files.put(l, b)
	}
	return copyTree(src, filepath.Join(src, "static"), files)
}

// logoElsewhere is the clean path of the logo when the site keeps it outside static/, where the build copies it on
// its own; "" for no logo or one in static/.
func logoElsewhere(logo string) string {
	if logo == "" || strings.HasPrefix(path.Clean(logo), "static/") {
		return ""
	}
	return path.Clean(logo)
}

// copyTree copies the file or folder root of the site src, as copyStatic does; nothing when it is not there.
func copyTree(src, root string, files *fileSet) error {
	return walkTree(src, root, func(p, rel string) error {
		b, err := osfile.ReadFile(p)
		if err != nil {
			return err
		}
		files.put(rel, b)
		return nil
	})
}

// walkTree calls fn with the path and the site-relative slash path of every file at or below root in the site
// src, leaving out the files that macOS and editors write unasked (load.Hidden); nothing when root is not there. A
// root that is a link to a folder (static/ kept elsewhere) is walked under its own name.
func walkTree(src, root string, fn func(p, rel string) error) error {
	fi, err := os.Lstat(root)
	if err != nil {
		return nil
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		if t, err := os.Stat(root); err == nil && t.IsDir() {
			root += string(filepath.Separator)
		}
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if load.Hidden(filepath.ToSlash(rel)) {
			return nil
		}
		return fn(p, filepath.ToSlash(rel))
	})
}

type fileSet struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (f *fileSet) put(name string, b []byte) {
	f.mu.Lock()
	f.m[name] = b
	f.mu.Unlock()
}

type errList struct {
	mu   sync.Mutex
	errs []error
}

func (e *errList) add(err error) {
	e.mu.Lock()
	e.errs = append(e.errs, err)
	e.mu.Unlock()
}

// err returns the error that sorts first, so that a build with several failures always reports the same one.
func (e *errList) err() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.errs) == 0 {
		return nil
	}
	sort.Slice(e.errs, func(i, j int) bool { return e.errs[i].Error() < e.errs[j].Error() })
	return e.errs[0]
}
