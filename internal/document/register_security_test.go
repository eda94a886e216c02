package document

import (
	"slices"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// TestRegisterListsOnlySecurityMeasures: art. 30(1)(g) asks for a general description of the technical and
// organisational security measures of art. 32(1). A registration protocol, information for the citizen or a
// retention policy is a measure of the DPIA, but no security measure, and does not belong in that column.
func TestRegisterListsOnlySecurityMeasures(t *testing.T) {
	site, r := exampleSite(t)
	for _, res := range r.Resultaten {
		v := res.Verwerking
		var want []string
		for _, m := range v.Maatregelen {
			if m.Beveiliging {
				want = append(want, oneLine(m.Omschrijving))
			}
		}
		f := registerField(site, res, "beveiliging")
		for _, item := range f.Items {
			if !slices.ContainsFunc(want, func(w string) bool { return strings.HasPrefix(item, w) }) {
				t.Errorf("%s: the register lists %q as a security measure", v.ID, item)
			}
		}
		if len(f.Items) != len(want) {
			t.Errorf("%s: the register lists %d security measures, want %d", v.ID, len(f.Items), len(want))
		}
		if len(want) == 0 {
			t.Errorf("%s: the example describes no security measure", v.ID)
		}
		for _, item := range f.Items {
			for _, wrong := range []string{"Registratieprotocol", "eenvoudige taal", "Informatie in B1", "Bewaarbeleid", "Jaarlijkse rapportage aan de raad"} {
				if strings.Contains(item, wrong) {
					t.Errorf("%s: the register lists %q, which is no security measure", v.ID, item)
				}
			}
		}
	}
	// A verwerking without security measures says so, instead of an empty cell that leaves open whether anyone
	// looked.
	none := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) {
		v.Maatregelen = []model.Maatregel{{ID: "M1", Omschrijving: "Registratieprotocol", Soort: "organisatorisch"}}
	})
	if f := registerField(site, none, "beveiliging"); len(f.Items) != 0 || !strings.HasPrefix(f.Value, "Geen beschreven") {
		t.Errorf("no security measures: %+v", f)
	}
}
