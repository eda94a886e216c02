package build

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/render/html"
	"github.com/pia-nl/pia/internal/rules"
	"github.com/pia-nl/pia/internal/testsite"
)

var update = flag.Bool("update", false, "rewrite golden files")

// copyExample copies the example site into a temp folder so builds do not touch the repository.
func copyExample(t testing.TB) string { return testsite.CopyExample(t) }

func build(t testing.TB, src, out string, pdf bool) *Result {
	t.Helper()
	res, err := Build(Options{Source: src, Output: out, HTML: true, PDF: pdf, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// readTree reads every file below dir into a map keyed by slash path.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestBuildOutputsEveryPath(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	res := build(t, src, out, true)
	files := readTree(t, out)
	want := []string{"index.html", "privacy/index.html", "register/index.html", "register/register.csv",
		"register/register.json", "zoeken/index.html", "privacybeleid/index.html", "contact/index.html",
		"static/logo.svg"}
	for _, id := range []string{"wmo-maatwerkvoorziening", "jeugdwet-toegang", "participatiewet-levensonderhoud",
		"schuldhulpverlening", "wijkteam-integrale-intake", "zelfredzaamheidsmatrix"} {
		want = append(want, "verwerkingen/"+id+"/index.html", "verwerkingen/"+id+"/werkinstructie/index.html",
			"privacy/"+id+"/index.html", "pdf/"+id+"-pia.pdf", "pdf/"+id+"-werkinstructie.pdf",
			"pdf/"+id+"-privacyverklaring.pdf")
	}
	for _, w := range want {
		if _, ok := files[w]; !ok {
			t.Errorf("missing output %s", w)
		}
	}
	if res.PDFs != 18 || res.Verwerkingen != 6 {
		t.Errorf("result %+v", res)
	}
	for name, b := range files {
		if strings.HasSuffix(name, ".pdf") && !bytes.HasPrefix(b, []byte("%PDF")) {
			t.Errorf("%s is not a PDF", name)
		}
		if strings.HasSuffix(name, ".html") {
			// Nothing may load from another host (content links to other sites are fine), and the serve-only
			// reload script must not be in built pages.
			for _, bad := range []string{`src="http`, `src="//`, `href="http://`, "//cdn", "/_pia/herlaad"} {
				if bytes.Contains(b, []byte(bad)) {
					t.Errorf("%s contains %q", name, bad)
				}
			}
		}
	}
	records, err := csv.NewReader(bytes.NewReader(files["register/register.csv"])).ReadAll()
	if err != nil || len(records) != 7 || records[1][1] != "Jeugdwet: toegang tot jeugdhulp" {
		t.Fatalf("register.csv must have a header and 6 rows: %v, %d records", err, len(records))
	}
	// Art. 30(1)(a): every row names the controller and the FG with their contact details, as the page does.
	last := len(records[0]) - 1
	if records[0][last-1] != "Verwerkingsverantwoordelijke" || records[0][last] != "Functionaris gegevensbescherming" {
		t.Errorf("register.csv must end with the controller and the FG, header ends with %q", records[0][last-1:])
	}
	for _, r := range records[1:] {
		if !strings.HasPrefix(r[last-1], "Het college van burgemeester en wethouders van Voorbeeldstad (Gemeente "+
			"Voorbeeldstad), Raadhuisplein 1") ||
			r[last] != "mr. R. de Boer, fg@voorbeeldstad.nl, 14 0999" {
			t.Errorf("register.csv row %s: controller %q, FG %q", r[0], r[last-1], r[last])
		}
	}
}

func TestBuildIsReproducible(t *testing.T) {
	src := copyExample(t)
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	build(t, src, a, true)
	build(t, src, b, true)
	fa, fb := readTree(t, a), readTree(t, b)
	if len(fa) != len(fb) {
		t.Fatalf("different file counts: %d and %d", len(fa), len(fb))
	}
	for name, x := range fa {
		if !bytes.Equal(x, fb[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	before := readTree(t, out)
	bad := filepath.Join(src, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml")
	if err := os.WriteFile(bad, []byte("naam = \"kapot\nstatus = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Build(Options{Source: src, Output: out, HTML: true, Embedded: pia.Embedded()})
	if load.AsErrors(err) == nil {
		t.Fatalf("want load errors, got %v", err)
	}
	checkUntouched(t, out, before)
}

// checkUntouched fails unless the output folder out holds exactly the files before, and its parent folder nothing
// else: a build that did not finish leaves the previous output and no temporary folder.
func checkUntouched(t *testing.T, out string, before map[string][]byte) {
	t.Helper()
	after := readTree(t, out)
	if len(after) != len(before) {
		t.Fatalf("output changed: %d → %d files", len(before), len(after))
	}
	for name, b := range before {
		if !bytes.Equal(b, after[name]) {
			t.Errorf("%s changed by a build that did not finish", name)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("a build that did not finish must leave no temporary folders: %v", entries)
	}
}

func TestRefusesToReplaceAForeignFolder(t *testing.T) {
	src := copyExample(t)
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "belangrijk.docx"), []byte("werk"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Build(Options{Source: src, Output: out, HTML: true, Embedded: pia.Embedded()})
	if err == nil || !strings.Contains(err.Error(), "niet door pia gemaakt") {
		t.Fatalf("want a refusal, got %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "belangrijk.docx")); string(b) != "werk" {
		t.Error("the user's file was touched")
	}
}

// TestRefusesOutputInTheSite: the output folder may not be the site, hold it, or lie in a folder the site is read
// from; under static/ a build would copy its own output into the next one, a level deeper each time.
func TestRefusesOutputInTheSite(t *testing.T) {
	src := copyExample(t)
	if err := os.MkdirAll(filepath.Join(src, "static"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "site")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ out, want string }{
		{src, "is de map van de site zelf"},
		{filepath.Dir(src), "is de map van de site zelf, of bevat die"},
		{link, "is de map van de site zelf"},
		{filepath.Join(src, "content"), "ligt in content/ van de site"},
		{filepath.Join(src, "static", "site"), "ligt in static/ van de site"},
		{filepath.Join(link, "pia-templates", "uit"), "ligt in pia-templates/ van de site"},
		{filepath.Join(src, "themes", "a", "b"), "ligt in themes/ van de site"},
	} {
		_, err := Build(Options{Source: src, Output: c.out, HTML: true, Embedded: pia.Embedded()})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("--uitvoer %s: want %q, got %v", c.out, c.want, err)
		}
	}
	for _, d := range []string{filepath.Join(src, "static", "site"), filepath.Join(src, "pia-templates", "uit")} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("%s was made by a refused build", d)
		}
	}
	// A folder in the site beside those it reads is fine, and so is a name that only starts like one.
	for _, out := range []string{filepath.Join(src, "output"), filepath.Join(src, "content-uit")} {
		if _, err := Build(Options{Source: src, Output: out, HTML: true, Embedded: pia.Embedded()}); err != nil {
			t.Errorf("--uitvoer %s: %v", out, err)
		}
	}
}

func TestHostileInput(t *testing.T) {
	src := copyExample(t)
	hostile := `sjabloon = "vng-sociaal-domein/wmo-maatwerkvoorziening"
naam = "<script>alert('naam')</script> Wmo"
samenvatting = "Zie [hier](javascript:alert(1)) en <img src=x onerror=alert(2)> of <script>alert(3)</script>."
beschrijving = """
<iframe src="https://kwaad.example"></iframe>

[klik](JAVASCRIPT:alert(4))
"""

[[gegevens]]
id = "naw"
omschrijving = "<b onmouseover=alert(5)>naam</b>"
`
	if err := os.WriteFile(filepath.Join(src, "content", "verwerkingen", "aanval.toml"), []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	files := readTree(t, out)
	for name, b := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		s := strings.ToLower(string(b))
		// Escaped text such as "&lt;b onmouseover=…&gt;" is harmless (the findings of the report quote the tags
		// they found that way); live tags and attributes are not.
		for _, bad := range []string{"<script>alert", "javascript:", "<img src=x", "<b onmouseover", "<iframe", `src="https://kwaad.example"`} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains %q", name, bad)
			}
		}
	}
	if _, ok := files["verwerkingen/aanval/index.html"]; !ok {
		t.Error("the hostile verwerking was not built at all")
	}
	// The report tells that the tags were left out, quoting them as text.
	if report := string(files["verwerkingen/aanval/index.html"]); !strings.Contains(report, "bevat opmaakcode (HTML): &lt;iframe src=&#34;https://kwaad.example&#34;&gt;.") {
		t.Error("the report does not name the iframe that was left out of the description")
	}

	// An id that tries to leave the output folder is a load error, and nothing is written.
	if err := os.WriteFile(filepath.Join(src, "content", "verwerkingen", "pad.toml"), []byte("id = \"../../buiten\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out2 := filepath.Join(t.TempDir(), "output")
	_, err := Build(Options{Source: src, Output: out2, HTML: true, Embedded: pia.Embedded()})
	if errs := load.AsErrors(err); errs == nil || !strings.Contains(errs.Error(), "mag geen / of .. bevatten") {
		t.Fatalf("want the id refused, got %v", err)
	}
	if _, err := os.Stat(out2); !os.IsNotExist(err) {
		t.Error("nothing may be written after a load error")
	}
}

func TestSafePath(t *testing.T) {
	for _, ok := range []string{"index.html", "verwerkingen/x/index.html", "pdf/x-pia.pdf"} {
		if !safePath(ok) {
			t.Errorf("%s must be allowed", ok)
		}
	}
	for _, bad := range []string{"", "/etc/passwd", "../x", "a/../../x", "a//b", "a/./b", "a\\b", "a/"} {
		if safePath(bad) {
			t.Errorf("%q must be refused", bad)
		}
	}
}

// TestGoldenPages compares one page of each type of the example site with testdata/golden (update with -update).
func TestGoldenPages(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	pages := map[string]string{
		"overzicht.html":         "index.html",
		"pia.html":               "verwerkingen/wmo-maatwerkvoorziening/index.html",
		"werkinstructie.html":    "verwerkingen/zelfredzaamheidsmatrix/werkinstructie/index.html",
		"privacyverklaring.html": "privacy/jeugdwet-toegang/index.html",
		"privacy-overzicht.html": "privacy/index.html",
		"register.html":          "register/index.html",
		"pagina.html":            "privacybeleid/index.html",
		"register.json":          "register/register.json",
	}
	for golden, path := range pages {
		got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		gp := filepath.Join("testdata", "golden", golden)
		if *update {
			_ = os.MkdirAll(filepath.Dir(gp), 0o755)
			if err := os.WriteFile(gp, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(gp)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/build -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; run go test ./internal/build -update and review the diff", path, gp)
		}
	}
}

// TestQueueWritesEveryFile: the writers create every file with its bytes, in folders they make themselves.
func TestQueueWritesEveryFile(t *testing.T) {
	dir := t.TempDir()
	q := newQueue(&tree{root: dir}, 3, 2, nil)
	want := map[string][]byte{}
	for i := range 200 {
		name := fmt.Sprintf("v/%03d/werkinstructie/index.html", i)
		want[name] = []byte(strings.Repeat(fmt.Sprint(i), i+1))
		if err := q.put(name, want[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.close(); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dir)
	if len(got) != len(want) {
		t.Fatalf("%d files written, want %d", len(got), len(want))
	}
	for name, b := range want {
		if !bytes.Equal(got[name], b) {
			t.Errorf("%s: wrong bytes", name)
		}
	}
}

// TestQueueReportsWriteErrors: a file that cannot be written fails the build, and later files are refused.
func TestQueueReportsWriteErrors(t *testing.T) {
	q := newQueue(&tree{root: t.TempDir()}, 2, 1, nil)
	// "a" as a file and as a folder: whichever comes second cannot be written.
	if err := q.put("a", []byte("x")); err != nil {
		t.Fatal(err)
	}
	_ = q.put("a/index.html", []byte("y"))
	var refused error
	for i := 0; i < 1000 && refused == nil; i++ {
		refused = q.put(fmt.Sprintf("b/%d.html", i), []byte("z"))
		time.Sleep(time.Millisecond)
	}
	if refused == nil {
		t.Error("put goes on accepting files after a write failed")
	}
	if err := q.close(); err == nil {
		t.Fatal("close: no error for a file that could not be written")
	}
	q = newQueue(&tree{root: t.TempDir()}, 1, 1, nil)
	if err := q.put("../buiten.html", nil); err == nil {
		t.Error("a path outside the output folder is accepted")
	}
	if err := q.close(); err != nil {
		t.Error(err)
	}
}

// TestRenderReportsRegisterWriteError: the register's files are written while the pages render; a failure to
// write one fails the render, and nothing is written after Render returns.
func TestRenderReportsRegisterWriteError(t *testing.T) {
	src := copyExample(t)
	site, err := load.Load(src, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPipeline(site, Options{Source: src, HTML: true, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	var returned atomic.Bool
	var late atomic.Int32
	written := map[string]bool{}
	var mu sync.Mutex
	sink := func(name string, _ []byte) error {
		if returned.Load() {
			late.Add(1)
		}
		mu.Lock()
		written[name] = true
		mu.Unlock()
		if name == "register/register.json" {
			return errors.New("schijf vol")
		}
		return nil
	}
	err = p.Render(rules.Evaluate(site), sink)
	returned.Store(true)
	if err == nil || !strings.Contains(err.Error(), "schijf vol") {
		t.Errorf("Render: %v, want the register's write error", err)
	}
	if !written["register/register.csv"] || !written["register/index.html"] {
		t.Errorf("written: %v", written)
	}
	time.Sleep(50 * time.Millisecond)
	if late.Load() > 0 {
		t.Errorf("%d files written after Render returned", late.Load())
	}
}

// TestBuildLeavesTheModelAlone: rendering every document of a site, as HTML and PDF, changes nothing in the loaded
// model. Verwerkingen share the values they take from their template (see model.Verwerking), so a change to one
// would show in the others.
func TestBuildLeavesTheModelAlone(t *testing.T) {
	dir := copyExample(t)
	site, err := load.Load(dir, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := load.Load(dir, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPipeline(site, Options{Source: dir, HTML: true, PDF: true, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	var files atomic.Int64 // the sink is called from several goroutines
	if err := p.Render(rules.Evaluate(site), func(string, []byte) error { files.Add(1); return nil }); err != nil {
		t.Fatal(err)
	}
	if files.Load() == 0 {
		t.Fatal("nothing rendered")
	}
	shared := 0
	for i, v := range site.Verwerkingen {
		if !reflect.DeepEqual(v, fresh.Verwerkingen[i]) {
			t.Errorf("%s changed while it was rendered", v.ID)
		}
		if v.Base != nil && len(v.Betrokkenen) > 0 && len(v.Base.Betrokkenen) > 0 &&
			&v.Betrokkenen[0] == &v.Base.Betrokkenen[0] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("no verwerking shares a list with its template: the test no longer covers the sharing it guards")
	}
}

// TestLogoOutsideStatic: a logo elsewhere in the site than static/ is copied to the output at its own path, so that
// the pages do not show a broken image.
func TestLogoOutsideStatic(t *testing.T) {
	src := copyExample(t)
	cfg := filepath.Join(src, "pia.toml")
	b, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Replace(b, []byte(`logo = "static/logo.svg"`), []byte(`logo = "huisstijl/beeldmerk.svg"`), 1)
	if err := os.WriteFile(cfg, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(src, "huisstijl"), 0o755); err != nil {
		t.Fatal(err)
	}
	logo := []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`)
	if err := os.WriteFile(filepath.Join(src, "huisstijl", "beeldmerk.svg"), logo, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	files := readTree(t, out)
	if !bytes.Equal(files["huisstijl/beeldmerk.svg"], logo) {
		t.Error("the logo is not in the output at its own path")
	}
	if page := string(files["privacy/index.html"]); !strings.Contains(page, `src="../huisstijl/beeldmerk.svg"`) {
		t.Errorf("the page does not show the logo from its own path:\n%.2000s", page)
	}
}

// TestHTMLOnlyLinksNoPDF: a build without PDFs does not link to PDF files, which would not be there.
func TestHTMLOnlyLinksNoPDF(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	pages := 0
	for name, b := range readTree(t, out) {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		if strings.Contains(string(b), `.pdf"`) {
			t.Errorf("%s links to a PDF file, but no PDFs were made", name)
		}
	}
	if pages < 20 {
		t.Fatalf("%d pages", pages)
	}
	// With PDFs, the documents do link to them.
	out = filepath.Join(t.TempDir(), "output")
	build(t, src, out, true)
	if b, _ := os.ReadFile(filepath.Join(out, "verwerkingen", "wmo-maatwerkvoorziening", "index.html")); !strings.Contains(string(b), `../../pdf/wmo-maatwerkvoorziening-pia.pdf"`) {
		t.Error("with PDFs, the PIA report does not link to its PDF")
	}
}

// TestSearchFindsTheWholeDocument: on a site of tens of documents the search index holds the whole text of each
// work instruction, so that a word of a late section (its part on data breaches) finds every one.
func TestSearchFindsTheWholeDocument(t *testing.T) {
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, false)
	b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(html.SearchIndexPath)))
	if err != nil {
		t.Fatal(err)
	}
	var entries []struct{ Pad, Tekst string }
	if err := json.Unmarshal(b, &entries); err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Pad, "/werkinstructie/index.html") {
			if !strings.Contains(e.Tekst, "datalek") {
				t.Errorf("%s: the index has no \"datalek\" (%d characters of text)", e.Pad, len(e.Tekst))
			}
			found++
		}
	}
	if found != 6 {
		t.Errorf("%d work instructions in the index, want 6", found)
	}
}
