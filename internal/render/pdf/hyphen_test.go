package pdf

import (
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestBreakWord checks where long words are cut when a column is too narrow for them.
func TestBreakWord(t *testing.T) {
	m := &measurer{pdf: fpdf.New("P", "mm", "A4", ""), fonts: testFonts(t), loaded: map[string]bool{}}
	f := face{size: 9}
	for _, c := range []struct {
		word, first, fit string
		longPart         bool // a part between separators is longer than the line
	}{
		{"Burgerservicenummer", "Burgerservicenum-", "", false},
		{"Identificatiegegevens", "Identificatiege-", "", false},
		{"Basisregistratie", "Basisre-", "", false},
		{"https://example.org/pad/naar/een/bestand.pdf", "https://example.org/", "", false},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "", "", false}, // no good place: cut where the line is full
		// Paths, field paths and codes are cut only at their own separators, without a hyphen of pia's.
		// (fit is what the line has room for).
		{"content/verwerkingen/wijkteam-integrale-intake.toml", "content/verwerkingen/", "content/verwerkingen/wijk", false},
		{"content/verwerkingen/wijkteam-integrale-intake.toml", "content/verwerkingen/wijkteam-", "content/verwerkingen/wijkteam-integ", false},
		{"toestemming-bij-publieke-taak", "toestemming-bij-", "toestemming-bij-publie", false},
		{"bewaartermijnen[0].standaard", "bewaartermijnen[0].", "bewaartermijnen[0].stan", false},
		{"Burgerservicenummer.", "Burgerservicenum-", "", false}, // a full stop closing a sentence is no separator
		// A part longer than the whole line is cut as any word; a separator that starts the word is no place to cut.
		{"jeugdhulpaanbieders/gecertificeerde", "jeugdhulpaan-", "jeugdhulpaanbi", true},
		{"-integrale", "-in-", "-integ", true},
	} {
		avail := m.width(c.word, f) * 0.8
		if c.first != "" {
			avail = m.width(c.first, f) + 1
		}
		if c.fit != "" {
			avail = m.width(c.fit, f) + 0.1
		}
		n, w, hyphen := m.breakWord(c.word, f, avail, true)
		got := c.word[:n]
		if hyphen {
			got += "-"
		}
		if c.first != "" && got != c.first {
			t.Errorf("%s in %.1f mm: first line %q, want %q", c.word, avail, got, c.first)
		}
		if separated(c.word) && hyphen && !c.longPart {
			t.Errorf("%s: pia added a hyphen to a word with separators", c.word)
		}
		if w > avail+0.01 || n == 0 {
			t.Errorf("%s: %d bytes of width %.1f in %.1f mm", c.word, n, w, avail)
		}
	}
	// On a line that holds text already, a word with separators none of which fits starts on the next line.
	for _, c := range []struct{ word, fit string }{
		{"wijkteam-integrale", "wijkteam"}, {"content/verwerkingen/", "conte"},
	} {
		if n, _, _ := m.breakWord(c.word, f, m.width(c.fit, f)+0.1, false); n != 0 {
			t.Errorf("%s after other text, room for %q: %q on this line, want none", c.word, c.fit, c.word[:n])
		}
	}
}

// TestSeparatorsAreBreakAfter: the byte scan of separated and nextSeparator finds exactly the runes of breakAfter,
// and closing punctuation at the end of a word does not count.
func TestSeparatorsAreBreakAfter(t *testing.T) {
	for _, r := range "-/._?&=:\\–—aZ0é,;!)]”’\"'(" {
		word := "a" + string(r) + "b"
		if got, want := separated(word), strings.ContainsRune(breakAfter, r); got != want {
			t.Errorf("separated(%q) = %v, want %v", word, got, want)
		}
	}
	for word, want := range map[string]bool{"Burgerservicenummer.": false, "zorg”.": false, "5).": false,
		"wijkteam-intake.toml": true, "2020–2024": true, "https://x": true, "vraag?": false, "": false, "—": true} {
		if got := separated(word); got != want {
			t.Errorf("separated(%q) = %v, want %v", word, got, want)
		}
	}
}
