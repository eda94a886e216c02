package load

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/model"
)

// A date written with slashes or dots, as many Dutch people write one, is told as a date with the one meant, at the
// column where it starts, as a date with the day first is; a version number, or any value of a key that holds no
// date, is not taken for a date.
func TestDateWithSeparators(t *testing.T) {
	for src, want := range map[string]string{
		"datum = 2026/11/01\n":                    `:1:9: TOML-fout: «2026/11/01» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2026-11-01?`,
		"datum = 1/11/2026\n":                     `:1:9: TOML-fout: «1/11/2026» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2026-11-01?`,
		"datum = 01.11.2026\n":                    `:1:9: TOML-fout: «01.11.2026» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2026-11-01?`,
		"[besluit]\ndatum = 2026/2/30\n":          `:2:9: TOML-fout: «2026/2/30» is geen geldige datum: schrijf jaar-maand-dag met streepjes, zoals 2026-11-01`,
		"[advies_fg]\ndatum = 1.11.2026\n":        `:2:9: TOML-fout: «1.11.2026» is geen geldige datum`,
		"[[maatregelen]]\ngereed_op = 2027/3/1\n": `:2:13: TOML-fout: «2027/3/1» is geen geldige datum: schrijf jaar-maand-dag met streepjes. Bedoelt u 2027-03-01?`,
		"versie = 1.0.0\n":                        `:1:10: TOML-fout: «1.0.0» is geen geldig getal`,
		"versie = 2026.1.1\n":                     `:1:10: TOML-fout: «2026.1.1» is geen geldig getal`,
		"besluit . datum = 2026/1/1\n":            `:1:19: TOML-fout: «2026/1/1» is geen geldige datum`,
		"\"datum\" = 2026/1/1\n":                  `:1:11: TOML-fout: «2026/1/1» is geen geldige datum`,
		"besluit = { datum = 2026/1/1 }\n":        `:1:21: TOML-fout: «2026/1/1» is geen geldige datum`,
		"datum = 2026/11-01\n":                    `:1:13: TOML-fout: na de waarde hoort de regel op te houden`,
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
	// Values that are no dates get no date hint: a list, a version, an answer (a text, to be quoted).
	for _, src := range []string{"a = [2026/11/01]\n", "versie = 2026.1.1\n", "[antwoorden]\ndatum = 2026/1/1\n"} {
		fsys := fstest.MapFS{
			"pia.toml":                    {Data: []byte("titel = \"T\"\n")},
			"content/verwerkingen/a.toml": {Data: []byte(src)},
		}
		if _, err := Load(".", Options{SiteFS: fsys}); err == nil || strings.Contains(err.Error(), "geen geldige datum") {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// TestDateKeys: dateKeys names every key whose value is a date, so that a date written with slashes gets the hint
// wherever it stands.
func TestDateKeys(t *testing.T) {
	var found []string
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return
		}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if name == "" || name == "-" {
				continue
			}
			if f.Type == reflect.TypeFor[model.Datum]() {
				if !slices.Contains(found, name) {
					found = append(found, name)
				}
				continue
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[model.Verwerking]())
	slices.Sort(found)
	want := slices.Clone(dateKeys)
	slices.Sort(want)
	if !slices.Equal(found, want) {
		t.Errorf("date keys in the model: %v; dateKeys: %v", found, want)
	}
}
