package ttf

import (
	"encoding/binary"
	"math"
	"os"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

func font(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../../../themes/default/fonts/DejaVuSans-Bold.ttf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWidth compares the advance widths with fpdf's own measurement of the same font.
func TestWidth(t *testing.T) {
	b := font(t)
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("f", "B", b)
	p.SetFont("f", "B", 72)
	for _, s := range []string{"CONCEPT", "ONTWERP", "Cliëntgegevens €"} {
		_, w := f.Path(s, 72*25.4/72)
		if want := p.GetStringWidth(s); math.Abs(w-want) > 0.05 {
			t.Errorf("%q: width %.2f mm, fpdf says %.2f", s, w, want)
		}
	}
}

func TestPath(t *testing.T) {
	f, err := Parse(font(t))
	if err != nil {
		t.Fatal(err)
	}
	segs, _ := f.Path("Cë", 10)
	var moves, closes int
	for _, s := range segs {
		switch s.Kind {
		case 'M':
			moves++
		case 'Z':
			closes++
		}
		if s.Y > 3 || s.Y < -11 { // within an em above the baseline, a little below it
			t.Errorf("point %+v outside the glyph box", s)
		}
	}
	// C has one contour; ë (a composite: e and a diaeresis) has two for the e and two dots.
	if moves != closes || moves < 5 {
		t.Errorf("%d contours (%d closed), want at least 5", moves, closes)
	}
	if segs, w := f.Path(" ", 10); len(segs) != 0 || w <= 0 {
		t.Errorf("space: %d segments, width %.2f", len(segs), w)
	}
}

func TestBroken(t *testing.T) {
	b := font(t)
	for _, bad := range [][]byte{nil, b[:10], b[:2000], []byte("not a font at all, not at all")} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("%d bytes parsed", len(bad))
		}
	}
	// Tables present but glyphs cut off: Parse may accept it, Path must not panic.
	if f, err := Parse(b[:len(b)/3]); err == nil {
		f.Path("CONCEPT ë", 10)
	}
}

// TestCheck: the shipped fonts pass; a font with a table tag changed, a table that runs past the end, another
// signature or a name table of another format does not, nor does a file cut short or that is no font at all.
func TestCheck(t *testing.T) {
	good := font(t)
	if err := Check(good); err != nil {
		t.Fatalf("DejaVuSans.ttf: %v", err)
	}
	tag := func(name string) int {
		for i := range int(binary.BigEndian.Uint16(good[4:])) {
			if string(good[12+16*i:12+16*i+4]) == name {
				return 12 + 16*i
			}
		}
		t.Fatalf("no table %s", name)
		return 0
	}
	edit := func(f func(b []byte)) []byte {
		b := append([]byte(nil), good...)
		f(b)
		return b
	}
	cases := map[string][]byte{
		"glyf renamed":       edit(func(b []byte) { b[tag("glyf")] = 0xb8 }),
		"OS/2 renamed":       edit(func(b []byte) { b[tag("OS/2")] = 'X' }),
		"table past the end": edit(func(b []byte) { binary.BigEndian.PutUint32(b[tag("post")+12:], uint32(len(b))) }),
		"OpenType signature": edit(func(b []byte) { copy(b, "OTTO") }),
		"name format 1": edit(func(b []byte) {
			off := binary.BigEndian.Uint32(b[tag("name")+8:])
			binary.BigEndian.PutUint16(b[off:], 1)
		}),
		"restricted licence": edit(func(b []byte) {
			off := binary.BigEndian.Uint32(b[tag("OS/2")+8:])
			binary.BigEndian.PutUint16(b[off+8:], 0x0002)
		}),
		"bitmap embedding only": edit(func(b []byte) {
			off := binary.BigEndian.Uint32(b[tag("OS/2")+8:])
			binary.BigEndian.PutUint16(b[off+8:], 0x0200)
		}),
		"cut short":   good[:len(good)/3],
		"not a font":  []byte("not a font\n"),
		"empty":       nil,
		"header only": good[:12],
	}
	for name, b := range cases {
		if err := Check(b); err == nil {
			t.Errorf("%s: Check passes", name)
		}
	}
}
