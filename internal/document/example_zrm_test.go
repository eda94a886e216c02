package document

import (
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// TestExampleZRMDescribesWhatItRecords: the example municipality records the scores of every domain of the
// matrix, more than the pack advises and more than the AP found necessary (2018). The report's summary and its
// description of the process must say so, instead of repeating the pack's words that only the domains with a
// question for help are recorded; and they must say what will be recorded once the measure is in place.
func TestExampleZRMDescribesWhatItRecords(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "zelfredzaamheidsmatrix")
	v := res.Verwerking
	var broader []string
	for _, g := range v.Gegevens {
		if g.Registreren != model.RegistreerAltijd || v.Base == nil {
			continue
		}
		for _, bg := range v.Base.Gegevens {
			if bg.ID == g.ID && bg.Registreren == model.RegistreerBijHulpbehoefte {
				broader = append(broader, g.ID)
			}
		}
	}
	if len(broader) == 0 {
		t.Fatal("the example no longer records any domain more broadly than the pack; this test has nothing to check")
	}
	if strings.TrimSpace(v.Samenvatting) == strings.TrimSpace(v.Base.Samenvatting) {
		t.Errorf("the example records %v always but keeps the pack's summary, which says otherwise", broader)
	}
	if strings.TrimSpace(v.Beschrijving) == strings.TrimSpace(v.Base.Beschrijving) {
		t.Errorf("the example records %v always but keeps the pack's description of the process", broader)
	}
	for name, s := range map[string]string{"samenvatting": v.Samenvatting, "beschrijving": v.Beschrijving} {
		flat := strings.Join(strings.Fields(s), " ")
		if strings.Contains(flat, "Scores worden alleen vastgelegd") || strings.Contains(flat, "Alleen de scores en een korte toelichting voor die leefgebieden worden in het systeem vastgelegd") {
			t.Errorf("%s claims that only the needed scores are recorded:\n%s", name, flat)
		}
		if !strings.Contains(flat, "alle") || !strings.Contains(flat, "leefgebieden") {
			t.Errorf("%s does not say that the scores of all domains are recorded:\n%s", name, flat)
		}
		if !strings.Contains(flat, "M1") {
			t.Errorf("%s does not say what changes with the measure that limits the recording (M1):\n%s", name, flat)
		}
	}
	// The report shows the summary as its proposal (section 1).
	all := strings.Join(strings.Fields(text(PIA(site, res))), " ")
	if strings.Contains(all, "Scores worden alleen vastgelegd voor leefgebieden") {
		t.Error("the ZRM report still says that scores are only recorded for domains with a question for help")
	}
}
