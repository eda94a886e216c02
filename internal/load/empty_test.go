package load

import (
	"strings"
	"testing"
)

// An empty sjabloon or id is a load error at its place: without the key there is no template and the id is the
// file name, and an empty value quietly meaning the same led to findings nobody understood. So in a pack too.
func TestEmptySjabloonAndID(t *testing.T) {
	for name, tc := range map[string]struct{ files, want string }{
		"sjabloon": {"-- content/verwerkingen/wmo.toml --\nnaam = \"Wmo\"\nsjabloon = \"\"\n",
			`content/verwerkingen/wmo.toml:2:1: sjabloon is leeg; laat sjabloon weg of noem een sjabloon als pakket/id`},
		"id": {"-- content/verwerkingen/wmo.toml --\nid = \"\"\nsjabloon = \"basis/wmo\"\n",
			`content/verwerkingen/wmo.toml:1:1: id is leeg; laat id weg (dan is het id de bestandsnaam, "wmo")`},
		"id in a pack": {"-- pia-templates/basis/verwerkingen/jeugd.toml --\nid = \"\"\n",
			`pia-templates/basis/verwerkingen/jeugd.toml:1:1: id is leeg`},
	} {
		t.Run(name, func(t *testing.T) {
			_, errs := loadArchive(t, basePack+tc.files)
			if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tc.want) {
				t.Errorf("errors = %v\nwant %s", errs, tc.want)
			}
		})
	}
}
