package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
)

// writeLayout gives the site its own copy of a layout of the default theme, with old replaced by new.
func writeLayout(t testing.TB, dir, layout, old, new string) string {
	t.Helper()
	b, err := fs.ReadFile(pia.Embedded(), "themes/default/layouts/"+layout)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", layout, old)
	}
	rel := "themes/default/layouts/" + layout
	file := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return rel
}

// withoutScript is a served page without what serve adds to it.
func withoutScript(page string) string {
	if i := strings.Index(page, "<div id=\"pia-fout\""); i >= 0 {
		return page[:i]
	}
	if i := strings.Index(page, "<script>(function(){var k=\"pia-herlaad-plek\""); i >= 0 {
		return page[:i]
	}
	return page
}

// A layout that fails while it renders every page keeps the last good site, with the error over it; fixing the
// layout recovers.
func TestFailedRenderKeepsTheLastGoodSite(t *testing.T) {
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil || s.Err() != nil {
		t.Fatal(err, s.Err())
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	pages := []string{"/verwerkingen/jeugdwet-toegang/", "/", "/register/", "/privacy/", "/zoeken/"}
	before := map[string]string{}
	for _, p := range pages {
		code, page := get(t, ts.URL+p)
		if code != 200 {
			t.Fatalf("%s: %d", p, code)
		}
		before[p] = withoutScript(page)
	}

	rel := writeLayout(t, dir, "document.html", "<h1>{{.Title}}</h1>", "<h1>{{.Title}}</h1>{{.GeenVeld}}")
	sum := s.Rebuild([]string{rel})
	if sum.Err == nil || !strings.Contains(sum.Err.Error(), "GeenVeld") {
		t.Fatalf("rebuild with a failing layout: %v", sum.Err)
	}
	for _, p := range pages {
		code, page := get(t, ts.URL+p)
		if code != 200 || withoutScript(page) != before[p] {
			t.Errorf("%s: status %d, the last good page kept: %v", p, code, withoutScript(page) == before[p])
		}
		if !strings.Contains(page, `id="pia-fout"`) || !strings.Contains(page, "GeenVeld") {
			t.Errorf("%s: no overlay naming the layout's error", p)
		}
	}
	// A change to a questionnaire meanwhile renders everything again, with the layout still failing.
	setNaam(t, filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), "Nog steeds kapot")
	if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err == nil || !sum.Full {
		t.Fatalf("a questionnaire changed while the layout fails: %+v", sum)
	}
	if _, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); withoutScript(page) != before["/verwerkingen/jeugdwet-toegang/"] {
		t.Error("the last good page was not kept")
	}

	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{rel}); sum.Err != nil {
		t.Fatalf("after the fix: %v", sum.Err)
	}
	if _, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); !strings.Contains(page, "Nog steeds kapot") ||
		strings.Contains(page, "pia-fout") {
		t.Error("the site did not recover with the change made while it failed")
	}
}

// A verwerking whose pages fail to render is not put on the site half: its report does not appear without its
// other pages, and the lists do not name it. It stays pending with later changes until it renders.
func TestFailedVerwerkingIsNotPublishedHalf(t *testing.T) {
	dir := copySite(t)
	rel := writeLayout(t, dir, "document.html", "<h1>{{.Title}}</h1>",
		`<h1>{{.Title}}</h1>{{if eq .Path "verwerkingen/kapot/werkinstructie/index.html"}}{{.GeenVeld}}{{end}}`)
	_ = rel
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil || s.Err() != nil {
		t.Fatal(err, s.Err())
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	vdir := filepath.Join(dir, "content", "verwerkingen")
	src, err := os.ReadFile(filepath.Join(vdir, "jeugdwet-toegang.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(vdir, "kapot.toml"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	setNaam(t, filepath.Join(vdir, "kapot.toml"), "Kapotte verwerking")
	if sum := s.Rebuild([]string{"content/verwerkingen/kapot.toml"}); sum.Err == nil || sum.Full {
		t.Fatalf("rebuild: %+v", sum)
	}
	for _, p := range []string{"/verwerkingen/kapot/", "/privacy/kapot/", "/verwerkingen/kapot/werkinstructie/"} {
		if code, _ := get(t, ts.URL+p); code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, code)
		}
	}
	if _, home := get(t, ts.URL+"/"); strings.Contains(home, "Kapotte verwerking") {
		t.Error("the overview lists a verwerking whose pages failed")
	}
	// Another change does not publish it either.
	setNaam(t, filepath.Join(vdir, "jeugdwet-toegang.toml"), "Jeugd, gewijzigd")
	if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err == nil {
		t.Fatal("a later change published the failing verwerking")
	}
	if err := os.Remove(filepath.Join(vdir, "kapot.toml")); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{"content/verwerkingen/kapot.toml"}); sum.Err != nil || sum.Full {
		t.Fatalf("after removing it: %+v", sum)
	}
	if _, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); !strings.Contains(page, "Jeugd, gewijzigd") {
		t.Error("the change made while the other verwerking failed was not rendered")
	}
	if code, _ := get(t, ts.URL+"/verwerkingen/kapot/"); code != http.StatusNotFound {
		t.Errorf("removed verwerking: status %d", code)
	}
}

// pia serve starts when the site's layouts fail: every page shows the error and reloads, and the site appears once
// the layout is fixed.
func TestServeStartsOnAFailingLayout(t *testing.T) {
	dir := copySite(t)
	rel := writeLayout(t, dir, "base.html", "</body>", "{{if}}</body>")
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatalf("serve must start on a failing layout: %v", err)
	}
	if s.Err() == nil || !strings.Contains(s.Err().Error(), "themes/default/layouts/base.html") {
		t.Fatalf("error = %v", s.Err())
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	code, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/")
	if code != http.StatusServiceUnavailable || !strings.Contains(page, "themes/default/layouts/base.html") ||
		!strings.Contains(page, "/_pia/herlaad") {
		t.Fatalf("page while the layout fails: %d\n%s", code, page)
	}
	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{rel}); sum.Err != nil {
		t.Fatalf("after the fix: %v", sum.Err)
	}
	if code, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); code != 200 || strings.Contains(page, "pia-fout") {
		t.Fatalf("page after the fix: %d", code)
	}
}

// The pages serve makes itself, for a path that is not on the site and for a page that failed to render, reload
// with the site too: the page a reader is on when a rebuild adds its page, or fixes it, comes back by itself.
func TestOwnPagesReload(t *testing.T) {
	dir := copySite(t)
	s, ts := serveSite(t, dir)
	code, page := get(t, ts.URL+"/verwerkingen/nog-niet-gemaakt/")
	if code != http.StatusNotFound || !strings.Contains(page, "/_pia/herlaad") || !strings.Contains(page, "Pagina niet gevonden") {
		t.Errorf("404: status %d\n%s", code, page)
	}
	s.mu.Lock()
	s.lazy["mislukt/index.html"] = &lazyFile{render: func() ([]byte, error) { return nil, errors.New("de layout <loopt> vast") }}
	s.mu.Unlock()
	code, page = get(t, ts.URL+"/mislukt/")
	if code != http.StatusInternalServerError || !strings.Contains(page, "/_pia/herlaad") ||
		!strings.Contains(page, "de layout &lt;loopt&gt; vast") {
		t.Errorf("render error: status %d\n%s", code, page)
	}
}

// The log line of a rebuild names the first few changed files and counts the others.
func TestLogNamesAFewChanges(t *testing.T) {
	dir := copySite(t)
	var log strings.Builder
	s, err := New(Options{Source: dir, Embedded: pia.Embedded(), Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "content", "verwerkingen"))
	if err != nil {
		t.Fatal(err)
	}
	var changed []string
	for _, e := range entries {
		changed = append(changed, "content/verwerkingen/"+e.Name())
	}
	if len(changed) < 5 {
		t.Fatalf("the example site has %d questionnaires", len(changed))
	}
	s.Rebuild(changed)
	line := log.String()
	want := fmt.Sprintf("gewijzigd: %s, %s, %s en %d andere — ", changed[0], changed[1], changed[2], len(changed)-3)
	if !strings.Contains(line, want) || strings.Contains(line, changed[3]) || strings.Count(line, "\n") != 1 {
		t.Errorf("log:\n%s\nwant %q", line, want)
	}
	log.Reset()
	s.Rebuild(changed[:2])
	if want := fmt.Sprintf("gewijzigd: %s, %s — ", changed[0], changed[1]); !strings.Contains(log.String(), want) {
		t.Errorf("log:\n%s\nwant %q", log.String(), want)
	}
}

// An uitvoer in pia.toml that pia build refuses (inside static/ or content/, or the site itself) is an error in
// pia serve too, as in pia check, so that a site that serve accepts also builds; fixing it recovers.
func TestServeRefusesWhatBuildRefuses(t *testing.T) {
	for _, uitvoer := range []string{"static/uit", "content/uit", "."} {
		t.Run(uitvoer, func(t *testing.T) {
			dir := copySite(t)
			cfg := filepath.Join(dir, "pia.toml")
			good, err := os.ReadFile(cfg)
			if err != nil {
				t.Fatal(err)
			}
			bad := regexp.MustCompile(`(?m)^uitvoer = .*$`).ReplaceAllString(string(good), "")
			if err := os.WriteFile(cfg, []byte(fmt.Sprintf("uitvoer = %q\n", uitvoer)+bad), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
			if err != nil {
				t.Fatal(err)
			}
			errs := s.Errors()
			if len(errs) != 1 || errs[0].Pos.File != "pia.toml" || errs[0].Pos.Line != 1 || !strings.Contains(errs[0].Msg, "uitvoermap") {
				t.Fatalf("errors = %v", errs)
			}
			if err := os.WriteFile(cfg, good, 0o644); err != nil {
				t.Fatal(err)
			}
			if sum := s.Rebuild([]string{"pia.toml"}); sum.Err != nil {
				t.Fatal(sum.Err)
			}
		})
	}
}

// TestRecoversFromLayoutsThatWroteTooMuch: once the layouts wrote too much for one page, the renderer refuses every
// page; when the content that made them do so changes back, the next rebuild starts afresh and succeeds.
func TestRecoversFromLayoutsThatWroteTooMuch(t *testing.T) {
	dir := copySite(t)
	writeLayout(t, dir, "document.html", "<h1>{{.Title}}</h1>",
		`<h1>{{.Title}}</h1>{{if eq .Title "PIA: Te groot"}}{{range 1000}}{{range 10000}}xxxxxxxxxx{{end}}{{end}}{{end}}`)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil || s.Err() != nil {
		t.Fatal(err, s.Err())
	}
	file := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
	setNaam(t, file, "Te groot")
	if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err == nil ||
		!strings.Contains(sum.Err.Error(), "meer dan 64 MB") {
		t.Fatalf("the layouts wrote too much, but: %+v", sum)
	}
	setNaam(t, file, "Jeugd")
	if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err != nil {
		t.Fatalf("after the change back: %+v", sum)
	}
}
