package html

import (
	"bytes"
	"errors"
	"html"
	"html/template"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/markdown"
)

// blockFunc renders one block at a section depth (0 outside any section) into the writer.
type blockFunc func(w *writer, b document.Block, depth int)

// blockFuncs is the renderer table, as goldmark's: one small function per block type. It is filled in init
// because the section and notice functions render their children through it.
var blockFuncs map[reflect.Type]blockFunc

func init() {
	blockFuncs = map[reflect.Type]blockFunc{
		reflect.TypeFor[document.Section]():     renderSection,
		reflect.TypeFor[document.Text]():        renderText,
		reflect.TypeFor[document.List]():        renderList,
		reflect.TypeFor[document.Definitions](): renderDefinitions,
		reflect.TypeFor[document.Table]():       renderTable,
		reflect.TypeFor[document.Notice]():      renderNotice,
		reflect.TypeFor[document.RiskMatrix]():  renderRiskMatrix,
		reflect.TypeFor[document.LinkList]():    renderLinkList,
	}
}

// layoutIDs are ids the layouts use; a document's anchors must not take them.
var layoutIDs = []string{"pia-inhoud", "pia-zoekveld", "pia-inhoudsopgave", "pia-inhoudsopgave-kop",
	"pia-zoekresultaten", "pia-zoekstatus", "pia-zoekveld-pagina"}

type tocEntry struct {
	item  tocItem
	depth int
}

// writer holds the state of rendering one page body.
type writer struct {
	r        *Renderer
	lang     i18n.Lang
	page     string // output path, for relative links
	buf      *bytes.Buffer
	ids      map[string]bool
	reserved map[string]bool // anchors of the sections still to come, which links of the page may point at
	n        int             // counter for generated ids
	mdTexts  int             // Markdown texts so far, for unique id prefixes of their headings
	sections []tocEntry      // sections of depth 1 and 2, in order, for the table of contents
	err      error
}

var writers = sync.Pool{New: func() any {
	return &writer{ids: map[string]bool{}, reserved: map[string]bool{}, buf: new(bytes.Buffer)}
}}

// getWriter returns a writer for one page; putWriter takes it back when the page is done with its buffer. A writer
// keeps its buffer, so that a body buffer, which grows to the size of a report, is not handed to a small layout.
func getWriter(r *Renderer, page string, lang i18n.Lang) *writer {
	w := writers.Get().(*writer)
	w.r, w.lang, w.page = r, lang, page
	for _, id := range layoutIDs {
		w.ids[id] = true
	}
	return w
}

func putWriter(w *writer) {
	buf := w.buf
	if buf.Cap() > maxPooled {
		buf = new(bytes.Buffer) // one huge page (the register) should not pin its buffer
	}
	buf.Reset()
	clear(w.ids)
	clear(w.reserved)
	*w = writer{ids: w.ids, reserved: w.reserved, sections: w.sections[:0], buf: buf}
	writers.Put(w)
}

// reserve keeps the anchors of the sections in bs, at any depth, for those sections: a heading in a text before
// them, or a table, does not take one, so a link to a section (the findings point at the sections they are about)
// reaches it.
func (w *writer) reserve(bs []document.Block) {
	for _, b := range bs {
		switch x := b.(type) {
		case document.Section:
			w.reserveSection(x)
		case *document.Section:
			if x != nil {
				w.reserveSection(*x)
			}
		case document.Notice:
			w.reserve(x.Blocks)
		case *document.Notice:
			if x != nil {
				w.reserve(x.Blocks)
			}
		}
	}
}

func (w *writer) reserveSection(s document.Section) {
	if a := safeID(s.Anchor); a != "" {
		w.reserved[a] = true
	}
	w.reserve(s.Blocks)
}

func (w *writer) blocks(bs []document.Block, depth int) {
	for _, b := range bs {
		v := reflect.ValueOf(b)
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				continue
			}
			b, _ = v.Elem().Interface().(document.Block)
		}
		f, ok := blockFuncs[reflect.TypeOf(b)]
		if !ok {
			if w.err == nil {
				w.err = errors.New(w.lang.T("html.fout.blok", b))
			}
			continue
		}
		f(w, b, depth)
	}
}

func (w *writer) s(ss ...string) {
	for _, s := range ss {
		w.buf.WriteString(s)
	}
}

// esc escapes plain text for element content and quoted attribute values.
func esc(s string) string { return html.EscapeString(s) }

// id turns want into a unique, safe id: letters and digits of any script, '-' and '_'; anything else becomes '-'.
// Input ids cannot break out of an attribute or collide with another element.
func (w *writer) id(want string) string {
	base := safeID(want)
	if base == "" {
		w.n++
		base = "blok-" + strconv.Itoa(w.n)
	}
	id := base
	for i := 2; w.ids[id] || w.reserved[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	w.ids[id] = true
	return id
}

// safeID is want with anything but letters and digits of any script, '-' and '_' made '-', and no '-' at the ends.
func safeID(want string) string {
	var b strings.Builder
	for _, r := range want {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// markdown renders Markdown text. Heading ids stay plain ("## Bellen" → id="bellen") for readable anchors, unless
// one is already taken on the page; then the text's headings get a prefix of their own, and the text's links to
// them follow.
func (w *writer) markdown(src string) string {
	h := markdown.Convert(src, "")
	for _, id := range h.IDs {
		if w.ids[id] || w.reserved[id] {
			w.mdTexts++
			plain := h.IDs
			h = markdown.Convert(src, "t"+strconv.Itoa(w.mdTexts)+"-")
			if len(plain) == len(h.IDs) {
				pairs := make([]string, 0, 2*len(plain))
				for i, id := range plain {
					pairs = append(pairs, `href="#`+id+`"`, `href="#`+h.IDs[i]+`"`)
				}
				h.Text = strings.NewReplacer(pairs...).Replace(h.Text)
			}
			break
		}
	}
	for _, id := range h.IDs {
		w.ids[id] = true
	}
	return h.Text
}

// blockHTML renders an Inline as one or more paragraphs.
func (w *writer) blockHTML(in document.Inline) string {
	if in.Link != nil {
		return "<p>" + w.inlineHTML(in) + "</p>\n"
	}
	if in.Markdown {
		return w.markdown(in.Text)
	}
	var b strings.Builder
	for p := range strings.SplitSeq(strings.ReplaceAll(in.Text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString("<p>" + esc(p) + "</p>\n")
		}
	}
	return b.String()
}

// inline writes inlineHTML(in) to the page, a list of entries straight into it: the register of a large site
// has hundreds of thousands.
func (w *writer) inline(in document.Inline) {
	if in.IsList() {
		writeItems(w.buf, in.Items)
		return
	}
	w.buf.WriteString(w.inlineHTML(in))
}

// writeItems writes entries as a compact list.
func writeItems(b io.StringWriter, items []string) {
	b.WriteString(`<ul class="cel-lijst">`)
	for _, it := range items {
		b.WriteString("<li>")
		b.WriteString(esc(it))
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
}

// inlineHTML renders an Inline for a cell, item or value: a Markdown text of one paragraph loses its <p>, an
// Inline with a Link becomes that link with the Inline's text, and one with Items a list.
func (w *writer) inlineHTML(in document.Inline) string {
	if in.Link != nil {
		l := *in.Link
		if in.Text != "" {
			l.Text = in.Text
		}
		return w.linkHTML(w.link(l))
	}
	if in.IsList() {
		var b strings.Builder
		writeItems(&b, in.Items)
		return b.String()
	}
	if !in.Markdown {
		return esc(in.Text)
	}
	h := strings.TrimSpace(w.markdown(in.Text))
	if strings.HasPrefix(h, "<p>") && strings.HasSuffix(h, "</p>") && strings.Count(h, "<p>") == 1 {
		h = h[len("<p>") : len(h)-len("</p>")]
	}
	return h
}

func heading(depth int) string {
	return "h" + strconv.Itoa(min(depth+1, 6))
}

func renderSection(w *writer, b document.Block, depth int) {
	s := b.(document.Section)
	want := s.Anchor
	if want == "" {
		want = markdown.Slug(strings.TrimSpace(s.Number + " " + s.Title))
	}
	if s.Anchor != "" {
		delete(w.reserved, safeID(s.Anchor)) // its own
	}
	id := w.id(want)
	h := heading(depth + 1)
	if depth < 2 {
		w.sections = append(w.sections, tocEntry{tocItem{Anchor: id, Number: s.Number, Title: s.Title}, depth})
	}
	w.s(`<section aria-labelledby="`, id, `">`, "\n<", h, ` id="`, id, `">`)
	if s.Number != "" {
		w.s(`<span class="kop-nummer">`, esc(s.Number), `</span> `)
	}
	w.s(esc(s.Title), "</", h, ">\n")
	w.blocks(s.Blocks, depth+1)
	w.s("</section>\n")
}

// toc returns the table of contents: sections and their first subsections, for the PIA report and for other
// documents long enough to need one.
func (w *writer) toc(kind document.Kind) []tocItem {
	var top []tocItem
	for _, s := range w.sections {
		if s.depth > 0 && len(top) > 0 {
			top[len(top)-1].Children = append(top[len(top)-1].Children, s.item)
			continue
		}
		top = append(top, s.item)
	}
	if kind == document.KindPIA && len(top) > 1 || len(top) >= 5 {
		return top
	}
	return nil
}

// tocHTML renders the entries of a table of contents as list items, the markup layouts/document.html puts inside
// its <ol>. It is written here rather than in the template: html/template escapes every action through reflection,
// and a report's contents have a hundred of them.
func tocHTML(items []tocItem) template.HTML {
	var b strings.Builder
	size := 0
	for _, it := range items {
		size += 64 + 2*len(it.Anchor) + len(it.Number) + len(it.Title) + 16
		for _, c := range it.Children {
			size += 64 + 2*len(c.Anchor) + len(c.Number) + len(c.Title)
		}
	}
	b.Grow(size)
	var item func(it tocItem, nested bool)
	item = func(it tocItem, nested bool) {
		b.WriteString(`<li><a href="#`)
		b.WriteString(fragment(it.Anchor))
		b.WriteString(`">`)
		if it.Number != "" {
			b.WriteString(`<span class="kop-nummer">`)
			b.WriteString(template.HTMLEscapeString(it.Number))
			b.WriteString(`</span> `)
		}
		b.WriteString(template.HTMLEscapeString(it.Title))
		b.WriteString("</a>")
		if nested {
			b.WriteString("</li>\n")
			return
		}
		if len(it.Children) > 0 {
			b.WriteString("\n<ol>\n")
			for _, c := range it.Children {
				item(c, true)
			}
			b.WriteString("</ol>\n")
		}
		b.WriteString("</li>\n")
	}
	for _, it := range items {
		item(it, false)
	}
	return template.HTML(b.String())
}

// metaHTML renders a document's facts as the rows layouts/document.html puts inside its <dl>, and linksHTML its
// links as the items inside its <ul>; written here for the reason of tocHTML. Both escape text as html/template
// would, so that a theme that ranges over .Meta and .Links itself gets the same page.
func metaHTML(fields []metaField) template.HTML {
	var b strings.Builder
	for _, f := range fields {
		b.WriteString("<div><dt>")
		templateEscaper.WriteString(&b, f.Label)
		b.WriteString("</dt><dd>")
		b.WriteString(string(f.Value))
		b.WriteString("</dd></div>\n")
	}
	return template.HTML(b.String())
}

func linksHTML(links []linkData) template.HTML {
	var b strings.Builder
	for _, l := range links {
		b.WriteString("<li>")
		if l.URL != "" {
			b.WriteString(`<a href="`)
			templateEscaper.WriteString(&b, templateURL(l.URL))
			b.WriteString(`">`)
		}
		templateEscaper.WriteString(&b, l.Text)
		if l.URL != "" {
			if l.FileType != "" {
				b.WriteString(` <span class="bestandstype">`)
				templateEscaper.WriteString(&b, l.FileType)
				b.WriteString("</span>")
			}
			b.WriteString("</a>")
		}
		if l.Note != "" {
			b.WriteString(` <span class="link-noot">`)
			templateEscaper.WriteString(&b, l.Note)
			b.WriteString("</span>")
		}
		b.WriteString("</li>\n")
	}
	return template.HTML(b.String())
}

// templateEscaper escapes text as html/template does in element content and quoted attributes.
var templateEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;",
	"<", "&lt;", ">", "&gt;")

// templateURL is what html/template makes of a string in an href before it escapes it for the attribute: an
// address with another scheme than http, https or mailto becomes "#ZgotmplZ", and every byte that cannot stand in
// a URL is percent-encoded (an existing %XX is kept).
func templateURL(s string) string {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		return "#ZgotmplZ"
	}
	return percentEncode(s, func(i int) bool {
		c := s[i]
		return unreserved(c) || strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0 ||
			c == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2])
	})
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// fragment percent-encodes an id for use after "#" in a URL, as html/template does: every byte but the unreserved
// characters of RFC 3986.
func fragment(id string) string {
	return percentEncode(id, func(i int) bool { return unreserved(id[i]) })
}

// unreserved reports whether c is one of RFC 3986's unreserved characters, which a URL never encodes.
func unreserved(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' ||
		c == '~'
}

// percentEncode writes every byte s[i] that keep(i) refuses as %xx, in html/template's lower-case hex.
func percentEncode(s string, keep func(i int) bool) string {
	const hex = "0123456789abcdef"
	var b []byte
	for i := 0; i < len(s); i++ {
		if keep(i) {
			if b != nil {
				b = append(b, s[i])
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(s)+16), s[:i]...)
		}
		b = append(b, '%', hex[s[i]>>4], hex[s[i]&15])
	}
	if b == nil {
		return s
	}
	return string(b)
}

func renderText(w *writer, b document.Block, _ int) {
	w.s(w.blockHTML(b.(document.Text).Inline))
}

func renderList(w *writer, b document.Block, _ int) {
	l := b.(document.List)
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	w.s("<", tag, ">\n")
	for _, it := range l.Items {
		w.s("<li>")
		w.inline(it)
		w.s("</li>\n")
	}
	w.s("</", tag, ">\n")
}

func renderDefinitions(w *writer, b document.Block, _ int) {
	w.s(`<dl class="definities">`, "\n")
	for _, f := range b.(document.Definitions).Items {
		w.s("<div><dt>", esc(f.Label), "</dt><dd>")
		w.inline(f.Value)
		w.s("</dd></div>\n")
	}
	w.s("</dl>\n")
}

func renderNotice(w *writer, b document.Block, depth int) {
	n := b.(document.Notice)
	class := "notice"
	if n.Tone != document.ToneNone {
		class += " notice--" + toneClass(n.Tone)
	}
	w.s(`<div class="`, class, `">`, "\n")
	if n.Title != "" {
		h := heading(depth + 1)
		w.s("<", h, ` class="notice__titel">`, esc(n.Title), "</", h, ">\n")
	}
	w.blocks(n.Blocks, depth)
	w.s("</div>\n")
}

// toneClass keeps class names to the known tones; anything else from input becomes "info".
func toneClass(t document.Tone) string {
	switch t {
	case document.ToneInfo, document.ToneOK, document.ToneFout, document.ToneWaarschuwing, document.ToneAdvies,
		document.ToneLaag, document.ToneMidden, document.ToneHoog:
		return string(t)
	}
	return "info"
}

func renderLinkList(w *writer, b document.Block, _ int) {
	items := b.(document.LinkList).Items
	if len(items) > filterRows {
		w.n++
		id := w.id("lijst-" + strconv.Itoa(w.n))
		w.s(filterHTML(w, id, "lijst", "", len(items)))
		w.s(`<ul class="linklijst" id="`, id, `">`, "\n")
	} else {
		w.s(`<ul class="linklijst">`, "\n")
	}
	for _, l := range items {
		w.s("<li>", w.linkHTML(w.link(l)), "</li>\n")
	}
	w.s("</ul>\n")
}

func (w *writer) link(l document.Link) linkData {
	d := linkData{Text: l.Text, Note: l.Note, FileType: fileType(w.lang, l.Format)}
	if t := linkTarget(l); t != "" {
		d.URL = relURL(w.page, t)
		if w.r.site.BaseURL != "" {
			d.URL = absURL(w.r.site.BaseURL, t)
		}
	}
	return d
}

// fileType is the marker after a link to a file that is not a web page, such as "(PDF)".
func fileType(lang i18n.Lang, f document.Format) string {
	switch f {
	case document.FormatPDF, document.FormatCSV, document.FormatExcelCSV, document.FormatJSON:
		return lang.T("html.bestand." + string(f))
	}
	return ""
}

func (w *writer) linkHTML(l linkData) string {
	text := esc(l.Text)
	if l.FileType != "" {
		text += ` <span class="bestandstype">` + esc(l.FileType) + `</span>`
	}
	s := text
	if l.URL != "" {
		s = `<a href="` + esc(l.URL) + `">` + text + `</a>`
	}
	if l.Note != "" {
		s += ` <span class="link-noot">` + esc(l.Note) + `</span>`
	}
	return s
}
