package html

import (
	"net/url"
	"path"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

func TestRelURL(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"index.html", "register/index.html", "register/index.html"},
		{"index.html", "index.html", "index.html"},
		{"index.html", "_pia/pia.css", "_pia/pia.css"},
		{"register/index.html", "index.html", "../index.html"},
		{"verwerkingen/x/index.html", "index.html", "../../index.html"},
		{"verwerkingen/x/index.html", "verwerkingen/x/werkinstructie/index.html", "werkinstructie/index.html"},
		{"verwerkingen/x/werkinstructie/index.html", "verwerkingen/x/index.html", "../index.html"},
		{"verwerkingen/x/werkinstructie/index.html", "pdf/x-pia.pdf", "../../../pdf/x-pia.pdf"},
		{"verwerkingen/x/index.html", "verwerkingen/y/index.html", "../y/index.html"},
		{"privacy/x/index.html", "privacy/index.html", "../index.html"},
		{"a/b/c/index.html", "_pia/zoekindex.js", "../../../_pia/zoekindex.js"},
		{"index.html", "a:b/index.html", "./a:b/index.html"},
		{"index.html", "met spatie/index.html", "met%20spatie/index.html"},
		{"register/index.html", "index.html#pia-inhoud", "../index.html#pia-inhoud"},
		{"register/index.html", "#sectie", "#sectie"},
		{"register/index.html", "../../etc/passwd", "../etc/passwd"}, // clamped inside the output folder
	} {
		if got := relURL(c.from, c.to); got != c.want {
			t.Errorf("relURL(%q, %q) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

func TestAbsURL(t *testing.T) {
	for _, c := range []struct{ base, to, want string }{
		{"https://privacy.voorbeeldstad.nl/", "index.html", "https://privacy.voorbeeldstad.nl/"},
		{"https://privacy.voorbeeldstad.nl", "register/index.html", "https://privacy.voorbeeldstad.nl/register/"},
		{"https://v.nl/privacy/", "verwerkingen/x/werkinstructie/index.html", "https://v.nl/privacy/verwerkingen/x/werkinstructie/"},
		{"https://v.nl/", "pdf/x-pia.pdf", "https://v.nl/pdf/x-pia.pdf"},
		{"https://v.nl/", "register/register.csv", "https://v.nl/register/register.csv"},
		{"https://v.nl/", "index.html#a", "https://v.nl/#a"},
	} {
		if got := absURL(c.base, c.to); got != c.want {
			t.Errorf("absURL(%q, %q) = %q, want %q", c.base, c.to, got, c.want)
		}
	}
}

// TestLinksAtDepth renders pages at several depths and checks every address the layout and body produce.
func TestLinksAtDepth(t *testing.T) {
	r := defaultTheme(t)
	for _, c := range []struct {
		doc  *document.Document
		root string
	}{
		{&document.Document{Kind: document.KindOverzicht, Title: "Start"}, ""},
		{&document.Document{Kind: document.KindRegister, Title: "Register"}, "../"},
		{&document.Document{Kind: document.KindPIA, ID: "x", Title: "PIA"}, "../../"},
		{&document.Document{Kind: document.KindWerkinstructie, ID: "x", Title: "Werkinstructie"}, "../../../"},
		{&document.Document{Kind: document.KindPagina, ID: "a/b/c", Title: "Diep"}, "../../../"},
	} {
		c.doc.Links = []document.Link{{Text: "PDF", Kind: document.KindPIA, ID: "x", Format: document.FormatPDF}}
		b, err := r.Page(c.doc)
		if err != nil {
			t.Fatal(err)
		}
		out := string(b)
		for _, want := range []string{
			`href="` + c.root + `_pia/pia.css"`,
			`src="` + c.root + `static/logo.svg"`,
			`action="` + c.root + `zoeken/index.html"`,
			`href="` + c.root + `pdf/x-pia.pdf"`,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: want %s", c.doc.Kind, want)
			}
		}
		if !strings.Contains(out, `href="`+c.root+`register/index.html"`) &&
			!strings.Contains(out, `href="index.html" aria-current="page">Verwerkingsregister`) {
			t.Errorf("%s: no menu link to the register", c.doc.Kind)
		}
	}
}

// TestInlineLinks: a cell that is a link, and links to the register's CSV and JSON files with their file type.
func TestInlineLinks(t *testing.T) {
	r := defaultTheme(t)
	d := &document.Document{Kind: document.KindRegister, Title: "Register",
		Links: []document.Link{{Text: "register.csv", Kind: document.KindRegister, Format: document.FormatCSV}},
		Body: []document.Block{
			document.Table{Header: []string{"Verwerking"}, Rows: []document.Row{{Cells: []document.Inline{
				{Text: "Wmo <1>", Link: &document.Link{Kind: document.KindPIA, ID: "wmo"}},
				{Link: &document.Link{Text: "PDF", Kind: document.KindPIA, ID: "wmo", Format: document.FormatPDF}},
			}}}},
			document.Text{Inline: document.Inline{Text: "JSON", Link: &document.Link{Kind: document.KindRegister, Format: document.FormatJSON}}},
		}}
	b, err := r.Page(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<td><a href="../verwerkingen/wmo/index.html">Wmo &lt;1&gt;</a></td>`,
		`<td><a href="../pdf/wmo-pia.pdf">PDF <span class="bestandstype">(PDF)</span></a></td>`,
		`<p><a href="register.json">JSON <span class="bestandstype">(JSON)</span></a></p>`,
		`<a href="register.csv">register.csv <span class="bestandstype">(CSV)</span></a>`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("want %s", want)
		}
	}
}

func TestNavCurrent(t *testing.T) {
	r := defaultTheme(t)
	b, _ := r.Page(&document.Document{Kind: document.KindRegister, Title: "Register"})
	if !strings.Contains(string(b), `<a href="index.html" aria-current="page">Verwerkingsregister</a>`) {
		t.Errorf("register is not the current menu item:\n%s", around(string(b), "Verwerkingsregister"))
	}
	b, _ = r.Page(&document.Document{Kind: document.KindPrivacyverklaring, ID: "x", Title: "Privacy"})
	if !strings.Contains(string(b), `<a href="../index.html" aria-current="true">Privacyverklaring</a>`) {
		t.Errorf("privacy overview is not marked as the current section")
	}
}

// TestBaseURL: with basis_url, links between pages are absolute and the assets stay relative.
func TestBaseURL(t *testing.T) {
	site := sampleSite
	site.BaseURL = "https://privacy.voorbeeldstad.nl/"
	r, err := New(defaultThemeFS(t), site)
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Page(samplePIA())
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, want := range []string{
		`<link rel="canonical" href="https://privacy.voorbeeldstad.nl/verwerkingen/wmo-maatwerkvoorziening/">`,
		`href="https://privacy.voorbeeldstad.nl/register/"`,
		`href="https://privacy.voorbeeldstad.nl/verwerkingen/wmo-maatwerkvoorziening/werkinstructie/"`,
		`href="https://privacy.voorbeeldstad.nl/pdf/wmo-maatwerkvoorziening-pia.pdf"`,
		`href="../../_pia/pia.css"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %s", want)
		}
	}
}

// relURLBySegments is relURL as first written, splitting both paths into slices: the oracle of FuzzRelURL.
func relURLBySegments(from, target string) string {
	target, frag, _ := strings.Cut(target, "#")
	if frag != "" {
		frag = "#" + url.PathEscape(frag)
	}
	if target == "" {
		return frag
	}
	t := cleanPath(target)
	if t == "" {
		return ""
	}
	fromDir := strings.Split(path.Dir(cleanPath(from)), "/")
	if fromDir[0] == "." {
		fromDir = nil
	}
	to := strings.Split(t, "/")
	n := 0
	for n < len(fromDir) && n < len(to)-1 && fromDir[n] == to[n] {
		n++
	}
	rel := strings.Repeat("../", len(fromDir)-n) + strings.Join(to[n:], "/")
	return (&url.URL{Path: rel}).String() + frag
}

func FuzzRelURL(f *testing.F) {
	for _, c := range [][2]string{
		{"verwerkingen/wmo/index.html", "verwerkingen/wmo/werkinstructie/index.html"},
		{"verwerkingen/wmo/werkinstructie/index.html", "privacy/wmo/index.html"},
		{"index.html", "register/register.csv"},
		{"a/b/c/index.html", "a/b/index.html#kop"},
		{"a/b/index.html", "a/b"},
		{"../x/./y//index.html", `a\b:c/d.html`},
		{"", "#alleen"},
		{"a/index.html", "a/index.html"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, from, target string) {
		if got, want := relURL(from, target), relURLBySegments(from, target); got != want {
			t.Errorf("relURL(%q, %q) = %q, want %q", from, target, got, want)
		}
	})
}
