package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/document"
)

const (
	cellPadX = 1.8
	cellPadY = 1.4
)

// cell is the content of a table cell: a function that lays it out in a flow of the cell's width. spans, when
// set, is its text as one paragraph, used to size columns of Markdown tables by their content.
type cell struct {
	content func(f *flow)
	spans   []span
	align   align
	text    string  // the words of content, for the column's minimum width
	indent  float64 // how far content indents its words (a list of entries), for the same
}

type tableRow struct {
	cells []cell
	tone  document.Tone
}

// table is what both document tables and Markdown tables are drawn from.
type table struct {
	caption string
	header  []cell
	rows    []tableRow
	widths  []float64 // relative; nil means by content (Markdown tables) or even (document tables)
	byText  bool      // size columns by their text
	plain   bool      // definitions: no grid, a label column in bold, a thin rule between rows
	ts      textStyle
}

// docTable lays out a document table; cells may be Markdown.
func (f *flow) docTable(t document.Table) {
	cols := len(t.Header)
	for _, r := range t.Rows {
		cols = max(cols, len(r.Cells))
	}
	if cols == 0 {
		return
	}
	tb := table{caption: t.Caption, ts: tsCell}
	if len(t.Widths) == cols {
		tb.widths = t.Widths
	}
	if len(t.Header) > 0 {
		tb.header = make([]cell, cols)
		for i := range cols {
			text := ""
			if i < len(t.Header) {
				text = t.Header[i]
			}
			tb.header[i] = cell{spans: plainSpans(text)}
		}
	}
	for _, r := range t.Rows {
		row := tableRow{tone: r.Tone, cells: make([]cell, cols)}
		for i := range cols {
			if i < len(r.Cells) {
				in := r.Cells[i]
				row.cells[i] = cell{content: func(sub *flow) { sub.inline(in, tsCell, 1.6) }, text: printedText(in)}
				if in.IsList() {
					row.cells[i].indent = f.listIndentOf(tsCell, cellListIndent)
				}
			}
		}
		tb.rows = append(tb.rows, row)
	}
	f.table(tb)
}

// definitions lays out labelled values in two columns.
func (f *flow) definitions(d document.Definitions) {
	tb := table{plain: true, widths: []float64{32, 68}, ts: tsBody}
	for _, it := range d.Items {
		v := it.Value
		tb.rows = append(tb.rows, tableRow{cells: []cell{
			{spans: []span{{text: clean(it.Label), st: stBold}}},
			{content: func(sub *flow) { sub.inline(v, tsBody, 1.6) }, text: printedText(v)},
		}})
	}
	f.table(tb)
}

// columnWidths gives each column its width in millimetres.
func (f *flow) columnWidths(t table, cols int) []float64 {
	ws := make([]float64, cols)
	rel := t.widths
	if rel == nil && t.byText {
		rel = f.textWidths(t, cols)
	}
	sum := 0.0
	for i := range cols {
		if rel != nil && rel[i] > 0 {
			ws[i] = rel[i]
		} else {
			ws[i] = 1
			if rel != nil {
				ws[i] = 0
			}
		}
		sum += ws[i]
	}
	if sum <= 0 {
		for i := range ws {
			ws[i] = 1
		}
		sum = float64(cols)
	}
	for i := range ws {
		ws[i] = ws[i] / sum * f.w
	}
	f.fitWords(t, ws)
	// Every column gets at least a few characters, taken from the widest.
	least := min(12.0, f.w/float64(cols))
	for i := range ws {
		if ws[i] < least {
			j := widest(ws)
			take := least - ws[i]
			ws[j] -= take
			ws[i] += take
		}
	}
	return ws
}

// fitWords widens columns that are narrower than their longest word, taking the room from columns that have
// more than they need, as browsers do with automatic table layout. The given widths stay the preference, and no
// column is made narrower than its own longest word. A very long word (a URL) claims at most 40% of the table. A
// path or code is cut at its own separators anyway (breakWord), so it needs room for its longest part only, and a
// word that cannot be cut cleanly ("waarschuwing") gets its room first.
func (f *flow) fitWords(t table, ws []float64) {
	need := make([]float64, len(ws))
	measure := func(i int, text string, ts textStyle, indent float64) {
		fc := faceOf(ts, 0)
		for _, w := range strings.Fields(text) {
			need[i] = max(need[i], min(f.longestPart(w, fc)*1.04+2*cellPadX+indent, 0.4*f.w))
		}
	}
	for i, c := range t.header {
		if i < len(ws) {
			measure(i, c.text+" "+spansText(c.spans), headerStyle(t.ts), c.indent)
		}
	}
	for _, r := range t.rows {
		for i, c := range r.cells {
			if i < len(ws) {
				ts := t.ts
				if t.plain && i == 0 {
					ts.st |= stBold
				}
				measure(i, c.text+" "+spansText(c.spans), ts, c.indent)
			}
		}
	}
	short, spare := 0.0, 0.0
	for i := range ws {
		if ws[i] < need[i] {
			short += need[i] - ws[i]
		} else {
			spare += ws[i] - need[i]
		}
	}
	if short == 0 || spare <= 0 {
		return
	}
	// When there is not enough to go round, the narrow columns share what the others can spare.
	give := min(short, spare)
	for i := range ws {
		if ws[i] < need[i] {
			ws[i] += (need[i] - ws[i]) / short * give
		} else {
			ws[i] -= (ws[i] - need[i]) / spare * give
		}
	}
}

// longestPart is the width of a word, or for a word with separators the width of its widest piece up to and
// including a separator: breakWord may put each such piece on a line of its own.
func (f *flow) longestPart(w string, fc face) float64 {
	if !separated(w) {
		return f.l.m.width(w, fc)
	}
	widest := 0.0
	for w != "" {
		i := nextSeparator(w)
		if i < 0 {
			return max(widest, f.l.m.width(w, fc))
		}
		_, n := utf8.DecodeRuneInString(w[i:])
		widest = max(widest, f.l.m.width(w[:i+n], fc))
		w = w[i+n:]
	}
	return widest
}

func spansText(ss []span) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.text)
	}
	return b.String()
}

// printedText is the text of an Inline as printed, near enough to find its longest word: in Markdown, a link target
// "](…)" and each mark of emphasis, code, headings, quotes and tables ([]*_`#>|~) become a space.
func printedText(in document.Inline) string {
	if !in.Markdown {
		return in.Text
	}
	s := in.Text
	if strings.IndexAny(s, mdMarks) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ']' && i+1 < len(s) && s[i+1] == '(' {
			if j := strings.IndexByte(s[i+2:], ')'); j >= 0 {
				b = append(b, ' ')
				i += 2 + j
				continue
			}
		}
		if strings.IndexByte(mdMarks, c) >= 0 {
			c = ' '
		}
		b = append(b, c)
	}
	return string(b)
}

// mdMarks are the characters printedText drops.
const mdMarks = "*_`#>|~[]"

func widest(ws []float64) int {
	j := 0
	for i, w := range ws {
		if w > ws[j] {
			j = i
		}
	}
	return j
}

// textWidths sizes columns of a Markdown table by content: columns whose text fits get its width, the rest share
// what is left in proportion to their text.
func (f *flow) textWidths(t table, cols int) []float64 {
	natural := make([]float64, cols)
	measure := func(i int, c cell, ts textStyle) {
		w := 2 * cellPadX
		for _, s := range c.spans {
			w += f.l.m.width(s.text, faceOf(ts, s.st))
		}
		natural[i] = max(natural[i], w)
	}
	for i, c := range t.header {
		measure(i, c, headerStyle(t.ts))
	}
	for _, r := range t.rows {
		for i, c := range r.cells {
			measure(i, c, t.ts)
		}
	}
	total := 0.0
	for _, w := range natural {
		total += w
	}
	if total <= f.w {
		// Everything fits on one line: spread the rest evenly so the table spans the column.
		extra := (f.w - total) / float64(cols)
		for i := range natural {
			natural[i] += extra
		}
		return natural
	}
	fair := f.w / float64(cols)
	fixed, rest := 0.0, 0.0
	for _, w := range natural {
		if w <= fair {
			fixed += w
		} else {
			rest += w
		}
	}
	out := make([]float64, cols)
	for i, w := range natural {
		if w <= fair {
			out[i] = w
		} else {
			out[i] = w / rest * (f.w - fixed)
		}
	}
	return out
}

func headerStyle(ts textStyle) textStyle {
	ts.st |= stBold
	return ts
}

// table lays out a table: a caption kept with the header row, the header repeated on every page the table
// continues on, rows that are only cut when one is tall (see minPiece), and a short table kept whole.
func (f *flow) table(t table) {
	cols := len(t.header)
	for _, r := range t.rows {
		cols = max(cols, len(r.cells))
	}
	if cols == 0 {
		return
	}
	ws := f.columnWidths(t, cols)
	xs := make([]float64, cols)
	x := f.x
	for i, w := range ws {
		xs[i] = x
		x += w
	}
	if t.caption != "" {
		cap := f.lines([]span{{text: clean(t.caption)}}, tsCaption)
		for i := range cap {
			cap[i].keepNext = true
		}
		f.add(cap...)
		f.add(slice{h: 1.2, keepNext: true})
	}
	var header *slice
	if t.header != nil {
		hs := f.tableRow(t, t.header, xs, ws, headerStyle(t.ts), &colHeadFill)
		hs.keepNext = true
		header = &hs
		f.add(hs)
	}
	rows := make([]slice, len(t.rows))
	total := 0.0
	for i, r := range t.rows {
		var fill *rgb
		if c, _ := toneColours(r.tone); r.tone != document.ToneNone {
			fill = &c
		}
		rows[i] = f.tableRow(t, r.cells, xs, ws, t.ts, fill)
		rows[i].header = header
		total += rows[i].h
	}
	// A short table (a few contacts, a handful of rows) stays on one page: cut in two it reads as two tables.
	if len(rows) <= shortTableRows && total <= (bodyBottom-bodyTop)/3 {
		for i := range len(rows) - 1 {
			rows[i].keepNext = true
		}
	}
	f.add(rows...)
}

// shortTableRows is the most rows a table may have to be kept on one page, when it is at most a third of a page.
const shortTableRows = 6

// tableRow lays out each cell in its column and joins them into one slice.
func (f *flow) tableRow(t table, cells []cell, xs, ws []float64, ts textStyle, fill *rgb) slice {
	content := make([][]slice, len(xs))
	for i := range xs {
		sub := &flow{l: f.l, x: 0, w: max(ws[i]-2*cellPadX, 4), depth: f.depth}
		if i < len(cells) {
			c := cells[i]
			cts := ts
			cts.align = c.align
			if t.plain && i == 0 {
				cts.st |= stBold
			}
			switch {
			case c.content != nil:
				c.content(sub)
			case c.spans != nil:
				sub.para(c.spans, cts)
			}
		}
		content[i] = trim(sub.out)
	}
	return rowSlice(content, xs, ws, fill, t.plain)
}

// rowSlice draws cells side by side: background, content and grid. A tall row (see minPiece) can be split
// between the lines of its cells.
func rowSlice(content [][]slice, xs, ws []float64, fill *rgb, plain bool) slice {
	h := 0.0
	for _, c := range content {
		h = max(h, height(c))
	}
	h += 2 * cellPadY
	body := func(ops []op, dx, dy float64) []op {
		for i := range xs {
			if fill != nil {
				ops = append(ops, op{kind: opRect, x: dx + xs[i], y: dy, w: ws[i], h: h, fill: *fill, filled: true})
			}
			y := cellPadY
			for _, s := range content[i] {
				ops = s.appendTo(ops, dx+xs[i]+cellPadX, dy+y)
				y += s.h
			}
		}
		if plain {
			last := xs[len(xs)-1] + ws[len(ws)-1]
			return append(ops, op{kind: opLine, x: dx + xs[0], y: dy + h, w: last - xs[0], color: colRule,
				width: 0.2})
		}
		for i := range xs {
			ops = append(ops, op{kind: opRect, x: dx + xs[i], y: dy, w: ws[i], h: h, color: colGrid,
				stroked: true, width: 0.2})
		}
		return ops
	}
	s := slice{h: h, body: body}
	s.split = func(avail float64) (slice, slice, bool) {
		first, rest := make([][]slice, len(content)), make([][]slice, len(content))
		room := avail - 2*cellPadY
		progress, left := false, false
		for i, c := range content {
			used := 0.0
			j := 0
			for j < len(c) && used+c[j].h <= room {
				used += c[j].h
				j++
			}
			if j < len(c) && c[j].split != nil && room-used > 10 {
				// A nested table in a cell: cut it too.
				if a, b, ok := c[j].split(room - used); ok {
					first[i] = append(append([]slice{}, c[:j]...), a)
					rest[i] = append([]slice{b}, c[j+1:]...)
					progress, left = true, true
					continue
				}
			}
			first[i], rest[i] = c[:j], c[j:]
			progress = progress || j > 0
			left = left || j < len(c)
		}
		if !left {
			return slice{}, slice{}, false
		}
		if !progress {
			// Not even one line fits: give the first cell with content one line so the split moves on.
			for i, c := range content {
				if len(c) > 0 {
					first[i], rest[i] = c[:1], c[1:]
					break
				}
			}
		}
		return rowSlice(first, xs, ws, fill, plain), rowSlice(rest, xs, ws, fill, plain), true
	}
	return s
}

// toneColours gives the tint behind a row or notice and the stronger colour of a notice's bar.
func toneColours(t document.Tone) (fill, bar rgb) {
	switch t {
	case document.ToneFout:
		return rgb{0xfb, 0xe1, 0xe1}, rgb{0xc0, 0x2b, 0x2b}
	case document.ToneWaarschuwing:
		return rgb{0xff, 0xf0, 0xcc}, rgb{0xd9, 0x8e, 0x04}
	case document.ToneAdvies:
		return rgb{0xe0, 0xec, 0xfa}, rgb{0x2f, 0x6f, 0xb8}
	case document.ToneOK:
		return rgb{0xe1, 0xf3, 0xe4}, rgb{0x2e, 0x7d, 0x32}
	case document.ToneLaag:
		return rgb{0xdc, 0xf1, 0xdf}, rgb{0x2e, 0x7d, 0x32}
	case document.ToneMidden:
		return rgb{0xff, 0xe9, 0xc2}, rgb{0xd9, 0x8e, 0x04}
	case document.ToneHoog:
		return rgb{0xf9, 0xd3, 0xd0}, rgb{0xc0, 0x2b, 0x2b}
	}
	return rgb{0xe8, 0xef, 0xf7}, colAccent // info and none
}
