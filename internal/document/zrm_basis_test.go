package document

import (
	"strings"
	"testing"
)

// TestZRMBasisFitsWhoTakesIt: the pack's matrix is taken from adults about their own self-reliance, and the
// exceptions for its health data are those of the Wmo and the Wgs. Citing a task of the Jeugdwet as its basis would
// claim a youth-care processing that names neither a youth nor the Jeugdwet's own basis for health data (art. 7.4.0).
func TestZRMBasisFitsWhoTakesIt(t *testing.T) {
	site, r := exampleSite(t)
	v := result(t, r, "zelfredzaamheidsmatrix").Verwerking
	for _, b := range v.Betrokkenen {
		if b.ID == "inwoner" && b.Minderjarig {
			t.Fatal("the matrix is taken from minors after all; this test assumes adults")
		}
	}
	jeugdwetHealth := false
	for _, g := range v.Grondslagen {
		if g.Artikel == "jw-7-4-0" {
			jeugdwetHealth = true
		}
	}
	for i, g := range v.Grondslagen {
		if site.Catalogus.IsArt6(g.Artikel) && strings.Contains(g.Wet, "Jeugdwet") && !jeugdwetHealth {
			t.Errorf("grondslagen[%d] rests the matrix on the Jeugdwet (%q) without the Jeugdwet's basis for health data", i, g.Wet)
		}
	}
	pv := text(Privacyverklaring(site, result(t, r, "zelfredzaamheidsmatrix")))
	if i := strings.Index(pv, "Waarom mogen wij dat?"); i >= 0 && strings.Contains(pv[i:min(len(pv), i+600)], "Jeugdwet") {
		t.Errorf("the statement tells adults that the matrix rests on the Jeugdwet:\n%s", pv[i:min(len(pv), i+600)])
	}
}
