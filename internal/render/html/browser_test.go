package html

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/pia-nl/pia/internal/browsertest"
	"github.com/pia-nl/pia/internal/document"
)

// TestBrowser renders one page of every kind, the sample with every block type and the search page, and checks
// them in headless Chromium: no WCAG 2.1 AA violation (axe-core), no request to another host, no script error.
// Screenshots at desktop and mobile width go to $PIA_SCREENSHOTS when set (to look at), else to a temp folder.
func TestBrowser(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	pages := writeSite(t, defaultTheme(t), dir)
	for _, res := range browsertest.Check(t, dir, pages) {
		if !res.OK() {
			t.Error(res)
		}
	}
	// Responsive down to 320px: nothing but a table's own scroll region may be wider than the screen.
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		for _, p := range pages {
			for _, width := range []int64{320, 390} {
				err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 800), chromedp.Navigate(base+"/"+p))
				if err != nil {
					t.Fatal(err)
				}
				wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("body *"))
					.filter(e => e.getBoundingClientRect().right > innerWidth + 0.5 && !e.closest(".tabel"))
					.map(e => e.tagName.toLowerCase() + "." + e.className)`))
				if err != nil {
					t.Fatal(err)
				}
				if len(wide) > 0 {
					t.Errorf("%s at %dpx: wider than the screen: %v", p, width, wide)
				}
			}
		}
	})
	shots := os.Getenv("PIA_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	for _, p := range []string{"verwerkingen/wmo-maatwerkvoorziening/index.html", "index.html", "over/contact/index.html",
		"zoeken/index.html?q=wmo"} {
		name := strings.ReplaceAll(strings.TrimSuffix(strings.Split(p, "?")[0], "index.html"), "/", "-")
		if name == "" {
			name = "overzicht"
		}
		for _, size := range []struct {
			suffix string
			w, h   int
		}{{"desktop", 1280, 900}, {"mobiel", 390, 844}} {
			out := filepath.Join(shots, strings.Trim(name, "-")+"-"+size.suffix+".png")
			browsertest.Screenshot(t, dir, p, size.w, size.h, out)
			if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
				t.Errorf("no screenshot %s: %v", out, err)
			}
		}
	}
}

// TestSearchInBrowser searches from the header of a page, served over HTTP and opened from disk (file://, where
// fetch is blocked and the index comes from zoekindex.js).
func TestSearchInBrowser(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	writeSite(t, defaultTheme(t), dir)
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		for _, start := range []string{base + "/", "file://" + filepath.ToSlash(dir) + "/"} {
			tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			err := chromedp.Do(tctx,
				chromedp.Navigate(start+"privacy/index.html"),
				chromedp.SendKeys(chromedp.CSS("#pia-zoekveld"), "keukentafelgesprek\n"),
				chromedp.WaitVisible(chromedp.CSS(".zoekresultaat a")),
			)
			if err != nil {
				cancel()
				t.Fatalf("%s: %v", start, err)
			}
			status, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#pia-zoekstatus")))
			if err != nil {
				cancel()
				t.Fatal(err)
			}
			href, err := chromedp.Run(tctx, chromedp.Evaluate[string](
				`document.querySelector(".zoekresultaat a").href`))
			cancel()
			if err != nil {
				t.Fatal(err)
			}
			if status != "1 resultaat voor „keukentafelgesprek”" {
				t.Errorf("%s: status %q", start, status)
			}
			if !strings.HasPrefix(href, start) || !strings.HasSuffix(href, "verwerkingen/wmo-maatwerkvoorziening/index.html") {
				t.Errorf("%s: result links to %s", start, href)
			}
		}
	})
}

// TestSearchShowsResultsInRounds: a word in every document of a large site lists the best results first and the
// rest a round at a time, with a button that says how many are left and moves the focus to the first new result.
func TestSearchShowsResultsInRounds(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	writeSite(t, defaultTheme(t), dir)
	var docs []*document.Document
	for i := range 120 {
		docs = append(docs, &document.Document{Kind: document.KindPIA, ID: fmt.Sprintf("v-%03d", i), Lang: "nl",
			Title: fmt.Sprintf("Verwerking %d", i), Summary: "Over het keukentafelgesprek."})
	}
	idx, err := SearchFiles(docs)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range idx {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		state := func() (n int, button string, hidden bool, focus string) {
			t.Helper()
			v, err := chromedp.Run(tctx, chromedp.Evaluate[[]any](`[document.querySelectorAll(".zoekresultaat").length,
				document.getElementById("pia-zoekmeer").textContent, document.getElementById("pia-zoekmeer").hidden,
				document.activeElement.textContent]`))
			if err != nil {
				t.Fatal(err)
			}
			return int(v[0].(float64)), v[1].(string), v[2].(bool), v[3].(string)
		}
		if err := chromedp.Do(tctx,
			chromedp.Navigate(base+"/zoeken/index.html?q=keukentafelgesprek"),
			chromedp.WaitVisible(chromedp.CSS("#pia-zoekmeer")),
		); err != nil {
			t.Fatal(err)
		}
		status, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#pia-zoekstatus")))
		if err != nil {
			t.Fatal(err)
		}
		if status != "120 resultaten voor „keukentafelgesprek”" {
			t.Errorf("status %q, want the number of all results", status)
		}
		n, button, hidden, _ := state()
		if n != 50 || hidden || button != "Toon meer resultaten (nog 70 niet getoond)" {
			t.Fatalf("first round: %d results, button %q (hidden %v)", n, button, hidden)
		}
		if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#pia-zoekmeer"))); err != nil {
			t.Fatal(err)
		}
		n, button, hidden, focus := state()
		if n != 100 || hidden || button != "Toon meer resultaten (nog 20 niet getoond)" {
			t.Fatalf("second round: %d results, button %q (hidden %v)", n, button, hidden)
		}
		want, err := chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelectorAll(".zoekresultaat a")[50].textContent`))
		if err != nil {
			t.Fatal(err)
		}
		if focus != want {
			t.Errorf("focus on %q after the second round, want the first new result %q", focus, want)
		}
		if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#pia-zoekmeer"))); err != nil {
			t.Fatal(err)
		}
		if n, _, hidden, _ := state(); n != 120 || !hidden {
			t.Errorf("last round: %d results, button hidden %v; want all 120 and no button", n, hidden)
		}
	})
}

// TestLongDocumentsLayOutNearTheViewport: a register of thousands of sections is laid out only near the screen (a
// large city's register took Chromium 15 s to open, and 2 s with this), while a link to a section far down still
// lands on it and printing still lays out every section.
func TestLongDocumentsLayOutNearTheViewport(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	r := defaultTheme(t)
	writeSite(t, r, dir) // the assets
	doc := &document.Document{Kind: document.KindRegister, Lang: "nl", Title: "Verwerkingsregister"}
	for i := range 400 {
		doc.Body = append(doc.Body, document.Section{Anchor: fmt.Sprintf("v-%03d", i), Title: fmt.Sprintf("Verwerking %d", i),
			Blocks: []document.Block{document.Text{Inline: document.Plain(strings.Repeat("Een doel van deze verwerking. ", 40))}}})
	}
	writePage(t, r, dir, doc)
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		page := base + "/" + document.Path(doc.Kind, "", document.FormatHTML)
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(page)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond) // one rendering pass decides which sections are near the screen
		far, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
			`document.getElementById("v-399").checkVisibility({contentVisibilityAuto: true})`))
		if err != nil {
			t.Fatal(err)
		}
		if far {
			t.Error("the last section is laid out while the top of the page is on screen")
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(page+"#v-350")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond) // the sections around the target are laid out
		target, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(h => [h.getBoundingClientRect().top,
			h.checkVisibility({contentVisibilityAuto: true}) ? 1 : 0])(document.getElementById("v-350"))`))
		if err != nil {
			t.Fatal(err)
		}
		if len(target) != 2 || target[0] < -1 || target[0] > 100 || target[1] != 1 {
			t.Errorf("a link to a section far down must show it at the top: [top, laid out] = %v", target)
		}
		if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		})); err != nil {
			t.Fatal(err)
		}
		var printed bool
		for deadline := time.Now().Add(3 * time.Second); !printed && time.Now().Before(deadline); {
			time.Sleep(50 * time.Millisecond)
			printed, err = chromedp.Run(ctx, chromedp.Evaluate[bool](
				`document.getElementById("v-200").checkVisibility({contentVisibilityAuto: true})`))
			if err != nil {
				t.Fatal(err)
			}
		}
		if !printed {
			t.Error("in print every section must be laid out")
		}
	})
}

// TestTableFilterInBrowser: the filter above a long table shows itself, keeps the rows that hold every word typed
// (in any case, with or without accents), says how many, says so when none does, and shows all rows again when
// emptied.
func TestTableFilterInBrowser(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	r := defaultTheme(t)
	writeSite(t, r, dir)
	reg := &document.Document{Kind: document.KindRegister, Lang: "nl", Title: "Verwerkingsregister"}
	for i := range 30 {
		reg.Body = append(reg.Body, document.Section{Anchor: fmt.Sprintf("v-%d", i), Title: fmt.Sprintf("Verwerking %d", i),
			Blocks: []document.Block{document.Text{Inline: document.Plain("Een doel.")}}})
	}
	writePage(t, r, dir, reg) // over the sample's register
	lists := &document.Document{Kind: document.KindPIA, ID: "lijsten", Lang: "nl", Title: "Gegevens"}
	table := document.Table{Caption: "Gegevens per groep", Header: []string{"Groep", "Gegevens"}}
	for i := range 30 {
		table.Rows = append(table.Rows, document.Row{Cells: []document.Inline{document.Plain(fmt.Sprintf("Gegevens %d", i)),
			document.PlainList([]string{"geslacht", "Burgerservicenummer", "geboortedatum"}, ", ")}})
	}
	lists.Body = []document.Block{table}
	writePage(t, r, dir, lists)
	listsPage := document.Path(lists.Kind, lists.ID, document.FormatHTML)
	const longRegister = "register/index.html"
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(tctx, chromedp.Navigate(base+"/index.html"),
			chromedp.WaitVisible(chromedp.CSS(".tabelfilter__veld"))); err != nil {
			t.Fatal(err)
		}
		state := func() (shown int, status string) {
			t.Helper()
			shown, err := chromedp.Run(tctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll(
				"#tabel-2-rijen tbody tr")).filter(r => !r.hidden && r.getBoundingClientRect().height > 0).length`))
			if err != nil {
				t.Fatal(err)
			}
			status, err = chromedp.Run(tctx, chromedp.Text(chromedp.CSS(".tabelfilter__status")))
			if err != nil {
				t.Fatal(err)
			}
			return shown, status
		}
		for _, c := range []struct {
			typed  string
			shown  int
			status string
		}{
			{"jeugdwet", 10, "10 van de 30 rijen bevatten „jeugdwet”."},
			// every word somewhere in the row: 1, 10–19, 21
			{" GEMEENTE 1 ", 12, "12 van de 30 rijen bevatten „GEMEENTE 1”."},
			{"jeugdwet gemeente 1", 4, "4 van de 30 rijen bevatten „jeugdwet gemeente 1”."}, // 12, 15, 18, 21
			{"clientgegevens", 1, "1 van de 30 rijen bevatten „clientgegevens”."},
			{"gemeente 31", 0, "Geen rij bevat „gemeente 31”."},
			{"1wmo", 0, "Geen rij bevat „1wmo”."}, // the cells "Gemeente 1" and "Wmo" are apart
			{"", 30, ""},
		} {
			// Empty the field as a user does, then type: every key is an input event.
			clear := `var f = document.querySelector(".tabelfilter__veld"); f.value = "";
				f.dispatchEvent(new Event("input")); f.focus(); true`
			if _, err := chromedp.Run(tctx, chromedp.Evaluate[bool](clear)); err != nil {
				t.Fatal(err)
			}
			if c.typed != "" {
				if err := chromedp.Do(tctx, chromedp.SendKeys(chromedp.CSS(".tabelfilter__veld"), c.typed)); err != nil {
					t.Fatal(err)
				}
			}
			// The filter waits for a pause in typing.
			shown, status := state()
			for deadline := time.Now().Add(3 * time.Second); (shown != c.shown || status != c.status) && time.Now().Before(deadline); {
				time.Sleep(50 * time.Millisecond)
				shown, status = state()
			}
			if shown != c.shown || status != c.status {
				t.Errorf("%q: %d rows, status %q; want %d, %q", c.typed, shown, status, c.shown, c.status)
			}
		}
		// A long list of links, such as a platform's privacy statements, likewise.
		if err := chromedp.Do(tctx, chromedp.Navigate(base+"/privacy/index.html"),
			chromedp.WaitVisible(chromedp.CSS(".tabelfilter__veld")),
			chromedp.SendKeys(chromedp.CSS(".tabelfilter__veld"), "gemeente 2")); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(tctx, chromedp.WaitVisible(chromedp.CSS(".tabelfilter__status:not(:empty)"))); err != nil {
			t.Fatal(err)
		}
		shown, err := chromedp.Run(tctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll(
			"#lijst-1 li")).filter(r => r.getBoundingClientRect().height > 0).length`))
		if err != nil {
			t.Fatal(err)
		}
		status, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(".tabelfilter__status")))
		if err != nil {
			t.Fatal(err)
		}
		if shown != 12 || status != "12 van de 30 bevatten „gemeente 2”." { // Gemeente 2, 12 and 20–29
			t.Errorf("list: %d items, status %q", shown, status)
		}
		// A long table of contents likewise.
		if err := chromedp.Do(tctx, chromedp.Navigate(base+"/"+longRegister),
			chromedp.WaitVisible(chromedp.CSS(".tabelfilter__veld")),
			chromedp.SendKeys(chromedp.CSS(".tabelfilter__veld"), "verwerking 2"),
			chromedp.WaitVisible(chromedp.CSS(".tabelfilter__status:not(:empty)"))); err != nil {
			t.Fatal(err)
		}
		shown, err = chromedp.Run(tctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll(
			"#pia-inhoudsopgave-lijst > li")).filter(r => r.getBoundingClientRect().height > 0).length`))
		if err != nil {
			t.Fatal(err)
		}
		if shown != 12 { // Verwerking 2, 12 and 20–29
			t.Errorf("table of contents: %d entries shown", shown)
		}
		// A cell that lists entries is read entry by entry: "geslacht" and "Burgerservicenummer" do not make
		// "geslachtburgerservicenummer", while each entry, and words from two entries, still find the row.
		if err := chromedp.Do(tctx, chromedp.Navigate(base+"/"+listsPage)); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			typed string
			shown int
		}{
			{"geslachtburger", 0},
			{"burgerservicenummergeboortedatum", 0},
			{"geslacht", 30},
			{"geslacht geboortedatum", 30},
			{"gegevens 7", 3}, // 7, 17 and 27
		} {
			typed := strconv.Quote(c.typed)
			shown, err := chromedp.Run(tctx, chromedp.Evaluate[int](`(() => {
				const f = document.querySelector(".tabelfilter__veld");
				f.value = `+typed+`; f.dispatchEvent(new Event("input")); return 0; })()`))
			if err != nil {
				t.Fatal(err)
			}
			want := fmt.Sprintf("%d van de 30", c.shown)
			if c.shown == 0 {
				want = "Geen rij"
			}
			count := `Array.from(document.querySelectorAll("tbody tr")).filter(r => !r.hidden).length`
			var status string
			for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); {
				time.Sleep(50 * time.Millisecond)
				if shown, err = chromedp.Run(tctx, chromedp.Evaluate[int](count)); err != nil {
					t.Fatal(err)
				}
				if status, err = chromedp.Run(tctx, chromedp.Text(chromedp.CSS(".tabelfilter__status"))); err != nil {
					t.Fatal(err)
				}
				if strings.Contains(status, strings.TrimSpace(c.typed)) && shown == c.shown {
					break
				}
			}
			if shown != c.shown || !strings.HasPrefix(status, want) {
				t.Errorf("cell lists, %q: %d rows, status %q; want %d", c.typed, shown, status, c.shown)
			}
		}
	})
}

// TestLongLabelsStayWhole: a label of one long word ("Verwerkingsverantwoordelijke", in the register) is not
// broken in two: the column of labels is at least as wide as its longest word, for every pair of the list, and
// the lists of one page line up.
func TestLongLabelsStayWhole(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	r := defaultTheme(t)
	writeSite(t, r, dir) // the assets
	doc := &document.Document{Kind: document.KindRegister, Lang: "nl", Title: "Verwerkingsregister",
		Body: []document.Block{document.Definitions{Items: []document.Field{
			{Label: "Verwerkingsverantwoordelijke", Value: document.Plain(strings.Repeat("Het college van Voorbeeldstad. ", 4))},
			{Label: "Functionaris gegevensbescherming", Value: document.Plain("mr. R. de Boer")},
			{Label: "Id", Value: document.Plain("wmo")},
		}}, document.Definitions{Items: []document.Field{ // a second list, with short labels only
			{Label: "Naam", Value: document.Plain("Wmo")},
			{Label: "Doelen", Value: document.Plain(strings.Repeat("Ondersteuning bieden. ", 6))},
		}}}}
	writePage(t, r, dir, doc)
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		for _, width := range []int64{1280, 800} {
			err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(base+"/"+document.Path(doc.Kind, "", document.FormatHTML)))
			if err != nil {
				t.Fatal(err)
			}
			// The long word takes one line, and every label starts at the same x as the others, their values too.
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
				const dts = Array.from(document.querySelectorAll(".definities dt"));
				const dds = Array.from(document.querySelectorAll(".definities dd"));
				const text = document.createRange(); // the lines of the label itself, not the height of its row
				text.selectNodeContents(dts[0]);
				return [text.getClientRects().length,
					new Set(dts.map(d => Math.round(d.getBoundingClientRect().left))).size,
					new Set(dds.map(d => Math.round(d.getBoundingClientRect().left))).size];
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != 1 || got[1] != 1 || got[2] != 1 {
				t.Errorf("at %dpx: the long label takes %.0f lines; %v different label and value columns", width, got[0], got[1:])
			}
		}
	})
}

// TestMetaKeepsWordsWhole: the facts above a document (verwerking, author, template) are not broken inside a word
// when one is long, such as "Zelfredzaamheidsmatrix", at any common window width.
func TestMetaKeepsWordsWhole(t *testing.T) {
	browsertest.Available(t)
	dir := t.TempDir()
	r := defaultTheme(t)
	writeSite(t, r, dir)
	const long = "Zelfredzaamheidsmatrix"
	doc := &document.Document{Kind: document.KindWerkinstructie, ID: "zrm", Lang: "nl", Title: "Werkinstructie",
		Meta: []document.Field{
			{Label: "Organisatie", Value: document.Plain("Gemeente Voorbeeldstad")},
			{Label: "Verwerking", Value: document.Plain(long + " (ZRM) in het onderzoek naar de hulpvraag")},
			{Label: "Status", Value: document.Plain("definitief")}, {Label: "Versie", Value: document.Plain("1.0")},
			{Label: "Datum", Value: document.Plain("28 oktober 2026")},
			{Label: "Opgesteld door", Value: document.Plain("L. Bakker, privacyadviseur sociaal domein")},
			{Label: "Sjabloon", Value: document.Plain("vng-sociaal-domein/zelfredzaamheidsmatrix")},
		}}
	writePage(t, r, dir, doc)
	browsertest.Browse(t, dir, func(ctx context.Context, base string) {
		for _, width := range []int64{1280, 1100, 800, 400} {
			err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(base+"/"+document.Path(doc.Kind, doc.ID, document.FormatHTML)))
			if err != nil {
				t.Fatal(err)
			}
			// The lines the long word takes, and whether any value is wider than its box.
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
				const dd = Array.from(document.querySelectorAll(".doc-meta dd"))[1];
				const node = dd.firstChild, at = node.data.indexOf("`+long+`");
				const word = document.createRange();
				word.setStart(node, at);
				word.setEnd(node, at + `+strconv.Itoa(len(long))+`);
				const over = Array.from(document.querySelectorAll(".doc-meta dd")).filter(d => d.scrollWidth > d.clientWidth + 1);
				return [new Set(Array.from(word.getClientRects()).map(r => Math.round(r.top))).size, over.length];
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != 1 || got[1] != 0 {
				t.Errorf("at %dpx: %q takes %.0f lines; %.0f values overflow", width, long, got[0], got[1])
			}
		}
	})
}

// writePage renders doc and writes it into the site folder dir at its path.
func writePage(t *testing.T, r *Renderer, dir string, doc *document.Document) {
	t.Helper()
	b, err := r.Page(doc)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, document.Path(doc.Kind, doc.ID, document.FormatHTML))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
