package document

import (
	"slices"
	"strings"
	"testing"
)

// TestJeugdwetRetentionIsTheProvidersDossier: Jeugdwet art. 7.3.8 sets twenty years for the dossier the
// jeugdhulpaanbieder keeps. The college's own access to youth care is not that dossier: where it keeps its data as
// long, that is its choice, and the report must not present the period as one the Jeugdwet sets for the college.
// Nor is the provider's period the statutory standard of every wijkteam.
func TestJeugdwetRetentionIsTheProvidersDossier(t *testing.T) {
	site, r := exampleSite(t)
	std := site.Catalogus.Bewaartermijn("bt-jeugd-dossier")
	if std == nil {
		t.Fatal("the pack has no bt-jeugd-dossier")
	}
	if !strings.Contains(std.Titel, "jeugdhulpaanbieder") {
		t.Errorf("the catalogue names the period of art. 7.3.8 %q, without saying whose dossier it is", std.Titel)
	}
	if slices.Contains(std.Domeinen, "wijkteam") {
		t.Error("the provider's period of art. 7.3.8 is the statutory standard of every wijkteam verwerking")
	}
	res := result(t, r, "jeugdwet-toegang")
	for _, bt := range res.Verwerking.Bewaartermijnen {
		if !strings.Contains(bt.Bron, "7.3.8") {
			continue
		}
		if !strings.Contains(bt.Bron, "jeugdhulpaanbieder") || !strings.Contains(strings.ToLower(bt.Bron), "keuze") {
			t.Errorf("the access team's period cites art. 7.3.8 as if the law set it for the college: %q", bt.Bron)
		}
	}
	all := text(PIA(site, res))
	if !strings.Contains(all, "standaard: Dossier van de jeugdhulpaanbieder, 20 jaar") {
		t.Error("the report does not say whose dossier the standard period of twenty years is for")
	}
}
