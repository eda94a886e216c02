package pdf

import (
	"slices"

	"github.com/pia-nl/pia/internal/render/pdf/ttf"
)

// The renderer works in two steps. Layout turns the document into slices: unbreakable horizontal strips (a line
// of text, a table row, the risk matrix) holding drawing operations relative to the strip's top. The pager then
// stacks the slices onto pages, breaking between them. Only after every page is known are the operations sent to
// fpdf. This way the table of contents knows the page of every section, the footer knows the page count, and
// measuring a table row before deciding where it goes is the same code as drawing it.

// Page geometry of A4 portrait, in millimetres.
const (
	pageW        = 210.0
	pageH        = 297.0
	marginL      = 22.0
	marginR      = 22.0
	contentW     = pageW - marginL - marginR
	bodyTop      = 26.0  // below the running header
	bodyBottom   = 274.0 // above the footer
	headerBase   = 15.0  // baseline of the running header
	footerBase   = 285.0 // baseline of the footer
	titlePageTop = 48.0  // where the title page content starts
	leafletTop   = 22.0  // where a leaflet's first page starts, below the bar at its top
	ptToMM       = 25.4 / 72
)

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// Colours of the default theme: the dark blue of Dutch government documents, neutral greys, and light tints
// behind text so that the text stays black-on-light and readable in print.
var (
	colText      = rgb{0x1f, 0x1f, 0x1f}
	colMuted     = rgb{0x5a, 0x5f, 0x66}
	colAccent    = rgb{0x15, 0x42, 0x73}
	colLink      = rgb{0x0b, 0x4f, 0x9c}
	colRule      = rgb{0xb4, 0xbc, 0xc6}
	colGrid      = rgb{0x9a, 0xa4, 0xb0}
	colHeadFill  = rgb{0xe3, 0xea, 0xf3}
	colCodeFill  = rgb{0xee, 0xef, 0xf1}
	colCodeText  = rgb{0x4a, 0x23, 0x0f}
	colQuoteBar  = rgb{0xb4, 0xbc, 0xc6}
	colConcept   = rgb{0xb0, 0x1c, 0x1c}
	colWatermark = rgb{0xc8, 0x1e, 0x1e}
)

// opKind says what an operation draws.
type opKind uint8

const (
	opText     opKind = iota // text with its baseline at y
	opRect                   // a rectangle, filled and/or stroked
	opLine                   // a line from (x, y) to (x+w, y+h)
	opLink                   // a clickable area: to an anchor (dest) or a URL (s)
	opAnchor                 // a link target named s
	opBookmark               // an outline entry s at level
	opRotText                // text rotated by turn.angle degrees around (x, y)
	opShape                  // a filled outline (turn.path, in mm from x, y), rotated by turn.angle degrees around (x, y)
)

// op is one drawing operation. Coordinates are absolute on the page once placed; inside a slice y is relative to
// the slice's top.
// A document has some hundred thousand ops, copied from slice to page: the small fields come first, and what only
// rotated text and shapes need is behind a pointer.
type op struct {
	kind       opKind
	filled     bool
	stroked    bool
	dotted     bool
	level      uint8 // opBookmark: the outline level
	color      rgb   // text colour, line colour or stroke colour
	fill       rgb
	x, y, w, h float64
	width      float64 // line width
	s          string
	dest       string // opLink: anchor
	font       face
	turn       *turn // opRotText and opShape
}

// turn is the rotation of a rotated text or a shape, and the outline of a shape.
type turn struct {
	angle float64 // degrees around (x, y)
	alpha float64 // opShape: opacity when above 0
	path  []ttf.Seg
}

// slice is an unbreakable strip of content.
type slice struct {
	h   float64
	ops []op
	// body, when set, makes the rest of the ops on demand, drawn after ops: it appends them to dst, moved by dx,
	// dy. Table rows use it: a row taller than a page is cut again and again, and building the ops of every
	// remainder would take quadratic time.
	body func(dst []op, dx, dy float64) []op
	// keepNext keeps this slice on the same page as the next one (headings, a table's caption and header, the
	// first line of a paragraph).
	keepNext bool
	// space marks vertical spacing that is dropped at the top of a page.
	space bool
	// header is the header row of the table this row belongs to; it is repeated when the row starts a page.
	header *slice
	// split, when set, cuts a slice (a tall table row, see minPiece) into a part of at most avail high and the rest.
	split func(avail float64) (first, rest slice, ok bool)
}

func spacer(h float64) slice { return slice{h: h, space: true} }

// appendTo appends every op of the slice, moved by dx, dy, to dst.
func (s slice) appendTo(dst []op, dx, dy float64) []op {
	dst = appendShifted(dst, s.ops, dx, dy)
	if s.body != nil {
		dst = s.body(dst, dx, dy)
	}
	return dst
}

// appendShifted appends ops moved by dx, dy to dst.
func appendShifted(dst, ops []op, dx, dy float64) []op {
	dst = slices.Grow(dst, len(ops))
	for _, o := range ops {
		o.x += dx
		o.y += dy
		dst = append(dst, o)
	}
	return dst
}

// shift returns the ops moved by dx, dy.
func shift(ops []op, dx, dy float64) []op { return appendShifted(nil, ops, dx, dy) }

// pager stacks slices onto pages.
type pager struct {
	pages [][]op
	y     float64
	// fresh is the y at which content starts on the current page; a page where y == fresh is empty, and spacing
	// is not put at its top.
	fresh float64
}

func (p *pager) newPage(top float64) {
	// A page holds about as many ops as the page before: starting it at that size spares most of the copies of
	// growing it (an op is large), 6% of the bytes a document allocates.
	size := 64
	if n := len(p.pages); n > 0 {
		size = len(p.pages[n-1]) + len(p.pages[n-1])/4
	}
	p.pages = append(p.pages, make([]op, 0, size))
	p.y, p.fresh = top, top
}

func (p *pager) put(s slice) {
	n := len(p.pages) - 1
	p.pages[n] = s.appendTo(p.pages[n], 0, p.y)
	p.y += s.h
}

// chain is the height of s and the slices it must stay with; spacing between them is part of the chain (a
// heading keeps the space below it and the first lines of what follows). A tall row that follows counts with its
// first piece when it can be cut there, leaving minCarry for the next page; otherwise it counts whole, so that a
// header row is not left at the foot of a page that the row below it does not fit on.
func chain(ss []slice, i int) float64 {
	h := 0.0
	for j := i; j < len(ss); j++ {
		if m := minPiece(ss[j]); j > i && m > 0 && cutRoom(ss[j], m) >= m {
			return h + m // a tall row that follows may be cut: only its first piece must fit
		}
		h += ss[j].h
		if !ss[j].keepNext && !ss[j].space {
			break
		}
	}
	return h
}

// minPiece is, for a row tall enough to be cut where it stands, the room it needs on a page to start there; 0 for
// a slice that is not cut so. A row taller than a page starts where 30 mm are left. A row of more than a quarter
// of a page (a cell listing many gegevens) starts where a quarter page is left, so that no page is left half
// empty, but only in a table with a header row: the header repeated above its continuation says what the
// continued cells are, where a label column alone (a definitions table) would leave them without their label.
func minPiece(s slice) float64 {
	body := bodyBottom - bodyTop
	switch {
	case s.split == nil:
		return 0
	case s.h > body:
		return 30
	case s.h > body/4 && s.header != nil:
		return body / 4
	}
	return 0
}

// minCarry is the least of a cut row that goes on to the next page: a few lines, not a word.
const minCarry = 15.0

// cutRoom is how much of a row to put in avail when it is cut: all of avail, but so that at least minCarry of
// it goes on.
func cutRoom(s slice, avail float64) float64 { return min(avail, s.h-minCarry) }

// repeat puts a table's header row at the top of a page it continues on. A header taller than a quarter page
// (a pathological one) is not repeated: it would push the rows off the page.
func (p *pager) repeat(header *slice) {
	if header == nil || header.h > (bodyBottom-bodyTop)/4 {
		return
	}
	p.put(*header)
	p.fresh = p.y
}

// place puts slices onto pages, starting new pages at bodyTop.
func (p *pager) place(ss []slice) {
	for i := 0; i < len(ss); i++ {
		s := ss[i]
		if s.space {
			// Spacing is not put at the top of a page, nor where it does not fit: what follows it starts the next
			// page itself, and when nothing follows, a new page would stay empty.
			if p.y == p.fresh || p.y+s.h > bodyBottom {
				continue
			}
			p.put(s)
			continue
		}
		need := chain(ss, i)
		if need > bodyBottom-bodyTop {
			need = s.h // a chain longer than a page cannot be kept together
		}
		// A tall row is cut where it stands when its first piece fits (minPiece) and enough goes on (minCarry).
		cutHere := minPiece(s) > 0 && cutRoom(s, bodyBottom-p.y) >= minPiece(s)
		if p.y+need > bodyBottom && p.y > p.fresh && !cutHere {
			p.newPage(bodyTop)
			p.repeat(s.header)
		}
		// A slice taller than what is left of an empty page is cut; what remains goes on the next page.
		for s.h > bodyBottom-p.y && s.split != nil {
			first, rest, ok := s.split(cutRoom(s, bodyBottom-p.y))
			if !ok {
				break
			}
			p.put(first)
			p.newPage(bodyTop)
			p.repeat(s.header)
			rest.header = s.header
			s = rest
		}
		p.put(s)
	}
}
