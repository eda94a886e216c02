package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"github.com/pia-nl/pia/internal/render/pdf/ttf"
)

// emitter sends placed operations to fpdf, setting fonts and colours only when they change.
type emitter struct {
	p     *fpdf.Fpdf
	l     *layout
	links map[string]int
	font  face
	k, h  float64 // points per user unit and the page height, for operators written directly
	// buf holds the operators the emitter writes itself (text, faces, colours, rectangles and lines with the
	// Windows-1252 faces) and has not yet handed to fpdf: a run of them goes to the page in one write, flushed
	// before fpdf draws anything itself.
	buf []byte
	// text, when set, keeps those runs, and fpdf's page gets a marker for each (see pageText).
	text *pageText
	// gs is the graphics state the emitter has set itself in the current page, with the Windows-1252 faces. It
	// and font are forgotten at every page: fpdf starts a page with its own idea of them, which is stale then.
	gs graphics
}

// graphics is the state a page's operators have set, as far as the emitter knows it; a value that is not known
// (at the start of a page, after fpdf drew something) is written again before it is used. The emitter writes
// only changes: a table sets the same border colour and width for every cell.
type graphics struct {
	fill, draw     rgb
	width          float64
	fillOK, drawOK bool
	widthOK        bool
}

// emit draws the pages. The furniture is laid out before the first page is drawn: laying out may measure text
// through fpdf (with the Unicode faces), which sets fpdf's current font behind the emitter's back.
func (e *emitter) emit(pages [][]op) {
	furniture := make([][]op, len(pages))
	for i := range pages {
		furniture[i] = e.l.furniture(i+1, len(pages))
	}
	// Link targets first: a link may point forward to a page not yet drawn.
	for i, pg := range pages {
		for _, o := range pg {
			if o.kind == opAnchor {
				if _, ok := e.links[o.s]; !ok {
					id := e.p.AddLink()
					e.p.SetLink(id, o.y, i+1)
					e.links[o.s] = id
				}
			}
		}
	}
	for i, pg := range pages {
		e.p.AddPage()
		e.font, e.gs = face{}, graphics{}
		for _, o := range pg {
			e.op(o)
		}
		for _, o := range furniture[i] {
			e.op(o)
		}
		e.flush()
	}
}

// flush hands the operators in buf to fpdf.
func (e *emitter) flush() {
	if len(e.buf) == 0 {
		return
	}
	if e.text != nil {
		e.p.RawWriteStr(e.text.add(e.buf))
	} else {
		e.p.RawWriteStr(string(e.buf))
	}
	e.buf = e.buf[:0]
}

// setFont selects a face. With the Windows-1252 faces the emitter writes the operator itself, as fpdf's SetFont
// would ("BT /F… size Tf ET"); fpdf has the faces in its resources already (measurer.load).
func (e *emitter) setFont(f face) {
	if f == e.font {
		return
	}
	if e.l.m.win {
		e.l.m.load(f.style) // in fpdf's resources, where the name points; measuring the text has done it already
		b := e.line()
		b = append(b, "BT "...)
		b = append(b, e.l.m.fonts.win[f.style].ref...)
		b = append(b, ' ')
		b = appendFixed(b, f.size, 2)
		e.buf = append(b, " Tf ET"...)
	} else {
		e.p.SetFont(family, f.style, f.size)
	}
	e.font = f
}

// line starts a new operator line in buf: fpdf ends each write with a newline, and flush leaves off the last.
func (e *emitter) line() []byte {
	if len(e.buf) > 0 {
		return append(e.buf, '\n')
	}
	return e.buf
}

func (e *emitter) op(o op) {
	if (o.kind == opText || o.kind == opRotText) && o.s == "" {
		return
	}
	switch o.kind {
	case opAnchor:
		return // a link target, set before the pages are drawn
	case opLink:
		e.link(o) // an annotation, outside the page's operators
		return
	case opBookmark:
		e.p.Bookmark(e.l.m.outline(o.s), int(o.level), o.y)
		return
	}
	if e.l.m.win {
		switch o.kind {
		case opText:
			e.setFont(o.font)
			e.rawText(o)
			return
		case opRect:
			e.rawRect(o)
			return
		case opLine:
			e.rawLine(o)
			return
		}
	}
	e.flush() // everything else is drawn through fpdf, after the operators collected before it
	e.syncFpdf()
	p := e.p
	switch o.kind {
	case opText, opRotText:
		if e.l.m.win { // through fpdf, which must know the face to write the text
			e.p.SetFont(family, o.font.style, o.font.size)
			e.font = o.font
		} else {
			e.setFont(o.font)
		}
		p.SetTextColor(int(o.color.r), int(o.color.g), int(o.color.b))
		if o.kind == opRotText {
			p.TransformBegin()
			p.TransformRotate(o.turn.angle, o.x, o.y)
			p.Text(o.x, o.y, e.l.m.text(o.s))
			p.TransformEnd()
			return
		}
		p.Text(o.x, o.y, e.l.m.text(o.s))
	case opShape:
		e.shape(o)
	case opRect:
		style := ""
		if o.filled {
			p.SetFillColor(int(o.fill.r), int(o.fill.g), int(o.fill.b))
			style += "F"
		}
		if o.stroked {
			p.SetDrawColor(int(o.color.r), int(o.color.g), int(o.color.b))
			p.SetLineWidth(o.width)
			style += "D"
		}
		if style != "" {
			p.Rect(o.x, o.y, o.w, o.h, style)
		}
	case opLine:
		p.SetDrawColor(int(o.color.r), int(o.color.g), int(o.color.b))
		p.SetLineWidth(o.width)
		fpdfLine(p, o)
	}
}

// fpdfLine draws line o through fpdf in the colour and width set before; a dotted line is round dashes of
// length 0.
func fpdfLine(p *fpdf.Fpdf, o op) {
	if o.dotted {
		p.SetLineCapStyle("round")
		p.SetDashPattern([]float64{0, 1.2}, 0)
	}
	p.Line(o.x, o.y, o.x+o.w, o.y+o.h)
	if o.dotted {
		p.SetDashPattern([]float64{}, 0)
		p.SetLineCapStyle("butt")
	}
}

// link adds a link annotation over the area of o, to an anchor in the document or to a URL.
func (e *emitter) link(o op) {
	if o.dest != "" {
		if id, ok := e.links[o.dest]; ok {
			e.p.Link(o.x, o.y, o.w, o.h, id)
		}
	} else if o.s != "" {
		e.p.LinkString(o.x, o.y, o.w, o.h, o.s)
	}
}

// The operators below are written by the emitter itself with the Windows-1252 faces, with the bytes fpdf's
// SetFillColor, SetDrawColor, SetLineWidth, Rect, Line, SetLineCapStyle and SetDashPattern write
// (TestRawDrawingIsFpdfDrawing), but only where a value changes. fpdf formats each with Sprintf or strconv and
// copies it twice; a table cell is a rectangle with a fill, a border colour and a line width. In such a document
// fpdf itself draws only shapes (the watermark) and rotated text (the risk matrix's axis); syncFpdf tells it the
// colours first.

// syncFpdf tells fpdf the colours and line width the emitter set itself, before fpdf draws: fpdf leaves out a
// colour it thinks is set already, and a shape puts back the fill colour fpdf thinks it replaced. fpdf strokes
// nothing in such a document today; the draw colour and width are told too, so that whatever fpdf draws later
// starts from the page as it is.
func (e *emitter) syncFpdf() {
	if e.gs.fillOK {
		e.p.SetFillColor(int(e.gs.fill.r), int(e.gs.fill.g), int(e.gs.fill.b))
	}
	if e.gs.drawOK {
		e.p.SetDrawColor(int(e.gs.draw.r), int(e.gs.draw.g), int(e.gs.draw.b))
	}
	if e.gs.widthOK {
		e.p.SetLineWidth(e.gs.width)
	}
	e.gs = graphics{}
}

// rawColor appends a colour operator: grey ("g" or "G") for a grey, full ("rg" or "RG") otherwise.
func rawColor(b []byte, c rgb, grey, full string) []byte {
	b = appendFixed(b, float64(c.r)/255, 3)
	if c.r == c.g && c.g == c.b {
		b = append(b, ' ')
		return append(b, grey...)
	}
	b = append(b, ' ')
	b = appendFixed(b, float64(c.g)/255, 3)
	b = append(b, ' ')
	b = appendFixed(b, float64(c.b)/255, 3)
	b = append(b, ' ')
	return append(b, full...)
}

func (e *emitter) rawFill(c rgb) {
	if !e.gs.fillOK || e.gs.fill != c {
		e.buf = rawColor(e.line(), c, "g", "rg")
		e.gs.fill, e.gs.fillOK = c, true
	}
}

func (e *emitter) rawDraw(c rgb, width float64) {
	if !e.gs.drawOK || e.gs.draw != c {
		e.buf = rawColor(e.line(), c, "G", "RG")
		e.gs.draw, e.gs.drawOK = c, true
	}
	if !e.gs.widthOK || e.gs.width != width {
		e.buf = append(appendFixed(e.line(), width*e.k, 2), " w"...)
		e.gs.width, e.gs.widthOK = width, true
	}
}

// point appends the page coordinates of (x, y) in mm from the top left, as fpdf writes them.
func (e *emitter) point(b []byte, x, y float64) []byte {
	b = appendFixed(b, x*e.k, 2)
	b = append(b, ' ')
	return appendFixed(b, (e.h-y)*e.k, 2)
}

func (e *emitter) rawRect(o op) {
	var paint string
	switch {
	case o.filled && o.stroked:
		paint = " re B"
	case o.filled:
		paint = " re f"
	case o.stroked:
		paint = " re S"
	default:
		return
	}
	if o.filled {
		e.rawFill(o.fill)
	}
	if o.stroked {
		e.rawDraw(o.color, o.width)
	}
	b := e.point(e.line(), o.x, o.y)
	b = append(b, ' ')
	b = appendFixed(b, o.w*e.k, 2)
	b = append(b, ' ')
	b = appendFixed(b, -o.h*e.k, 2)
	e.buf = append(b, paint...)
}

func (e *emitter) rawLine(o op) {
	e.rawDraw(o.color, o.width)
	if o.dotted { // round caps on a dash of length 0: dots
		e.buf = append(e.line(), "1 J"...)
		b := append(e.line(), "[0.00 "...)
		b = appendFixed(b, 1.2*e.k, 2)
		e.buf = append(b, "] 0.00 d"...)
	}
	b := e.point(e.line(), o.x, o.y)
	b = append(b, " m "...)
	b = e.point(b, o.x+o.w, o.y+o.h)
	e.buf = append(b, " l S"...)
	if o.dotted {
		e.buf = append(e.line(), "[] 0.00 d"...)
		e.buf = append(e.line(), "0 J"...)
	}
}

// shape fills an outline; a quadratic segment becomes the cubic curve PDF knows.
func (e *emitter) shape(o op) {
	p := e.p
	fr, fg, fb := p.GetFillColor()
	p.TransformBegin()
	p.TransformRotate(o.turn.angle, o.x, o.y)
	if o.turn.alpha > 0 {
		p.SetAlpha(o.turn.alpha, "Normal")
	}
	p.SetFillColor(int(o.fill.r), int(o.fill.g), int(o.fill.b))
	if len(o.turn.path) > 0 {
		if ops := e.pathOps(o); e.text != nil {
			p.RawWriteStr(e.text.addString(ops))
		} else {
			p.RawWriteStr(ops)
		}
	}
	p.TransformEnd()           // restores the opacity and fill colour of the graphics state
	p.SetFillColor(fr, fg, fb) // and tells fpdf, which would otherwise think the shape's colour still holds
}

// shapeKey identifies a shape's path operators: the same path (shared, read-only) drawn at the same place.
type shapeKey struct {
	path       *ttf.Seg
	n          int
	x, y, k, h float64
}

// pathOps returns the operators that draw the path of shape o and fill it, the bytes fpdf's MoveTo, LineTo,
// CurveBezierCubicTo (each quadratic segment as a cubic), ClosePath and DrawPath("F") write, without the last
// newline, which RawWriteStr adds. The watermark is the same path on every page of a concept document; formatting
// its coordinates anew for each page took a tenth of the time of a report.
func (e *emitter) pathOps(o op) string {
	key := shapeKey{&o.turn.path[0], len(o.turn.path), o.x, o.y, e.k, e.h}
	cache := &e.l.m.fonts.paths
	if s, ok := cache.Load(key); ok {
		return s.(string)
	}
	var b []byte
	num := func(v float64, prec int) { b = appendFixed(b, v, prec) }
	point := func(x, y float64, prec int) {
		num(x*e.k, prec)
		b = append(b, ' ')
		num((e.h-y)*e.k, prec)
	}
	var cx, cy float64 // the current point
	for _, s := range o.turn.path {
		x, y := o.x+s.X, o.y+s.Y
		switch s.Kind {
		case 'M':
			point(x, y, 2)
			b = append(b, " m\n"...)
		case 'L':
			point(x, y, 2)
			b = append(b, " l\n"...)
		case 'Q':
			qx, qy := o.x+s.CX, o.y+s.CY
			point(cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, 5)
			b = append(b, ' ')
			point(x+2*(qx-x)/3, y+2*(qy-y)/3, 5)
			b = append(b, ' ')
			point(x, y, 5)
			b = append(b, " c\n"...)
		case 'Z':
			b = append(b, "h\n"...)
		}
		cx, cy = x, y
	}
	b = append(b, 'f')
	s, _ := cache.LoadOrStore(key, string(b))
	return s.(string)
}

// rawText writes a line of text in a Windows-1252 face straight into the page: the operators fpdf's Text writes
// for coloured text, "q <colour> BT x y Td (text) Tj ET Q", formatted without fmt. Most of a document is such
// text, and fpdf formats each with Sprintf. The face is selected before (setFont); the colour lives only inside
// q … Q, so the fill colour of the page is the same after it.
func (e *emitter) rawText(o op) {
	b := append(e.line(), "q "...)
	b = rawColor(b, o.color, "g", "rg")
	b = append(b, " BT "...)
	b = e.point(b, o.x, o.y)
	b = append(b, " Td ("...)
	t := e.l.m.text(o.s)
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	e.buf = append(b, ") Tj ET Q"...)
}
