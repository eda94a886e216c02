package load

import (
	"strings"
	"testing"
)

// A template of a pack may extend a template of another pack that is not its basis: pia sjablonen checks the pack
// together with that pack, as a site that chooses both sees it, and lists it as a pack the pack uses instead of
// reporting an error of the site. The version is the one the site chooses, else the highest there is.
func TestPacksTemplateOfOtherPack(t *testing.T) {
	const packs = `
-- pia-templates/eigen/pack.toml --
naam = "eigen"
versie = "1.0.0"
-- pia-templates/eigen/verwerkingen/a.toml --
sjabloon = "ander/x"
naam = "A"
-- pia-templates/ander/pack.toml --
naam = "ander"
versie = "1.0.0"
-- pia-templates/ander/verwerkingen/x.toml --
naam = "X"
-- pia-templates/ander-2/pack.toml --
naam = "ander"
versie = "2.0.0"
-- pia-templates/ander-2/verwerkingen/y.toml --
naam = "Y"
`
	for _, tc := range []struct {
		name, config string
		want         string // the error, or "" when the packs are sound
	}{
		{"chosen", "-- pia.toml --\nsjablonen = [\"ander@1\", \"eigen\"]\n", ""},
		{"chosen alone", "-- pia.toml --\nsjablonen = [\"eigen\"]\n",
			`pia-templates/eigen/verwerkingen/a.toml:1:1: sjabloon "x" bestaat niet in pakket ander`},
		{"no site", "", `pia-templates/eigen/verwerkingen/a.toml:1:1: sjabloon "x" bestaat niet in pakket ander`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := Packs("site", Options{SiteFS: siteFS(t, tc.config+packs)})
			if tc.want == "" {
				if len(errs) != 0 {
					t.Fatalf("errors = %v", errs)
				}
			} else if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tc.want) {
				t.Fatalf("errors = %v, want %s", errs, tc.want)
			}
			for _, p := range got {
				switch {
				case tc.want != "":
				case p.Naam == "eigen" && (len(p.Gebruikt) != 1 || p.Gebruikt[0].Versie != "1.0.0"):
					t.Errorf("eigen uses %v, want ander 1.0.0", p.Gebruikt)
				case p.Naam != "eigen" && len(p.Gebruikt) != 0:
					t.Errorf("%s uses %v, want none", p.Naam, p.Gebruikt)
				}
			}
		})
	}
}
