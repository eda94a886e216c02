package rules

import (
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// TestKoppelenNamesSourcesInWords: the reason for the WP248 criterion on matching datasets names the sources as the
// report does elsewhere ("de Basisregistratie Personen (BRP)"), not by the codes of the questionnaire; a source
// pia has no words for keeps its code, quoted.
func TestKoppelenNamesSourcesInWords(t *testing.T) {
	site := &model.Site{Catalogus: testCatalogus()}
	got := DetermineDPIA(site, &model.Verwerking{Gegevens: []model.Gegeven{
		{ID: "a", Bron: "brp"}, {ID: "b", Bron: "politie-justitie"}, {ID: "c", Bron: "eigen-register"}}})
	var reden string
	for _, c := range got.Criteria {
		if c.ID == critKoppelen {
			reden = c.Reden
		}
	}
	want := `3 bronnen buiten de inwoner en de eigen administratie: de Basisregistratie Personen (BRP); politie, ` +
		`justitie en de jeugdreclassering; "eigen-register".`
	if !strings.Contains(reden, want) {
		t.Errorf("reason %q, want it to contain %q", reden, want)
	}
	if strings.Contains(reden, `"brp"`) || strings.Contains(reden, `"politie-justitie"`) {
		t.Errorf("the reason names sources by their codes: %q", reden)
	}
}
