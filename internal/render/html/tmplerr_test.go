package html

import (
	"strings"
	"testing"
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
			"themes/default/layouts/partials/footer.html:1:37: de layout loopt vast bij {{.Bestaat.Niet}}: het veld Bestaat bestaat niet."},
		{"unknown function", "{{define \"footer\"}}\n{{geenfunctie 1}}{{end}}", false,
			"themes/default/layouts/partials/footer.html:2: deze layout is geen geldig sjabloon: de functie geenfunctie bestaat niet."},
		{"broken action", "{{define \"footer\"}}\n{{if }{{end}}", false,
			"themes/default/layouts/partials/footer.html:2: deze layout is geen geldig sjabloon: Go meldt: "},
		{"unknown part", `{{define "footer"}}{{template "bestaat-niet" .}}{{end}}`, true,
			"themes/default/layouts/partials/footer.html:1:30: deze layout is geen geldig sjabloon: er is geen deel (define) met de naam bestaat-niet."},
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
			if msg := err.Error(); !strings.HasPrefix(msg, c.want) || strings.Contains(msg, "template:") ||
				strings.Contains(msg, "executing") {
				t.Errorf("got  %s\nwant %s…", msg, c.want)
			}
		})
	}
}
