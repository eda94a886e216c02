package rules

import (
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// TestTableCauseInFinding: a key that an own table leaves out and another rule reports as missing gets the cause
// in that finding, not a second finding; a key no rule reports gets the advice of its own.
func TestTableCauseInFinding(t *testing.T) {
	site, v := testSite()
	v.Base.Informeren = &model.Informeren{Wanneer: "Bij de melding", Hoe: []string{"gesprek"}, Verplichting: "Vrijwillig."}
	v.Base.Rechten = model.Rechten{VoorInwoner: "Uw dossier laten vernietigen."}
	v.Informeren = &model.Informeren{Wanneer: "Bij het eerste gesprek", Verplichting: "Vrijwillig."}
	v.Pos = writtenKeys(v, []string{"informeren.verplichting"}, []string{"informeren.hoe"})
	var hoe, tabel, head []string
	for _, b := range EvaluateVerwerking(site, v).Bevindingen {
		switch {
		case b.Code == codeInformerenOntbreekt && b.Veld == "informeren.hoe":
			hoe = append(hoe, b.Text())
		case b.Code == codeTabelVervangen:
			tabel = append(tabel, b.Veld+": "+b.Text())
			head = append(head, b.Bericht)
		}
	}
	const cause = `Het sjabloon "vng-test/wmo" vult dit wel in, maar uw eigen tabel [informeren] in content/verwerkingen/wmo.toml vervangt die van het sjabloon helemaal`
	if len(hoe) != 1 || !strings.Contains(hoe[0], cause) {
		t.Errorf("the missing hoe does not say why: %q", hoe)
	}
	if len(tabel) != 1 || !strings.HasPrefix(tabel[0], "rechten: ") || !strings.Contains(tabel[0], "Uw eigen tabel [rechten]") || !strings.Contains(tabel[0], "`voor_inwoner`") {
		t.Errorf("advice on the tables: %q", tabel)
	}
	// The part the report shows names the table in words.
	if len(head) != 1 || !strings.HasPrefix(head[0], `Deze verwerking beschrijft de rechten van de inwoner zelf, en vervangt daarmee helemaal wat het sjabloon "vng-test/wmo" daarover zegt.`) {
		t.Errorf("what the report shows: %q", head)
	}
}
