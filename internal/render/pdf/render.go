// Package pdf renders a document.Document as an A4 PDF: a title page, a table of contents with page numbers and
// links, an outline, running headers and footers, numbered headings, tables that repeat their header row across
// pages, tinted notices and the 4×4 risk matrix. Markdown texts are walked as goldmark ASTs, so nothing appears
// as raw Markdown. Identical input gives identical bytes.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
)

// Options configure a Renderer.
type Options struct {
	// Producer is written as the PDF's producer, for example "pia 1.0"; empty means "pia".
	Producer string
	// BaseURL is the site's address on the web (basis_url in pia.toml), or "". A link to another PDF then goes to
	// its address there, which holds when the file is downloaded or mailed, and prints it.
	BaseURL string
}

// Renderer renders documents to PDF. It holds fonts and options that are shared by all goroutines (the fonts'
// only mutable parts are caches that are safe for concurrent use), so Render may be called from many goroutines at
// once; every call builds its own fpdf document.
type Renderer struct {
	fonts *Fonts
	opt   Options
	tag   string // marks the text kept out of fpdf's pages (pageText)
}

// New returns a Renderer using the given fonts.
func New(f *Fonts, opt Options) *Renderer {
	if opt.Producer == "" {
		opt.Producer = "pia"
	}
	return &Renderer{fonts: f, opt: opt, tag: newTag()}
}

// fallbackDate is the creation date of documents without a date, so that their bytes are stable too.
var fallbackDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Render writes doc as PDF to w.
func (r *Renderer) Render(doc *document.Document, w io.Writer) error {
	b, err := r.Bytes(doc)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Bytes returns doc as PDF.
func (r *Renderer) Bytes(doc *document.Document) ([]byte, error) {
	if doc == nil || r.fonts == nil {
		return nil, errors.New(i18n.T("pdf.geen-document"))
	}
	lang := doc.Lang
	if lang == "" {
		lang = i18n.Default
	}
	raw := rawPool.Get().(*bytes.Buffer)
	defer rawPool.Put(raw)
	text := pageTexts.Get().(*pageText)
	defer text.release()
	win := r.fonts.win != nil
	err := errNotWinAnsi
	if win {
		raw.Reset()
		text.reset(r.tag)
		err = r.write(doc, lang, true, raw, text)
	}
	if err == errNotWinAnsi {
		win = false
		raw.Reset()
		text.reset(r.tag)
		err = r.write(doc, lang, false, raw, text)
	}
	if err != nil {
		return nil, err
	}
	if out, ok := compressed(raw.Bytes(), text); ok {
		return out, nil
	}
	// Not a file of the form compressed reads, which pia's documents always are: write it again with all text in
	// fpdf's pages, so that nothing depends on putting it back, and keep the file as fpdf wrote it.
	raw.Reset()
	if err := r.write(doc, lang, win, raw, nil); err != nil {
		return nil, err
	}
	return compressStreams(raw.Bytes()), nil
}

// rawPool holds buffers for fpdf's uncompressed output.
var rawPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// write renders doc and writes it uncompressed to raw; compressStreams compresses it (see deflate.go). fpdf panics
// on some bad input instead of returning an error, while laying out and while writing (where it cuts the Unicode
// font subsets): a build reports an error instead. With win, text outside Windows-1252 gives errNotWinAnsi.
func (r *Renderer) write(doc *document.Document, lang i18n.Lang, win bool, raw *bytes.Buffer, text *pageText) (err error) {
	defer func() {
		if rec := recover(); rec != nil {
			if rec == errNotWinAnsi {
				err = errNotWinAnsi
				return
			}
			err = errors.New(lang.T("pdf.interne-fout", doc.Title, rec))
		}
	}()
	p, err := r.render(doc, lang, win, text)
	if err != nil {
		return err
	}
	return p.Output(raw)
}

// render lays out and draws doc with the Windows-1252 faces (win) or the Unicode faces. With win, text outside
// Windows-1252 panics with errNotWinAnsi; write recovers it. With text, the text the emitter writes itself is kept
// there, not in fpdf's pages (see pageText).
func (r *Renderer) render(doc *document.Document, lang i18n.Lang, win bool, text *pageText) (*fpdf.Fpdf, error) {
	p, l, pages, err := r.layout(doc, lang, win)
	if err != nil {
		return nil, err
	}
	_, h := p.GetPageSize()
	e := &emitter{p: p, l: l, links: map[string]int{}, k: p.GetConversionRatio(), h: h, text: text}
	e.emit(pages)
	if p.Err() {
		return nil, fmt.Errorf("pdf: %w", p.Error())
	}
	return p, nil
}

// layout makes the fpdf document (fonts and metadata) and lays out doc into pages of operations.
func (r *Renderer) layout(doc *document.Document, lang i18n.Lang, win bool) (*fpdf.Fpdf, *layout, [][]op, error) {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(false) // output compresses, with reused writers
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(marginL, bodyTop, marginR)
	r.metadata(p, doc, lang)
	m := &measurer{pdf: p, fonts: r.fonts, win: win, k: p.GetConversionRatio(), loaded: map[string]bool{}}
	if win {
		m.memo = r.fonts.wraps
	}
	m.use(face{style: styleBold, size: 10}) // the page furniture needs both, every document uses both
	m.use(face{style: styleRegular, size: 10})
	if p.Err() {
		return nil, nil, nil, fmt.Errorf("pdf: %w", p.Error())
	}
	l := &layout{m: m, doc: doc, lang: lang, anchors: map[string]bool{"inhoud": true}, baseURL: r.opt.BaseURL}
	body := &flow{l: l, x: marginL, w: contentW}
	body.blocks(doc.Body, 0)
	return p, l, l.paginate(body.out), nil
}

// paginate places the title page, the table of contents and the body. The body is placed first, after counting
// the contents' pages, so that the contents can show each section's page. A leaflet has no pages of its own for
// the title and the contents: they open its first page and the text follows them.
func (l *layout) paginate(body []slice) [][]op {
	if l.leaflet() {
		place := func(at map[string]int) [][]op {
			var p pager
			p.newPage(leafletTop)
			p.place(l.titleBlock())
			if len(l.toc) > 0 {
				p.place([]slice{{h: 8, space: true}})
				p.place(l.tocSlices(at))
			}
			p.place([]slice{{h: 6, space: true}})
			p.place(body)
			return p.pages
		}
		// The numbers in the contents sit in a column of their own: placing them does not move anything.
		return place(anchorPages(place(nil), 0))
	}
	var title pager
	title.newPage(titlePageTop)
	title.place(l.titlePage())
	before := len(title.pages)

	toc := len(l.toc) > 0
	if toc {
		var count pager
		count.newPage(bodyTop)
		count.place(l.tocSlices(nil))
		before += len(count.pages)
	}
	var main pager
	main.newPage(bodyTop)
	main.place(body)
	if n := len(main.pages); n == 1 && len(main.pages[0]) == 0 {
		main.pages = nil // a document without body is its title page
	}
	at := anchorPages(main.pages, before)
	pages := title.pages
	if toc {
		var contents pager
		contents.newPage(bodyTop)
		contents.place(l.tocSlices(at))
		pages = append(pages, contents.pages...)
	}
	return append(pages, main.pages...)
}

// anchorPages gives the page number of each anchor in pages, which follow before other pages.
func anchorPages(pages [][]op, before int) map[string]int {
	at := map[string]int{}
	for i, pg := range pages {
		for _, o := range pg {
			if o.kind == opAnchor {
				if _, seen := at[o.s]; !seen {
					at[o.s] = before + 1 + i
				}
			}
		}
	}
	return at
}

// metadata sets the document information; the dates come from the document so that the bytes do not change
// from one build to the next.
func (r *Renderer) metadata(p *fpdf.Fpdf, doc *document.Document, lang i18n.Lang) {
	p.SetTitle(oneLine(doc.Title), true)
	p.SetAuthor(oneLine(doc.Organisatie), true)
	if doc.Summary != "" {
		p.SetSubject(oneLine(doc.Summary), true)
	}
	p.SetCreator("pia", true)
	p.SetProducer(r.opt.Producer, true)
	p.SetLang(pdfLang(lang))
	p.SetCatalogSort(true)
	date := fallbackDate
	if !doc.Datum.IsZero() {
		date = doc.Datum.Time()
	}
	p.SetCreationDate(date)
	p.SetModificationDate(date)
}

// pdfLang is the document language as a BCP 47 tag.
func pdfLang(l i18n.Lang) string {
	switch l {
	case "", "nl":
		return "nl-NL"
	case "en":
		return "en-GB"
	}
	return string(l)
}
