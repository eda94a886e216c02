package load

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A date written with slashes or dots, as many Dutch people write one, is told as a date with the one meant, at the
// column where it starts, as a date with the day first is; a version number is not taken for a date.
func TestDateWithSeparators(t *testing.T) {
	for src, want := range map[string]string{
		"datum = 2026/11/01\n":           `:1:9: TOML-fout: «2026/11/01» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2026-11-01?`,
		"datum = 1/11/2026\n":            `:1:9: TOML-fout: «1/11/2026» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2026-11-01?`,
		"datum = 01.11.2026\n":           `:1:9: TOML-fout: «01.11.2026» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2026-11-01?`,
		"[besluit]\ndatum = 2026/2/30\n": `:2:9: TOML-fout: «2026/2/30» is geen geldige datum: schrijf jaar-maand-dag met streepjes, zoals 2026-11-01`,
		"a = [2026/11/01]\n":             `:1:6: TOML-fout: «2026/11/01» is geen geldige datum`,
		"versie = 1.0.0\n":               `:1:10: TOML-fout: «1.0.0» is geen geldig getal`,
		"datum = 2026/11-01\n":           `:1:13: TOML-fout: na de waarde hoort de regel op te houden`,
	} {
		fsys := fstest.MapFS{
			"pia.toml":                    {Data: []byte("titel = \"T\"\n")},
			"content/verwerkingen/a.toml": {Data: []byte(src)},
		}
		_, err := Load(".", Options{SiteFS: fsys})
		if err == nil || !strings.Contains(err.Error(), "content/verwerkingen/a.toml"+want) {
			t.Errorf("%q: %v\nwant %s", src, err, want)
		}
	}
}
