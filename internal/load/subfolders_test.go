package load

import (
	"os"
	"path/filepath"
	"runtime"
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

// TestLinkedFolderIsReported: a symbolic link to a folder of questionnaires or pages is not followed, and says so;
// content/verwerkingen itself may be a link.
func TestLinkedFolderIsReported(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	for name, f := range siteFS(t, basePack+`
-- elders/regio/b.toml --
naam = "B"
-- elders/vragenlijsten/a.toml --
naam = "A"
-- elders/paginas/uitleg.md --
+++
titel = "Uitleg"
+++
Tekst.
`) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(filepath.Join(dir, target), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	link("elders/vragenlijsten", "content/verwerkingen")
	site, err := Load(dir, Options{})
	if err != nil {
		t.Fatalf("content/verwerkingen as a link: %v", err)
	}
	if site.Verwerking("a") == nil {
		t.Error("the questionnaires in a linked content/verwerkingen are read")
	}

	link("elders/regio", "elders/vragenlijsten/regio")
	link("elders/paginas", "content/info")
	_, err = Load(dir, Options{})
	errs := AsErrors(err)
	for _, w := range []string{
		"content/verwerkingen/regio: regio is een symbolische link naar een map; pia volgt zulke links niet",
		"content/info: info is een symbolische link naar een map",
	} {
		if !strings.Contains(errs.Error(), w) {
			t.Errorf("missing %q in:\n%v", w, err)
		}
	}
	if len(errs) != 2 {
		t.Errorf("%d errors, want 2:\n%v", len(errs), err)
	}
}
