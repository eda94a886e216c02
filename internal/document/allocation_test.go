package document

import (
	"strings"
	"testing"
)

// TestAllocationIsTheMunicipalitysOwn: the allocation of care to a provider (toewijzing) is the municipality's own
// record, made from its decision; only the provider's start and stop messages and invoices come from the provider.
// The work instruction must not tell the professional that the allocation "komt via zorgaanbieders", and the
// statement must still name the providers as a source of the data that do come from them.
func TestAllocationIsTheMunicipalitysOwn(t *testing.T) {
	site, r := exampleSite(t)
	for _, id := range []string{"wmo-maatwerkvoorziening", "jeugdwet-toegang"} {
		res := result(t, r, id)
		var toewijzing, levering bool
		for _, g := range res.Verwerking.Gegevens {
			if !strings.HasPrefix(g.Omschrijving, "Toewijzing") {
				if g.Bron == "zorgaanbieder" && strings.Contains(g.Omschrijving, "declaraties") {
					levering = true
				}
				continue
			}
			toewijzing = true
			if g.Bron != "eigen-administratie" || strings.Contains(g.Omschrijving, "declaraties") {
				t.Errorf("%s: %q comes from %q", id, g.Omschrijving, g.Bron)
			}
		}
		if !toewijzing || !levering {
			t.Errorf("%s: allocation described %v, provider's messages from the provider %v", id, toewijzing, levering)
		}
		for _, line := range strings.Split(text(Werkinstructie(site, res)), "\n") {
			if strings.HasPrefix(line, "Toewijzing") && strings.Contains(line, "komt via zorgaanbieders") {
				t.Errorf("%s: the work instruction says the allocation comes from providers: %q", id, line)
			}
		}
		if pv := text(Privacyverklaring(site, res)); !strings.Contains(pv, "\nzorgaanbieders\n") {
			t.Errorf("%s: the statement no longer names the providers as a source", id)
		}
	}
}
