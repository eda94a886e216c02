package load

import (
	"io/fs"
	"os"
	"os/exec"
	"reflect"
	"testing"

	pia "github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/testsite"
)

// mergeThenDecode is how a verwerking was made before overlay: its file merged onto its template as trees, and the
// merged tree decoded, without the template's references to what the file removed.
func mergeThenDecode(t *testing.T, l *loader, file string) *model.Verwerking {
	t.Helper()
	src, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		t.Fatal(err)
	}
	c := &collector{lang: i18n.Default}
	d := parseDoc(file, src, c)
	if d == nil {
		t.Fatal(c.errs)
	}
	merged, tmpl := d, (*resolved)(nil)
	if ref, ok := d.m["sjabloon"].(string); ok && ref != "" {
		tmpl = l.templates[ref]
		merged = merge(tmpl.doc, d)
	}
	v := l.toVerwerking(merged, "", c.lang)
	if tmpl != nil {
		v.Chain, v.Base, v.Pack = tmpl.chain, tmpl.base, tmpl.pack.pack
		// What the file removes takes the template's references with it (the sites here have templates that
		// remove nothing themselves; removed_test.go checks chains that do).
		mp := merged.pos.(*mergedPos)
		dropRemoved(v, removedIDs(mp.removed), func(p string) bool { return !mp.fromOverAt(p) })
	}
	return v
}

// checkOverlay loads a site and compares every verwerking with mergeThenDecode of its file.
func checkOverlay(t *testing.T, dir string, fsys fs.FS) int {
	t.Helper()
	l := &loader{fsys: fsys, c: &collector{lang: i18n.Default}}
	site := l.load(dir, Options{Embedded: pia.Embedded()})
	if len(l.c.errs) > 0 {
		t.Fatal(l.c.errs)
	}
	extended := 0
	for _, v := range site.Verwerkingen {
		want := mergeThenDecode(t, l, v.File)
		want.ID, want.File = v.ID, v.File
		got := *v
		got.Pos, want.Pos = model.Positions{}, model.Positions{} // made the same way by both; compared in merge_test.go
		gv, wv := reflect.ValueOf(got), reflect.ValueOf(*want)
		for i := range gv.NumField() {
			if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
				t.Errorf("%s: %s of the overlaid verwerking differs from the decoded merge:\n got %+v\nwant %+v",
					v.File, gv.Type().Field(i).Name, gv.Field(i), wv.Field(i))
			}
		}
		if v.Base != nil {
			extended++
		}
	}
	return extended
}

// TestOverlayIsMergeThenDecode: laying a file's own values over its template's verwerking gives what decoding the
// merged tree gives, for the example site, for a site with every kind of override, and for a generated site.
func TestOverlayIsMergeThenDecode(t *testing.T) {
	t.Run("example", func(t *testing.T) {
		if n := checkOverlay(t, testsite.Root(), os.DirFS(testsite.Root())); n == 0 {
			t.Error("no verwerking of the example site extends a template")
		}
	})
	t.Run("overrides", func(t *testing.T) {
		fsys := siteFS(t, `
-- pia.toml --
sjablonen = ["vng-sociaal-domein"]
-- content/verwerkingen/a.toml --
sjabloon = "vng-sociaal-domein/wmo-maatwerkvoorziening"
naam = "Eigen naam"
antwoorden = { "eigen-vraag" = "ja" }

[[gegevens]]
id = "bsn"
noodzaak = "Eigen noodzaak"

[[gegevens]]
id = "medisch-advies"
verwijder = true

[[gegevens]]
id = "nieuw"
omschrijving = "Nieuw gegeven"
categorie = "gewoon"
registreren = "nooit"
verwijder = false

[[risicos]]
id = "R1"
kans = 2

[[risicos]]
id = "R-eigen"
omschrijving = "Eigen risico"
-- content/verwerkingen/b.toml --
naam = "Zonder sjabloon"
domein = "wmo"

[[doelen]]
id = "d1"
omschrijving = "Een doel"
-- content/verwerkingen/c.toml --
sjabloon = "vng-sociaal-domein/jeugdwet-toegang"
doelen = []
`)
		checkOverlay(t, "site", fsys)
	})
	t.Run("chain and tables", func(t *testing.T) {
		fsys := siteFS(t, basePack+`
-- pia-templates/basis/verwerkingen/wmo-regio.toml --
sjabloon = "basis/wmo"
samenvatting = "Regio"
publieke_taak = false

[informeren]
wanneer = "Bij de melding"

[[gegevens]]
id = "gezondheid"
noodzaak = "Regionale noodzaak"

[[gegevens]]
id = "regio"
omschrijving = "Regio"
categorie = "identificatie"
registreren = "altijd"
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo-regio"
naam = "Eigen"

[dpia]
criteria = []

[[gegevens]]
id = "regio"
registreren = "nooit"

[[gegevens]]
id = "naw"
verwijder = true
-- content/verwerkingen/b.toml --
sjabloon = "basis/wmo-regio"
publieke_taak = true
`)
		if n := checkOverlay(t, "site", fsys); n != 2 {
			t.Errorf("%d of 2 verwerkingen extend a template", n)
		}
	})
	t.Run("generated", func(t *testing.T) {
		if testing.Short() {
			t.Skip("generates a site")
		}
		dir := t.TempDir()
		cmd := exec.Command("go", "run", "./bench/gen", "-verwerkingen", "150", "-uit", dir)
		cmd.Dir = testsite.Root()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("gen: %v\n%s", err, out)
		}
		if n := checkOverlay(t, dir, os.DirFS(dir)); n < 150 {
			t.Errorf("%d of 150 verwerkingen extend a template", n)
		}
	})
}
