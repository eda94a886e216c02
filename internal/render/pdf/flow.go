package pdf

import (
	"strings"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
)

// Text styles of the document.
var (
	tsBody    = textStyle{size: 10, color: colText, lead: 1.45}
	tsSmall   = textStyle{size: 8.5, color: colText, lead: 1.35}
	tsCell    = textStyle{size: 9, color: colText, lead: 1.35}
	tsCaption = textStyle{size: 9.5, st: stBold, color: colText, lead: 1.4}
)

// headingStyle is the style of a heading at a level: 1 for a top-level section.
func headingStyle(level int) textStyle {
	switch level {
	case 1:
		return textStyle{size: 15, st: stBold, color: colAccent, lead: 1.3}
	case 2:
		return textStyle{size: 12.5, st: stBold, color: colAccent, lead: 1.3}
	case 3:
		return textStyle{size: 11, st: stBold, color: colText, lead: 1.35}
	}
	return textStyle{size: 10, st: stBold | stItalic, color: colText, lead: 1.4}
}

// minWidth is the narrowest column content is laid out in; deeper nesting stops indenting.
const minWidth = 28.0

// layout holds what is shared while one document is laid out.
type layout struct {
	m       *measurer
	doc     *document.Document
	lang    i18n.Lang
	anchors map[string]bool // section anchors, for Markdown links to #anchor
	texts   int             // Markdown texts so far, to keep footnote anchors unique
	toc     []tocEntry
	baseURL string // Options.BaseURL
}

func (l *layout) t(key string, args ...any) string { return l.lang.T(key, args...) }

// flow collects slices for a column of content at x with width w.
type flow struct {
	l     *layout
	x, w  float64
	depth int // section depth, for the level of Markdown headings
	out   []slice
}

func (f *flow) sub(dx float64) *flow {
	if f.w-dx < minWidth {
		dx = max(0, f.w-minWidth)
	}
	return &flow{l: f.l, x: f.x + dx, w: f.w - dx, depth: f.depth}
}

func (f *flow) add(s ...slice) { f.out = append(f.out, s...) }

// space adds collapsible vertical space; two spaces in a row keep the larger.
func (f *flow) space(h float64) {
	if n := len(f.out); n > 0 && f.out[n-1].space && len(f.out[n-1].ops) == 0 {
		f.out[n-1].h = max(f.out[n-1].h, h)
		return
	}
	f.add(spacer(h))
}

// lines lays out spans as one paragraph and adds a slice per line. The first line is kept with the second (no
// orphan at a page's foot) and the last with the one before (no widow at a page's head).
func (f *flow) lines(spans []span, ts textStyle) []slice {
	lines := f.l.m.wrap(spans, ts, f.w)
	out := make([]slice, len(lines))
	// The ops of all lines share one array: a fragment is one op, a link or code two or three.
	n := 0
	for _, ln := range lines {
		n += len(ln.frags)
	}
	all := make([]op, 0, n+n/4)
	for i, ln := range lines {
		start := len(all)
		all = appendLineOps(all, ln, ts, f.x, f.w)
		out[i] = slice{h: ts.lineH(), ops: all[start:len(all):len(all)]}
	}
	if n := len(out); n >= 2 {
		out[0].keepNext = true
		out[n-2].keepNext = true
	}
	return out
}

func (f *flow) para(spans []span, ts textStyle) {
	f.add(f.lines(spans, ts)...)
}

// plainSpans turns plain text into a span; line breaks in it are kept.
func plainSpans(s string) []span { return []span{{text: clean(s)}} }

// inline adds an Inline as paragraphs: Markdown through goldmark, plain text split at blank lines. A single line
// break in plain text is where its author's editor wrapped the line; like the HTML page, the PDF reflows it.
func (f *flow) inline(in document.Inline, ts textStyle, gap float64) {
	if in.Markdown {
		f.markdown(in.Text, ts, gap)
		return
	}
	if in.IsList() {
		// Entries one below the other with a bullet each, as on the web page and as a Markdown list in a cell.
		its := make([]item, len(in.Items))
		for i, it := range in.Items {
			spans := plainSpans(strings.Join(strings.Fields(it), " "))
			its[i] = item{marker: bullets[0], content: func(sub *flow) { sub.para(spans, ts) }}
		}
		f.itemsIndented(its, ts, 0.6, cellListIndent)
		return
	}
	for i, p := range strings.Split(strings.TrimSpace(strings.ReplaceAll(in.Text, "\r\n", "\n")), "\n\n") {
		if i > 0 {
			f.space(gap)
		}
		f.para(plainSpans(strings.ReplaceAll(strings.TrimSpace(p), "\n", " ")), ts)
	}
}

// decorate puts a background and/or a bar at the left behind slices, so that a box that crosses a page break is
// drawn as two boxes.
func decorate(ss []slice, x, w float64, fill *rgb, bar *rgb) []slice {
	out := make([]slice, len(ss))
	for i, s := range ss {
		var deco []op
		if fill != nil {
			deco = append(deco, op{kind: opRect, x: x, y: 0, w: w, h: s.h, fill: *fill, filled: true})
		}
		if bar != nil {
			deco = append(deco, op{kind: opRect, x: x, y: 0, w: 1.2, h: s.h, fill: *bar, filled: true})
		}
		s.ops = append(deco, s.ops...)
		out[i] = s
	}
	return out
}

// trim drops spacing at both ends.
func trim(ss []slice) []slice {
	for len(ss) > 0 && ss[0].space {
		ss = ss[1:]
	}
	for len(ss) > 0 && ss[len(ss)-1].space {
		ss = ss[:len(ss)-1]
	}
	return ss
}

func height(ss []slice) float64 {
	h := 0.0
	for _, s := range ss {
		h += s.h
	}
	return h
}
