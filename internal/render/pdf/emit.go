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
	k, h  float64 // points per user unit and the page height, for text written directly (rawText)
	// buf holds text operators written by rawText and not yet handed to fpdf: a run of lines goes to the page in
	// one write, flushed before anything else writes to the page.
	buf []byte
	// text, when set, keeps those runs, and fpdf's page gets a marker for each (see pageText).
	text *pageText
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
		e.font = face{}
		for _, o := range pg {
			e.op(o)
		}
		for _, o := range furniture[i] {
			e.op(o)
		}
		e.flush()
	}
}

// flush hands the text operators in buf to fpdf.
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

func (e *emitter) setFont(f face) {
	if f != e.font {
		e.flush()
		e.p.SetFont(family, f.style, f.size)
		e.font = f
	}
}

func (e *emitter) op(o op) {
	if (o.kind == opText || o.kind == opRotText) && o.s == "" {
		return
	}
	if o.kind == opText && e.l.m.win {
		e.setFont(o.font)
		e.rawText(o)
		return
	}
	e.flush() // everything else is drawn through fpdf, after the text collected before it
	p := e.p
	switch o.kind {
	case opText, opRotText:
		e.setFont(o.font)
		p.SetTextColor(int(o.color.r), int(o.color.g), int(o.color.b))
		if o.kind == opRotText {
			p.TransformBegin()
			p.TransformRotate(o.angle, o.x, o.y)
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
		if o.dotted {
			p.SetLineCapStyle("round")
			p.SetDashPattern([]float64{0, 1.2}, 0)
		}
		p.Line(o.x, o.y, o.x+o.w, o.y+o.h)
		if o.dotted {
			p.SetDashPattern([]float64{}, 0)
			p.SetLineCapStyle("butt")
		}
	case opLink:
		if o.dest != "" {
			if id, ok := e.links[o.dest]; ok {
				p.Link(o.x, o.y, o.w, o.h, id)
			}
		} else if o.s != "" {
			p.LinkString(o.x, o.y, o.w, o.h, o.s)
		}
	case opBookmark:
		p.Bookmark(e.l.m.outline(o.s), o.level, o.y)
	}
}

// shape fills an outline; a quadratic segment becomes the cubic curve PDF knows.
func (e *emitter) shape(o op) {
	p := e.p
	fr, fg, fb := p.GetFillColor()
	p.TransformBegin()
	p.TransformRotate(o.angle, o.x, o.y)
	if o.alpha > 0 {
		p.SetAlpha(o.alpha, "Normal")
	}
	p.SetFillColor(int(o.fill.r), int(o.fill.g), int(o.fill.b))
	if len(o.path) > 0 {
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
	key := shapeKey{&o.path[0], len(o.path), o.x, o.y, e.k, e.h}
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
	for _, s := range o.path {
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
// text, and fpdf formats each with Sprintf. The font is already set through fpdf (setFont), which keeps fpdf's
// resources right; the colour lives only inside q … Q, so fpdf's idea of the fill colour stays true.
func (e *emitter) rawText(o op) {
	b := e.buf
	if len(b) > 0 {
		b = append(b, '\n') // fpdf ends each write with a newline
	}
	b = append(b, "q "...)
	c := o.color
	if c.r == c.g && c.g == c.b {
		b = appendFixed(b, float64(c.r)/255, 3)
		b = append(b, " g"...)
	} else {
		b = appendFixed(b, float64(c.r)/255, 3)
		b = append(b, ' ')
		b = appendFixed(b, float64(c.g)/255, 3)
		b = append(b, ' ')
		b = appendFixed(b, float64(c.b)/255, 3)
		b = append(b, " rg"...)
	}
	b = append(b, " BT "...)
	b = appendFixed(b, o.x*e.k, 2)
	b = append(b, ' ')
	b = appendFixed(b, (e.h-o.y)*e.k, 2)
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
