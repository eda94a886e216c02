package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/pia-nl/pia/internal/markdown"
)

// The Markdown of questionnaires and text blocks is walked as goldmark's AST and turned into the same slices as
// the rest of the document: a node kind maps to a small function, as in goldmark's own renderers.

// mdWalker lays out one Markdown text.
type mdWalker struct {
	src  []byte
	ts   textStyle // style of body text
	gap  float64   // space between paragraphs
	note string    // prefix of this text's footnote anchors
}

// markdown adds Markdown text to the flow.
func (f *flow) markdown(src string, ts textStyle, gap float64) {
	f.l.texts++
	prefix := "t" + strconv.Itoa(f.l.texts) + "-"
	w := &mdWalker{src: []byte(src), ts: ts, gap: gap, note: "fn-" + prefix}
	doc := markdown.Parse(src, prefix)
	w.children(f, doc, 0)
}

// children lays out the block children of n; level is the nesting depth of lists.
func (w *mdWalker) children(f *flow, n ast.Node, level int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(f, c, level)
	}
}

func (w *mdWalker) block(f *flow, n ast.Node, level int) {
	switch x := n.(type) {
	case *ast.Paragraph:
		f.para(w.inlines(n), w.ts)
		if w.leadsIn(x) {
			f.keepLastWithNext()
		}
		f.space(w.gap)
	case *ast.TextBlock: // a paragraph in a tight list
		f.para(w.inlines(n), w.ts)
		f.space(gapItem)
	case *ast.Heading:
		lvl := min(f.depth+x.Level, 4)
		ts := headingStyle(lvl)
		if w.ts.size < tsBody.size { // headings inside table cells stay small
			ts = headingStyle(4)
			ts.size = w.ts.size
		}
		f.space(3)
		lines := f.lines(w.inlines(n), ts)
		for i := range lines {
			lines[i].keepNext = true
		}
		f.add(lines...)
		f.space(1.5)
	case *ast.List:
		w.list(f, x, level)
		f.space(w.gap)
	case *ast.Blockquote:
		sub := f.sub(5)
		w.children(sub, n, level)
		bar := colQuoteBar
		f.add(decorate(trim(sub.out), f.x, 0, nil, &bar)...)
		f.space(w.gap)
	case *ast.ThematicBreak:
		f.space(2)
		f.add(slice{h: 2, ops: []op{{kind: opLine, x: f.x, y: 1, w: f.w, color: colRule, width: 0.3}}})
		f.space(2)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		w.code(f, n)
		f.space(w.gap)
	case *ast.HTMLBlock:
		// Raw HTML is not rendered, as in the HTML output.
	case *east.Table:
		w.table(f, x)
		f.space(w.gap)
	case *east.FootnoteList:
		w.footnotes(f, x)
	default:
		w.children(f, n, level)
	}
}

// leadsIn reports whether a paragraph belongs with what follows it on the page: a paragraph in bold only, which
// texts use as a small heading ("**Wat doet u?**"), or one that ends in a colon before a list.
func (w *mdWalker) leadsIn(p *ast.Paragraph) bool {
	next := p.NextSibling()
	if next == nil {
		return false
	}
	if em, ok := p.FirstChild().(*ast.Emphasis); ok && em.Level == 2 && em.NextSibling() == nil {
		return true
	}
	_, list := next.(*ast.List)
	lines := p.Lines()
	if !list || lines.Len() == 0 {
		return false
	}
	last := lines.At(lines.Len() - 1)
	return strings.HasSuffix(strings.TrimSpace(string(last.Value(w.src))), ":")
}

// list lays out a Markdown list; nested lists get the next bullet.
func (w *mdWalker) list(f *flow, l *ast.List, level int) {
	var its []item
	num := max(l.Start, 0)
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		marker := bullets[level%len(bullets)]
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + "."
			num++
		}
		li := c
		its = append(its, item{marker: marker, content: func(sub *flow) { w.children(sub, li, level+1) }})
	}
	gap := gapItem
	if !l.IsTight {
		gap = w.gap
	}
	f.items(its, w.ts, gap)
}

// code lays out a code block line by line on a grey background.
func (w *mdWalker) code(f *flow, n ast.Node) {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(w.src))
	}
	text := strings.TrimRight(clean(strings.ReplaceAll(b.String(), "\t", "    ")), "\n")
	// Indentation is kept as no-break spaces, which the line breaker neither collapses nor breaks at.
	rows := strings.Split(text, "\n")
	for i, ln := range rows {
		trimmed := strings.TrimLeft(ln, " ")
		rows[i] = strings.Repeat("\u00a0", len(ln)-len(trimmed)) + trimmed
	}
	text = strings.Join(rows, "\n")
	sub := f.sub(0)
	sub.x, sub.w = f.x+2.5, max(f.w-5, 4)
	ts := w.ts
	ts.size *= 0.9
	ts.color = colCodeText
	sub.para([]span{{text: text}}, ts)
	fill := colCodeFill
	pad := slice{h: 1.5}
	all := append(append([]slice{pad}, sub.out...), pad)
	f.add(decorate(all, f.x, f.w, &fill, nil)...)
}

// table lays out a GitHub table; columns are sized by their text.
func (w *mdWalker) table(f *flow, t *east.Table) {
	tb := table{ts: tsCell, byText: true}
	if w.ts.size < tsCell.size {
		tb.ts = w.ts
	}
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []cell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			tc, _ := c.(*east.TableCell)
			a := alignLeft
			if tc != nil {
				switch tc.Alignment {
				case east.AlignCenter:
					a = alignCenter
				case east.AlignRight:
					a = alignRight
				}
			}
			cells = append(cells, cell{spans: w.inlines(c), align: a})
		}
		if _, ok := r.(*east.TableHeader); ok {
			tb.header = cells
		} else {
			tb.rows = append(tb.rows, tableRow{cells: cells})
		}
	}
	f.table(tb)
}

// footnotes lays out the notes of a text below a short rule, each with its number and a link target.
func (w *mdWalker) footnotes(f *flow, l *east.FootnoteList) {
	f.space(2)
	f.add(slice{h: 2.5, keepNext: true, ops: []op{{kind: opLine, x: f.x, y: 0.8, w: min(40, f.w), color: colRule,
		width: 0.3}}})
	small := *w
	small.ts = tsSmall
	small.ts.size = min(tsSmall.size, w.ts.size)
	small.gap = 1
	var its []item
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		fn, ok := c.(*east.Footnote)
		if !ok {
			continue
		}
		its = append(its, item{marker: strconv.Itoa(fn.Index) + ".", content: func(sub *flow) {
			n := len(sub.out)
			small.children(sub, fn, 0)
			for i := n; i < len(sub.out); i++ {
				if !sub.out[i].space {
					a := op{kind: opAnchor, x: sub.x, y: 0, s: w.note + strconv.Itoa(fn.Index)}
					sub.out[i].ops = append([]op{a}, sub.out[i].ops...)
					break
				}
			}
		}})
	}
	f.items(its, small.ts, 0.6)
	f.space(w.gap)
}

// inlines collects the inline content of a block as spans.
func (w *mdWalker) inlines(n ast.Node) []span {
	var out []span
	w.inline(n, 0, "", "", &out)
	return out
}

func (w *mdWalker) inline(n ast.Node, st style, url, dest string, out *[]span) {
	add := func(text string, st style) {
		if text != "" {
			*out = append(*out, span{text: clean(text), st: st, url: url, dest: dest})
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch x := c.(type) {
		case *ast.Text:
			v := x.Value(w.src)
			if x.IsRaw() {
				add(string(v), st)
			} else {
				add(unescape(v), st)
			}
			if x.HardLineBreak() {
				add("\n", st)
			} else if x.SoftLineBreak() {
				add(" ", st)
			}
		case *ast.String:
			if x.IsCode() || x.IsRaw() {
				add(string(x.Value), st)
			} else {
				add(unescape(x.Value), st)
			}
		case *ast.CodeSpan:
			var b strings.Builder
			for t := x.FirstChild(); t != nil; t = t.NextSibling() {
				switch tt := t.(type) {
				case *ast.Text:
					b.Write(tt.Value(w.src))
					if tt.SoftLineBreak() || tt.HardLineBreak() {
						b.WriteByte(' ')
					}
				case *ast.String:
					b.Write(tt.Value)
				}
			}
			add(strings.ReplaceAll(b.String(), "\n", " "), st|stCode)
		case *ast.Emphasis:
			s := st | stItalic
			if x.Level >= 2 {
				s = st | stBold
			}
			w.inline(x, s, url, dest, out)
		case *east.Strikethrough:
			w.inline(x, st|stStrike, url, dest, out)
		case *ast.Link:
			u, d := w.target(string(unescape(x.Destination)))
			w.inline(x, st, u, d, out)
		case *ast.AutoLink:
			dest := string(x.URL(w.src))
			if x.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(dest), "mailto:") {
				dest = "mailto:" + dest // as goldmark's HTML writer does
			}
			u, d := w.target(dest)
			*out = append(*out, span{text: clean(string(x.Label(w.src))), st: st, url: u, dest: d})
		case *ast.Image:
			w.inline(x, st|stItalic, url, dest, out) // the alt text
		case *ast.RawHTML:
			// Raw HTML is not rendered, as in the HTML output.
		case *east.FootnoteLink:
			*out = append(*out, span{text: strconv.Itoa(x.Index), st: st | stSup, dest: w.note + strconv.Itoa(x.Index)})
		case *east.FootnoteBacklink:
		default:
			w.inline(x, st, url, dest, out)
		}
	}
}

// target turns a link destination into a URL for the PDF or an anchor in it. Relative links of the site lead
// nowhere from a PDF file, so they stay plain text.
func (w *mdWalker) target(dest string) (url, anchor string) {
	d := strings.TrimSpace(dest)
	if strings.HasPrefix(d, "#") {
		return "", d[1:]
	}
	lower := strings.ToLower(d)
	for _, scheme := range []string{"http://", "https://", "mailto:", "tel:"} {
		if strings.HasPrefix(lower, scheme) && markdown.SafeURL(d) {
			return escapeURL(d), ""
		}
	}
	return "", ""
}

// unescape resolves backslash escapes and character references, as goldmark's HTML writer does on output.
func unescape(b []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b))))
}

// escapeURL percent-encodes what may not stand in a PDF URI: spaces, controls and non-ASCII bytes.
func escapeURL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
