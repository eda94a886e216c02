package load

import (
	"strings"
	"testing"
)

// TestCatalogLimitsOnlyRightsTheKindGives: a kind of basis can limit (`beperkt`) only a right it gives; a limit on
// another right would never show, so it is a load error at the value, with the right probably meant.
func TestCatalogLimitsOnlyRightsTheKindGives(t *testing.T) {
	fsys := siteFS(t, `
-- pia-templates/basis/pack.toml --
naam = "basis"
versie = "1.0.0"
-- pia-templates/basis/catalogus/soorten.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
rechten = ["verwijdering"]
beperkt = ["verwijdering", "verwijderen"]

[[rechten]]
id = "verwijdering"
titel = "Uw gegevens laten wissen"
uitleg_beperkt = "Niet zolang de taak de gegevens nodig heeft."
`)
	_, errs := Packs("site", Options{SiteFS: fsys})
	want := `pia-templates/basis/catalogus/soorten.toml:5:28: soort publieke-taak beperkt recht "verwijderen", maar ` +
		`geeft dat recht niet: het staat niet in rechten van die soort, en een soort kan alleen een recht beperken ` +
		`dat zij geeft; bedoelde u "verwijdering"?`
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), want) {
		t.Fatalf("errors = %v\nwant %s", errs, want)
	}
}
