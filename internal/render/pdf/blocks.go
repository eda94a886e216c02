package pdf

import (
	"path"
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/document"
)

// Vertical spacing in millimetres.
const (
	gapPara    = 2.6
	gapBlock   = 4.0
	gapItem    = 1.0
	listIndent = 6.0
	// cellListIndent is the indent of the entries a table cell lists (document.Inline.Items): a narrow column
	// keeps room for its words.
	cellListIndent = 3.6
)

// tocEntry is a section in the table of contents.
type tocEntry struct {
	number, title, anchor string
	depth                 int
}

// blocks lays out document blocks at a section depth.
func (f *flow) blocks(bs []document.Block, depth int) {
	for i, b := range bs {
		switch x := b.(type) {
		case document.Section:
			f.section(x, depth+1)
		case document.Text:
			before := len(f.out)
			f.inline(x.Inline, tsBody, gapPara)
			if i+1 < len(bs) && (introducesList(x, bs[i+1]) || introducesTable(bs[i+1]) && len(f.out)-before <= 3) {
				f.keepLastWithNext()
			}
			f.space(gapPara)
		case document.List:
			f.list(x)
			f.space(gapPara)
		case document.Definitions:
			f.definitions(x)
			f.space(gapBlock)
		case document.Table:
			f.docTable(x)
			f.space(gapBlock)
		case document.Notice:
			f.notice(x, depth)
			f.space(gapBlock)
		case document.RiskMatrix:
			f.matrix(x)
			f.space(gapBlock)
		case document.LinkList:
			f.linkList(x)
			f.space(gapPara)
		}
	}
}

// introducesList reports whether text ends in a colon and a list follows: "Wij geven door:" and its items.
func introducesList(text document.Text, next document.Block) bool {
	_, isList := next.(document.List)
	return isList && strings.HasSuffix(strings.TrimSpace(text.Text), ":")
}

// introducesTable reports whether next is a table or a list of facts: a short text before one (three lines at
// most) says what it shows, and goes to the next page with it rather than end a page on its own.
func introducesTable(next document.Block) bool {
	switch next.(type) {
	case document.Table, document.Definitions:
		return true
	}
	return false
}

// keepLastWithNext keeps the last line laid out so far on the page of what comes next, so that a sentence that
// introduces a list does not end a page with the list on the next.
func (f *flow) keepLastWithNext() {
	for j := len(f.out) - 1; j >= 0; j-- {
		if !f.out[j].space {
			f.out[j].keepNext = true
			return
		}
	}
}

// section adds a numbered heading, its outline entry and link target, and the section's blocks.
func (f *flow) section(s document.Section, depth int) {
	anchor := f.l.anchor(s.Anchor)
	title := clean(s.Title)
	ts := headingStyle(depth)
	f.space([]float64{0, 8, 6, 4.5}[min(depth, 3)])
	indent := 0.0
	number := oneLine(s.Number)
	if number != "" {
		nw := f.l.m.width(number, faceOf(ts, 0))
		indent = max(nw+3, ts.size*ptToMM*2.2)
	}
	lines := f.sub(indent).lines([]span{{text: title}}, ts)
	if len(lines) == 0 {
		lines = []slice{{h: ts.lineH()}} // an untitled section still needs its anchor and outline entry
	}
	for i := range lines {
		lines[i].keepNext = true
	}
	{
		first := &lines[0]
		pre := []op{
			{kind: opAnchor, x: f.x, y: 0, s: anchor},
			{kind: opBookmark, x: f.x, y: 0, s: oneLine(joinNumber(number, title)), level: uint8(min(depth-1, 255))},
		}
		if number != "" {
			pre = append(pre, op{kind: opText, x: f.x, y: ts.lineH()/2 + ts.size*ptToMM*0.35, s: number,
				font: faceOf(ts, 0), color: ts.color})
		}
		first.ops = append(pre, first.ops...)
	}
	if depth == 1 {
		// A rule under top-level headings sets the chapters apart.
		last := &lines[len(lines)-1]
		last.ops = append(last.ops, op{kind: opLine, x: f.x, y: last.h + 0.8, w: f.w, color: colRule, width: 0.3})
		last.h += 1.5
	}
	f.add(lines...)
	f.space(2.2)
	if depth <= 2 {
		f.l.toc = append(f.l.toc, tocEntry{number: number, title: title, anchor: anchor, depth: depth})
	}
	inner := *f
	inner.out = nil
	inner.depth = depth
	inner.blocks(s.Blocks, depth)
	f.add(inner.out...)
}

func joinNumber(number, title string) string {
	if number == "" {
		return title
	}
	return number + " " + title
}

// anchor makes a section's anchor unique and remembers it; sections without one get a generated anchor.
func (l *layout) anchor(a string) string {
	if a == "" {
		a = "sectie"
	}
	base := a
	for i := 2; l.anchors[a]; i++ {
		a = base + "-" + strconv.Itoa(i)
	}
	l.anchors[a] = true
	return a
}

// bullets are the list markers per nesting level.
var bullets = []string{"•", "–", "◦", "▪"}

// item is one entry of a list: its marker and a function that lays out its content in a flow.
type item struct {
	marker  string
	content func(f *flow)
}

// items lays out a list with hanging markers. When the column is too narrow to indent any further (very deep
// nesting), the marker goes on a line of its own rather than over the text.
func (f *flow) items(its []item, ts textStyle, gap float64) {
	f.itemsIndented(its, ts, gap, listIndent)
}

// listIndentOf is the indent itemsIndented gives a bulleted list in style ts.
func (f *flow) listIndentOf(ts textStyle, minIndent float64) float64 {
	return max(minIndent, f.l.m.width(bullets[0], faceOf(ts, 0))+2.5)
}

// itemsIndented is items with at least minIndent before the text (a list in a table cell indents less).
func (f *flow) itemsIndented(its []item, ts textStyle, gap, minIndent float64) {
	mw := 0.0
	for _, it := range its {
		mw = max(mw, f.l.m.width(it.marker, faceOf(ts, 0)))
	}
	indent := max(minIndent, mw+2.5)
	// The first item stays with the second and the last with the one before: no item is left alone at the foot or
	// the head of a page, away from its list (a list of two stays whole).
	keepAfter := func(i int) bool { return i == 0 || i == len(its)-2 }
	for i, it := range its {
		if i > 0 {
			if keepAfter(i-1) && len(f.out) > 0 {
				f.out[len(f.out)-1].keepNext = true
			}
			f.space(gap)
		}
		sub := f.sub(indent)
		it.content(sub)
		content := trim(sub.out)
		marker := op{kind: opText, x: sub.x - 2 - f.l.m.width(it.marker, faceOf(ts, 0)),
			y: ts.lineH()/2 + ts.size*ptToMM*0.35, s: it.marker, font: faceOf(ts, 0), color: ts.color}
		if sub.x-f.x < mw+2 {
			marker.x = f.x
			f.add(slice{h: ts.lineH(), ops: []op{marker}, keepNext: true})
		} else if len(content) > 0 {
			content[0].ops = append([]op{marker}, content[0].ops...)
		} else {
			content = []slice{{h: ts.lineH(), ops: []op{marker}}}
		}
		f.add(content...)
	}
}

// list lays out a document list; its items may be Markdown.
func (f *flow) list(l document.List) {
	its := make([]item, len(l.Items))
	for i, in := range l.Items {
		m := bullets[0]
		if l.Ordered {
			m = strconv.Itoa(i+1) + "."
		}
		its[i] = item{marker: m, content: func(sub *flow) { sub.inline(in, tsBody, gapPara) }}
	}
	f.items(its, tsBody, gapItem)
}

// notice is a tinted box with a bar on the left and a bold title.
func (f *flow) notice(n document.Notice, depth int) {
	fill, bar := toneColours(n.Tone)
	if n.Tone == document.ToneNone {
		fill, bar = toneColours(document.ToneInfo)
	}
	inner := f.sub(0)
	inner.x, inner.w = f.x+5, max(f.w-9, 4)
	inner.depth = depth
	if n.Title != "" {
		inner.para([]span{{text: clean(n.Title)}}, textStyle{size: 10.5, st: stBold, color: colText, lead: 1.4})
		inner.keepLastWithNext() // a title at the foot of a page would leave an empty box there
		inner.space(1.5)
	}
	inner.blocks(n.Blocks, depth)
	body := trim(inner.out)
	pad := slice{h: 3}
	top := pad
	top.keepNext = true
	all := append([]slice{top}, body...)
	all = append(all, pad)
	f.add(decorate(all, f.x, f.w, &fill, &bar)...)
}

// linkList prints the links as a list; links to the PDF form of a document point at the sibling file.
func (f *flow) linkList(ll document.LinkList) {
	its := make([]item, 0, len(ll.Items))
	for _, ln := range ll.Items {
		its = append(its, item{marker: bullets[0], content: func(sub *flow) { sub.para(linkSpans(ln, f.l.baseURL), tsBody) }})
	}
	f.items(its, tsBody, gapItem)
}

// linkSpans is the text of a link, clickable when the document it names has a PDF form, the sibling file: a link
// to the web page of a document that is also a PDF leads to that PDF, which the reader of a PDF can print (the
// work instruction's privacy statement to give the citizen). With the site's address (base) the link goes to the
// PDF on the site, and the address is printed after the text, so that a reader of the paper knows where it is.
func linkSpans(ln document.Link, base string) []span {
	s := span{text: clean(ln.Text)}
	var addr string
	if ln.Format == document.FormatPDF || ln.Format == document.FormatHTML {
		if p := document.Path(ln.Kind, ln.ID, document.FormatPDF); p != "" {
			s.url = escapeURL(path.Base(p))
			if base != "" {
				addr = strings.TrimRight(base, "/") + "/" + p
				s.url = escapeURL(addr)
			}
		}
	}
	out := []span{s}
	if ln.Note != "" {
		out = append(out, span{text: " " + clean(ln.Note)})
	}
	if addr != "" {
		out = append(out, span{text: " ("}, span{text: clean(addr), url: s.url}, span{text: ")"})
	}
	return out
}
