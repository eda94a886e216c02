package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"

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
		n, w, hyphen := m.breakWord(c.word, f, avail, true, separated(c.word))
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
		if n, _, _ := m.breakWord(c.word, f, m.width(c.fit, f)+0.1, false, separated(c.word)); n != 0 {
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

// TestBreakWordReadsOneLine: breaking a word reads it only as far as a line reaches. A word of a million
// characters is broken into thousands of lines; measuring the rest of it for each line again made a PDF take
// minutes. The word here ends in a control character, which the Windows-1252 faces cannot measure (width panics):
// reading that far fails the test.
func TestBreakWordReadsOneLine(t *testing.T) {
	m := &measurer{pdf: fpdf.New("P", "mm", "A4", ""), fonts: testFonts(t), loaded: map[string]bool{}, win: true,
		k: 72 / 25.4}
	f := face{size: 9}
	word := strings.Repeat("x", 10000) + "\x01"
	n, w, hyphen := m.breakWord(word, f, 50, true, false)
	if n == 0 || n > 100 || !hyphen || w > 50.01 {
		t.Errorf("breakWord on a long word: %d bytes, width %.2f, hyphen %v", n, w, hyphen)
	}
}

// TestLastSeparator: a part of a word from offset i on has separators exactly when the word's last one is at i or
// later, which is what the line breaker relies on when it breaks the rest of a word again.
func TestLastSeparator(t *testing.T) {
	for _, w := range []string{"content/verwerkingen/wijkteam-integrale-intake.toml", "a–b—c.", "Burgerservicenummer.",
		"x-", "-x", "art. 5.2.1”", "", "één/twee", "a\\b?c=d&e"} {
		last := lastSeparator(w)
		for i := range len(w) + 1 {
			if got, want := last >= i, separated(w[i:]); got != want && utf8.ValidString(w[i:]) {
				t.Errorf("%q from %d: lastSeparator %d says %v, separated says %v", w, i, last, got, want)
			}
		}
	}
}
