package ttf

import (
	"bytes"
	"encoding/binary"
	"os"
	"reflect"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

var faces = []string{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"}

func readFace(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../../../themes/default/fonts/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sample has plain letters, accented ones (composite glyphs in DejaVu) and the code page's specials.
const sample = "Cliëntgegevens Ééñçßàâ ŒœŠšŽžŸ € „citaat” – — … ‰ † ‡ • ™ 0123456789 ABCxyz &@#%"

// tablesOf returns the tables of a font by tag, checking that each record's checksum matches its table.
func tablesOf(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	for i := range int(binary.BigEndian.Uint16(b[4:])) {
		r := b[12+16*i:]
		off, n := binary.BigEndian.Uint32(r[8:]), binary.BigEndian.Uint32(r[12:])
		data := b[off : off+n]
		tag := string(r[:4])
		sum := checksum(data)
		if tag == "head" {
			sum -= binary.BigEndian.Uint32(data[8:]) // the adjustment does not count in head's own sum
		}
		if want := binary.BigEndian.Uint32(r[4:]); sum != want {
			t.Errorf("table %q: checksum %08x, record says %08x", tag, sum, want)
		}
		m[tag] = data
	}
	return m
}

// instructionBytes counts the instruction bytes of all glyphs and the composite glyphs that say they have some.
func instructionBytes(t *testing.T, tables map[string][]byte) (n, flagged int) {
	t.Helper()
	head, maxp, loca, glyf := tables["head"], tables["maxp"], tables["loca"], tables["glyf"]
	long := binary.BigEndian.Uint16(head[50:]) == 1
	off := func(i int) int {
		if long {
			return int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		return 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
	}
	for g := range int(binary.BigEndian.Uint16(maxp[4:])) {
		d := glyf[off(g):off(g+1)]
		if len(d) == 0 {
			continue
		}
		if c := int(int16(binary.BigEndian.Uint16(d))); c >= 0 {
			n += int(binary.BigEndian.Uint16(d[10+2*c:]))
			continue
		}
		for p := 10; ; {
			flags := int(binary.BigEndian.Uint16(d[p:]))
			if flags&haveInstructions != 0 {
				flagged++
			}
			p += componentSize(flags)
			if flags&moreComponents == 0 {
				break
			}
		}
	}
	return n, flagged
}

// TestStripHinting: without hinting a face draws every character with the same outline and width, is a valid
// font (checksums, fpdf reads it) and is smaller.
func TestStripHinting(t *testing.T) {
	for _, name := range faces {
		t.Run(name, func(t *testing.T) {
			full := readFace(t, name)
			for _, in := range [][]byte{full, fpdf.UTF8CutFont(full, sample)} {
				out, err := StripHinting(in)
				if err != nil {
					t.Fatal(err)
				}
				if len(out) >= len(in) {
					t.Errorf("%d bytes, was %d", len(out), len(in))
				}
				before, after := tablesOf(t, in), tablesOf(t, out)
				if checksum(out) != 0xB1B0AFBA {
					t.Error("whole-font checksum is wrong")
				}
				for tag := range hintTables {
					if _, ok := after[tag]; ok {
						t.Errorf("table %q is still there", tag)
					}
				}
				if n, _ := instructionBytes(t, before); n == 0 {
					t.Fatal("the test font has no instructions to remove")
				}
				if n, flagged := instructionBytes(t, after); n != 0 || flagged != 0 {
					t.Errorf("%d instruction bytes and %d composite glyphs with instructions left", n, flagged)
				}
				for _, tag := range []string{"cmap", "hmtx", "hhea", "name", "OS/2", "post"} {
					if !bytes.Equal(before[tag], after[tag]) {
						t.Errorf("table %q changed", tag)
					}
				}
				a, err := Parse(in)
				if err != nil {
					t.Fatal(err)
				}
				b, err := Parse(out)
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range sample {
					pa, wa := a.Path(string(r), 10)
					pb, wb := b.Path(string(r), 10)
					if !reflect.DeepEqual(pa, pb) || wa != wb {
						t.Errorf("%q is drawn differently without hinting", r)
					}
				}
				p := fpdf.New("P", "mm", "A4", "")
				p.AddUTF8FontFromBytes("f", "", out)
				p.SetFont("f", "", 12)
				q := fpdf.New("P", "mm", "A4", "")
				q.AddUTF8FontFromBytes("f", "", in)
				q.SetFont("f", "", 12)
				if p.Err() || q.Err() || p.GetStringWidth(sample) != q.GetStringWidth(sample) {
					t.Errorf("fpdf: %v %v, width %.3f, was %.3f", p.Error(), q.Error(), p.GetStringWidth(sample), q.GetStringWidth(sample))
				}
				again, err := StripHinting(out)
				if err != nil || !bytes.Equal(again, out) {
					t.Errorf("stripping twice changes the font (%v)", err)
				}
			}
		})
	}
}

func FuzzStripHinting(f *testing.F) {
	full, err := os.ReadFile("../../../../themes/default/fonts/DejaVuSans.ttf")
	if err != nil {
		f.Fatal(err)
	}
	cut := fpdf.UTF8CutFont(full, "Aé€ ")
	f.Add(cut)
	f.Add(cut[:len(cut)/2])
	f.Add(cut[:300])
	f.Add([]byte("\x00\x01\x00\x00\x00\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := StripHinting(b)
		if err != nil {
			return
		}
		again, err := StripHinting(out)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("stripping the result again: %v", err)
		}
	})
}
