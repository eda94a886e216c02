package document

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// nestedParens matches parentheses inside parentheses, which Dutch typesetting writes as square brackets.
var nestedParens = regexp.MustCompile(`\([^()\n]*\([^()\n]*\)[^()\n]*\)`)

// TestNoNestedParentheses: where a document puts a name or a period's start between parentheses, parentheses of its
// own become brackets: "(leverancier van Regiesysteem [wijkteammodule])", "(vanaf de laatste wijziging [of langer
// ...])". The work instruction names the verwerking without wrapping it in parentheses.
func TestNoNestedParentheses(t *testing.T) {
	site, r := exampleSite(t)
	for _, res := range r.Resultaten {
		for _, f := range RegisterFields(site, res) {
			for _, s := range append([]string{f.Value}, f.Items...) {
				if m := nestedParens.FindString(s); m != "" {
					t.Errorf("%s: register field %s nests parentheses: %q", res.Verwerking.ID, f.Key, m)
				}
			}
		}
		wi := text(Werkinstructie(site, res))
		if i := strings.Index(wi, "Waarom u het gesprek voert"); i >= 0 {
			if m := nestedParens.FindString(wi[i:min(len(wi), i+400)]); m != "" {
				t.Errorf("%s: the work instruction nests parentheses: %q", res.Verwerking.ID, m)
			}
		}
	}
	res := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) {
		v.Systemen = []model.Systeem{{Naam: "Regiesysteem (wijkteammodule)", Leverancier: "Leverancier BV", Verwerker: true}}
		v.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"*"}, Termijn: v.Bewaartermijnen[0].Termijn,
			Vanaf: "de laatste wijziging (of later)"}, {Gegevens: []string{"*"}, Termijn: v.Bewaartermijnen[0].Termijn}}
	})
	ontvangers := strings.Join(registerField(site, res, "ontvangers").Items, "\n")
	if !strings.Contains(ontvangers, "Leverancier BV — verwerker (leverancier van Regiesysteem [wijkteammodule])") {
		t.Errorf("supplier:\n%s", ontvangers)
	}
	termijnen := registerField(site, res, "bewaartermijnen").Items
	if len(termijnen) != 2 || !strings.Contains(termijnen[0], "(vanaf de laatste wijziging [of later]): ") ||
		strings.Contains(termijnen[1], "vanaf") {
		t.Errorf("periods: %q", termijnen)
	}
}
