package ttf

import (
	"encoding/binary"
	"errors"
	"slices"
)

// hintTables are the tables that only serve the TrueType hinting program: the font program, the control value
// program and table, and tables of precomputed hinted metrics.
var hintTables = map[string]bool{"fpgm": true, "prep": true, "cvt ": true, "hdmx": true, "LTSH": true, "VDMX": true}

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords     = 0x0001
	haveScale        = 0x0008
	moreComponents   = 0x0020
	haveXYScale      = 0x0040
	haveTwoByTwo     = 0x0080
	haveInstructions = 0x0100
)

// ErrHinting is returned by StripHinting for bytes it cannot rewrite.
var ErrHinting = errors.New("ttf: cannot remove the hinting of this font")

// StripHinting returns a copy of a TrueType font without its hinting: the instructions of every glyph and the
// tables that only the hinting program uses. Outlines, metrics, character map and names stay as they are. PDF
// viewers and printers draw embedded fonts without hinting, and the instructions are a third of DejaVu Sans,
// written again into every document that embeds it.
func StripHinting(b []byte) (out []byte, err error) {
	defer func() {
		if recover() != nil { // a truncated or inconsistent font indexes past its end
			out, err = nil, ErrHinting
		}
	}()
	u16 := func(p int) int { return int(binary.BigEndian.Uint16(b[p:])) }
	u32 := func(p int) int { return int(binary.BigEndian.Uint32(b[p:])) }
	type table struct {
		tag  string
		data []byte
	}
	var tables []table
	index := map[string]int{}
	for i := range u16(4) {
		r := 12 + 16*i
		tag, off, n := string(b[r:r+4]), u32(r+8), u32(r+12)
		if _, dup := index[tag]; dup || off > len(b) || n > len(b)-off {
			return nil, ErrHinting
		}
		if hintTables[tag] {
			continue
		}
		index[tag] = len(tables)
		tables = append(tables, table{tag, slices.Clone(b[off : off+n])})
	}
	hi, okH := index["head"]
	mi, okM := index["maxp"]
	gi, okG := index["glyf"]
	li, okL := index["loca"]
	if !okH || !okM || !okG || !okL || u16(4) == 0 {
		return nil, ErrHinting
	}
	head, maxp := tables[hi].data, tables[mi].data
	long := binary.BigEndian.Uint16(head[50:]) == 1
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	glyf, loca, err := unhintGlyphs(tables[gi].data, tables[li].data, numGlyphs, long)
	if err != nil {
		return nil, err
	}
	tables[gi].data, tables[li].data = glyf, loca
	if len(maxp) >= 28 {
		binary.BigEndian.PutUint16(maxp[26:], 0) // maxSizeOfInstructions
	}

	// The font file: the offset table, the table records sorted by tag, the tables on four-byte boundaries, and the
	// whole-file checksum in head.
	slices.SortFunc(tables, func(x, y table) int {
		return slices.Compare([]byte(x.tag), []byte(y.tag))
	})
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += (len(t.data) + 3) &^ 3
	}
	out = make([]byte, 12, size)
	copy(out, b[:4]) // sfnt version
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	sel := 0
	for 2<<sel <= n {
		sel++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16<<sel))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16<<sel))
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	off := 12 + 16*n
	for _, t := range tables {
		var rec [16]byte
		copy(rec[:], t.tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t.data))
		binary.BigEndian.PutUint32(rec[8:], uint32(off))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
		out = append(out, rec[:]...)
		off += (len(t.data) + 3) &^ 3
	}
	headAt := 0
	for _, t := range tables {
		if t.tag == "head" {
			headAt = len(out)
		}
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out, nil
}

// unhintGlyphs rewrites the glyf table without instructions and returns it with its new loca table, in the same
// format as the old one.
func unhintGlyphs(glyf, loca []byte, numGlyphs int, long bool) (newGlyf, newLoca []byte, err error) {
	offset := func(i int) int {
		if long {
			return int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		return 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
	}
	newGlyf = make([]byte, 0, len(glyf))
	offsets := make([]int, 0, numGlyphs+1)
	for g := range numGlyphs {
		offsets = append(offsets, len(newGlyf))
		start, end := offset(g), offset(g+1)
		if start > end || end > len(glyf) {
			return nil, nil, ErrHinting
		}
		if start == end {
			continue // a glyph without outline, such as the space
		}
		newGlyf = appendUnhinted(newGlyf, glyf[start:end])
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
	}
	offsets = append(offsets, len(newGlyf))
	if !long && len(newGlyf) > 2*0xffff {
		return nil, nil, ErrHinting
	}
	for _, o := range offsets {
		if long {
			newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(o))
		} else {
			newLoca = binary.BigEndian.AppendUint16(newLoca, uint16(o/2))
		}
	}
	return newGlyf, newLoca, nil
}

// appendUnhinted appends glyph data g without its instructions.
func appendUnhinted(dst, g []byte) []byte {
	u16 := func(p int) int { return int(binary.BigEndian.Uint16(g[p:])) }
	contours := int(int16(u16(0)))
	if contours >= 0 {
		// header, endPtsOfContours, instructionLength and instructions, then flags and coordinates
		ins := 10 + 2*contours
		n := u16(ins)
		dst = append(dst, g[:ins]...)
		dst = append(dst, 0, 0)
		return append(dst, g[ins+2+n:]...)
	}
	// A composite glyph: its components, each with WE_HAVE_INSTRUCTIONS cleared, and none of the instructions that
	// follow the last one.
	dst = append(dst, g[:10]...)
	for p := 10; ; {
		flags := u16(p)
		size := componentSize(flags)
		at := len(dst)
		dst = append(dst, g[p:p+size]...)
		binary.BigEndian.PutUint16(dst[at:], uint16(flags&^haveInstructions))
		p += size
		if flags&moreComponents == 0 {
			return dst
		}
	}
}

// componentSize is the size in bytes of a component of a composite glyph with these flags: flags, glyph index,
// two arguments (bytes or words) and the transformation, if any.
func componentSize(flags int) int {
	size := 4 + 2
	if flags&argsAreWords != 0 {
		size += 2
	}
	switch {
	case flags&haveScale != 0:
		size += 2
	case flags&haveXYScale != 0:
		size += 4
	case flags&haveTwoByTwo != 0:
		size += 8
	}
	return size
}

// checksum is the TrueType table checksum: the sum of the data as big-endian 32-bit words, zero-padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + binary.BigEndian.Uint32(last[:])
}
