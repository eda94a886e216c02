package build

import (
	"context"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pia-nl/pia/internal/browsertest"
)

// TestExampleSiteInBrowser opens every page of the built example site in headless Chromium: zero WCAG 2.1 AA
// violations (axe-core), no request to another host, no script errors; and takes desktop and mobile screenshots
// of each page type (kept in $PIA_SCREENSHOTS when set).
func TestExampleSiteInBrowser(t *testing.T) {
	browsertest.Available(t)
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	var pages []string
	for name := range readTree(t, out) {
		if strings.HasSuffix(name, ".html") {
			pages = append(pages, name)
		}
	}
	sort.Strings(pages)
	if len(pages) < 25 {
		t.Fatalf("only %d pages", len(pages))
	}
	for _, r := range browsertest.Check(t, out, pages) {
		if !r.OK() {
			t.Errorf("%s", r.String())
		}
	}
	shots := os.Getenv("PIA_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	for _, p := range []string{"index.html", "verwerkingen/wmo-maatwerkvoorziening/index.html",
		"verwerkingen/zelfredzaamheidsmatrix/werkinstructie/index.html", "privacy/jeugdwet-toegang/index.html",
		"register/index.html"} {
		base := strings.ReplaceAll(strings.TrimSuffix(p, "/index.html"), "/", "_")
		for _, size := range []struct {
			name string
			w, h int
		}{{"desktop", 1280, 900}, {"mobiel", 390, 844}} {
			file := filepath.Join(shots, base+"-"+size.name+".png")
			browsertest.Screenshot(t, out, p, size.w, size.h, file)
			if fi, err := os.Stat(file); err != nil || fi.Size() < 10_000 {
				t.Errorf("screenshot %s missing or empty", file)
			}
		}
	}
}

// TestPrintKeepsTableHeadsWithRows prints reports and work instructions of the example site from the browser, as a
// user does with the print button, and checks that no table's caption and header row end a page while its first
// row starts the next: the page on which a caption is printed also has the first word of the table's first cell,
// after the caption.
func TestPrintKeepsTableHeadsWithRows(t *testing.T) {
	browsertest.Available(t)
	needTool(t, "pdftotext")
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	tables := 0
	for _, page := range []string{"verwerkingen/wmo-maatwerkvoorziening/index.html",
		"verwerkingen/wmo-maatwerkvoorziening/werkinstructie/index.html",
		"verwerkingen/participatiewet-levensonderhoud/werkinstructie/index.html"} {
		src, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(page)))
		if err != nil {
			t.Fatal(err)
		}
		pdf := filepath.Join(t.TempDir(), "print.pdf")
		if err := os.WriteFile(pdf, browsertest.Print(t, out, page), 0o644); err != nil {
			t.Fatal(err)
		}
		txt, err := exec.Command("pdftotext", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		pages := strings.Split(string(txt), "\f")
		for _, tb := range firstRows(string(src)) {
			at := slices.IndexFunc(pages, func(p string) bool { return strings.Contains(squash(p), tb.caption) })
			if at < 0 {
				continue // a caption that wraps in print; the others still show a stranded head
			}
			tables++
			rest := squash(pages[at])
			rest = rest[strings.Index(rest, tb.caption)+len(tb.caption):]
			if !strings.Contains(rest, tb.firstWord) {
				t.Errorf("%s: the table %q ends printed page %d without a row; %q is on the next", page, tb.caption,
					at+1, tb.firstWord)
			}
		}
	}
	if tables < 10 {
		t.Fatalf("only %d tables found in the printed pages", tables)
	}
}

type tableStart struct{ caption, firstWord string }

// firstRows gives, for each table of an HTML page with a caption, the caption and the first word (of four letters
// or more) of its first body cell.
func firstRows(page string) []tableStart {
	var out []tableStart
	for _, part := range strings.Split(page, "<caption")[1:] {
		caption, _, _ := strings.Cut(part[strings.Index(part, ">")+1:], "</caption>")
		_, body, ok := strings.Cut(part, "<tbody>")
		if !ok {
			continue
		}
		_, cell, ok := strings.Cut(body, "<td")
		if !ok {
			continue
		}
		cell, _, _ = strings.Cut(cell[strings.Index(cell, ">")+1:], "</td>")
		for _, w := range strings.Fields(stripTags(cell)) {
			if w = strings.Trim(w, ",.:;()"); len([]rune(w)) >= 4 {
				out = append(out, tableStart{squash(stripTags(caption)), w})
				break
			}
		}
	}
	return out
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}

// squash puts text on one line with single spaces, as pdftotext and HTML break it differently.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestWideTablesAsCardsOnAPhone: on a phone, the table of a work instruction that says per item whether it may be
// asked and recorded shows each row as a card, every value under its column's name, with nothing out of sight to
// the right; on a desktop it stays a table.
func TestWideTablesAsCardsOnAPhone(t *testing.T) {
	browsertest.Available(t)
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	const page = "verwerkingen/wmo-maatwerkvoorziening/werkinstructie/index.html"
	const probe = `(() => {
		const box = document.querySelector(".tabel--kaarten");
		if (!box) return "no cards";
		const td = box.querySelector("tbody td:nth-child(3)");
		const r = td.getBoundingClientRect();
		const row = box.querySelectorAll("tbody tr")[1];
		row.hidden = true; // as the filter above a long table leaves a row out
		const left = getComputedStyle(row).display;
		row.hidden = false;
		return [getComputedStyle(box.querySelector("tr")).display, td.getAttribute("data-kolom"),
			r.right <= document.documentElement.clientWidth ? "in sight" : "out of sight",
			getComputedStyle(td, "::before").content, "left out: " + left].join(" | ");
	})()`
	browsertest.Browse(t, out, func(ctx context.Context, base string) {
		for _, c := range []struct {
			width int
			want  string
		}{
			{390, `block | Mag u vastleggen? | in sight | "Mag u vastleggen?" / "" | left out: none`},
			{1280, `table-row | Mag u vastleggen? | in sight | none | left out: none`},
		} {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(c.width), 900), chromedp.Navigate(base+"/"+page)); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[string](probe))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("%d px wide: got %q, want %q", c.width, got, c.want)
			}
		}
	})
}
