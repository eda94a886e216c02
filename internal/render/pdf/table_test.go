package pdf

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

// FuzzPrintedText checks printedText against the regular expression it replaces.
func FuzzPrintedText(f *testing.F) {
	for _, s := range []string{"**vet** en _schuin_", "zie [de wet](https://wetten.nl) en `code`", "a ](b", "| x | y |",
		"](", "](()", "[a]([b](c))", "> # kop ~~weg~~"} {
		f.Add(s)
	}
	re := regexp.MustCompile(`\]\([^)]*\)|[*_` + "`" + `#>|~\[\]]`)
	f.Fuzz(func(t *testing.T, s string) {
		got := printedText(document.Inline{Text: s, Markdown: true})
		if want := re.ReplaceAllString(s, " "); got != want {
			t.Fatalf("printedText(%q) = %q, want %q", s, got, want)
		}
		if plain := printedText(document.Inline{Text: s}); plain != s {
			t.Fatalf("plain text changed: %q", plain)
		}
	})
}

// TestCellListOneEntryPerLine: a cell with several entries (document.PlainList) puts each on a line of its own with
// a bullet, each starting at the same indent.
func TestCellListOneEntryPerLine(t *testing.T) {
	entries := []string{"Naam, adres en woonplaats", "Burgerservicenummer", "Gezondheid en beperkingen"}
	doc := sampleDocument(1)
	doc.Body = []document.Block{document.Table{Header: []string{"Doel", "Gegevens"}, Rows: []document.Row{
		{Cells: []document.Inline{document.Plain("Onderzoek"), document.PlainList(entries, "; ")}},
	}}}
	_, _, pages, err := New(testFonts(t), Options{}).layout(doc, "nl", false)
	if err != nil {
		t.Fatal(err)
	}
	var xs, ys []float64
	bullets := 0
	for _, o := range pages[pageOf(t, pages, "Onderzoek")] {
		if o.kind != opText {
			continue
		}
		if o.s == "•" {
			bullets++
		}
		for _, e := range entries {
			if strings.HasPrefix(e, o.s) && strings.Fields(e)[0] == strings.Fields(o.s)[0] {
				xs, ys = append(xs, o.x), append(ys, o.y)
			}
		}
	}
	if bullets != len(entries) || len(xs) != len(entries) {
		t.Fatalf("%d bullets and %d entry starts, want %d of each", bullets, len(xs), len(entries))
	}
	for i := 1; i < len(xs); i++ {
		if math.Abs(xs[i]-xs[0]) > 0.01 || ys[i] <= ys[i-1] {
			t.Errorf("entry %d starts at (%.1f, %.1f), after (%.1f, %.1f): not one below the other", i, xs[i], ys[i],
				xs[i-1], ys[i-1])
		}
	}
}
