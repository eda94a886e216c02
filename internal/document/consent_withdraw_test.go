package document

import (
	"strings"
	"testing"
)

// TestConsentForOtherThingsCanBeWithdrawn: where a verwerking does not rest on consent, the citizen may still have
// given consent for something around it (lifting a doctor's secrecy, sharing with another organisation), and AVG
// art. 7(3) lets him withdraw that at any time. The statement and the report must not tell him there is nothing to
// withdraw.
func TestConsentForOtherThingsCanBeWithdrawn(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "wmo-maatwerkvoorziening")
	for _, rt := range newBuilder(site, res).rechten() {
		if rt.ID == "intrekken" && rt.Geldt {
			t.Fatal("the Wmo example rests on consent after all; this test needs a verwerking that does not")
		}
	}
	for name, d := range map[string]*Document{"privacyverklaring": Privacyverklaring(site, res), "PIA": PIA(site, res)} {
		all := strings.Join(strings.Fields(text(d)), " ")
		if strings.Contains(all, "niets om in te trekken") {
			t.Errorf("%s says there is nothing to withdraw", name)
		}
		i := strings.Index(all, "Uw toestemming intrekken")
		if i < 0 {
			t.Errorf("%s does not name the right to withdraw consent", name)
			continue
		}
		// The explanation follows the title; the title itself says "intrekken" once.
		right := all[i+len("Uw toestemming intrekken") : min(len(all), i+600)]
		if !strings.Contains(right, "iets anders") || !strings.Contains(right, "intrekken") {
			t.Errorf("%s does not say that consent given for something else can be withdrawn:\n%s", name, right)
		}
	}
}
