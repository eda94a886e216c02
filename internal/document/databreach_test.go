package document

import (
	"strings"
	"testing"
)

// TestDataBreachDutyAsTheLawSaysIt: the work instruction tells professionals why a breach must be reported at
// once, and states the controller's duties as AVG art. 33 and 34 do: notify the AP without undue delay and where
// feasible within 72 hours, unless the breach is unlikely to result in a risk (33(1)); inform the people concerned
// when it is likely to result in a high risk (34(1)). "Always within 72 hours" and "sometimes the citizens" are
// not what the law says.
func TestDataBreachDutyAsTheLawSaysIt(t *testing.T) {
	site, r := exampleSite(t)
	all := strings.Join(strings.Fields(text(Werkinstructie(site, result(t, r, "wmo-maatwerkvoorziening")))), " ")
	i := strings.Index(all, "Waarom zo snel?")
	if i < 0 {
		t.Fatal("the work instruction does not explain why a breach must be reported at once")
	}
	why := all[i:min(len(all), i+1200)]
	for _, want := range []string{
		"zonder onnodige vertraging", // art. 33(1) and 34(1)
		"72 uur",
		"AVG art. 33",
		"geen risico", // the exception to notifying the AP
		"hoog risico", // the condition for informing the people concerned
		"AVG art. 34",
	} {
		if !strings.Contains(why, want) {
			t.Errorf("the duty to report a breach lacks %q:\n%s", want, why)
		}
	}
	for _, wrong := range []string{"binnen 72 uur na ontdekking melden", "soms ook de inwoners zelf inlichten"} {
		if strings.Contains(why, wrong) {
			t.Errorf("the duty to report a breach says %q, which is not what the law says:\n%s", wrong, why)
		}
	}
}
