package load

import (
	"slices"
	"strings"
	"testing"
)

// TestQuestionnairesInSubFolders: a register kept per domain in sub-folders of content/verwerkingen loads whole;
// folders starting with a dot are skipped; a questionnaire elsewhere under content/ is an error, not a verwerking
// silently missing.
func TestQuestionnairesInSubFolders(t *testing.T) {
	site := mustLoad(t, basePack+`
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
naam = "A"
-- content/verwerkingen/jeugd/b.toml --
sjabloon = "basis/wmo"
naam = "B"
-- content/verwerkingen/jeugd/veilig-thuis/c.toml --
naam = "C"
-- content/verwerkingen/.oud/d.toml --
naam = "D"
-- content/verwerkingen/jeugd/README.md --
Niet gelezen.
`)
	var got []string
	for _, v := range site.Verwerkingen {
		got = append(got, v.ID+"@"+v.File)
	}
	want := []string{"a@content/verwerkingen/a.toml", "b@content/verwerkingen/jeugd/b.toml",
		"c@content/verwerkingen/jeugd/veilig-thuis/c.toml"}
	if !slices.Equal(got, want) {
		t.Errorf("verwerkingen = %v, want %v", got, want)
	}
	if b := site.Verwerking("b"); b == nil || b.Samenvatting != "Sjabloon" {
		t.Errorf("a questionnaire in a sub-folder must extend its template: %+v", b)
	}

	_, errs := loadArchive(t, basePack+`
-- content/verwerkingen/wmo/a.toml --
naam = "A"
-- content/verwerkingen/jeugd/a.toml --
naam = "A2"
-- content/verwerkingen/jeugd/Jeugd.TOML --
naam = "J"
-- content/wmo/huishouden.toml --
naam = "H"
`)
	wantErrs := []string{
		`content/verwerkingen/wmo/a.toml:1:1: verwerking "a" bestaat al (in content/verwerkingen/jeugd/a.toml)`,
		`content/verwerkingen/jeugd/Jeugd.TOML: Jeugd.TOML wordt niet gelezen`,
		`content/wmo/huishouden.toml: huishouden.toml wordt niet gelezen: vragenlijsten staan in content/verwerkingen/ of in een submap daarvan`,
	}
	for _, w := range wantErrs {
		if !strings.Contains(errs.Error(), w) {
			t.Errorf("missing error %q in:\n%v", w, errs)
		}
	}
	if len(errs) != len(wantErrs) {
		t.Errorf("%d errors, want %d:\n%v", len(errs), len(wantErrs), errs)
	}
}

func TestIsQuestionnaire(t *testing.T) {
	for f, want := range map[string]bool{
		"content/verwerkingen/a.toml":            true,
		"content/verwerkingen/jeugd/a.toml":      true,
		"content/verwerkingen/x/y/a.toml":        true,
		"content/verwerkingen/.oud/a.toml":       false,
		"content/verwerkingen/x/.concept/a.toml": false,
		"content/verwerkingen/a.md":              false,
		"content/verwerkingen.toml":              false,
		"content/wmo/a.toml":                     false,
		"content/verwerkingen//a.toml":           false,
		"pia.toml":                               false,
	} {
		if got := IsQuestionnaire(f); got != want {
			t.Errorf("IsQuestionnaire(%q) = %v, want %v", f, got, want)
		}
	}
}
