package html

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

const hostile = `<script>alert("x")</script>`

// TestEscaping puts markup in every plain text of a document and of the site: none of it may reach the page as
// markup.
func TestEscaping(t *testing.T) {
	site := sampleSite
	site.Title = hostile
	site.Organisatie.Naam = hostile
	site.Organisatie.Adres = hostile
	site.Organisatie.Website = "javascript:alert(1)"
	site.Organisatie.Email = `a@b.nl"><script>`
	site.Nav = []NavItem{{Title: hostile, Path: "javascript:alert(1)"}}
	r, err := New(defaultThemeFS(t), site)
	if err != nil {
		t.Fatal(err)
	}
	in := document.Plain(hostile)
	d := &document.Document{
		Kind: document.KindPIA, ID: "x", Title: hostile, Subtitle: hostile, Summary: hostile, Status: model.StatusConcept,
		Meta:  []document.Field{{Label: hostile, Value: in}},
		Links: []document.Link{{Text: hostile, Kind: document.KindWerkinstructie, ID: "x", Note: hostile}},
		Body: []document.Block{
			document.Section{Anchor: hostile, Number: hostile, Title: hostile, Blocks: []document.Block{
				document.Text{Inline: in},
				document.List{Items: []document.Inline{in}},
				document.Definitions{Items: []document.Field{{Label: hostile, Value: in}}},
				document.Table{Caption: hostile, Header: []string{hostile}, Rows: []document.Row{{Cells: []document.Inline{in}, Tone: document.Tone(hostile)}}},
				document.Notice{Tone: document.Tone(hostile), Title: hostile, Blocks: []document.Block{document.Text{Inline: in}}},
				document.RiskMatrix{Caption: hostile, Alt: hostile, Points: []document.RiskPoint{{ID: hostile, Label: hostile, Kans: 2, Impact: 2}}},
				document.LinkList{Items: []document.Link{{Text: hostile, Kind: document.KindRegister, Note: hostile}}},
			}},
		},
	}
	b, err := r.Page(d)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	if strings.Contains(out, "<script>") {
		t.Errorf("unescaped markup in the page:\n%s", around(out, "<script>"))
	}
	// A path with a colon may stay as a harmless relative path ("../../javascript:x"), never as a scheme.
	if m := regexp.MustCompile(`(?i)(href|src|action)="\s*javascript:`).FindString(out); m != "" {
		t.Errorf("javascript: URL in the page:\n%s", around(out, m))
	}
	// Every id and class is made of safe characters.
	for _, m := range regexp.MustCompile(`(?:id|class|aria-labelledby|href="#)="?([^"]*)"`).FindAllStringSubmatch(out, -1) {
		if strings.ContainsAny(m[1], `<>'&`) {
			t.Errorf("unsafe attribute value %q", m[1])
		}
	}
	if !strings.Contains(out, `class="notice notice--info"`) || !strings.Contains(out, `<tr class="rij--info">`) {
		t.Error("an unknown tone should fall back to info")
	}
}

// TestMarkdownSafety: raw HTML in Markdown is dropped and javascript: links lose their link.
func TestMarkdownSafety(t *testing.T) {
	r := defaultTheme(t)
	for _, src := range []string{
		"[klik](javascript:alert(1))",
		"[klik](JaVaScRiPt:alert(1))",
		"[klik](java\tscript:alert(1))",
		"<script>alert(1)</script>",
		`<img src=x onerror="alert(1)">`,
		"![beeld](javascript:alert(1))",
		"<javascript:alert(1)>",
	} {
		for _, b := range []document.Block{
			document.Text{Inline: document.MD(src)},
			document.Table{Header: []string{"a"}, Rows: []document.Row{{Cells: []document.Inline{document.MD(src)}}}},
			document.Definitions{Items: []document.Field{{Label: "a", Value: document.MD(src)}}},
		} {
			out := string(renderBody(t, r, b))
			low := strings.ToLower(out)
			if strings.Contains(low, "javascript:") && strings.Contains(low, "href") ||
				strings.Contains(low, "<script") || strings.Contains(low, "onerror") {
				t.Errorf("%q rendered unsafely: %s", src, out)
			}
		}
	}
}

// TestHostileIDs: ids from input cannot break out of attributes, collide, or link outside the output folder.
func TestHostileIDs(t *testing.T) {
	r := defaultTheme(t)
	out := string(renderBody(t, r,
		document.Section{Anchor: `a" onclick="x`, Title: "Een"},
		document.Section{Anchor: `a" onclick="x`, Title: "Twee"},
		document.Section{Anchor: "pia-inhoud", Title: "Drie"},
		document.Section{Anchor: "", Title: "<>"},
		document.LinkList{Items: []document.Link{
			{Text: "weg", Kind: document.KindPIA, ID: "../../../etc"},
			{Text: "pdf weg", Kind: document.KindPIA, ID: "../x", Format: document.FormatPDF},
			{Text: "geen pad", Kind: document.Kind("onbekend")},
		}},
	))
	for _, want := range []string{`id="a--onclick--x"`, `id="a--onclick--x-2"`, `id="pia-inhoud-2"`, `id="blok-1"`,
		"<li>weg</li>", "<li>pdf weg <span", "<li>geen pad</li>"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %s in\n%s", want, out)
		}
	}
	if strings.Contains(out, `onclick="`) || strings.Contains(out, "..") {
		t.Errorf("hostile id leaked:\n%s", out)
	}
	// A document whose own path would leave the output folder is refused.
	if _, err := r.Page(&document.Document{Kind: document.KindPagina, ID: "../buiten", Title: "x"}); err == nil {
		t.Error("page outside the output folder rendered")
	}
}

func around(s, sub string) string {
	i := strings.Index(s, sub)
	return s[max(0, i-120):min(len(s), i+120)]
}

// TestMarkdownIDs: a Markdown heading never takes an id that a section or another text already has.
func TestMarkdownIDs(t *testing.T) {
	out := string(renderBody(t, defaultTheme(t),
		document.Section{Anchor: "bellen", Title: "Bellen"},
		document.Text{Inline: document.MD("## Bellen\n\n## Schrijven")},
		document.Text{Inline: document.MD("## Schrijven")},
		document.Text{Inline: document.MD("## Mailen")},
	))
	for _, want := range []string{`<h2 id="bellen">`, `<h2 id="t1-bellen">`, `<h2 id="t1-schrijven">`,
		`<h2 id="schrijven">`, `<h2 id="mailen">`} {
		if !strings.Contains(out, want) {
			t.Errorf("want %s in\n%s", want, out)
		}
	}
	uniqueTargets(t, out)
}

// TestMarkdownFootnoteIDs: each text's footnotes keep their own ids and links, also when several texts with
// footnotes share a page.
func TestMarkdownFootnoteIDs(t *testing.T) {
	text := document.MD("Wij vragen uw BSN[^1].\n\n[^1]: Wmo 2015, art. 5.1.1.")
	out := string(renderBody(t, defaultTheme(t), document.Text{Inline: text}, document.Text{Inline: text},
		document.Text{Inline: text}))
	for _, want := range []string{`<li id="fn:1">`, `<li id="t1-fn:1">`, `<li id="t2-fn:1">`,
		`href="#t2-fnref:1"`} {
		if !strings.Contains(out, want) {
			t.Errorf("want %s in\n%s", want, out)
		}
	}
	uniqueTargets(t, out)
}

var (
	idAttr   = regexp.MustCompile(` id="([^"]*)"`)
	hashHref = regexp.MustCompile(` href="#([^"]*)"`)
)

// uniqueTargets checks that no two elements of a page share an id and that every link within the page has its
// target.
func uniqueTargets(t *testing.T, page string) {
	t.Helper()
	ids := map[string]bool{}
	for _, m := range idAttr.FindAllStringSubmatch(page, -1) {
		if ids[m[1]] {
			t.Errorf("id %q occurs twice", m[1])
		}
		ids[m[1]] = true
	}
	for _, m := range hashHref.FindAllStringSubmatch(page, -1) {
		if !ids[m[1]] {
			t.Errorf("link to #%s, which no element has", m[1])
		}
	}
}
