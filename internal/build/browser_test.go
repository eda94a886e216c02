package build

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

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
