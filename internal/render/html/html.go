// Package html renders pia's documents as static HTML pages. A document's body is rendered by a table of small
// functions, one per block type, into a buffer; the theme's html/template layouts put the page around it (header,
// menu, search box, footer). All words of the page come from i18n, all questionnaire text is escaped or goes
// through pia's safe Markdown, and every link is relative to the page unless the site has a basis_url, so the site
// works from disk, from any web server and in any folder.
package html

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/largebuf"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
)

// Output paths of the files that are not documents.
const (
	SearchPagePath   = "zoeken/index.html"
	SearchIndexPath  = "_pia/zoekindex.json"
	SearchScriptPath = "_pia/zoekindex.js" // the index as a script: browsers refuse fetch() on file://
	assetDir         = "_pia"
)

// Site is what every page shows of the site: its title, the organisation in header and footer, and the menu.
type Site struct {
	Title       string
	Lang        i18n.Lang
	Organisatie model.Organisatie
	LogoPath    string // output-relative path of the logo, "" if none
	BaseURL     string // when set, links between pages are absolute under it; assets stay relative
	Nav         []NavItem
	// NoPDF is set when the documents are not made as PDF (pia build --formaat html): the pages then do not link
	// to PDF files that are not there.
	NoPDF bool
}

// NavItem is an entry of the main menu.
type NavItem struct {
	Title string
	Path  string // output-relative, e.g. "register/index.html"
}

// Renderer renders the pages of one site with one theme. It is safe for concurrent use.
type Renderer struct {
	site    Site
	lang    i18n.Lang
	theme   fs.FS
	doc     *layoutSet                   // layouts/document.html: the default for every kind
	kinds   map[document.Kind]*layoutSet // layouts/<kind>.html where the theme has one
	search  *layoutSet
	scripts []string // scripts on every page

	// overflow is set once the layouts wrote more than maxLayoutOutput for a page: they will for the next pages
	// too, and a site of thousands of pages should not run each to the limit before the build stops.
	overflow atomic.Bool
}

var kinds = []document.Kind{document.KindPIA, document.KindWerkinstructie, document.KindPrivacyverklaring,
	document.KindPrivacyOverzicht, document.KindRegister, document.KindOverzicht, document.KindPagina}

// New parses the theme's layouts once. A theme has layouts/base.html (the page, defining "base"),
// layouts/partials/*.html (header, nav, footer, skiplink …), layouts/document.html (the "main" of a document),
// layouts/zoeken.html (the "main" of the search page) and optionally layouts/<kind>.html for one kind.
func New(theme fs.FS, site Site) (*Renderer, error) {
	if site.Lang == "" {
		site.Lang = i18n.Default
	}
	r := &Renderer{site: site, lang: site.Lang, theme: theme, kinds: map[document.Kind]*layoutSet{}}
	base := template.New("").Funcs(template.FuncMap{"t": r.lang.T})
	files := []string{"layouts/base.html"}
	partials, err := fs.Glob(theme, "layouts/partials/*.html")
	if err != nil {
		return nil, err
	}
	files = append(files, partials...)
	for _, f := range files {
		if err := r.parseInto(base, f); err != nil {
			return nil, err
		}
	}
	if err := r.defines(base, "layouts/base.html", "base"); err != nil {
		return nil, err
	}
	with := func(file string) (*layoutSet, error) {
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if err := r.parseInto(t, file); err != nil {
			return nil, err
		}
		if err := r.defines(t, file, "main"); err != nil {
			return nil, err
		}
		if err := r.checkTexts(t); err != nil {
			return nil, err
		}
		ls, err := newLayoutSet(t, r.lang)
		if ls != nil {
			ls.overflow = &r.overflow
		}
		return ls, err
	}
	if r.doc, err = with("layouts/document.html"); err != nil {
		return nil, err
	}
	if r.search, err = with("layouts/zoeken.html"); err != nil {
		return nil, err
	}
	for _, k := range kinds {
		f := "layouts/" + string(k) + ".html"
		if _, err := fs.Stat(theme, f); err != nil {
			continue
		}
		if r.kinds[k], err = with(f); err != nil {
			return nil, err
		}
	}
	if _, err := fs.Stat(theme, "assets/pia.js"); err == nil {
		r.scripts = []string{assetDir + "/pia.js"}
	}
	return r, nil
}

// defines checks that the layouts parsed into t define name, which file is the one to define: an empty or
// half-written layout would otherwise fail on every page with Go's "no such template".
func (r *Renderer) defines(t *template.Template, file, name string) error {
	if d := t.Lookup(name); d != nil && d.Tree != nil {
		return nil
	}
	w := r.place(file)
	return r.layoutError(w, "html.fout.define", w, name)
}

func (r *Renderer) parseInto(t *template.Template, file string) error {
	b, err := fs.ReadFile(r.theme, file)
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New(r.lang.T("html.fout.ontbreekt", file))
	}
	if err != nil {
		if fi, serr := fs.Stat(r.theme, file); serr == nil && fi.IsDir() {
			w := r.place(file)
			return r.layoutError(w, "html.fout.map", w)
		}
		w := r.place(file)
		return r.layoutError(w, "html.fout.lezen", w, osfile.Reason(r.lang, err))
	}
	// Bytes that are no UTF-8 (a layout saved as Latin-1 or UTF-16) would reach every page as garbled text.
	if i := invalidText(b); i >= 0 {
		line := bytes.Count(b[:i], []byte("\n")) + 1
		col := i - (bytes.LastIndexByte(b[:i], '\n') + 1)
		w := r.place(file, strconv.Itoa(line), strconv.Itoa(col))
		return r.layoutError(w, "html.fout.utf8", w, fmt.Sprintf("0x%02x", b[i]))
	}
	if _, err := t.New(file).Parse(string(b)); err != nil {
		return r.templateError(err)
	}
	for _, part := range t.Templates() {
		if part.Tree == nil || part.Tree.ParseName != file {
			continue
		}
		if n, times := bigRange(part.Tree.Root); n != nil {
			at := int(n.Position()) // where the range's pipeline starts: point at its {{
			if i := bytes.LastIndex(b[:at], []byte("{{")); i >= 0 {
				at = i
			}
			line := bytes.Count(b[:at], []byte("\n")) + 1
			col := at - (bytes.LastIndexByte(b[:at], '\n') + 1)
			w := r.place(file, strconv.Itoa(line), strconv.Itoa(col))
			return r.layoutError(w, "html.fout.range-groot", w, times, maxRange)
		}
	}
	return nil
}

// maxRange is the largest number a layout may range over ({{range 10}}): a page has lists of the site to range
// over, and a layout that repeats something a billion times would run on without end.
const maxRange = 100_000

// bigRange returns the first {{range}} under n over a number above maxRange, and that number.
func bigRange(n parse.Node) (found parse.Node, times int64) {
	visitNodes(n, func(n parse.Node) {
		r, ok := n.(*parse.RangeNode)
		if !ok || found != nil || r.Pipe == nil || len(r.Pipe.Cmds) != 1 || len(r.Pipe.Cmds[0].Args) != 1 {
			return
		}
		if num, ok := r.Pipe.Cmds[0].Args[0].(*parse.NumberNode); ok && num.IsInt && num.Int64 > maxRange {
			found, times = r, num.Int64
		}
	})
	return found, times
}

// invalidText returns the offset of the first byte of b that is no UTF-8, or a NUL byte, or -1.
func invalidText(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 || r == 0 {
			return i
		}
		i += n
	}
	return -1
}

// Page renders the page of doc, to be written at document.Path(doc.Kind, doc.ID, document.FormatHTML).
func (r *Renderer) Page(doc *document.Document) ([]byte, error) { return r.AppendPage(nil, doc) }

// AppendPage appends the page of doc to dst and returns the extended slice, so that a caller that writes pages
// out and lets them go can reuse their memory for the next.
func (r *Renderer) AppendPage(dst []byte, doc *document.Document) ([]byte, error) {
	p := document.Path(doc.Kind, doc.ID, document.FormatHTML)
	if p == "" || cleanPath(p) != p {
		return nil, errors.New(r.lang.T("html.fout.pad", doc.ID, doc.Kind))
	}
	lang := doc.Lang
	if lang == "" {
		lang = r.lang
	}
	if r.overflow.Load() {
		return nil, r.tooLong()
	}
	w := getWriter(r, p, lang)
	defer putWriter(w)
	w.reserve(doc.Body)
	// A long page (the register lists every verwerking) is sized from its first sections, instead of growing a
	// buffer of tens of megabytes by doubling it.
	const sample = 32
	if len(doc.Body) > 2*sample {
		w.blocks(doc.Body[:sample], 0)
		largebuf.GrowBuffer(w.buf, min(w.buf.Len()/sample*(len(doc.Body)-sample)*9/8, 256<<20))
		w.blocks(doc.Body[sample:], 0)
	} else {
		w.blocks(doc.Body, 0)
	}
	if w.err != nil {
		return nil, w.err
	}
	data := r.pageData(p, lang, doc.Title)
	data.Kind = string(doc.Kind)
	if doc.Kind != document.KindOverzicht && doc.Kind != document.KindPagina {
		// The home page and Markdown pages are what they say; documents name their kind above the title.
		data.KindLabel = lang.T("html.soort." + string(doc.Kind))
	}
	data.Subtitle = doc.Subtitle
	data.Summary = doc.Summary
	data.Concept = doc.Status == model.StatusConcept
	data.TOC = w.toc(doc.Kind)
	data.TOCItems = tocHTML(data.TOC)
	if len(data.TOC) > filterRows {
		// The register of a large city lists thousands of verwerkingen in its table of contents.
		data.TOCFilter = template.HTML(filterHTML(w, tocListID, "inhoud", "", len(data.TOC)))
	}
	for _, f := range doc.Meta {
		data.Meta = append(data.Meta, metaField{Label: f.Label, Value: template.HTML(w.inlineHTML(f.Value))})
	}
	for _, l := range doc.Links {
		if l.Format == document.FormatPDF && r.site.NoPDF {
			continue
		}
		data.Links = append(data.Links, w.link(l))
	}
	data.MetaItems, data.LinkItems = metaHTML(data.Meta), linksHTML(data.Links)
	ls := r.doc
	if k, ok := r.kinds[doc.Kind]; ok {
		ls = k
	}
	if ls.stub != nil && !ls.off.Load() {
		if page, ok := ls.spliceShared(dst, data, w.buf.Bytes()); ok {
			return page, nil
		}
		if r.overflow.Load() {
			return nil, r.tooLong()
		}
	}
	return r.splice(dst, ls, data, w.buf.Bytes())
}

// growPage makes room for n more bytes in dst. A new page gets an eighth to spare, so that a caller that reuses
// pages can put the next page of its kind, a little longer or shorter, in it.
func growPage(dst []byte, n int) []byte {
	if cap(dst)-len(dst) >= n {
		return dst
	}
	return append(make([]byte, 0, len(dst)+n+n/8), dst...)
}

// markPrefix begins the marks that stand in for the body and for shared partials while a layout runs; the
// output is put in their place afterwards. The random part keeps any text of the page from being taken for one.
var markPrefix = func() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return "<!--pia-" + hex.EncodeToString(b[:]) + "-"
}()

var (
	markPrefixBytes = []byte(markPrefix)
	bodyMark        = markPrefix + "body-->"
	markEnd         = []byte("-->")
)

// splice runs the layout with bodyMark as the body and copies the body into the result where the mark is: the body,
// most of a page, is copied once instead of passing through the template engine. A layout that does not show the
// body as HTML (in an attribute, say, where the mark is escaped) is run again with the body itself.
func (r *Renderer) splice(dst []byte, ls *layoutSet, data *pageData, body []byte) ([]byte, error) {
	t := ls.full
	data.Body = template.HTML(bodyMark)
	buf := getBuffer()
	defer putBuffer(buf)
	if p := ls.progFull.get(); p != nil {
		p.run(buf, data)
	} else {
		if err := t.ExecuteTemplate(capped{buf, maxLayoutOutput, &r.overflow}, "base", data); err != nil {
			return nil, r.templateError(err)
		}
		ls.progFull.ran(t, ls.lang)
	}
	if out, bodies, _, ok := fillMarks(dst, buf.Bytes(), body, nil); ok && bodies > 0 {
		return out, nil
	}
	data.Body = template.HTML(body)
	b, err := r.execute(t, data, buf.Len()+len(body))
	if err != nil || dst == nil {
		return b, err
	}
	return largebuf.Append(dst, b), nil
}

// fillMarks appends page to dst with body in place of each bodyMark and parts[i] in place of each partMark(i), and
// counts both. It reports false for a mark it does not know, which only a layout that broke one can leave.
func fillMarks(dst, page, body []byte, parts [][]byte) (out []byte, bodies, found int, ok bool) {
	size := len(page) + len(body)
	for _, p := range parts {
		size += len(p)
	}
	out = growPage(dst, size)
	for {
		i := bytes.Index(page, markPrefixBytes)
		if i < 0 {
			return largebuf.Append(out, page), bodies, found, true
		}
		out = append(out, page[:i]...)
		rest := page[i+len(markPrefix):]
		end := bytes.Index(rest, markEnd)
		if end < 0 {
			return nil, 0, 0, false
		}
		if tag := rest[:end]; string(tag) == "body" {
			out = largebuf.Append(out, body)
			bodies++
		} else if n, err := strconv.Atoi(string(tag)); err == nil && n >= 0 && n < len(parts) {
			out = append(out, parts[n]...)
			found++
		} else {
			return nil, 0, 0, false
		}
		page = rest[end+len(markEnd):]
	}
}

// Buffers for page layouts and bodies are reused: a page of a large report is a hundred kilobytes, and a fresh
// buffer would grow to it step by step for every page.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func getBuffer() *bytes.Buffer { return buffers.Get().(*bytes.Buffer) }

func putBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooled {
		return // one huge page (the register) should not pin its buffer
	}
	b.Reset()
	buffers.Put(b)
}

// maxPooled is the largest buffer kept for reuse.
const maxPooled = 4 << 20

// SearchPage renders the search page, to be written at SearchPagePath. It works from disk and from a server:
// it loads the index as a script (SearchScriptPath) and searches in the browser.
func (r *Renderer) SearchPage() ([]byte, error) {
	data := r.pageData(SearchPagePath, r.lang, r.lang.T("html.zoeken.titel"))
	data.Kind = "zoeken"
	data.Search = true
	data.Scripts = append(data.Scripts, SearchScriptPath, assetDir+"/zoeken.js")
	return r.execute(r.search.full, data, 0)
}

// execute runs the page template; size is the expected size of the page.
func (r *Renderer) execute(t *template.Template, data *pageData, size int) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(max(size, len(data.Body)) + 4096)
	// Here the layout writes the body itself, escaped, which may make it several times longer.
	if err := t.ExecuteTemplate(capped{&buf, maxLayoutOutput + 8*len(data.Body), &r.overflow}, "base", data); err != nil {
		return nil, r.templateError(err)
	}
	return buf.Bytes(), nil
}

// maxLayoutOutput is what the layouts may write for one page: far more than a page needs (the body, which for the
// register of a large city is tens of megabytes, is put in afterwards; only a layout that shows it in an attribute
// writes it itself), and far less than a layout that loops on and on would take before memory runs out.
var maxLayoutOutput = 64 << 20

// ErrTooLong is in the chain of the error of a page whose layouts wrote more than maxLayoutOutput. The renderer
// then refuses every further page: a caller that renders again after a fix needs a new renderer.
var ErrTooLong = errors.New("the layouts write too much for one page")

// tooLongError says so in the user's language.
type tooLongError struct{ msg string }

func (e tooLongError) Error() string { return e.msg }
func (e tooLongError) Unwrap() error { return ErrTooLong }

// capped is a buffer that takes at most limit bytes from the layouts, and sets overflow (when not nil) when they
// write more.
type capped struct {
	buf      *bytes.Buffer
	limit    int
	overflow *atomic.Bool
}

func (c capped) Write(p []byte) (int, error) {
	if c.buf.Len()+len(p) > c.limit {
		if c.overflow != nil {
			c.overflow.Store(true)
		}
		return 0, ErrTooLong
	}
	return c.buf.Write(p)
}

// tooLong is the error for layouts that write more than maxLayoutOutput for one page.
func (r *Renderer) tooLong() error {
	return tooLongError{r.lang.T("html.fout.te-veel", maxLayoutOutput>>20)}
}

// AssetOnly reports whether the pages stay as they are when the theme file name (a path in the theme, such as
// "assets/tokens.css") is changed, added or removed, and if so, the path in the output that Assets copies it to. A
// file under assets/ is copied as it is and the layouts name the style sheets they load, except that every page
// loads assets/pia.js when the theme has it: for that file the pages change only when it comes or goes. A file
// whose output path is that of the search index is not: the index, made from the pages, takes its place.
func (r *Renderer) AssetOnly(name string) (out string, ok bool) {
	rest, ok := strings.CutPrefix(name, "assets/")
	if !ok {
		return "", false
	}
	out = path.Join(assetDir, rest)
	if out == SearchIndexPath || out == SearchScriptPath {
		return "", false
	}
	if name == "assets/pia.js" {
		_, err := fs.Stat(r.theme, name)
		if (err == nil) != (len(r.scripts) > 0) {
			return "", false
		}
	}
	return out, true
}

// Assets returns the theme's static files (everything under assets/), keyed by output path under _pia/.
func (r *Renderer) Assets() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := fs.WalkDir(r.theme, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(r.theme, p)
		if err != nil {
			return err
		}
		out[path.Join(assetDir, strings.TrimPrefix(p, "assets/"))] = b
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	return out, err
}
