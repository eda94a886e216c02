package serve

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/build"
	"github.com/pia-nl/pia/internal/testsite"
)

// copySite copies the example site into a temp folder.
func copySite(t testing.TB) string { return testsite.CopyExample(t) }

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitGen waits until the server has done more than gen rebuilds.
func waitGen(t testing.TB, s *Server, gen int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.Generation() <= gen {
		if time.Now().After(deadline) {
			t.Fatalf("no rebuild after generation %d", gen)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// setNaam sets the top-level naam of a questionnaire: keys before the first table header are top-level.
func setNaam(t testing.TB, file, naam string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	head, tail := string(b), ""
	if i := strings.Index(head, "\n["); i >= 0 {
		head, tail = head[:i+1], head[i+1:]
	}
	re := regexp.MustCompile(`(?m)^naam = .*$`)
	if re.MatchString(head) {
		head = re.ReplaceAllString(head, fmt.Sprintf("naam = %q", naam))
	} else {
		head += fmt.Sprintf("naam = %q\n", naam)
	}
	out := head + tail
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// serveSite makes a server for the site in dir and an HTTP test server for it, closed when the test ends.
func serveSite(t *testing.T, dir string) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

func TestServeWatchRebuildReload(t *testing.T) {
	dir := copySite(t)
	s, ts := serveSite(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Watch(ctx, 50*time.Millisecond)
	time.Sleep(100 * time.Millisecond) // let the watcher add its folders

	code, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/")
	if code != 200 || !strings.Contains(page, "/_pia/herlaad") {
		t.Fatalf("page: %d, reload script present: %v", code, strings.Contains(page, "/_pia/herlaad"))
	}
	if code, home := get(t, ts.URL+"/"); code != 200 || !strings.Contains(home, "jeugdwet-toegang") {
		t.Fatalf("overview: %d", code)
	}

	// Listen for the reload event.
	events := make(chan string, 8)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+"/_pia/herlaad", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "event: ") {
				events <- strings.TrimPrefix(sc.Text(), "event: ")
			}
		}
	}()

	before := s.Renders()
	gen := s.Generation()
	setNaam(t, filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), "Jeugdhulp toegang GEWIJZIGD")
	waitGen(t, s, gen)
	select {
	case ev := <-events:
		if ev != "herbouwd" {
			t.Errorf("event %q", ev)
		}
	case <-time.After(5 * time.Second):
		t.Error("no reload event after the rebuild")
	}
	if _, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); !strings.Contains(page, "Jeugdhulp toegang GEWIJZIGD") {
		t.Error("changed page not updated")
	}
	if _, home := get(t, ts.URL+"/"); !strings.Contains(home, "Jeugdhulp toegang GEWIJZIGD") {
		t.Error("overview does not show the new name")
	}
	after := s.Renders()
	for _, p := range []string{"verwerkingen/wmo-maatwerkvoorziening/index.html", "privacy/schuldhulpverlening/index.html",
		"verwerkingen/zelfredzaamheidsmatrix/werkinstructie/index.html"} {
		if after[p] != before[p] {
			t.Errorf("unrelated page %s was rendered again (%d → %d)", p, before[p], after[p])
		}
	}
	if after["verwerkingen/jeugdwet-toegang/index.html"] != before["verwerkingen/jeugdwet-toegang/index.html"]+1 {
		t.Error("the changed verwerking's report was not rendered exactly once more")
	}

	// Broken input keeps serving the last good pages with an overlay; fixing it recovers.
	gen = s.Generation()
	bad := filepath.Join(dir, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml")
	good, _ := os.ReadFile(bad)
	if err := os.WriteFile(bad, append([]byte("kleur = \"blauw\"\n"), good...), 0o644); err != nil {
		t.Fatal(err)
	}
	waitGen(t, s, gen)
	code, page = get(t, ts.URL+"/verwerkingen/wmo-maatwerkvoorziening/")
	if code != 200 || !strings.Contains(page, "pia kan de site niet bouwen") ||
		!strings.Contains(page, "content/verwerkingen/wmo-maatwerkvoorziening.toml:1:1") ||
		!strings.Contains(page, "U ziet de laatste goede versie.") {
		t.Errorf("overlay with the error's position expected (status %d)", code)
	}
	gen = s.Generation()
	if err := os.WriteFile(bad, good, 0o644); err != nil {
		t.Fatal(err)
	}
	waitGen(t, s, gen)
	if _, page = get(t, ts.URL+"/verwerkingen/wmo-maatwerkvoorziening/"); strings.Contains(page, "pia kan de site niet bouwen") {
		t.Error("overlay must disappear once the file is fixed")
	}

	// PDFs are rendered on request.
	if code, pdf := get(t, ts.URL+"/pdf/jeugdwet-toegang-pia.pdf"); code != 200 || !strings.HasPrefix(pdf, "%PDF") {
		t.Errorf("pdf: %d", code)
	}

	// The register's files list the new name too.
	for _, p := range []string{"/register/register.csv", "/register/register-excel.csv", "/register/register.json"} {
		if code, body := get(t, ts.URL+p); code != 200 || !strings.Contains(body, "Jeugdhulp toegang GEWIJZIGD") {
			t.Errorf("%s: status %d, new name present: %v", p, code, strings.Contains(body, "Jeugdhulp toegang GEWIJZIGD"))
		}
	}

	// A questionnaire moved into a new sub-folder stays on the site, and an edit there is rebuilt on its own.
	sub := filepath.Join(dir, "content", "verwerkingen", "jeugd")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(sub, "jeugdwet-toegang.toml")
	if err := os.Rename(filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), moved); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the move is rebuilt; the folder is watched from now on
	before = s.Renders()
	setNaam(t, moved, "Jeugdhulp in een submap")
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); strings.Contains(page, "Jeugdhulp in een submap") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("an edit in a sub-folder of content/verwerkingen was not rebuilt")
		}
		time.Sleep(20 * time.Millisecond)
	}
	after = s.Renders()
	if p := "verwerkingen/wmo-maatwerkvoorziening/index.html"; after[p] != before[p] {
		t.Errorf("an edit in a sub-folder rebuilt the unrelated page %s", p)
	}

	// A renamed folder stays watched: an edit in it after the rename is rebuilt.
	renamed := filepath.Join(dir, "content", "verwerkingen", "jeugdhulp")
	if err := os.Rename(sub, renamed); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	setNaam(t, filepath.Join(renamed, "jeugdwet-toegang.toml"), "Jeugdhulp in een hernoemde map")
	for deadline := time.Now().Add(5 * time.Second); ; {
		if _, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); strings.Contains(page, "Jeugdhulp in een hernoemde map") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("an edit in a renamed folder was not rebuilt")
		}
		time.Sleep(20 * time.Millisecond)
	}

	// Nothing outside the output is served.
	for _, p := range []string{"/../pia.toml", "/%2e%2e/pia.toml", "/..%2fpia.toml", "/content/verwerkingen/jeugdwet-toegang.toml",
		"/pia.toml", "/verwerkingen/../../pia.toml", "/bestaat-niet/"} {
		if code, _ := get(t, ts.URL+p); code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, code)
		}
	}
}

func TestCleanPath(t *testing.T) {
	for in, want := range map[string]string{"/": "index.html", "/register/": "register/index.html",
		"/_pia/pia.css": "_pia/pia.css", "/a//b/": "a/b/index.html"} {
		if got, ok := cleanPath(in); !ok || got != want {
			t.Errorf("cleanPath(%q) = %q, %v", in, got, ok)
		}
	}
	for _, in := range []string{"/../x", "/a/../../x", "/a\\b", "/a\x00"} {
		if _, ok := cleanPath(in); ok {
			t.Errorf("cleanPath(%q) must refuse", in)
		}
	}
}

// A site that does not load when serve starts still gets a server: every page lists the errors with their
// position, and the site appears once the file is fixed.
func TestServeStartsOnBrokenInput(t *testing.T) {
	dir := copySite(t)
	file := filepath.Join(dir, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml")
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append([]byte("status = x\n"), good...), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatalf("serve must start on broken input: %v", err)
	}
	if errs := s.Errors(); len(errs) == 0 || errs[0].Pos.Line != 1 {
		t.Fatalf("errors = %v", errs)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	code, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/")
	if code != http.StatusServiceUnavailable || !strings.Contains(page, "content/verwerkingen/wmo-maatwerkvoorziening.toml:1:") ||
		!strings.Contains(page, "/_pia/herlaad") || !strings.Contains(page, "nog niet kunnen bouwen, dus er is nog niets te zien") ||
		strings.Contains(page, "laatste goede versie") {
		t.Fatalf("page while broken: %d\n%s", code, page)
	}
	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	s.Rebuild([]string{"content/verwerkingen/wmo-maatwerkvoorziening.toml"})
	if errs := s.Errors(); errs != nil {
		t.Fatalf("errors after the fix: %v", errs)
	}
	if code, page := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); code != 200 || strings.Contains(page, "pia-fout") {
		t.Fatalf("page after the fix: %d", code)
	}
}

// TestIgnoresEditorFiles: the names of the files editors write beside the one being saved are recognised, so that
// the watcher passes them by (relevant).
func TestIgnoresEditorFiles(t *testing.T) {
	for name, want := range map[string]bool{
		"wmo.toml~": true, ".wmo.toml.swp": true, "wmo.toml.swp": true, "4913": true, ".#wmo.toml": true,
		"#wmo.toml#": true, ".goutputstream-AB12CD": true, "wmo.toml___jb_tmp___": true, "wmo.toml.tmp": true,
		"sedX1b2c3": true,
		"wmo.toml":  false, "pia.toml": false, "privacybeleid.md": false, "logo.svg": false, "sedatie.toml": false, ".htaccess": false,
	} {
		if got := isEditorTemp(name); got != want {
			t.Errorf("isEditorTemp(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPassesByHiddenFiles: the watcher does not rebuild for files that the site passes by (load.Hidden), such as
// those macOS writes on a network share; it does for a hidden file of static/ that the build copies.
func TestPassesByHiddenFiles(t *testing.T) {
	s := &Server{opt: Options{Source: "site"}}
	for name, want := range map[string]bool{
		"content/verwerkingen/._wmo.toml": false, "content/._contact.md": false, "content/.oud/wmo.toml": false,
		"pia-templates/eigen/verwerkingen/._a.toml": false, "themes/eigen/layouts/._base.html": false,
		"static/._logo.svg": false, "static/.DS_Store": false,
		"content/verwerkingen/wmo.toml": true, "content/contact.md": true, "static/logo.svg": true,
		"static/.htaccess": true, "static/.well-known/security.txt": true,
		// Names of editors' temporary files are passed by where the loader reads files by name, not where the
		// build copies every file.
		"content/verwerkingen/wmo.toml~": false, "content/verwerkingen/4913": false, "themes/eigen/layouts/base.html.swp": false,
		"static/archief.bak": true, "static/export.tmp": true, "static/logo.svg~": true, "static/4913": true,
		"themes/eigen/assets/pia.css.bak": true,
	} {
		ev := fsnotify.Event{Name: filepath.Join("site", filepath.FromSlash(name)), Op: fsnotify.Write}
		if _, got := s.relevant(ev); got != want {
			t.Errorf("relevant(%s) = %v, want %v", name, got, want)
		}
	}
}

// A change to a file of static/ that the build copies as it is only copies it: no questionnaire is read again and
// no page rendered, so that an image on a site of thousands of verwerkingen shows at once. The logo, which the PDFs
// show, and a change while the site has errors still rebuild as before.
func TestStaticChangeOnlyCopies(t *testing.T) {
	s, log, dir := loggedServer(t)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	folder := filepath.Join(dir, "static", "folder.pdf")
	page := "verwerkingen/wmo-maatwerkvoorziening/index.html"
	for i, content := range []string{"%PDF-1.4 eerste", "%PDF-1.4 tweede", ""} {
		if content == "" {
			if err := os.Remove(folder); err != nil {
				t.Fatal(err)
			}
		} else if err := os.WriteFile(folder, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		before := s.Renders()
		sum := s.Rebuild([]string{"static/folder.pdf"})
		if sum.Err != nil || sum.Full || sum.Rendered > 1 {
			t.Errorf("step %d: full %v, %d files rendered, error %v; want only the file copied", i, sum.Full, sum.Rendered, sum.Err)
		}
		if after := s.Renders(); after[page] != before[page] || after["index.html"] != before["index.html"] {
			t.Errorf("step %d: pages were rendered again", i)
		}
		code, body := get(t, ts.URL+"/static/folder.pdf")
		if content == "" && code != http.StatusNotFound || content != "" && (code != http.StatusOK || body != content) {
			t.Errorf("step %d: /static/folder.pdf gives %d %q, want %q", i, code, body, content)
		}
	}
	if !regexp.MustCompile(`(?m)gewijzigd: static/folder.pdf — 1 bestand opnieuw gemaakt in [0-9]+,[0-9] ms$`).MatchString(log.String()) {
		t.Errorf("the log does not say that one file was made again:\n%s", log)
	}
	if code, _ := get(t, ts.URL+"/"+page); code != http.StatusOK {
		t.Errorf("the pages are still served: %d", code)
	}
	if sum := s.Rebuild([]string{"static/logo.svg"}); !sum.Full || sum.Err != nil {
		t.Errorf("the logo: full %v, error %v; want the site rendered again", sum.Full, sum.Err)
	}
	jeugd := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
	if err := os.WriteFile(jeugd, []byte("naam = \"kapot\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err == nil {
		t.Fatal("a broken questionnaire did not fail the rebuild")
	}
	if err := os.WriteFile(folder, []byte("%PDF-1.4 derde"), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{"static/folder.pdf"}); sum.Err == nil || s.Err() == nil {
		t.Error("a static file copied while a questionnaire is broken cleared the error that the pages show")
	}
}

// TestThemeAssetChangeOnlyCopies: a style sheet or script of the theme is copied as it is and no page names it anew,
// so a change to one is copied without rendering a page; a layout, or assets/pia.js coming or going (every page loads
// it), renders the site again, and so does a first file in a theme folder the site did not have.
func TestThemeAssetChangeOnlyCopies(t *testing.T) {
	s, _, dir := loggedServer(t)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	page := "verwerkingen/wmo-maatwerkvoorziening/index.html"
	assets := filepath.Join(dir, "themes", "default", "assets")
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(assets, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The site gets a folder of its own for the theme, with one file: the shipped theme gives the rest.
	if err := os.MkdirAll(assets, 0o755); err != nil {
		t.Fatal(err)
	}
	write("tokens.css", ":root { }")
	if sum := s.RebuildAll(); sum.Err != nil {
		t.Fatal(sum.Err)
	}
	remove := func(name string) {
		t.Helper()
		if err := os.Remove(filepath.Join(assets, name)); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		do       func()
		file     string
		served   string // what _pia/<file> serves after, "" for not found
		rerender bool
	}{
		{func() { write("tokens.css", ":root { --kleur: #123456; }") }, "tokens.css", ":root { --kleur: #123456; }", false},
		{func() { write("extra.css", "p { margin: 0; }") }, "extra.css", "p { margin: 0; }", false},
		{func() { remove("extra.css") }, "extra.css", "", false},
		{func() { write("pia.js", "// eigen script") }, "pia.js", "// eigen script", false},
		// The site's own pia.js gone: the shipped one takes its place, and the pages load it as before.
		{func() { remove("pia.js") }, "pia.js", "", false},
		{func() {
			b, err := fs.ReadFile(pia.Embedded(), "themes/default/layouts/base.html")
			if err != nil {
				t.Fatal(err)
			}
			layouts := filepath.Join(dir, "themes", "default", "layouts")
			if err := os.MkdirAll(layouts, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(layouts, "base.html"), append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "../layouts/base.html", "-", true},
	}
	for i, st := range steps {
		st.do()
		before := s.Renders()
		rel := path.Join("themes/default/assets", st.file)
		sum := s.Rebuild([]string{rel})
		if sum.Err != nil {
			t.Fatalf("step %d (%s): %v", i, rel, sum.Err)
		}
		rendered := s.Renders()[page] != before[page]
		if rendered != st.rerender || sum.Full != st.rerender {
			t.Errorf("step %d (%s): page rendered again %v, full %v; want %v", i, rel, rendered, sum.Full, st.rerender)
		}
		if st.served == "-" {
			continue
		}
		code, body := get(t, ts.URL+"/_pia/"+st.file)
		switch {
		case st.file == "pia.js" && st.served == "":
			if code != http.StatusOK || body == "// eigen script" {
				t.Errorf("step %d: after removing the site's pia.js, /_pia/pia.js gives %d %.40q; want the shipped script", i, code, body)
			}
		case st.served == "" && code != http.StatusNotFound, st.served != "" && (code != http.StatusOK || body != st.served):
			t.Errorf("step %d: /_pia/%s gives %d %.40q, want %q", i, st.file, code, body, st.served)
		}
	}
}

// TestAssetOfANewThemeFolderRendersAgain: the theme of a site without a folder of its own for it is read from the
// shipped one only; a first file in themes/default/ needs the theme opened again, which a full render does.
func TestAssetOfANewThemeFolderRendersAgain(t *testing.T) {
	s, _, dir := loggedServer(t)
	if err := os.RemoveAll(filepath.Join(dir, "themes")); err != nil {
		t.Fatal(err)
	}
	if sum := s.RebuildAll(); sum.Err != nil {
		t.Fatal(sum.Err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	if err := os.MkdirAll(filepath.Join(dir, "themes", "default", "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "themes", "default", "assets", "tokens.css"), []byte(":root{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{"themes/default/assets/tokens.css"}); sum.Err != nil || !sum.Full {
		t.Errorf("full %v, error %v; want the site rendered again", sum.Full, sum.Err)
	}
	if code, body := get(t, ts.URL+"/_pia/tokens.css"); code != http.StatusOK || body != ":root{}" {
		t.Errorf("/_pia/tokens.css gives %d %.40q, want the site's own", code, body)
	}
}

// TestThemeAssetEdges: what copying a theme's assets must not get wrong. A folder moved or renamed is reported by
// its own name only, and stands for its files; the logo kept among the assets is checked and shown in the PDFs as
// ever; an asset with the path of the search index does not replace or remove the index.
func TestThemeAssetEdges(t *testing.T) {
	setup := func(t *testing.T) (*Server, string, string, *httptest.Server) {
		s, _, dir := loggedServer(t)
		assets := filepath.Join(dir, "themes", "default", "assets")
		writeFile(t, filepath.Join(assets, "tokens.css"), ":root{}")
		writeFile(t, filepath.Join(assets, "img", "a.svg"), "<svg/>")
		if sum := s.RebuildAll(); sum.Err != nil {
			t.Fatal(sum.Err)
		}
		ts := httptest.NewServer(s)
		t.Cleanup(ts.Close)
		if code, _ := get(t, ts.URL+"/_pia/img/a.svg"); code != http.StatusOK {
			t.Fatalf("/_pia/img/a.svg gives %d before the change", code)
		}
		return s, dir, assets, ts
	}
	t.Run("folder moved out", func(t *testing.T) {
		s, _, assets, ts := setup(t)
		if err := os.Rename(filepath.Join(assets, "img"), filepath.Join(t.TempDir(), "img")); err != nil {
			t.Fatal(err)
		}
		if sum := s.Rebuild([]string{"themes/default/assets/img"}); sum.Err != nil {
			t.Fatal(sum.Err)
		}
		if code, _ := get(t, ts.URL+"/_pia/img/a.svg"); code != http.StatusNotFound {
			t.Errorf("/_pia/img/a.svg gives %d after its folder left the site, want 404", code)
		}
	})
	t.Run("folder renamed", func(t *testing.T) {
		s, _, assets, ts := setup(t)
		if err := os.Rename(filepath.Join(assets, "img"), filepath.Join(assets, "pics")); err != nil {
			t.Fatal(err)
		}
		if sum := s.Rebuild([]string{"themes/default/assets/img", "themes/default/assets/pics/a.svg"}); sum.Err != nil || sum.Full {
			t.Fatalf("full %v, error %v; want the files copied", sum.Full, sum.Err)
		}
		if code, _ := get(t, ts.URL+"/_pia/img/a.svg"); code != http.StatusNotFound {
			t.Errorf("the old /_pia/img/a.svg gives %d, want 404", code)
		}
		if code, body := get(t, ts.URL+"/_pia/pics/a.svg"); code != http.StatusOK || body != "<svg/>" {
			t.Errorf("the new /_pia/pics/a.svg gives %d %q", code, body)
		}
	})
	t.Run("logo among the assets", func(t *testing.T) {
		s, dir, assets, ts := setup(t)
		cfg := filepath.Join(dir, "pia.toml")
		b, err := os.ReadFile(cfg)
		if err != nil {
			t.Fatal(err)
		}
		moved := strings.Replace(string(b), `logo = "static/logo.svg"`, `logo = "themes/default/assets/logo.svg"`, 1)
		if moved == string(b) {
			t.Fatal("the example site's pia.toml has no logo = \"static/logo.svg\"")
		}
		writeFile(t, cfg, moved)
		writeFile(t, filepath.Join(assets, "logo.svg"), "<svg>oud</svg>")
		if sum := s.RebuildAll(); sum.Err != nil {
			t.Fatal(sum.Err)
		}
		writeFile(t, filepath.Join(assets, "logo.svg"), "<svg>nieuw</svg>")
		if sum := s.Rebuild([]string{"themes/default/assets/logo.svg"}); sum.Err != nil || !sum.Full {
			t.Errorf("the logo changed: full %v, error %v; want the site rendered again, PDFs too", sum.Full, sum.Err)
		}
		if _, body := get(t, ts.URL+"/themes/default/assets/logo.svg"); body != "<svg>nieuw</svg>" {
			t.Errorf("the logo the pages show is %q, want the new one", body)
		}
		if err := os.RemoveAll(filepath.Join(assets)); err != nil {
			t.Fatal(err)
		}
		if sum := s.Rebuild([]string{"themes/default/assets"}); sum.Err == nil || !strings.Contains(sum.Err.Error(), "pia.toml") {
			t.Errorf("the folder of the logo removed: error %v, want the loader's message about the logo in pia.toml", sum.Err)
		}
	})
	t.Run("named like the search index", func(t *testing.T) {
		s, _, assets, ts := setup(t)
		_, index := get(t, ts.URL+"/_pia/zoekindex.js")
		writeFile(t, filepath.Join(assets, "zoekindex.js"), "// eigen")
		if sum := s.Rebuild([]string{"themes/default/assets/zoekindex.js"}); sum.Err != nil {
			t.Fatal(sum.Err)
		}
		if code, body := get(t, ts.URL+"/_pia/zoekindex.js"); code != http.StatusOK || body != index {
			t.Errorf("after an asset zoekindex.js, /_pia/zoekindex.js gives %d %.40q; want the search index", code, body)
		}
		if err := os.Remove(filepath.Join(assets, "zoekindex.js")); err != nil {
			t.Fatal(err)
		}
		if sum := s.Rebuild([]string{"themes/default/assets/zoekindex.js"}); sum.Err != nil {
			t.Fatal(sum.Err)
		}
		if code, body := get(t, ts.URL+"/_pia/zoekindex.js"); code != http.StatusOK || body != index {
			t.Errorf("after removing it again, /_pia/zoekindex.js gives %d %.40q; want the search index", code, body)
		}
	})
}

// writeFile writes content to p, making its folder.
func writeFile(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPreviewLinksStayLocal: with basis_url set, the pages that pia build writes link to the published site; the
// pages that pia serve shows link to each other, so that following a link shows the preview, not the live site.
func TestPreviewLinksStayLocal(t *testing.T) {
	dir := copySite(t)
	cfg := filepath.Join(dir, "pia.toml")
	b, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	const live = "https://privacy.testdorp.nl/"
	if err := os.WriteFile(cfg, []byte("basis_url = \""+live+"\"\n"+string(b)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ts := serveSite(t, dir)
	for _, page := range []string{"/", "/verwerkingen/wmo-maatwerkvoorziening/", "/register/"} {
		code, body := get(t, ts.URL+page)
		if code != http.StatusOK {
			t.Fatalf("%s: %d", page, code)
		}
		if strings.Contains(body, `href="`+live) {
			t.Errorf("%s links to the live site:\n%s", page, body[strings.Index(body, `href="`+live)-200:][:400])
		}
		if !strings.Contains(body, `href="`) {
			t.Errorf("%s has no links at all", page)
		}
	}
	// The build itself keeps its absolute links.
	res, err := build.Build(build.Options{Source: dir, Output: filepath.Join(t.TempDir(), "uit"), Embedded: pia.Embedded(), HTML: true})
	if err != nil {
		t.Fatal(err)
	}
	built, err := os.ReadFile(filepath.Join(res.Output, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(built), `href="`+live) {
		t.Error("pia build with basis_url has no absolute links; the test proves nothing")
	}
}

// TestFileErrorsInDutch: a file of the site that cannot be read after a change is told as pia build tells it, in
// the site's language and with its path in the site, in the log and on the pages, not in Go's words.
func TestFileErrorsInDutch(t *testing.T) {
	s, log, dir := loggedServer(t)
	if err := os.Symlink(filepath.Join(t.TempDir(), "weg"), filepath.Join(dir, "static", "kapot.txt")); err != nil {
		t.Fatal(err)
	}
	sum := s.Rebuild([]string{"static/kapot.txt"})
	const want = "kan static/kapot.txt niet openen: het bestaat niet"
	if sum.Err == nil || !strings.Contains(sum.Err.Error(), want) || strings.Contains(sum.Err.Error(), "no such file") {
		t.Fatalf("error %v, want %q", sum.Err, want)
	}
	if !errors.Is(sum.Err, fs.ErrNotExist) {
		t.Error("the error no longer wraps its cause")
	}
	if es := s.Errors(); len(es) != 1 || !strings.Contains(es[0].Msg, want) {
		t.Errorf("the pages show %v", es)
	}
	time.Sleep(400 * time.Millisecond) // a failed rebuild is told when no next one follows at once
	if !strings.Contains(log.String(), want) {
		t.Errorf("log:\n%s", log.String())
	}
}

// TestPageTextChangeRendersThePage: the Markdown pages are in every page's menu, but a change to the text of one
// leaves the menu as it is: only that page is rendered at once (the lists follow when asked), and the site's
// findings about pages follow the text. A new title renders the site again.
func TestPageTextChangeRendersThePage(t *testing.T) {
	s, _, dir := loggedServer(t)
	file := filepath.Join(dir, "content", "contact.md")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	before := s.Renders()
	if err := os.WriteFile(file, append(b, []byte("\nEen nieuwe zin met <b>vet</b>.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := s.Rebuild([]string{"content/contact.md"})
	if sum.Err != nil || sum.Full || sum.Rendered != 1 {
		t.Fatalf("full %v, %d rendered, error %v; want the one page", sum.Full, sum.Rendered, sum.Err)
	}
	if after := s.Renders(); after["verwerkingen/wmo-maatwerkvoorziening/index.html"] != before["verwerkingen/wmo-maatwerkvoorziening/index.html"] {
		t.Error("a document was rendered again")
	}
	if page, _, _ := s.file("contact/index.html"); !strings.Contains(string(page), "Een nieuwe zin met") {
		t.Error("the page does not show the new text")
	}
	if home, _, _ := s.file("index.html"); !strings.Contains(string(home), "html-in-tekst") {
		t.Error("the home page does not list the finding about the page's HTML")
	}
	// A new title is in the menu of every page.
	retitled := strings.Replace(string(b), "titel = ", "titel = \"Contact en vragen\"\noud = ", 1)
	if !strings.Contains(retitled, "Contact en vragen") {
		t.Fatal("contact.md has no titel")
	}
	retitled = regexp.MustCompile(`(?m)^oud = .*\n`).ReplaceAllString(retitled, "")
	if err := os.WriteFile(file, []byte(retitled), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := s.Rebuild([]string{"content/contact.md"}); sum.Err != nil || !sum.Full {
		t.Fatalf("a new title: full %v, error %v", sum.Full, sum.Err)
	}
	if page, _, _ := s.file("verwerkingen/wmo-maatwerkvoorziening/index.html"); !strings.Contains(string(page), "Contact en vragen") {
		t.Error("the menu of a document does not show the new title")
	}
}

// TestFailedPageStaysToDo: a Markdown page whose rendering failed is not forgotten when the next change is to a
// questionnaire: the error stays until the page renders, as pia build would fail on it all along.
func TestFailedPageStaysToDo(t *testing.T) {
	dir := copySite(t)
	writeFile(t, filepath.Join(dir, "themes", "default", "layouts", "pagina.html"),
		`{{define "main"}}{{if eq .Summary "kapot"}}{{.Bestaatniet}}{{end}}<h1>{{.Title}}</h1>{{.Body}}{{end}}`)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil || s.Err() != nil {
		t.Fatal(err, s.Err())
	}
	page := filepath.Join(dir, "content", "contact.md")
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	broken := regexp.MustCompile(`(?m)^beschrijving = .*$`).ReplaceAllString(string(b), `beschrijving = "kapot"`) + "\nNieuwe zin.\n"
	writeFile(t, page, broken)
	if sum := s.Rebuild([]string{"content/contact.md"}); sum.Err == nil {
		t.Fatal("the page that stops its layout rendered")
	}
	setNaam(t, filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml"), "Jeugdhulp, daarna")
	if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err == nil {
		t.Error("a change to a questionnaire cleared the error of the page")
	}
	writeFile(t, page, string(b)+"\nNieuwe zin.\n")
	if sum := s.Rebuild([]string{"content/contact.md"}); sum.Err != nil {
		t.Fatalf("the repaired page: %v", sum.Err)
	}
	if got, _, _ := s.file("contact/index.html"); !strings.Contains(string(got), "Nieuwe zin.") {
		t.Error("the repaired page is not served")
	}
}
