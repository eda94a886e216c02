package html

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pia-nl/pia/internal/browsertest"
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
