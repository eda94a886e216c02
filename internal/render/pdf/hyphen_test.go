package pdf

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestBreakWord checks where long words are cut when a column is too narrow for them.
func TestBreakWord(t *testing.T) {
	m := &measurer{pdf: fpdf.New("P", "mm", "A4", ""), fonts: testFonts(t), loaded: map[string]bool{}}
	f := face{size: 9}
	for _, c := range []struct{ word, first string }{
		{"Burgerservicenummer", "Burgerservicenum-"},
		{"Identificatiegegevens", "Identificatiege-"},
		{"Basisregistratie", "Basisre-"},
		{"https://example.org/pad/naar/een/bestand.pdf", "https://example.org/"},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ""}, // no good place: cut where the line is full
	} {
		avail := m.width(c.word, f) * 0.8
		if c.first != "" {
			avail = m.width(c.first, f) + 1
		}
		n, w, hyphen := m.breakWord(c.word, f, avail)
		got := c.word[:n]
		if hyphen {
			got += "-"
		}
		if c.first != "" && got != c.first {
			t.Errorf("%s in %.1f mm: first line %q, want %q", c.word, avail, got, c.first)
		}
		if w > avail+0.01 || n == 0 {
			t.Errorf("%s: %d bytes of width %.1f in %.1f mm", c.word, n, w, avail)
		}
	}
}
