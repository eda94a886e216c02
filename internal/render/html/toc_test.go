package html

import (
	"html/template"
	"strings"
	"testing"
)

// oldTOC is how a theme lays out the contents with html/template; tocHTML must give the same markup.
const oldTOC = `{{range .}}<li><a href="#{{.Anchor}}">{{with .Number}}<span class="kop-nummer">{{.}}</span> {{end}}{{.Title}}</a>
{{- with .Children}}
<ol>
{{range .}}<li><a href="#{{.Anchor}}">{{with .Number}}<span class="kop-nummer">{{.}}</span> {{end}}{{.Title}}</a></li>
{{end}}</ol>
{{end}}</li>
{{end}}`

func TestTOCHTMLMatchesTemplate(t *testing.T) {
	items := []tocItem{
		{Anchor: "samenvatting", Title: "Samenvatting"},
		{Anchor: "deel-a", Number: "A", Title: `Deel A — "Beschrijving" & <meer>`, Children: []tocItem{
			{Anchor: "stap-1", Number: "1", Title: "Voorstel"},
			{Anchor: "cliënt-gegevens", Number: "1.2", Title: "Cliënt's gegevens + meer"},
		}},
		{Anchor: "a b%c", Title: "Rare id"},
	}
	var want strings.Builder
	if err := template.Must(template.New("toc").Parse(oldTOC)).Execute(&want, items); err != nil {
		t.Fatal(err)
	}
	got := string(tocHTML(items))
	// html/template also writes + as &#43;; both mean the same.
	if w := strings.ReplaceAll(want.String(), "&#43;", "+"); got != w {
		t.Errorf("tocHTML:\n%s\nhtml/template:\n%s", got, w)
	}
}

// oldMeta and oldLinks are how a theme lays out a document's facts and links with html/template; metaHTML and
// linksHTML must give the same markup, byte for byte.
const (
	oldMeta  = `{{range .}}<div><dt>{{.Label}}</dt><dd>{{.Value}}</dd></div>` + "\n" + `{{end}}`
	oldLinks = `{{range .}}<li>{{if .URL}}<a href="{{.URL}}">{{.Text}}{{with .FileType}} <span class="bestandstype">{{.}}</span>{{end}}</a>
{{- else}}{{.Text}}{{end}}{{with .Note}} <span class="link-noot">{{.}}</span>{{end}}</li>
{{end}}`
)

func execute(t testing.TB, text string, data any) string {
	var b strings.Builder
	if err := template.Must(template.New("").Parse(text)).Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestMetaAndLinksHTMLMatchTemplate(t *testing.T) {
	meta := []metaField{{Label: "Versie", Value: "1.0"}, {Label: `Eigenaar "zorg" & <welzijn> + 'meer'`, Value: "<em>x</em>"}}
	if got, want := string(metaHTML(meta)), execute(t, oldMeta, meta); got != want {
		t.Errorf("metaHTML:\n%s\nhtml/template:\n%s", got, want)
	}
	links := []linkData{
		{Text: "Werkinstructie", URL: "werkinstructie/index.html"},
		{Text: "PIA (PDF)", URL: "../../pdf/wmo-pia.pdf", FileType: "(PDF)", Note: "concept"},
		{Text: "Nog niet gemaakt", Note: "volgt"},
		{Text: "Cliënt's map", URL: "https://voorbeeld.nl/a b/c%2Fd%zz?x=1&y=é#frag"},
		{Text: "Script", URL: "javascript:alert(1)"},
		{Text: "Mail", URL: "MAILTO:fg@voorbeeldstad.nl"},
	}
	if got, want := string(linksHTML(links)), execute(t, oldLinks, links); got != want {
		t.Errorf("linksHTML:\n%s\nhtml/template:\n%s", got, want)
	}
}

func FuzzLinksHTML(f *testing.F) {
	f.Add("PIA", "../../pdf/a.pdf", "(PDF)", "concept", "Versie")
	f.Add("a&b", "javascript:x", "", "", "<b>")
	f.Add("é\x00'", "http://x/%4g%41 é\"'<>", "+", "\xff", "\xfe\x00")
	f.Fuzz(func(t *testing.T, text, url, fileType, note, label string) {
		links := []linkData{{Text: text, URL: url, FileType: fileType, Note: note}}
		if got, want := string(linksHTML(links)), execute(t, oldLinks, links); got != want {
			t.Errorf("linksHTML:\n%q\nhtml/template:\n%q", got, want)
		}
		meta := []metaField{{Label: label, Value: template.HTML(note)}}
		if got, want := string(metaHTML(meta)), execute(t, oldMeta, meta); got != want {
			t.Errorf("metaHTML:\n%q\nhtml/template:\n%q", got, want)
		}
	})
}
