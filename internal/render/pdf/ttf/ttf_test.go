package ttf

import (
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
