// Package ttf reads the outlines of glyphs from a TrueType font: just enough to draw a word as filled shapes.
// The PDF renderer draws its concept watermark that way rather than as text, because rotated text is picked up
// by text extraction (copy and paste, search, screen readers, pdftotext) and mixed letter by letter into the
// lines it crosses. It reads the character map (format 4), simple and composite glyphs and advance widths.
package ttf

import (
	"encoding/binary"
	"errors"
)

// Font reads glyph outlines from TrueType bytes. It only reads them, so one Font serves all goroutines.
type Font struct {
	b          []byte
	unitsPerEm float64
	longLoca   bool
	numGlyphs  int
	numHMetric int
	glyf, loca int // table offsets
	hmtx, cmap int // hmtx offset; offset of the format 4 cmap subtable
}

// Seg is a path segment, y downwards: 'M' move to (X, Y), 'L' line to it, 'Q' quadratic curve to it with
// control point (CX, CY), 'Z' close the contour.
type Seg struct {
	Kind         byte
	X, Y, CX, CY float64
}

// ErrFont is returned for bytes that are not a TrueType font this package can read.
var ErrFont = errors.New("ttf: not a TrueType font with a format 4 character map")

// Parse reads the tables of a TrueType font.
func Parse(b []byte) (o *Font, err error) {
	defer func() {
		if recover() != nil { // a truncated font indexes past its end
			o, err = nil, ErrFont
		}
	}()
	u16 := func(p int) int { return int(binary.BigEndian.Uint16(b[p:])) }
	u32 := func(p int) int { return int(binary.BigEndian.Uint32(b[p:])) }
	tables := map[string]int{}
	for i := range u16(4) {
		r := 12 + 16*i
		tables[string(b[r:r+4])] = u32(r + 8)
	}
	o = &Font{b: b}
	head, okH := tables["head"]
	maxp, okM := tables["maxp"]
	hhea, okE := tables["hhea"]
	cmap, okC := tables["cmap"]
	var okG, okL, okX bool
	o.glyf, okG = tables["glyf"]
	o.loca, okL = tables["loca"]
	o.hmtx, okX = tables["hmtx"]
	if !okH || !okM || !okE || !okC || !okG || !okL || !okX {
		return nil, ErrFont
	}
	o.unitsPerEm = float64(u16(head + 18))
	o.longLoca = u16(head+50) == 1
	o.numGlyphs = u16(maxp + 4)
	o.numHMetric = u16(hhea + 34)
	for i := range u16(cmap + 2) {
		r := cmap + 4 + 8*i
		platform, encoding, off := u16(r), u16(r+2), u32(r+4)
		if (platform == 3 && encoding == 1 || platform == 0) && u16(cmap+off) == 4 {
			o.cmap = cmap + off
			break
		}
	}
	if o.cmap == 0 || o.unitsPerEm == 0 || o.numHMetric == 0 {
		return nil, ErrFont
	}
	return o, nil
}

func (o *Font) u16(p int) int { return int(binary.BigEndian.Uint16(o.b[p:])) }

// glyph returns the glyph index of r, 0 (the missing glyph) when the font lacks it.
func (o *Font) glyph(r rune) int {
	if r > 0xffff {
		return 0
	}
	c := int(r)
	segs := o.u16(o.cmap+6) / 2
	ends := o.cmap + 14
	starts := ends + 2*segs + 2
	deltas := starts + 2*segs
	ranges := deltas + 2*segs
	for i := range segs {
		if o.u16(ends+2*i) < c {
			continue
		}
		start := o.u16(starts + 2*i)
		if start > c {
			return 0
		}
		delta, ro := o.u16(deltas+2*i), o.u16(ranges+2*i)
		if ro == 0 {
			return (c + delta) & 0xffff
		}
		g := o.u16(ranges + 2*i + ro + 2*(c-start))
		if g == 0 {
			return 0
		}
		return (g + delta) & 0xffff
	}
	return 0
}

func (o *Font) advance(g int) int {
	if g >= o.numHMetric {
		g = o.numHMetric - 1
	}
	return o.u16(o.hmtx + 4*g)
}

// point is a glyph point in font units.
type point struct {
	x, y float64
	on   bool
}

// contours returns the contours of glyph g; depth guards against composite glyphs that include themselves.
func (o *Font) contours(g, depth int) [][]point {
	if g < 0 || g >= o.numGlyphs || depth > 4 {
		return nil
	}
	var start, end int
	if o.longLoca {
		start = int(binary.BigEndian.Uint32(o.b[o.loca+4*g:]))
		end = int(binary.BigEndian.Uint32(o.b[o.loca+4*g+4:]))
	} else {
		start, end = 2*o.u16(o.loca+2*g), 2*o.u16(o.loca+2*g+2)
	}
	if end <= start {
		return nil // a blank glyph such as the space
	}
	p := o.glyf + start
	n := int(int16(o.u16(p)))
	if n < 0 {
		return o.composite(p+10, depth)
	}
	endPts := make([]int, n)
	for i := range n {
		endPts[i] = o.u16(p + 10 + 2*i)
	}
	count := 0
	if n > 0 {
		count = endPts[n-1] + 1
	}
	q := p + 10 + 2*n
	q += 2 + o.u16(q) // instructions
	flags := make([]byte, 0, count)
	for len(flags) < count {
		f := o.b[q]
		q++
		flags = append(flags, f)
		if f&8 != 0 {
			rep := int(o.b[q])
			q++
			for range rep {
				flags = append(flags, f)
			}
		}
	}
	flags = flags[:count]
	pts := make([]point, count)
	coord := func(short, same byte, set func(i int, v float64)) {
		v := 0
		for i, f := range flags {
			switch {
			case f&short != 0:
				d := int(o.b[q])
				q++
				if f&same == 0 {
					d = -d
				}
				v += d
			case f&same == 0:
				v += int(int16(o.u16(q)))
				q += 2
			}
			set(i, float64(v))
		}
	}
	coord(2, 16, func(i int, v float64) { pts[i].x = v })
	coord(4, 32, func(i int, v float64) { pts[i].y = v })
	for i, f := range flags {
		pts[i].on = f&1 != 0
	}
	out := make([][]point, 0, n)
	from := 0
	for _, e := range endPts {
		if e >= from && e < count {
			out = append(out, pts[from:e+1])
		}
		from = e + 1
	}
	return out
}

// composite assembles a glyph from other glyphs (accented letters: a base letter and an accent).
func (o *Font) composite(p, depth int) [][]point {
	var out [][]point
	for {
		flags, g := o.u16(p), o.u16(p+2)
		p += 4
		var dx, dy float64
		if flags&1 != 0 {
			dx, dy = float64(int16(o.u16(p))), float64(int16(o.u16(p+2)))
			p += 4
		} else {
			dx, dy = float64(int8(o.b[p])), float64(int8(o.b[p+1]))
			p += 2
		}
		if flags&2 == 0 {
			dx, dy = 0, 0 // anchored by point numbers; rare in Latin fonts, placed unshifted
		}
		a, b, c, d := 1.0, 0.0, 0.0, 1.0
		f2 := func(q int) float64 { return float64(int16(o.u16(q))) / 16384 }
		switch {
		case flags&8 != 0:
			a, d = f2(p), f2(p)
			p += 2
		case flags&0x40 != 0:
			a, d = f2(p), f2(p+2)
			p += 4
		case flags&0x80 != 0:
			a, b, c, d = f2(p), f2(p+2), f2(p+4), f2(p+6)
			p += 8
		}
		for _, ct := range o.contours(g, depth+1) {
			moved := make([]point, len(ct))
			for i, pt := range ct {
				moved[i] = point{x: a*pt.x + c*pt.y + dx, y: b*pt.x + d*pt.y + dy, on: pt.on}
			}
			out = append(out, moved)
		}
		if flags&0x20 == 0 {
			return out
		}
	}
}

// Path returns the outline of s as segments from the start of its baseline, and its advance width, in the unit
// of size (the em size: with size in millimetres, the segments are in millimetres).
func (o *Font) Path(s string, size float64) (segs []Seg, width float64) {
	defer func() {
		if recover() != nil { // a glyph table that ends early: draw nothing rather than fail
			segs, width = nil, 0
		}
	}()
	scale := size / o.unitsPerEm
	pen := 0.0
	for _, r := range s {
		g := o.glyph(r)
		for _, ct := range o.contours(g, 0) {
			segs = append(segs, contourPath(ct, func(pt point) (float64, float64) {
				return (pen + pt.x) * scale, -pt.y * scale
			})...)
		}
		pen += float64(o.advance(g))
	}
	return segs, pen * scale
}

// contourPath turns a TrueType contour (on-curve points and quadratic control points, two control points in a
// row implying an on-curve point between them) into path segments.
func contourPath(ct []point, xy func(point) (float64, float64)) []Seg {
	n := len(ct)
	if n == 0 {
		return nil
	}
	mid := func(a, b point) point { return point{x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true} }
	// Start on an on-curve point.
	first := 0
	for first < n && !ct[first].on {
		first++
	}
	var start point
	if first == n {
		start = mid(ct[0], ct[n-1])
		first = 0
	} else {
		start = ct[first]
		first++
	}
	x, y := xy(start)
	out := []Seg{{Kind: 'M', X: x, Y: y}}
	var ctrl *point
	for k := 0; k < n; k++ {
		pt := ct[(first+k)%n]
		if pt == start && k == n-1 && ctrl == nil {
			break
		}
		if !pt.on {
			if ctrl != nil {
				m := mid(*ctrl, pt)
				cx, cy := xy(*ctrl)
				mx, my := xy(m)
				out = append(out, Seg{Kind: 'Q', CX: cx, CY: cy, X: mx, Y: my})
			}
			c := pt
			ctrl = &c
			continue
		}
		px, py := xy(pt)
		if ctrl != nil {
			cx, cy := xy(*ctrl)
			out = append(out, Seg{Kind: 'Q', CX: cx, CY: cy, X: px, Y: py})
			ctrl = nil
		} else {
			out = append(out, Seg{Kind: 'L', X: px, Y: py})
		}
	}
	sx, sy := xy(start)
	if ctrl != nil {
		cx, cy := xy(*ctrl)
		out = append(out, Seg{Kind: 'Q', CX: cx, CY: cy, X: sx, Y: sy})
	}
	return append(out, Seg{Kind: 'Z'})
}

// required are the tables that a TrueType font has and that a PDF writer reads to embed it.
var required = []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}

// Check reports whether b is a TrueType font whose tables a PDF writer can read: the TrueType signature (not
// OpenType with CFF outlines, not a collection), every table of required within the file, a name table of format
// 0, and a character map, glyphs and widths that Parse can read. fpdf, which embeds the fonts, prints its own
// complaints about a font it cannot read to standard output and may fail later on a nil pointer, so fonts are
// checked before fpdf sees them.
func Check(b []byte) (err error) {
	defer func() {
		if recover() != nil {
			err = ErrFont
		}
	}()
	if len(b) < 12 {
		return ErrFont
	}
	if v := binary.BigEndian.Uint32(b); v != 0x00010000 && v != 0x74727565 { // 1.0 or "true"
		return ErrFont
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if 12+16*n > len(b) {
		return ErrFont
	}
	tables := map[string][2]int{}
	for i := range n {
		r := 12 + 16*i
		off, length := int(binary.BigEndian.Uint32(b[r+8:])), int(binary.BigEndian.Uint32(b[r+12:]))
		if off < 0 || length < 0 || off > len(b) || length > len(b)-off {
			return ErrFont
		}
		tables[string(b[r:r+4])] = [2]int{off, length}
	}
	for _, t := range required {
		if _, ok := tables[t]; !ok {
			return ErrFont
		}
	}
	if name := tables["name"]; name[1] < 6 || binary.BigEndian.Uint16(b[name[0]:]) != 0 {
		return ErrFont
	}
	// fsType: a font whose licence forbids embedding it (restricted, or bitmap only) is one fpdf refuses, with a
	// line on standard output.
	if os2 := tables["OS/2"]; os2[1] < 10 {
		return ErrFont
	} else if fsType := binary.BigEndian.Uint16(b[os2[0]+8:]); fsType == 0x0002 || fsType&0x0300 != 0 {
		return ErrNoEmbedding
	}
	_, err = Parse(b)
	return err
}

// ErrNoEmbedding is returned for a font whose licence does not allow embedding it in a document.
var ErrNoEmbedding = errors.New("ttf: the font's licence does not allow embedding")
