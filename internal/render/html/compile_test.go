package html

import (
	"bytes"
	"fmt"
	"html/template"
	"maps"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/theme"
)

// nastyDoc is a document whose title, subtitle and summary hold every character html/template escapes.
func nastyDoc(title, subtitle, summary string, concept bool) *document.Document {
	d := &document.Document{Kind: document.KindPIA, ID: "lastig", Lang: "nl", Title: title, Subtitle: subtitle,
		Summary: summary, Body: []document.Block{document.Text{Inline: document.Plain("tekst")}},
		Meta:  []document.Field{{Label: "Versie", Value: document.Plain("1.0")}},
		Links: []document.Link{{Text: "Werkinstructie", Kind: document.KindWerkinstructie, ID: "lastig", Format: document.FormatHTML}}}
	if concept {
		d.Status = model.StatusConcept
	}
	return d
}

// compiledDocs are the pages a compiled layout is held to: every kind at several depths, and a document with
// text that needs escaping everywhere the layout shows it.
func compiledDocs() []*document.Document {
	return append(sharedTestDocs(),
		nastyDoc(`A <b> & "c" + 'd' `+"\x00 é", `<i>ondertitel</i> & +`, `Samenvatting "met" <tekens> & 'meer'`, true),
		nastyDoc("Zonder", "", "", false))
}

// compiledState tells whether the document layouts of r run as a program, and which one.
func compiledState(r *Renderer) (stub, full bool) {
	return r.doc.progStub.get() != nil, r.doc.progFull.get() != nil
}

// TestCompiledLayout: a layout that compiles gives every page byte for byte what html/template gives; a layout with
// anything the compiler does not know keeps running as a template, with the same pages.
func TestCompiledLayout(t *testing.T) {
	onlyMain := `{{define "base"}}<!DOCTYPE html><html lang="{{.Lang}}"><title>{{.PageTitle}}</title>{{template "main" .}}</html>{{end}}`
	for _, c := range []struct {
		name       string
		files      map[string]string
		stub, full bool // which program is made: the one with shared partials' marks, or the full layout
	}{
		{"default theme", nil, true, false},
		{"range over scripts and with a string", map[string]string{"layouts/document.html": `{{define "main"}}{{range .Scripts}}<p data-s="{{.}}">{{.}} {{$.Asset .}}</p>{{else}}geen{{end}}` +
			`{{with .Summary}}<p title="{{.}}">{{.}}</p>{{else}}<p>{{$.Title}}</p>{{end}}{{.Body}}{{end}}`}, true, false},
		{"if else if, bools, lists and a constant", map[string]string{"layouts/document.html": `{{define "main"}}{{if .Search}}zoek{{else if .Concept}}concept{{else}}{{"def <&>"}}{{end}}` +
			`{{if .Meta}}<dl>{{.MetaItems}}</dl>{{end}}{{with .TOC}}<ol>{{$.TOCItems}}</ol>{{end}}{{range .Nav}}*{{end}}{{t "html.inhoud"}}{{.Body}}{{end}}`}, true, false},
		{"address in an href", map[string]string{"layouts/document.html": `{{define "main"}}<a href="{{.URL "register/index.html"}}">r</a><a href="{{.Canonical}}">c</a>{{.Body}}{{end}}`}, true, false},
		{"no shared partials", map[string]string{"layouts/base.html": onlyMain}, false, true},
		{"a function", map[string]string{"layouts/document.html": `{{define "main"}}<p>{{printf "%s!" .Title}}</p>{{.Body}}{{end}}`}, false, false},
		{"dot of a range over the menu", map[string]string{"layouts/document.html": `{{define "main"}}{{range .Nav}}<a href="{{.URL}}">{{.Title}}</a>{{end}}{{.Body}}{{end}}`}, false, false},
		{"a field of the site", map[string]string{"layouts/document.html": `{{define "main"}}<p>{{.Site.Title}}</p>{{.Body}}{{end}}`}, false, false},
		{"a variable", map[string]string{"layouts/document.html": `{{define "main"}}{{$t := .Title}}<p>{{$t}}</p>{{.Body}}{{end}}`}, false, false},
		{"a query in an address", map[string]string{"layouts/document.html": `{{define "main"}}<a href="zoeken/?q={{.Title}}">z</a>{{.Body}}{{end}}`}, false, false},
		{"a script", map[string]string{"layouts/document.html": `{{define "main"}}<script>var t = {{.Title}};</script>{{.Body}}{{end}}`}, false, false},
		{"the body in an attribute", map[string]string{"layouts/document.html": `{{define "main"}}<div title="{{.Body}}"></div>{{.Body}}{{end}}`}, false, false},
		{"the language as an address", map[string]string{"layouts/document.html": `{{define "main"}}{{if .Search}}{{with .Lang}}<link href="{{$.Asset .}}">{{end}}{{end}}{{.Body}}{{end}}`}, false, false},
		{"the language printed and tested", map[string]string{"layouts/document.html": `{{define "main"}}{{with .Lang}}<p lang="{{$.Lang}}">{{$.Title}}</p>{{end}}{{if .Lang}}{{.Lang}}{{end}}{{.Body}}{{end}}`}, true, false},
		{"a partial given the site", map[string]string{"layouts/document.html": `{{define "main"}}{{template "org" .Site.Organisatie}}{{.Body}}{{end}}{{define "org"}}<p>{{.Naam}}</p>{{end}}`}, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			th := themeWith(t, c.files)
			for _, site := range []Site{sampleSite, withBase(sampleSite, "https://privacy.voorbeeldstad.nl/sociaal/")} {
				r, err := New(th, site)
				if err != nil {
					t.Fatal(err)
				}
				full := unshared(r)
				for range 2 { // the first page of a layout runs as a template, the next ones as a program
					for _, d := range compiledDocs() {
						samePage(t, r, full, d)
					}
				}
				if stub, full := compiledState(r); stub != c.stub || full != c.full {
					t.Errorf("compiled stub %v, full %v; want %v, %v", stub, full, c.stub, c.full)
				}
			}
		})
	}
}

func merged[V any](a, b map[string]V) map[string]V {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

// TestNestedCallsCompileOnce: a template called from many places compiles once, not once per call, so a chain of
// templates that each call the next twice compiles in linear time; html/template escapes it once too.
func TestNestedCallsCompileOnce(t *testing.T) {
	const n = 12
	var src strings.Builder
	src.WriteString(`{{define "base"}}{{if .Search}}{{template "a0" .}}{{end}}<h1>{{.Title}}</h1>{{end}}`)
	for i := range n {
		fmt.Fprintf(&src, `{{define "a%d"}}{{template "a%d" .}}{{template "a%d" $}}{{end}}`, i, i+1, i+1)
	}
	fmt.Fprintf(&src, `{{define "a%d"}}<p>{{.Title}}</p>{{end}}`, n)
	set := template.Must(template.New("").Funcs(template.FuncMap{"t": i18n.Default.T}).Parse(src.String()))
	var out bytes.Buffer
	if err := set.ExecuteTemplate(&out, "base", &pageData{Title: "Titel"}); err != nil {
		t.Fatal(err)
	}
	c := newCompiler(set, i18n.Default)
	p, ok := c.compile()
	if !ok {
		t.Fatal("did not compile")
	}
	if c.bodies != n+2 {
		t.Errorf("%d template bodies compiled, want %d", c.bodies, n+2)
	}
	var got bytes.Buffer
	p.run(&got, &pageData{Title: "<Titel>"})
	if want := "<h1>&lt;Titel&gt;</h1>"; got.String() != want {
		t.Errorf("got %q, want %q", got.String(), want)
	}
}

func withBase(s Site, base string) Site {
	s.BaseURL = base
	return s
}

// TestCompiledFieldsArePageData: the fields a compiled layout reads are fields of pageData of the type it reads
// them as, so that a renamed field makes a layout fail to compile instead of reading something else.
func TestCompiledFieldsArePageData(t *testing.T) {
	typ := reflect.TypeFor[pageData]()
	check := func(name string, want reflect.Kind) {
		f, ok := typ.FieldByName(name)
		if !ok {
			t.Errorf("pageData has no field %s", name)
			return
		}
		if f.Type.Kind() != want {
			t.Errorf("pageData.%s is a %s, compiled as a %s", name, f.Type.Kind(), want)
		}
	}
	for name := range pageStrings {
		check(name, reflect.String)
		if f, _ := typ.FieldByName(name); f.Type != reflect.TypeFor[string]() {
			t.Errorf("pageData.%s is a %s: a named string is no string to .Asset or .URL", name, f.Type)
		}
	}
	stringer, errorer := reflect.TypeFor[fmt.Stringer](), reflect.TypeFor[error]()
	for name := range pageNamedStrings {
		check(name, reflect.String)
		f, _ := typ.FieldByName(name)
		if f.Type == reflect.TypeFor[string]() {
			t.Errorf("pageData.%s is a string: list it with pageStrings", name)
		}
		// html/template prints a Stringer or error through its method, not as its text.
		if p := reflect.PointerTo(f.Type); p.Implements(stringer) || p.Implements(errorer) {
			t.Errorf("pageData.%s has a String or Error method", name)
		}
	}
	for name := range pageHTML {
		check(name, reflect.String)
		if f, _ := typ.FieldByName(name); f.Type != reflect.TypeFor[template.HTML]() {
			t.Errorf("pageData.%s is not template.HTML", name)
		}
	}
	for name := range pageBools {
		check(name, reflect.Bool)
	}
	for name := range pageLists {
		check(name, reflect.Slice)
	}
	// Each getter returns its own field.
	d := &pageData{}
	v := reflect.ValueOf(d).Elem()
	for name, get := range merged(pageStrings, pageNamedStrings) {
		v.FieldByName(name).SetString("waarde van " + name)
		if got := get(d); got != "waarde van "+name {
			t.Errorf("getter of %s returns %q", name, got)
		}
	}
	for name, get := range pageHTML {
		v.FieldByName(name).SetString("<b>" + name + "</b>")
		if got := string(get(d)); got != "<b>"+name+"</b>" {
			t.Errorf("getter of %s returns %q", name, got)
		}
	}
	for name, get := range pageBools {
		v.FieldByName(name).SetBool(true)
		if !get(d) {
			t.Errorf("getter of %s returns false", name)
		}
		v.FieldByName(name).SetBool(false)
	}
	for name, count := range pageLists {
		f := v.FieldByName(name)
		f.Set(reflect.MakeSlice(f.Type(), 3, 3))
		if count(d) != 3 {
			t.Errorf("length of %s is %d, want 3", name, count(d))
		}
	}
}

// FuzzCompiledLayout: whatever a document's title, subtitle and summary hold, the compiled default layout and one
// that shows the summary as an address give the page html/template gives.
func FuzzCompiledLayout(f *testing.F) {
	f.Add("Titel", "Ondertitel", "Samenvatting", true)
	f.Add(`A <b> & "c" + 'd'`, "\x00\xff\xfe", "javascript:alert(1)", false)
	f.Add("é ü ‘’ „”", "", "https://voorbeeld.nl/a b?c=d&e=%zz%41", false)
	f.Add("", "", "mailto:fg@voorbeeld.nl", true)
	f.Add("x", "y", "/pad/naar:iets", false)
	addr := fstest.MapFS{"themes/default/layouts/document.html": {Data: []byte(
		`{{define "main"}}{{with .Summary}}<a href="{{.}}" title="{{.}}">{{.}}</a>{{end}}<h1>{{.Title}}</h1>{{.Body}}{{end}}`)}}
	var renderers []*Renderer
	for _, files := range []fstest.MapFS{nil, addr} {
		th, err := theme.Open(files, pia.Embedded(), "default")
		if err != nil {
			f.Fatal(err)
		}
		r, err := New(th, sampleSite)
		if err != nil {
			f.Fatal(err)
		}
		if _, err := r.Page(samplePIA()); err != nil { // the first page makes the program
			f.Fatal(err)
		}
		if stub, _ := compiledState(r); !stub {
			f.Fatal("layout did not compile")
		}
		renderers = append(renderers, r)
	}
	f.Fuzz(func(t *testing.T, title, subtitle, summary string, concept bool) {
		d := nastyDoc(title, subtitle, summary, concept)
		for i, r := range renderers {
			got, gotErr := r.Page(d)
			want, wantErr := unshared(r).Page(d)
			if (gotErr == nil) != (wantErr == nil) || !bytes.Equal(got, want) {
				t.Fatalf("layout %d, %q %q %q: compiled %v, template %v\n%s\n---- want\n%s", i, title, subtitle, summary,
					gotErr, wantErr, got, want)
			}
		}
	})
}

// uncompiled returns r with the same layouts and shared partials, run as templates on every page.
func uncompiled(r *Renderer) *Renderer {
	return withLayouts(r, func(ls *layoutSet) *layoutSet {
		return &layoutSet{full: ls.full, stub: ls.stub, alone: ls.alone, parts: ls.parts, targets: ls.targets,
			cache: map[string][][]byte{}}
	})
}

// TestCompiledLayoutIsUsed: once a layout has compiled, a page is made without html/template, at a fraction of the
// allocations of running it.
func TestCompiledLayoutIsUsed(t *testing.T) {
	r := defaultTheme(t)
	d := samplePIA()
	if _, err := r.Page(d); err != nil {
		t.Fatal(err)
	}
	templated := uncompiled(r)
	var page, want []byte
	compiledAllocs := testing.AllocsPerRun(20, func() { page, _ = r.AppendPage(page[:0], d) })
	templatedAllocs := testing.AllocsPerRun(20, func() { want, _ = templated.AppendPage(want[:0], d) })
	if !bytes.Equal(page, want) {
		t.Fatalf("pages differ:\n%s\n---- want\n%s", page, want)
	}
	if compiledAllocs*2 > templatedAllocs { // 316 against 1122 when this was written

		t.Errorf("%.0f allocations a page compiled, %.0f as a template", compiledAllocs, templatedAllocs)
	}
	if !strings.Contains(string(page), "<h1>") {
		t.Error("page has no title")
	}
}
