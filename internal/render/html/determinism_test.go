package html

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	pia "github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/theme"
)

func defaultThemeFS(t testing.TB) fs.FS { return themeWith(t, nil) }

// themeWith opens the default theme with files of the site's own (a path below themes/default/ → its text).
func themeWith(t testing.TB, files map[string]string) fs.FS {
	t.Helper()
	site := fstest.MapFS{}
	for name, text := range files {
		site["themes/default/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	th, err := theme.Open(site, pia.Embedded(), "default")
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// TestDeterministic: two renderers given the same input produce the same bytes, also when pages are rendered
// concurrently, and the search index does not depend on the order of the documents.
func TestDeterministic(t *testing.T) {
	render := func() [][]byte {
		r := defaultTheme(t)
		docs := sampleDocs()
		out := make([][]byte, len(docs)+1)
		var wg sync.WaitGroup
		for i, d := range docs {
			wg.Go(func() {
				b, err := r.Page(d)
				if err != nil {
					t.Error(err)
				}
				out[i] = b
			})
		}
		wg.Wait()
		out[len(docs)], _ = r.SearchPage()
		return out
	}
	a, b := render(), render()
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Errorf("page %d differs between two renders", i)
		}
	}
	docs := sampleDocs()
	x, _ := SearchIndex(docs)
	rand.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	y, _ := SearchIndex(docs)
	if !bytes.Equal(x, y) {
		t.Error("search index depends on document order")
	}
}

// TestThemeOverride: a site's layout for one kind and its own tokens.css replace the shipped ones.
func TestThemeOverride(t *testing.T) {
	site := fstest.MapFS{
		"themes/default/layouts/register.html": {Data: []byte(`{{define "main"}}<h1>Eigen register: {{.Title}}</h1>{{.Body}}{{end}}`)},
		"themes/default/assets/tokens.css":     {Data: []byte(":root { --pia-color-primary: #00669e; }")},
	}
	th, err := theme.Open(site, pia.Embedded(), "default")
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(th, sampleSite)
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := r.Page(&document.Document{Kind: document.KindRegister, Title: "Register"})
	if !bytes.Contains(reg, []byte("<h1>Eigen register: Register</h1>")) || !bytes.Contains(reg, []byte(`class="site-kop"`)) {
		t.Errorf("site layout not used inside the shipped base:\n%s", reg)
	}
	other, _ := r.Page(&document.Document{Kind: document.KindOverzicht, Title: "Start"})
	if bytes.Contains(other, []byte("Eigen register")) {
		t.Error("site layout for register used for another kind")
	}
	assets, err := r.Assets()
	if err != nil {
		t.Fatal(err)
	}
	if string(assets["_pia/tokens.css"]) != ":root { --pia-color-primary: #00669e; }" || len(assets["_pia/pia.css"]) == 0 {
		t.Errorf("assets: tokens %q, pia.css %d bytes", assets["_pia/tokens.css"], len(assets["_pia/pia.css"]))
	}
	for _, p := range []string{"_pia/zoeken.js", "_pia/pia.js"} {
		if _, ok := assets[p]; !ok {
			t.Errorf("asset %s missing", p)
		}
	}
}

func TestBrokenTheme(t *testing.T) {
	if _, err := New(fstest.MapFS{}, sampleSite); err == nil || !bytes.Contains([]byte(err.Error()), []byte("layouts/base.html")) {
		t.Errorf("theme without layouts: %v", err)
	}
	bad := fstest.MapFS{}
	for _, f := range []string{"layouts/base.html", "layouts/document.html", "layouts/zoeken.html"} {
		bad[f] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{end}}`)}
	}
	bad["layouts/base.html"] = &fstest.MapFile{Data: []byte(`{{define "base"}}{{template "main" .}}{{end}}`)}
	bad["layouts/pia.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{.Oops}`)}
	if _, err := New(bad, sampleSite); err == nil || !bytes.Contains([]byte(err.Error()), []byte("layouts/pia.html")) {
		t.Errorf("broken layout: %v", err)
	}
}

// TestBodyWhereverTheLayoutPutsIt: the body is spliced into the page however a site's layout shows it: twice, in
// an attribute (escaped), or not at all; and text that looks like the stand-in for the body stays text.
func TestBodyWhereverTheLayoutPutsIt(t *testing.T) {
	doc := &document.Document{Kind: document.KindRegister, Title: "Register", Body: []document.Block{
		document.Text{Inline: document.Plain("Tekst met <!--pia-body--> & meer.")}}}
	for _, c := range []struct {
		name, layout string
		want         []string
	}{
		{"twice", `{{define "main"}}<div>{{.Body}}</div><aside>{{.Body}}</aside>{{end}}`,
			[]string{"<div><p>Tekst met &lt;!--pia-body--&gt; &amp; meer.</p>\n</div><aside><p>Tekst met &lt;!--pia-body--&gt; &amp; meer.</p>\n</aside>"}},
		{"attribute", `{{define "main"}}<div data-x="{{.Body}}">{{.Title}}</div>{{end}}`,
			// html/template drops the tags of HTML in an attribute and escapes the rest
			[]string{"<div data-x=\"Tekst met &lt;!--pia-body--&gt; &amp; meer.\n\">Register</div>"}},
		{"absent", `{{define "main"}}<p>{{.Title}}</p>{{end}}`, []string{"<p>Register</p>"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			th, err := theme.Open(fstest.MapFS{"themes/default/layouts/register.html": {Data: []byte(c.layout)}},
				pia.Embedded(), "default")
			if err != nil {
				t.Fatal(err)
			}
			r, err := New(th, sampleSite)
			if err != nil {
				t.Fatal(err)
			}
			page, err := r.Page(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !bytes.Contains(page, []byte(w)) {
					t.Errorf("page lacks %q:\n%s", w, page)
				}
			}
			if bytes.Contains(page, []byte(bodyMark)) {
				t.Error("the stand-in for the body is left in the page")
			}
			// AppendPage appends to what is there, and in a reused buffer only its own bytes count.
			got, err := r.AppendPage([]byte("vorige"), doc)
			if err != nil || !bytes.Equal(got, append([]byte("vorige"), page...)) {
				t.Errorf("AppendPage after a prefix: %v\n%s", err, got)
			}
			used := bytes.Repeat([]byte("x"), 2*len(page))
			got, err = r.AppendPage(used[:0], doc)
			if err != nil || !bytes.Equal(got, page) {
				t.Errorf("AppendPage in a used buffer: %v\n%s", err, got)
			}
		})
	}
}

// TestAssetOnly: a change to a file of assets/ leaves the pages as they are, except assets/pia.js coming to a theme
// that had none, or leaving one that had it: every page loads that script when the theme has it.
func TestAssetOnly(t *testing.T) {
	// A theme of the site's own, with no counterpart in the shipped themes: its pia.js can come and go.
	base, err := fs.ReadFile(pia.Embedded(), "themes/default/layouts/base.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := fs.ReadFile(pia.Embedded(), "themes/default/layouts/document.html")
	if err != nil {
		t.Fatal(err)
	}
	site := fstest.MapFS{
		"themes/eigen/layouts/base.html":     {Data: base},
		"themes/eigen/layouts/document.html": {Data: doc},
		"themes/eigen/layouts/zoeken.html":   {Data: []byte(`{{define "main"}}zoeken{{end}}`)},
		"themes/eigen/assets/eigen.css":      {Data: []byte("p{}")},
	}
	th, err := theme.Open(site, pia.Embedded(), "eigen")
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(th, sampleSite)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, out string
		ok        bool
	}{
		{"assets/eigen.css", "_pia/eigen.css", true},
		{"assets/nieuw/logo.svg", "_pia/nieuw/logo.svg", true},
		{"assets/pia.js", "_pia/pia.js", true}, // not there before, nor now
		{"layouts/base.html", "", false},
		{"fonts/DejaVuSans.ttf", "", false},
		{"theme.toml", "", false},
		{"assets/zoekindex.js", "", false}, // the search index takes that path
		{"assets/zoekindex.json", "", false},
	}
	for _, c := range cases {
		if out, ok := r.AssetOnly(c.name); out != c.out || ok != c.ok {
			t.Errorf("AssetOnly(%q) = %q, %v; want %q, %v", c.name, out, ok, c.out, c.ok)
		}
	}
	site["themes/eigen/assets/pia.js"] = &fstest.MapFile{Data: []byte("//")}
	if out, ok := r.AssetOnly("assets/pia.js"); ok {
		t.Errorf("pia.js added to a theme without it: AssetOnly = %q, true; want the pages rendered again", out)
	}
	with, err := New(th, sampleSite)
	if err != nil {
		t.Fatal(err)
	}
	if out, ok := with.AssetOnly("assets/pia.js"); !ok || out != "_pia/pia.js" {
		t.Errorf("pia.js changed in a theme that has it: AssetOnly = %q, %v; want _pia/pia.js, true", out, ok)
	}
	delete(site, "themes/eigen/assets/pia.js")
	if _, ok := with.AssetOnly("assets/pia.js"); ok {
		t.Error("pia.js removed from a theme that had it: the pages that load it must be rendered again")
	}
}

// TestLayoutWithoutItsDefine: a base.html without {{define "base"}} (an empty file, say) or a layout without
// {{define "main"}} is reported with the file and the define it lacks, not with Go's "no such template" on every
// page; a folder where a layout should be is called a folder.
func TestLayoutWithoutItsDefine(t *testing.T) {
	for _, c := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"layouts/base.html": ""},
			`themes/default/layouts/base.html definieert geen {{define "base"}}`},
		{map[string]string{"layouts/document.html": `<p>geen define</p>`},
			`themes/default/layouts/document.html definieert geen {{define "main"}}`},
		{map[string]string{"layouts/register.html": `{{define "hoofd"}}x{{end}}`},
			`themes/default/layouts/register.html definieert geen {{define "main"}}`},
		{map[string]string{"layouts/partials/footer.html/x": "x"},
			"themes/default/layouts/partials/footer.html is een map"},
	} {
		_, err := New(themeWith(t, c.files), sampleSite)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v, want %q", c.files, err, c.want)
		}
	}
}
