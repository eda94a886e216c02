package pdf

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

// The furniture of the pages: title page, table of contents, running header and footer, concept watermark.

// titlePage lays out the title page: organisation, title, subtitle, status, summary, the facts as a table and
// the other forms of the document.
func (l *layout) titlePage() []slice {
	doc := l.doc
	f := &flow{l: l, x: marginL, w: contentW}
	l.opening(f, titlePageOpening)
	f.add(slice{h: 14})
	f.definitions(document.Definitions{Items: l.meta()})
	var links []document.Link
	for _, ln := range doc.Links {
		if ln.Format == document.FormatPDF && !(ln.Kind == doc.Kind && ln.ID == doc.ID) {
			links = append(links, ln)
		}
	}
	if len(links) > 0 {
		f.add(slice{h: 10})
		f.para([]span{{text: l.t("pdf.ook-als")}}, textStyle{size: 10, st: stBold, color: colText, lead: 1.45})
		f.linkList(document.LinkList{Items: links})
	}
	return f.out
}

// leaflet reports whether the document is a leaflet for citizens, the privacy statement: a few pages to read from
// the start, without a title page or contents page, and without the status of the text, which is for the
// municipality, on every page (a concept still says so, and carries the watermark).
func (l *layout) leaflet() bool { return l.doc.Kind == document.KindPrivacyverklaring }

// titleBlock opens the first page of a leaflet: organisation, title, subtitle, the status only for a concept, and
// the summary. Version and date stand in the footer of every page.
func (l *layout) titleBlock() []slice {
	f := &flow{l: l, x: marginL, w: contentW}
	l.opening(f, leafletOpening)
	return f.out
}

// openingStyle sizes the opening of a document: font sizes of the organisation, the title and the subtitle, the
// space below each part, and whether the status is shown also when the document is no concept.
type openingStyle struct {
	org, title, subtitle                   float64
	afterOrg, beforeSub, beforeStatus, gap float64
	status                                 bool
}

var (
	titlePageOpening = openingStyle{org: 12, title: 24, subtitle: 14, afterOrg: 16, beforeSub: 3, beforeStatus: 7,
		gap: 8, status: true}
	leafletOpening = openingStyle{org: 11, title: 20, subtitle: 13, afterOrg: 6, beforeSub: 2, beforeStatus: 5, gap: 5}
)

// opening lays out organisation, title, subtitle, status and summary, as the title page or a leaflet has them.
func (l *layout) opening(f *flow, st openingStyle) {
	doc := l.doc
	if doc.Organisatie != "" {
		f.para(plainSpans(doc.Organisatie), textStyle{size: st.org, st: stBold, color: colAccent, lead: 1.3})
		f.add(slice{h: st.afterOrg})
	}
	title := clean(doc.Title)
	if utf8.RuneCountInString(title) > 200 { // a title is a line or two; keep absurd ones on the page
		title = string([]rune(title)[:200]) + "…"
	}
	f.para([]span{{text: title}}, textStyle{size: st.title, st: stBold, color: colAccent, lead: 1.2})
	if doc.Subtitle != "" {
		f.add(slice{h: st.beforeSub})
		f.para(plainSpans(doc.Subtitle), textStyle{size: st.subtitle, color: colMuted, lead: 1.3})
	}
	if doc.Status != "" && (st.status || doc.Status == model.StatusConcept) {
		f.add(slice{h: st.beforeStatus})
		f.add(l.badge())
	}
	if doc.Summary != "" {
		f.add(slice{h: st.gap})
		f.para(plainSpans(doc.Summary), textStyle{size: 10.5, st: stItalic, color: colMuted, lead: 1.45})
	}
}

// meta is the title page's table: the document's own Meta, or its fields when the builder gave none.
func (l *layout) meta() []document.Field {
	if len(l.doc.Meta) > 0 {
		return l.doc.Meta
	}
	doc := l.doc
	var out []document.Field
	add := func(key, v string) {
		if v != "" {
			out = append(out, document.Field{Label: l.t(key), Value: document.Plain(v)})
		}
	}
	add("pdf.organisatie", doc.Organisatie)
	add("pdf.status", l.statusWord())
	add("pdf.versie-label", doc.Versie)
	add("pdf.datum", doc.Datum.Lang())
	add("pdf.opsteller", doc.Auteur)
	add("pdf.eigenaar", doc.Eigenaar)
	return out
}

func (l *layout) statusWord() string {
	switch l.doc.Status {
	case model.StatusConcept, model.StatusDefinitief, model.StatusVastgesteld:
		return l.t("pdf.status." + string(l.doc.Status))
	}
	return oneLine(string(l.doc.Status))
}

// badge is the status in a coloured box.
func (l *layout) badge() slice {
	word := strings.ToUpper(l.statusWord())
	fc := face{style: styleBold, size: 10}
	w := l.m.width(word, fc) + 8
	fill, bar := toneColours(document.ToneOK)
	if l.doc.Status == model.StatusConcept {
		fill, bar = toneColours(document.ToneFout)
	} else if !l.doc.Status.IsFinal() {
		fill, bar = toneColours(document.ToneInfo)
	}
	return slice{h: 8, ops: []op{
		{kind: opRect, x: marginL, y: 0, w: w, h: 8, fill: fill, filled: true, color: bar, stroked: true, width: 0.4},
		{kind: opText, x: marginL + 4, y: 5.5, s: word, font: fc, color: bar},
	}}
}

// tocSlices lays out the table of contents; pages maps anchors to page numbers (nil while counting pages: the
// numbers sit in a column of their own, so they do not change the layout).
func (l *layout) tocSlices(pages map[string]int) []slice {
	f := &flow{l: l, x: marginL, w: contentW}
	hs := headingStyle(1)
	lines := f.lines([]span{{text: l.t("pdf.inhoud")}}, hs)
	lines[0].ops = append([]op{
		{kind: opAnchor, s: "inhoud"},
		{kind: opBookmark, s: l.t("pdf.inhoud"), level: 0},
	}, lines[0].ops...)
	f.add(lines...)
	f.add(slice{h: 4})
	const numW, pageColW = 11.0, 12.0
	for _, e := range l.toc {
		ts := textStyle{size: 10, st: stBold, color: colText, lead: 1.4}
		indent := 0.0
		if e.depth > 1 {
			ts = textStyle{size: 9.5, color: colText, lead: 1.4}
			indent = 4
			f.space(0.6)
		} else {
			f.space(2.2)
		}
		x := marginL + indent
		titleX := x
		if e.number != "" {
			titleX = x + numW
			if nw := l.m.width(e.number, faceOf(ts, 0)); nw+2.5 > numW {
				titleX = x + nw + 2.5
			}
		}
		tw := contentW - (titleX - marginL) - pageColW
		wrapped := l.m.wrap([]span{{text: e.title}}, ts, tw)
		if len(wrapped) == 0 {
			wrapped = []line{{}}
		}
		for i, ln := range wrapped {
			s := slice{h: ts.lineH(), ops: lineOps(ln, ts, titleX, tw), keepNext: i < len(wrapped)-1}
			base := ts.lineH()/2 + ts.size*ptToMM*0.35
			if i == 0 && e.number != "" {
				s.ops = append(s.ops, op{kind: opText, x: x, y: base, s: e.number, font: faceOf(ts, 0), color: ts.color})
			}
			if i == len(wrapped)-1 {
				num := ""
				if n, ok := pages[e.anchor]; ok {
					num = strconv.Itoa(n)
				}
				nf := faceOf(ts, 0)
				nw := l.m.width(num, nf)
				from := titleX + ln.w + 2
				to := marginL + contentW - max(nw, 5) - 2
				if to > from {
					s.ops = append(s.ops, op{kind: opLine, x: from, y: base, w: to - from, color: colGrid, width: 0.3,
						dotted: true})
				}
				s.ops = append(s.ops, op{kind: opText, x: marginL + contentW - nw, y: base, s: num, font: nf,
					color: ts.color})
			}
			s.ops = append(s.ops, op{kind: opLink, x: x, y: 0, w: marginL + contentW - x, h: s.h, dest: e.anchor})
			f.add(s)
		}
	}
	return f.out
}

// furniture is what every page carries besides its content: the concept watermark, the running header (not on
// the title page) and the footer.
func (l *layout) furniture(n, total int) []op {
	doc := l.doc
	var ops []op
	small := face{size: 8}
	if n == 1 {
		ops = append(ops, op{kind: opRect, x: 0, y: 0, w: pageW, h: 9, fill: colAccent, filled: true})
	} else {
		status := l.statusWord()
		if l.leaflet() && doc.Status != model.StatusConcept {
			status = ""
		}
		sf := face{style: styleBold, size: 8}
		sw := l.m.width(status, sf)
		col := colMuted
		if doc.Status == model.StatusConcept {
			col = colConcept
		}
		ops = append(ops,
			op{kind: opText, x: marginL, y: headerBase, s: l.fit(oneLine(doc.Title), small, contentW-sw-8), font: small,
				color: colMuted},
			op{kind: opText, x: pageW - marginR - sw, y: headerBase, s: status, font: sf, color: col},
			op{kind: opLine, x: marginL, y: headerBase + 2.5, w: contentW, color: colRule, width: 0.3})
	}
	var parts []string
	if doc.Versie != "" {
		parts = append(parts, l.t("pdf.versie", oneLine(doc.Versie)))
	}
	if !doc.Datum.IsZero() {
		parts = append(parts, doc.Datum.Lang())
	}
	parts = append(parts, l.t("pdf.pagina", n, total))
	right := strings.Join(parts, " · ")
	rw := l.m.width(right, small)
	ops = append(ops,
		op{kind: opLine, x: marginL, y: footerBase - 4.5, w: contentW, color: colRule, width: 0.3},
		op{kind: opText, x: marginL, y: footerBase, s: l.fit(oneLine(doc.Organisatie), small, contentW-rw-8), font: small,
			color: colMuted},
		op{kind: opText, x: pageW - marginR - rw, y: footerBase, s: right, font: small, color: colMuted})
	if doc.Status == model.StatusConcept && l.m.fonts.bold != nil {
		ops = append(ops, l.watermark())
	}
	return ops
}

// watermark is the word for concept across the page, as letter shapes so that text extraction does not read it.
func (l *layout) watermark() op {
	word := clean(l.t("pdf.watermerk"))
	if o, ok := l.m.fonts.marks.Load(word); ok {
		return o.(op)
	}
	o := l.makeWatermark(word)
	l.m.fonts.marks.Store(word, o) // read-only from here on: the emitter only reads the path
	return o
}

// makeWatermark lays out the watermark: word in outlines of the bold face, diagonally across the page.
func (l *layout) makeWatermark(word string) op {
	const angle = 55.0
	path, w := l.m.fonts.bold.Path(word, 100*ptToMM)
	if w > 230 { // a long word in another language: make it fit the diagonal
		path, w = l.m.fonts.bold.Path(word, 100*ptToMM*230/w)
	}
	// Centre the word on the page: its baseline runs up and to the right along (cos, -sin); the middle of its
	// capitals lies half a cap height above the baseline, along (-sin, -cos).
	rad := angle * math.Pi / 180
	halfCap := 100 * ptToMM * 0.73 / 2
	x := pageW/2 - math.Cos(rad)*w/2 + math.Sin(rad)*halfCap
	y := pageH/2 + math.Sin(rad)*w/2 + math.Cos(rad)*halfCap
	return op{kind: opShape, x: x, y: y, fill: colWatermark, turn: &turn{angle: angle, alpha: 0.09, path: path}}
}

// fit shortens s with an ellipsis to fit in width.
func (l *layout) fit(s string, f face, width float64) string {
	if l.m.width(s, f) <= width {
		return s
	}
	n, _ := l.m.fit(s, f, width-l.m.width("…", f))
	return strings.TrimSpace(s[:n]) + "…"
}
