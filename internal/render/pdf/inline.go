package pdf

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// face is a font face at a size in points.
type face struct {
	style string // fpdf style: "", "B", "I", "BI"
	size  float64
}

// style is a set of inline attributes.
type style uint8

const (
	stBold style = 1 << iota
	stItalic
	stCode
	stStrike
	stSup
)

func (s style) fpdf() string {
	switch {
	case s&stBold != 0 && s&stItalic != 0:
		return styleBoldItalic
	case s&stBold != 0:
		return styleBold
	case s&stItalic != 0:
		return styleItalic
	}
	return styleRegular
}

// span is a run of text with one set of attributes. A "\n" in text is a forced line break.
type span struct {
	text string
	st   style
	url  string // an external link
	dest string // an anchor in this document
}

// textStyle holds the attributes of a whole paragraph.
type textStyle struct {
	size  float64 // points
	st    style
	color rgb
	lead  float64 // line height as a multiple of the size
	align align
}

type align uint8

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

func (ts textStyle) lineH() float64 { return ts.size * ts.lead * ptToMM }

// measurer measures text with the document's own fpdf instance. Faces are added to the document the first time
// they are measured, and many documents never use bold italic.
type measurer struct {
	pdf    *fpdf.Fpdf
	fonts  *Fonts
	win    bool    // the document uses the Windows-1252 faces: text goes to fpdf encoded, see winansi.go
	k      float64 // points per user unit, as fpdf scales font sizes
	loaded map[string]bool
	cur    face
	memo   *wrapMemo // lines of paragraphs laid out before; nil with the Unicode faces
	// cw holds the character widths of the Windows-1252 face that width measured in last, cwStyle its style. Most
	// calls measure in the face of the call before; looking the face up in two maps took a fifth of width's time.
	cwStyle string
	cw      *[256]int
	// scratch space of wrap
	fragText  []byte
	widths    []float64
	pieces    []span
	words     []word
	memoKey   []byte
	lineArena arena[line]
	fragArena arena[frag]
	// scratch space of breakWord
	bwRunes []rune
	bwOffs  []int
	bwWs    []float64
}

// load adds a face to the document the first time it is needed.
func (m *measurer) load(style string) {
	if m.loaded[style] {
		return
	}
	if m.win {
		wf := m.fonts.win[style]
		m.pdf.AddFontFromBytes(family, style, wf.def, wf.z)
	} else {
		m.pdf.AddUTF8FontFromBytes(family, style, m.fonts.faces[style])
	}
	m.loaded[style] = true
}

func (m *measurer) use(f face) {
	if f == m.cur {
		return
	}
	m.load(f.style)
	m.pdf.SetFont(family, f.style, f.size)
	m.cur = f
}

// width is the width of s in f. With the Windows-1252 faces it is summed from the face's own width table (made
// from fpdf's widths of the full face) with the arithmetic of fpdf's GetStringWidth, which the Unicode faces still
// use; text that Windows-1252 cannot show stops the layout with errNotWinAnsi, as in text.
func (m *measurer) width(s string, f face) float64 {
	if !m.win {
		m.use(f)
		return m.pdf.GetStringWidth(s)
	}
	if m.cw == nil || f.style != m.cwStyle {
		m.load(f.style)
		m.cw, m.cwStyle = &m.fonts.win[f.style].cw, f.style
	}
	cw := m.cw
	w := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				panic(errNotWinAnsi)
			}
			w += cw[c]
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		c, ok := winCode(r)
		if !ok {
			panic(errNotWinAnsi)
		}
		w += cw[c]
		i += size
	}
	return float64(w) * (f.size / m.k) / 1000
}

// text is s as the document's fonts take it. Text that the Windows-1252 faces cannot show stops the layout with
// errNotWinAnsi, and Render starts over with the Unicode faces.
func (m *measurer) text(s string) string {
	if !m.win {
		return s
	}
	t, ok := winAnsi(s)
	if !ok {
		panic(errNotWinAnsi)
	}
	return t
}

// outline is s as an outline entry: fpdf converts it only when the current font is a Unicode font.
func (m *measurer) outline(s string) string {
	if !m.win {
		return s
	}
	return utf16Text(s)
}

// faceOf is the face of a span in a paragraph.
func faceOf(ts textStyle, st style) face {
	st |= ts.st
	size := ts.size
	if st&stSup != 0 {
		size *= 0.7
	}
	return face{style: st.fpdf(), size: size}
}

// frag is a piece of a laid-out line with one set of attributes; x is relative to the line's start.
type frag struct {
	text      string
	st        style
	url, dest string
	x, w      float64
}

func (f frag) same(s span) bool { return f.st == s.st && f.url == s.url && f.dest == s.dest }

type line struct {
	frags []frag
	w     float64
}

// word is text between spaces; its pieces may differ in style ("**vet**heid").
type word struct {
	pieces []span
	space  bool // preceded by a space
	breaks int  // forced line breaks before it
}

// words splits spans into words. The pieces of all words share one array, and each word's pieces are a part of it;
// pieces and out are reused for it (their contents are overwritten) and returned for the next call.
func words(spans []span, pieces []span, out []word) ([]word, []span) {
	pieces, out = pieces[:0], out[:0]
	var cur word
	start := 0
	space, breaks := false, 0
	flush := func() {
		if len(pieces) > start {
			cur.pieces = pieces[start:len(pieces):len(pieces)]
			out = append(out, cur)
		}
		cur, start = word{}, len(pieces)
	}
	for _, sp := range spans {
		t := sp.text
		for t != "" {
			switch t[0] {
			case ' ':
				flush()
				space = true
				t = t[1:]
				continue
			case '\n':
				flush()
				breaks++
				space = false
				t = t[1:]
				continue
			}
			j := strings.IndexAny(t, " \n")
			if j < 0 {
				j = len(t)
			}
			if len(pieces) == start {
				cur.space, cur.breaks = space, breaks
				space, breaks = false, 0
			}
			p := sp
			p.text = t[:j]
			pieces = append(pieces, p)
			t = t[j:]
		}
	}
	flush()
	return out, pieces
}

// wrap breaks spans into lines of at most width. Words longer than a line are cut between characters so that
// nothing runs off the page. A paragraph laid out before, in this document or another, comes from the memo.
func (m *measurer) wrap(spans []span, ts textStyle, width float64) []line {
	if m.memo == nil {
		return m.breakLines(spans, ts, width)
	}
	m.memoKey = appendMemoKey(m.memoKey[:0], spans, ts, width)
	if r, ok := m.memo.get(m.memoKey); ok {
		return m.decodeLines(r)
	}
	lines := m.breakLines(spans, ts, width)
	m.memo.put(m.memoKey, lines, ts)
	return lines
}

// breakLines is wrap without the memo.
func (m *measurer) breakLines(spans []span, ts textStyle, width float64) []line {
	lines := []line{{}}
	cur := &lines[0]
	joined := false // the last frag may be extended (no gap since)
	// The text of the last frag of the current line grows in text and becomes its string when the frag is done,
	// rather than by concatenating strings word by word.
	text, open := m.fragText[:0], false
	closeFrag := func() {
		if open {
			cur.frags[len(cur.frags)-1].text = string(text)
			text, open = text[:0], false
		}
	}
	newline := func() {
		closeFrag()
		lines = append(lines, line{})
		cur = &lines[len(lines)-1]
		joined = false
	}
	addPiece := func(p span, w float64) {
		if n := len(cur.frags); n > 0 && joined && cur.frags[n-1].same(p) {
			if !open {
				text, open = append(text[:0], cur.frags[n-1].text...), true
			}
			text = append(text, p.text...)
			cur.frags[n-1].w += w
		} else {
			closeFrag()
			cur.frags = append(cur.frags, frag{text: p.text, st: p.st, url: p.url, dest: p.dest, x: cur.w, w: w})
		}
		cur.w += w
		joined = true
	}
	addSpace := func(next span, w float64) {
		n := len(cur.frags)
		if n > 0 && joined && cur.frags[n-1].same(next) {
			if !open {
				text, open = append(text[:0], cur.frags[n-1].text...), true
			}
			text = append(text, ' ')
			cur.frags[n-1].w += w
		} else {
			joined = false // underlines and code backgrounds stop at the word
		}
		cur.w += w
	}
	defer func() { m.fragText = text }()
	ws, pieces := words(spans, m.pieces, m.words)
	m.pieces, m.words = pieces, ws
	if len(ws) == 0 {
		return nil // nothing to print: no empty line either
	}
	for _, w := range ws {
		for k := 0; k < w.breaks; k++ {
			newline()
		}
		ww := 0.0
		widths := m.widths[:0]
		for range w.pieces {
			widths = append(widths, 0)
		}
		m.widths = widths
		for i, p := range w.pieces {
			widths[i] = m.width(p.text, faceOf(ts, p.st))
			ww += widths[i]
		}
		sw := 0.0
		if w.space && len(cur.frags) > 0 {
			last := cur.frags[len(cur.frags)-1]
			sw = m.width(" ", faceOf(ts, last.st&^stSup))
		}
		switch {
		case cur.w+sw+ww <= width+0.01:
		case ww <= width:
			newline()
			sw = 0
		default:
			// Too long for any line: start it on a fresh line unless most of this one is still free.
			if len(cur.frags) > 0 && width-cur.w-sw < width/3 {
				newline()
				sw = 0
			}
			if sw > 0 {
				addSpace(w.pieces[0], sw)
			}
			for _, p := range w.pieces {
				f := faceOf(ts, p.st)
				lastSep, done := lastSeparator(p.text), 0
				for p.text != "" {
					n, pw, hyphen := m.breakWord(p.text, f, width-cur.w, len(cur.frags) == 0, lastSep >= done)
					if n == 0 {
						if len(cur.frags) > 0 {
							newline()
							continue
						}
						_, size := utf8.DecodeRuneInString(p.text) // wider than a line on its own
						n, pw = size, m.width(p.text[:size], f)
					}
					q := p
					q.text = p.text[:n]
					if hyphen {
						q.text += "-"
					}
					addPiece(q, pw)
					p.text, done = p.text[n:], done+n
					if p.text != "" {
						newline()
					}
				}
			}
			continue
		}
		if sw > 0 {
			addSpace(w.pieces[0], sw)
		}
		for i, p := range w.pieces {
			addPiece(p, widths[i])
		}
	}
	closeFrag()
	return lines
}

// fit returns how many bytes of s fit in width, and their width.
func (m *measurer) fit(s string, f face, width float64) (int, float64) {
	w := 0.0
	for i, r := range s {
		rw := m.width(string(r), f)
		if w+rw > width+0.01 {
			return i, w
		}
		w += rw
	}
	return len(s), w
}

// lineOps draws one line with its top at y = 0 and its start at x.
func lineOps(ln line, ts textStyle, x, width float64) []op {
	return appendLineOps(nil, ln, ts, x, width)
}

// appendLineOps is lineOps appending to ops.
func appendLineOps(ops []op, ln line, ts textStyle, x, width float64) []op {
	lh := ts.lineH()
	mm := ts.size * ptToMM
	base := lh/2 + mm*0.35
	switch ts.align {
	case alignRight:
		x += width - ln.w
	case alignCenter:
		x += (width - ln.w) / 2
	}
	for _, f := range ln.frags {
		fc := faceOf(ts, f.st)
		col := ts.color
		y := base
		if f.st&stSup != 0 {
			y -= mm * 0.35
		}
		if f.st&stCode != 0 {
			ops = append(ops, op{kind: opRect, x: x + f.x - 0.3, y: lh/2 - mm*0.55, w: f.w + 0.6, h: mm * 1.15,
				fill: colCodeFill, filled: true})
			col = colCodeText
		}
		if f.url != "" || f.dest != "" {
			col = colLink
			ops = append(ops, op{kind: opLink, x: x + f.x, y: 0, w: f.w, h: lh, s: f.url, dest: f.dest})
			if f.st&stSup == 0 {
				ops = append(ops, op{kind: opLine, x: x + f.x, y: y + mm*0.12, w: f.w, color: colLink, width: 0.15})
			}
		}
		ops = append(ops, op{kind: opText, x: x + f.x, y: y, s: f.text, font: fc, color: col})
		if f.st&stStrike != 0 {
			ops = append(ops, op{kind: opLine, x: x + f.x, y: y - mm*0.3, w: f.w, color: col, width: 0.2})
		}
	}
	return ops
}

// clean makes text safe for fpdf and the font: valid UTF-8, no control characters, no invisible format
// characters, and nothing outside the Basic Multilingual Plane (fpdf's width table stops there and indexes past
// its end for U+10000).
func clean(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c >= 0x7f {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r' || r == '\u2028' || r == '\u2029':
			return ' '
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			return -1
		case r == '\u00ad' || r >= '\u200b' && r <= '\u200f' || r == '\u2060' || r == '\ufeff':
			return -1
		case r >= 0xd800 && r <= 0xdfff || r > 0xffff:
			return '\ufffd'
		}
		return r
	}, s)
}

// oneLine is clean text for places that hold a single line: headers, footers, outline entries, metadata.
func oneLine(s string) string { return strings.Join(strings.Fields(clean(s)), " ") }
