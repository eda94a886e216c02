package html

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/document"
)

// TestTemplateErrorsSayWhereAndWhy: a broken layout of the site's theme is reported in Dutch with the file as the
// site has it, the line (and column when it runs), and a reason the theme's author can act on.
func TestTemplateErrorsSayWhereAndWhy(t *testing.T) {
	const footer = "layouts/partials/footer.html"
	for _, c := range []struct {
		name, text string
		atRender   bool
		want       string
	}{
		{"unknown field", `{{define "footer"}}<footer>{{.Bestaat.Niet}}</footer>{{end}}`, true,
			"themes/default/layouts/partials/footer.html:1:38: de layout loopt vast bij {{.Bestaat.Niet}}: het veld Bestaat bestaat niet."},
		{"unknown function", "{{define \"footer\"}}\n{{geenfunctie 1}}{{end}}", false,
			"themes/default/layouts/partials/footer.html:2: deze layout is geen geldig sjabloon: de functie geenfunctie bestaat niet."},
		{"broken action", "{{define \"footer\"}}\n{{if }{{end}}", false,
			"themes/default/layouts/partials/footer.html:2: deze layout is geen geldig sjabloon: Go meldt: "},
		{"if without a value", "{{define \"footer\"}}\n{{if}}x{{end}}{{end}}", false,
			"themes/default/layouts/partials/footer.html:2: deze layout is geen geldig sjabloon: na {{if}} ontbreekt wat er getest of doorlopen wordt, zoals {{if .Titel}}."},
		{"if without end", `{{define "footer"}}{{if .Titel}}x{{end}}`, false,
			"themes/default/layouts/partials/footer.html:1: deze layout is geen geldig sjabloon: een {{if}}, {{range}}, {{with}} of {{define}} wordt niet afgesloten met {{end}}."},
		{"end too many", `{{define "footer"}}x{{end}}{{end}}`, false,
			"themes/default/layouts/partials/footer.html:1: deze layout is geen geldig sjabloon: er staat een {{end}} zonder {{if}}"},
		{"action left open", "{{define \"footer\"}}{{.Titel\n", false,
			"themes/default/layouts/partials/footer.html:2: deze layout is geen geldig sjabloon: de {{ op regel 1 wordt niet afgesloten met }}."},
		{"unknown part", `{{define "footer"}}{{template "bestaat-niet" .}}{{end}}`, true,
			"themes/default/layouts/partials/footer.html:1:31: deze layout is geen geldig sjabloon: er is geen deel (define) met de naam bestaat-niet."},
		{"unclosed attribute", `{{define "footer"}}<a href="{{.Path}}>x</a>{{end}}`, true,
			`themes/default/layouts/partials/footer.html:1:20: deze layout is geen geldig sjabloon: een tag, attribuut, aanhalingsteken, script of stijl wordt niet afgesloten; kijk of elke < een > heeft`},
		{"script left open", `{{define "footer"}}<script>var x = "{{.Title}}";{{end}}`, true,
			`themes/default/layouts/partials/footer.html:1:20: deze layout is geen geldig sjabloon:`},
		{"tag left open on a later line", "{{define \"footer\"}}<footer>\n  <p class=\"x\">{{.Title}}</p>\n  é <img src=\"{{.Path}}\"\n{{end}}", true,
			`themes/default/layouts/partials/footer.html:3:5: deze layout is geen geldig sjabloon: een tag, attribuut`},
		{"tag left open after a part of another file", "{{define \"footer\"}}<footer>{{template \"nav\" .}}\n<a href=\"{{.Path}}>x</a>{{end}}", true,
			`themes/default/layouts/partials/footer.html:2:1: deze layout is geen geldig sjabloon: een tag, attribuut`},
		{"tag left open in a part the footer calls", "{{define \"footer\"}}<footer>{{template \"inner\" .}}</footer>{{end}}\n{{define \"inner\"}}\n<a href=\"{{.Path}}>x{{end}}", true,
			`themes/default/layouts/partials/footer.html:3:1: deze layout is geen geldig sjabloon:`},
		{"tag left open in one branch", "{{define \"footer\"}}{{if .Title}}<p class=\"a{{else}}<p class=\"b{{end}}\">x</p>\n<img src=\"{{.Path}}\"{{end}}", true,
			`themes/default/layouts/partials/footer.html:2:1: deze layout is geen geldig sjabloon:`},
		{"textarea left open", "{{define \"footer\"}}<footer>\n<textarea>{{.Title}}{{end}}", true,
			`themes/default/layouts/partials/footer.html:2:1: deze layout is geen geldig sjabloon:`},
		{"range over a huge number", "{{define \"footer\"}}<footer>\n{{if .Title}}  {{range $i := 2000000000}}{{end}}{{end}}</footer>{{end}}", false,
			"themes/default/layouts/partials/footer.html:2:16: deze layout herhaalt iets 2000000000 keer ({{range}} over een getal); dat kan niet meer dan 100000 keer."},
		{"comment left open", "{{define \"footer\"}}<footer>\n<!-- <b>{{.Title}}</b>\n{{end}}", true,
			`themes/default/layouts/partials/footer.html:2:1: deze layout is geen geldig sjabloon:`},
		{"text that does not exist", "{{define \"footer\"}}<footer>\n{{if .Title}}{{t \"html.bestaat-niet\"}}{{end}}</footer>{{end}}", false,
			`themes/default/layouts/partials/footer.html:2:18: er is geen tekst met de naam "html.bestaat-niet"; de pagina zou die naam zelf tonen.`},
		{"column in characters", "{{define \"footer\"}}<footer>\n€€ é {{t \"html.bestaat-niet\"}}</footer>{{end}}", false,
			`themes/default/layouts/partials/footer.html:2:10: er is geen tekst met de naam "html.bestaat-niet"`},
		{"range over the page", `{{define "footer"}}{{range $i := .}}x{{end}}{{end}}`, true,
			"themes/default/layouts/partials/footer.html:1:34: de layout loopt vast bij {{.}}: {{range}} loopt alleen over een lijst, zoals .Nav; hier staat iets anders."},
		{"part that calls itself", `{{define "footer"}}{{template "footer" .}}{{end}}`, true,
			"themes/default/layouts/partials/footer.html:1:31: de layout loopt vast bij {{template \"footer\" .}}: een deel (define) roept zichzelf aan"},
		{"saved as Latin-1", "{{define \"footer\"}}<footer>Caf\xe9</footer>{{end}}", false,
			"themes/default/layouts/partials/footer.html:1:31: de layout is niet als UTF-8 opgeslagen (byte 0xe9)."},
		{"saved as UTF-16", "{\x00{\x00d\x00", false,
			"themes/default/layouts/partials/footer.html:1:2: de layout is niet als UTF-8 opgeslagen (byte 0x00)."},
		{"error in the tool's own layout", `{{define "fuuter"}}<footer></footer>{{end}}`, true,
			"themes/default/layouts/base.html:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := New(themeWith(t, map[string]string{footer: c.text}), sampleSite)
			if err == nil {
				if !c.atRender {
					t.Fatal("the theme was accepted")
				}
				_, err = r.Page(sampleDocs()[0])
			}
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, c.want) || strings.Contains(msg, "template:") || strings.Contains(msg, "executing") {
				t.Errorf("got  %s\nwant %s…", msg, c.want)
			}
			// A file of the tool's own theme is marked so after its position, which editors read as file:line:col.
			if own := regexp.MustCompile(`^themes/default/layouts/base\.html:\d+:\d+ \(het meegeleverde thema\): `); c.name == "error in the tool's own layout" && !own.MatchString(msg) {
				t.Errorf("got  %s\nwant the position before the note", msg)
			}
		})
	}
}

// TestUnclosedPartInTheFileThatIsCalled: text outside the parts of another file, and a part no layout calls, are left
// open too, but never reach a page: the part that a page runs is blamed.
func TestUnclosedPartInTheFileThatIsCalled(t *testing.T) {
	r, err := New(themeWith(t, map[string]string{
		"layouts/partials/aaa.html":    "{{define \"oud\"}}<div class=\"{{end}}\n<p class=\"",
		"layouts/partials/footer.html": "{{define \"footer\"}}<footer>\n<a href=\"{{.Path}}>x</a>{{end}}",
	}), sampleSite)
	if err == nil {
		_, err = r.Page(sampleDocs()[0])
	}
	if err == nil || !strings.HasPrefix(err.Error(), "themes/default/layouts/partials/footer.html:2:1: ") {
		t.Errorf("got %v", err)
	}
}

// TestLongGoCauseIsCut: a reason only Go words quotes at most maxCause bytes of it, cut between characters: some
// quote a whole value, such as all of the site's data.
func TestLongGoCauseIsCut(t *testing.T) {
	r := defaultTheme(t)
	got := r.templateCause("iets onbekends " + strings.Repeat("é", 400))
	if !strings.HasSuffix(got, "…") || len(got) > maxCause+len("Go meldt: …")+2 || !utf8.ValidString(got) {
		t.Errorf("got %d bytes: %q", len(got), got)
	}
}

// TestLayoutThatWritesOnAndOn: a layout that loops on and on stops at a limit for one page with a message that
// says so, instead of filling the memory.
func TestLayoutThatWritesOnAndOn(t *testing.T) {
	defer func(n int) { maxLayoutOutput = n }(maxLayoutOutput)
	maxLayoutOutput = 1 << 20
	r, err := New(themeWith(t, map[string]string{"layouts/partials/footer.html": `{{define "footer"}}{{range 1000}}{{range 1000}}xxxxxxxxxx{{end}}{{end}}{{end}}`}), sampleSite)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Page(sampleDocs()[0])
	if err == nil || !strings.Contains(err.Error(), "de layouts schrijven meer dan 1 MB voor één pagina") ||
		!errors.Is(err, ErrTooLong) {
		t.Fatalf("got %v", err)
	}
	// The next page is refused at once, without running the layouts to the limit again.
	maxLayoutOutput = 1 << 30
	if _, err := r.Page(sampleDocs()[1]); !errors.Is(err, ErrTooLong) {
		t.Errorf("the next page: %v", err)
	}
}

// TestSectionKeepsItsAnchor: a heading in a text before a section, with the same words as the section's anchor,
// does not take the anchor: a link to the section (the findings of a report point at the sections they are about)
// reaches the section.
func TestSectionKeepsItsAnchor(t *testing.T) {
	r := defaultTheme(t)
	doc := &document.Document{Kind: document.KindPIA, ID: "wmo", Lang: "nl", Title: "PIA", Body: []document.Block{
		document.Section{Anchor: "s1", Number: "1", Title: "Voorstel", Blocks: []document.Block{
			document.Text{Inline: document.MD("## Vaststelling\n\nDoor het college.")},
			document.Table{Caption: "Bevindingen", Header: []string{"Onderdeel"}, Rows: []document.Row{{Cells: []document.Inline{
				document.MD("[Vaststelling](#vaststelling)")}}}},
		}},
		document.Section{Anchor: "vaststelling", Title: "Vaststelling", Blocks: []document.Block{
			document.Text{Inline: document.Plain("Vastgesteld op 1 mei.")}}},
	}}
	page, err := r.Page(doc)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if !strings.Contains(s, `<section aria-labelledby="vaststelling">`) {
		t.Errorf("the section lost its anchor:\n%s", s[strings.Index(s, "<main"):])
	}
	if strings.Count(s, `id="vaststelling"`) != 1 {
		t.Errorf("the anchor is on %d elements", strings.Count(s, `id="vaststelling"`))
	}

	// A text whose headings move aside keeps its links to them; a section without an anchor, a section behind a
	// pointer or in a notice, and an anchor that is not a clean id are kept too.
	doc = &document.Document{Kind: document.KindPIA, ID: "wmo", Lang: "nl", Title: "PIA", Body: []document.Block{
		document.Section{Title: "Vaststelling", Blocks: []document.Block{
			document.Text{Inline: document.MD("## Bellen\n\nZie [bellen](#bellen).\n\n## V wmo 2024\n\nTekst.")}}},
		&document.Section{Anchor: "vaststelling", Title: "Vaststelling"},
		document.Notice{Title: "Let op", Blocks: []document.Block{document.Section{Anchor: "v-wmo.2024", Title: "Wmo"}}},
	}}
	if page, err = r.Page(doc); err != nil {
		t.Fatal(err)
	}
	s = string(page)
	for _, want := range []string{`<section aria-labelledby="vaststelling">`, `<section aria-labelledby="v-wmo-2024">`,
		`id="t1-bellen"`, `href="#t1-bellen"`} {
		if !strings.Contains(s, want) {
			t.Errorf("no %s in\n%s", want, s[strings.Index(s, "<main"):])
		}
	}
}
