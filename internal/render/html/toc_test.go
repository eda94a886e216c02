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
