package html

import (
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/theme"
)

// sharedTestDocs are pages at several depths and in several menu sections, two of each kind where the partials of
// a theme could tell them apart.
func sharedTestDocs() []*document.Document {
	docs := sampleDocs()
	for _, d := range sampleDocs() {
		d.ID += "-twee"
		d.Title += " (twee)"
		docs = append(docs, d)
	}
	return docs
}

// unshared returns r with every layout run in full on every page, as before partials were shared.
func unshared(r *Renderer) *Renderer {
	return withLayouts(r, func(ls *layoutSet) *layoutSet { return &layoutSet{full: ls.full} })
}

// withLayouts returns r with each of its layout sets replaced by what off makes of it.
func withLayouts(r *Renderer, off func(*layoutSet) *layoutSet) *Renderer {
	c := &Renderer{site: r.site, lang: r.lang, theme: r.theme, scripts: r.scripts}
	c.doc, c.search = off(r.doc), off(r.search)
	c.kinds = map[document.Kind]*layoutSet{}
	for k, ls := range r.kinds {
		c.kinds[k] = off(ls)
	}
	return c
}

// TestSharedPartials: sharing the output of partials changes no page, whatever a site's theme does in them; a
// partial that reads anything of the page beyond the site, the menu and addresses is run for every page.
func TestSharedPartials(t *testing.T) {
	for _, c := range []struct {
		name   string
		files  map[string]string // theme files of the site
		shared []string          // the partials of layouts/document.html that are shared
	}{
		{"default theme", nil, []string{"footer", "header", "nav", "skiplink"}},
		{"header shows the title", map[string]string{"layouts/partials/header.html": `{{define "header"}}<header>{{.Title}} · <a href="{{.URL "index.html"}}">start</a></header>{{end}}`},
			[]string{"footer", "nav", "skiplink"}},
		{"title through $ inside with", map[string]string{"layouts/partials/header.html": `{{define "header"}}{{with .Site}}<header>{{.Title}} {{$.Path}}</header>{{end}}{{end}}`},
			[]string{"footer", "nav", "skiplink"}},
		{"page handed to a function", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}<p>{{printf "%v" .}}</p>{{end}}`},
			[]string{"footer", "header", "nav"}},
		{"page kept in a variable", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}{{$p := .}}<p>{{$p.Title}}</p>{{end}}`},
			[]string{"footer", "header", "nav"}},
		{"address of a field", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}<a href="{{.URL .Path}}">hier</a>{{end}}`},
			[]string{"footer", "header", "nav"}},
		{"address of a piped path", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}<a href="{{"index.html" | .URL}}">start</a>{{end}}`},
			[]string{"footer", "header", "nav"}},
		{"asset and logo", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}<link rel="icon" href="{{.Asset "_pia/icoon.svg"}}">{{with .LogoURL}}<img src="{{.}}" alt="">{{end}}{{end}}`},
			[]string{"footer", "header", "nav", "skiplink"}},
		{"partial calling a partial", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}{{template "kruimel" .}}{{end}}{{define "kruimel"}}<p>{{.Kind}}: {{.Title}}</p>{{end}}`},
			[]string{"footer", "header", "nav"}},
		{"partial given less than the page", map[string]string{"layouts/partials/skiplink.html": `{{define "skiplink"}}{{template "org" .Site.Organisatie}}{{end}}{{define "org"}}<p>{{.Naam}}</p>{{end}}`},
			[]string{"footer", "header", "nav", "skiplink"}},
		{"partial also called with other data", map[string]string{"layouts/document.html": `{{define "main"}}{{template "nav" .Site}}{{.Body}}{{end}}`,
			"layouts/partials/nav.html": `{{define "nav"}}<nav>{{.Title}}</nav>{{end}}`},
			[]string{"footer", "header", "skiplink"}},
		{"partial in an attribute", map[string]string{"layouts/base.html": strings.Replace(baseLayout(t), `{{template "skiplink" .}}`, `<div title="{{template "skiplink" .}}"></div>`, 1),
			"layouts/partials/skiplink.html": `{{define "skiplink"}}{{t "html.skiplink"}} &amp; {{.Site.Title}}{{end}}`},
			[]string{"footer", "header", "nav", "skiplink"}},
		{"partial in a script", map[string]string{"layouts/base.html": strings.Replace(baseLayout(t), `{{template "skiplink" .}}`, `<script>var s = "{{template "skiplink" .}}";</script>`, 1)},
			[]string{"footer", "header", "nav", "skiplink"}},
		{"partial that ends inside a tag", map[string]string{"layouts/base.html": strings.Replace(baseLayout(t), `{{template "skiplink" .}}`, `{{template "skiplink" .}}">start</a>`, 1),
			"layouts/partials/skiplink.html": `{{define "skiplink"}}<a href="{{.URL "index.html"}}{{end}}`},
			[]string{"footer", "header", "nav", "skiplink"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			th := themeWith(t, c.files)
			r, err := New(th, sampleSite)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.doc.parts, c.shared) {
				t.Errorf("shared partials %v, want %v", r.doc.parts, c.shared)
			}
			full := unshared(r)
			for _, d := range sharedTestDocs() {
				for range 2 { // the second time from what the first left
					samePage(t, r, full, d)
				}
			}
		})
	}
}

// samePage renders d with r and with full, which runs the whole layouts as templates, and fails when the pages
// differ or r's keeps a mark.
func samePage(t *testing.T, r, full *Renderer, d *document.Document) {
	t.Helper()
	got, err := r.Page(d)
	if err != nil {
		t.Fatal(err)
	}
	want, err := full.Page(d)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s %s differs from the page of the full layouts:\n%s\n---- want\n%s", d.Kind, d.ID, got, want)
	}
	if bytes.Contains(got, markPrefixBytes) {
		t.Fatalf("%s %s keeps a mark:\n%s", d.Kind, d.ID, got)
	}
}

// TestSharedPartialsSeeTheirPage: a shared partial shows each page its own addresses and menu state.
func TestSharedPartialsSeeTheirPage(t *testing.T) {
	r := defaultTheme(t)
	home, err := r.Page(&document.Document{Kind: document.KindOverzicht, Title: "Start"})
	if err != nil {
		t.Fatal(err)
	}
	pia, err := r.Page(samplePIA())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		page []byte
		want string
	}{
		{home, `<a class="site-kop__merk" href="index.html">`},
		{home, `<li><a href="index.html" aria-current="page">Overzicht</a></li>`},
		{pia, `<a class="site-kop__merk" href="../../index.html">`},
		{pia, `<li><a href="../../index.html">Overzicht</a></li>`},
	} {
		if !bytes.Contains(c.page, []byte(c.want)) {
			t.Errorf("page lacks %q", c.want)
		}
	}
	if n := len(r.doc.cache); n != 2 {
		t.Errorf("%d outputs kept for two kinds of place, want 2", n)
	}
}

// FuzzSharedPartials: whatever a site's header does, sharing it changes no page.
func FuzzSharedPartials(f *testing.F) {
	for _, s := range []string{
		`<header>{{.Site.Title}}</header>`,
		`<header>{{.Title}}</header>`,
		`<a href="{{.URL "index.html"}}">{{with .Nav}}{{range .}}{{.Title}}{{end}}{{end}}</a>`,
		`{{range $i, $n := .Nav}}{{$i}}{{$.Path}}{{end}}`,
		`{{if .Search}}{{.Lang}}{{else}}{{.Kind}}{{end}}`,
		`<a href="{{.URL "index.html"}}`,
		`{{template "skiplink" .}}{{.Asset "x.css"}}`,
		`{{block "x" .}}{{.Subtitle}}{{end}}`,
		`<script>var t = {{.Site.Title}};</script>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		files := fstest.MapFS{"themes/default/layouts/partials/header.html": {Data: []byte(`{{define "header"}}` + header + `{{end}}`)}}
		th, err := theme.Open(files, pia.Embedded(), "default")
		if err != nil {
			t.Skip()
		}
		r, err := New(th, sampleSite)
		if err != nil {
			t.Skip()
		}
		full := unshared(r)
		for _, d := range sharedTestDocs() {
			got, gotErr := r.Page(d)
			want, wantErr := full.Page(d)
			if (gotErr == nil) != (wantErr == nil) || !bytes.Equal(got, want) {
				t.Fatalf("%s %s with header %q: shared %v, full %v\n%s\n---- want\n%s", d.Kind, d.ID, header, gotErr, wantErr, got, want)
			}
		}
	})
}

func baseLayout(t *testing.T) string {
	b, err := fs.ReadFile(pia.Embedded(), "themes/default/layouts/base.html")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLongPage: a page of many sections, whose buffer is sized from its first ones, has every section once, in
// order, with the same markup as a short page.
func TestLongPage(t *testing.T) {
	r := defaultTheme(t)
	section := func(i int) document.Block {
		return document.Section{Anchor: fmt.Sprintf("v-%d", i), Title: fmt.Sprintf("Verwerking %d", i), Blocks: []document.Block{
			document.Definitions{Items: []document.Field{{Label: "Doel", Value: document.Plain(strings.Repeat("tekst ", i%7+1))}}}}}
	}
	long := &document.Document{Kind: document.KindRegister, Title: "Register"}
	for i := range 300 {
		long.Body = append(long.Body, section(i))
	}
	page, err := r.Page(long)
	if err != nil {
		t.Fatal(err)
	}
	at := 0
	for i := range 300 {
		short, err := r.Page(&document.Document{Kind: document.KindRegister, Title: "Register", Body: []document.Block{section(i)}})
		if err != nil {
			t.Fatal(err)
		}
		start := bytes.Index(short, []byte("<section"))
		end := bytes.LastIndex(short, []byte("</section>\n")) + len("</section>\n")
		k := bytes.Index(page[at:], short[start:end])
		if k < 0 {
			t.Fatalf("section %d is missing or out of order", i)
		}
		at += k + end - start
	}
	if bytes.Count(page, []byte("<section ")) != 300 {
		t.Errorf("%d sections, want 300", bytes.Count(page, []byte("<section ")))
	}
}
