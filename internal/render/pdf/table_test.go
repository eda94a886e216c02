package pdf

import (
	"fmt"
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
	pages := layoutPages(t, New(testFonts(t), Options{}), afterLines(0, listTable(entries)))
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

// TestTallRowCutMidPage: a row of a third of a page that does not fit on what is left of a half-empty page is cut
// there, under a repeated header on the next page, instead of leaving half the page empty.
func TestTallRowCutMidPage(t *testing.T) {
	pages := layoutPages(t, New(testFonts(t), Options{}), afterLines(20, listTable(numbered("Gegeven %d", 40))))
	last := pageOf(t, pages, "Vulregel 19.")
	if first := pageOf(t, pages, "Gegeven 0"); first != last {
		t.Errorf("the tall row starts on page %d, after the text on page %d: the page was left half empty", first+1, last+1)
	}
	if end := pageOf(t, pages, "Gegeven 39"); end == last {
		t.Fatal("the row fits on the page: the test does not reach a page's foot")
	}
	headers := 0
	for _, pg := range pages {
		for _, o := range pg {
			if o.kind == opText && o.s == "Gegevens" {
				headers++
			}
		}
	}
	if headers < 2 {
		t.Errorf("the header is printed %d times, want it again above the rest of the row", headers)
	}
}

// TestCutRowCarriesLines: wherever a page break falls, a cut row takes at least three lines to the next page,
// never a word or two alone under the repeated header.
func TestCutRowCarriesLines(t *testing.T) {
	r := New(testFonts(t), Options{})
	table := listTable(numbered("Regel%02d", 25))
	cut := 0
	for n := 0; n < 45; n++ {
		pages := layoutPages(t, r, afterLines(n, table))
		first, last := pageOf(t, pages, "Regel00"), pageOf(t, pages, "Regel24")
		if first == last {
			continue
		}
		cut++
		carried := 0
		for _, o := range pages[last] {
			if o.kind == opText && strings.HasPrefix(o.s, "Regel") {
				carried++
			}
		}
		if carried < 3 {
			t.Errorf("%d lines before the table: the row is cut with %d line(s) on the next page", n, carried)
		}
	}
	if cut == 0 {
		t.Error("the row was never cut: the test does not reach a page's foot")
	}
}

// TestHeaderStaysWithFirstRow: wherever the page break falls and however tall the first row is, a table's header
// row is never left at the foot of a page without the row below it. A row a little taller than a quarter page can
// only be cut where it leaves minCarry for the next page; where it cannot, header and row move on together.
func TestHeaderStaysWithFirstRow(t *testing.T) {
	r := New(testFonts(t), Options{})
	for entries := 8; entries <= 24; entries += 2 {
		table := listTable(numbered("Regel%02d", entries))
		for n := 0; n < 45; n++ {
			pages := layoutPages(t, r, afterLines(n, table))
			header := -1
			for i, pg := range pages {
				for _, o := range pg {
					if o.kind == opText && o.s == "Gegevens" && header < 0 {
						header = i
					}
				}
			}
			if first := pageOf(t, pages, "Regel00"); header != first {
				t.Errorf("%d entries after %d lines: the header is on page %d, the row starts on page %d",
					entries, n, header+1, first+1)
			}
		}
	}
}

// TestShortTableStaysTogether: a table of a few short rows (the contacts at the end of a work instruction) is never
// split over two pages, wherever it starts; a long table still is.
func TestShortTableStaysTogether(t *testing.T) {
	r := New(testFonts(t), Options{})
	contacts := document.Definitions{Items: []document.Field{
		{Label: "Privacyloket", Value: document.Plain("Contact01")}, {Label: "Functionaris", Value: document.Plain("Contact02")},
		{Label: "Privacyadviseur", Value: document.Plain("Contact03")}, {Label: "Opgesteld door", Value: document.Plain("Contact04")},
	}}
	for n := 0; n < 50; n++ {
		pages := layoutPages(t, r, afterLines(n, contacts))
		if a, b := pageOf(t, pages, "Contact01"), pageOf(t, pages, "Contact04"); a != b {
			t.Errorf("%d lines before the table: it runs from page %d to %d", n, a+1, b+1)
		}
	}
	long := document.Table{Header: []string{"Nr", "Tekst"}}
	for i := range 30 {
		long.Rows = append(long.Rows, document.Row{Cells: []document.Inline{document.Plain(fmt.Sprint(i)), document.Plain(fmt.Sprintf("Rij%02d", i))}})
	}
	pages := layoutPages(t, r, afterLines(40, long))
	if pageOf(t, pages, "Rij00") == pageOf(t, pages, "Rij29") {
		t.Error("a long table after 40 lines fits on one page: the test does not reach a page's foot")
	}
	if pageOf(t, pages, "Vulregel 39") != pageOf(t, pages, "Rij00") {
		t.Error("a long table no longer starts on the page where it fits its first rows")
	}
}

// TestDefinitionRowNotCut: a value of a definitions table (no header to repeat) that fits on a page is not cut:
// its continuation would stand on the next page without its label.
func TestDefinitionRowNotCut(t *testing.T) {
	r := New(testFonts(t), Options{})
	defs := document.Definitions{Items: []document.Field{
		{Label: "Categorieën", Value: document.PlainList(numbered("Regel%02d", 25), "; ")}}}
	for n := 0; n < 45; n++ {
		pages := layoutPages(t, r, afterLines(n, defs))
		if a, b := pageOf(t, pages, "Regel00"), pageOf(t, pages, "Regel24"); a != b {
			t.Errorf("%d lines before the definitions: the value runs from page %d to %d", n, a+1, b+1)
		}
	}
}

// numbered gives n entries made with format from 0, 1 ….
func numbered(format string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf(format, i)
	}
	return out
}

// listTable is a table with a header and one row whose second cell lists entries.
func listTable(entries []string) document.Table {
	return document.Table{Header: []string{"Doel", "Gegevens"}, Rows: []document.Row{
		{Cells: []document.Inline{document.Plain("Onderzoek"), document.PlainList(entries, "; ")}},
	}}
}
