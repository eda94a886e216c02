package document

import (
	"strings"
	"testing"
)

// TestDPIAConclusionSaidOnce: the report states once that a DPIA is required, in the summary's conclusion; the
// reasons below it and the section on the criteria explain why, without saying it again in the same words.
func TestDPIAConclusionSaidOnce(t *testing.T) {
	site, r := exampleSite(t)
	for _, res := range r.Resultaten {
		if !res.DPIA.Verplicht {
			continue
		}
		all := strings.Join(strings.Fields(text(PIA(site, res))), " ")
		if n := strings.Count(all, "DPIA is verplicht") + strings.Count(all, "DPIA is daarom verplicht"); n != 1 {
			t.Errorf("%s: the report says %d times that a DPIA is required", res.Verwerking.ID, n)
		}
		for _, reason := range res.DPIA.Redenen {
			if strings.Contains(reason, "DPIA is verplicht") {
				t.Errorf("%s: a reason repeats the conclusion: %q", res.Verwerking.ID, reason)
			}
		}
	}
}
