package document

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// TestConditionAfterColonInLowerCase: in the report a recipient's condition follows "Voorwaarde:" and goes on in
// lower case, as Dutch writes a clause after a colon; a name or an abbreviation at its start keeps its capitals.
func TestConditionAfterColonInLowerCase(t *testing.T) {
	site, r := exampleSite(t)
	capital := regexp.MustCompile(`Voorwaarde: (\p{Lu}\p{Ll}+)`)
	seen := 0
	for _, res := range r.Resultaten {
		all := text(PIA(site, res))
		seen += strings.Count(all, "Voorwaarde: ")
		for _, m := range capital.FindAllStringSubmatch(all, -1) {
			t.Errorf("%s: %q", res.Verwerking.ID, m[0])
		}
	}
	if seen == 0 {
		t.Fatal("no report of the example names a recipient's condition; this test has nothing to check")
	}
	res := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) {
		v.Ontvangers = []model.Ontvanger{{ID: "svb", Naam: "SVB", Rol: model.RolDerde, Grondslag: "Wmo 2015",
			Voorwaarde: "SVB-budgethouders alleen."}}
	})
	if all := text(PIA(site, res)); !strings.Contains(all, "Voorwaarde: SVB-budgethouders alleen.") {
		t.Errorf("an abbreviation at the start of a condition loses its capitals:\n%s", all)
	}
}
