package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/model"
)

// siteFS builds an in-memory site from "-- path --" sections, like txtar.
func siteFS(t testing.TB, archive string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	var name string
	var body strings.Builder
	flush := func() {
		if name != "" {
			fsys[name] = &fstest.MapFile{Data: []byte(body.String())}
		}
		body.Reset()
	}
	for _, line := range strings.SplitAfter(archive, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") {
			flush()
			name = strings.TrimSuffix(strings.TrimPrefix(trimmed, "-- "), " --")
			continue
		}
		body.WriteString(line)
	}
	flush()
	return fsys
}

func loadArchive(t testing.TB, archive string) (*model.Site, Errors) {
	t.Helper()
	site, err := Load("site", Options{SiteFS: siteFS(t, archive)})
	if err != nil {
		errs := AsErrors(err)
		if errs == nil {
			t.Fatalf("load returned a non-load error: %v", err)
		}
		return nil, errs
	}
	return site, nil
}

func mustLoad(t testing.TB, archive string) *model.Site {
	t.Helper()
	site, errs := loadArchive(t, archive)
	if errs != nil {
		t.Fatalf("unexpected load errors:\n%v", errs)
	}
	return site
}

// basePack is a minimal pack with one base verwerking, used by many tests.
const basePack = `
-- pia.toml --
titel = "Test"
sjablonen = ["basis"]
[organisatie]
naam = "Gemeente Test"
[organisatie.fg]
naam = "F. G."
email = "fg@test.nl"
-- pia-templates/basis/pack.toml --
naam = "basis"
versie = "1.0.0"
uitgever = "Test"
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
-- pia-templates/basis/vragen.toml --
[[secties]]
id = "1"
titel = "Voorstel"
[[vragen]]
id = "A.1"
sectie = "1"
vraag = "Wat is de naam?"
veld = "naam"
-- pia-templates/basis/verwerkingen/wmo.toml --
naam = "Wmo uit het sjabloon"
domein = "wmo"
samenvatting = "Sjabloon"

[informeren]
wanneer = "Bij het eerste contact"
hoe = ["gesprek", "folder"]

[[doelen]]
id = "beoordelen"
omschrijving = "Beoordelen"

[[doelen]]
id = "uitvoeren"
omschrijving = "Uitvoeren"

[[gegevens]]
id = "naw"
omschrijving = "Naam en adres"
categorie = "identificatie"
doelen = ["beoordelen"]
registreren = "altijd"
noodzaak = "Om de inwoner te kennen"

[[gegevens]]
id = "gezondheid"
omschrijving = "Gezondheid"
categorie = "gezondheid"
doelen = ["beoordelen"]
registreren = "bij-hulpbehoefte"
noodzaak = "Om de hulpvraag te bepalen"

[[gegevens]]
id = "netwerk"
omschrijving = "Sociaal netwerk"
categorie = "gezinssituatie"
registreren = "bij-hulpbehoefte"
`

func TestMergeByIDOverrideRemoveAppend(t *testing.T) {
	site := mustLoad(t, basePack+`
-- content/verwerkingen/wmo-voorbeeld.toml --
sjabloon = "basis/wmo"
naam = "Wmo in Teststad"

[[gegevens]]
id = "gezondheid"
registreren = "altijd"

[[gegevens]]
id = "netwerk"
verwijder = true

[[gegevens]]
id = "inkomen"
omschrijving = "Inkomen"
categorie = "financieel"
doelen = ["uitvoeren"]
registreren = "altijd"
noodzaak = "Eigen bijdrage"

[informeren]
wanneer = "Voor het gesprek"
`)
	v := site.Verwerking("wmo-voorbeeld")
	if v == nil {
		t.Fatal("verwerking wmo-voorbeeld not loaded")
	}
	if v.Naam != "Wmo in Teststad" || v.Samenvatting != "Sjabloon" || v.Domein != "wmo" {
		t.Errorf("scalars: naam %q samenvatting %q domein %q", v.Naam, v.Samenvatting, v.Domein)
	}
	var ids []string
	for _, g := range v.Gegevens {
		ids = append(ids, g.ID)
	}
	if got := strings.Join(ids, ","); got != "naw,gezondheid,inkomen" {
		t.Fatalf("gegevens after merge = %s, want naw,gezondheid,inkomen", got)
	}
	g := v.Gegevens[1]
	if g.Registreren != model.RegistreerAltijd {
		t.Errorf("override: registreren = %q, want altijd", g.Registreren)
	}
	if g.Omschrijving != "Gezondheid" || g.Noodzaak != "Om de hulpvraag te bepalen" || len(g.Doelen) != 1 {
		t.Errorf("fields not overridden must be inherited: %+v", g)
	}
	// A table of the site file replaces the template's table whole.
	if v.Informeren == nil || v.Informeren.Wanneer != "Voor het gesprek" || len(v.Informeren.Hoe) != 0 {
		t.Errorf("informeren = %+v, want the site's table only", v.Informeren)
	}
	if len(v.Doelen) != 2 {
		t.Errorf("doelen inherited: %d", len(v.Doelen))
	}
	// Positions: overridden field from the site file, inherited field from the template.
	if p := v.Pos.Of("gegevens[1].registreren"); p.File != "content/verwerkingen/wmo-voorbeeld.toml" || p.Line != 6 {
		t.Errorf("position of overridden field = %v", p)
	}
	if p := v.Pos.Of("gegevens[1].noodzaak"); p.File != "pia-templates/basis/verwerkingen/wmo.toml" || p.Line != 31 {
		t.Errorf("position of inherited field = %v", p)
	}
	if p := v.Pos.Of("gegevens[2].categorie"); p.File != "content/verwerkingen/wmo-voorbeeld.toml" || p.Line != 15 {
		t.Errorf("position of appended entry = %v", p)
	}
	if v.Base == nil || v.Base.Gegevens[1].Registreren != model.RegistreerBijHulpbehoefte {
		t.Errorf("Base must hold the template as merged, unchanged by the site")
	}
	if v.Pack == nil || v.Pack.Naam != "basis" || len(v.Chain) != 1 || v.Chain[0].Ref != "basis/wmo" {
		t.Errorf("pack %v chain %v", v.Pack, v.Chain)
	}
	if v.File != "content/verwerkingen/wmo-voorbeeld.toml" {
		t.Errorf("file %q", v.File)
	}
}

func TestOtherArraysAreReplacedWhole(t *testing.T) {
	site := mustLoad(t, basePack+`
-- content/verwerkingen/x.toml --
sjabloon = "basis/wmo"
[[gegevens]]
id = "naw"
doelen = ["uitvoeren"]
`)
	g := site.Verwerking("x").Gegevens[0]
	if strings.Join(g.Doelen, ",") != "uitvoeren" {
		t.Errorf("a plain array inside an entry is replaced whole: %v", g.Doelen)
	}
}

func TestPackExtendsPack(t *testing.T) {
	site := mustLoad(t, basePack+`
-- pia-templates/regio/pack.toml --
naam = "regio"
versie = "2.1.0"
basis = "basis@1"
-- pia-templates/regio/catalogus/extra.toml --
[[grondslagen]]
id = "regio-verordening"
soort = "publieke-taak"
-- pia-templates/regio/vragen.toml --
[[vragen]]
id = "R.1"
sectie = "1"
vraag = "Regionale vraag"
-- pia-templates/regio/verwerkingen/wmo-regio.toml --
sjabloon = "basis/wmo"
naam = "Wmo in de regio"
[[gegevens]]
id = "gezondheid"
omschrijving = "Gezondheid (regionaal)"
-- content/verwerkingen/a.toml --
sjabloon = "regio/wmo-regio"
`+"\n-- pia.toml --\ntitel = \"Test\"\nsjablonen = [\"regio\"]\n[organisatie.fg]\nnaam = \"F\"\nemail = \"f@x.nl\"\n")
	v := site.Verwerking("a")
	if v.Naam != "Wmo in de regio" || v.Samenvatting != "Sjabloon" {
		t.Errorf("chain merge: naam %q samenvatting %q", v.Naam, v.Samenvatting)
	}
	if v.Gegevens[1].Omschrijving != "Gezondheid (regionaal)" || v.Gegevens[1].Noodzaak == "" {
		t.Errorf("entry merged through two levels: %+v", v.Gegevens[1])
	}
	if len(v.Chain) != 2 || v.Chain[0].Ref != "regio/wmo-regio" || v.Chain[1].Ref != "basis/wmo" {
		t.Errorf("chain = %+v", v.Chain)
	}
	if site.Catalogus.Grondslag("avg-6-1-e") == nil || site.Catalogus.Grondslag("regio-verordening") == nil {
		t.Errorf("catalogue of a pack includes its base")
	}
	if site.Vragen.Vraag("A.1") == nil || site.Vragen.Vraag("R.1") == nil {
		t.Errorf("questions of a pack include its base")
	}
	if v.Pack.Naam != "regio" || v.Pack.Basis == nil || v.Pack.Basis.Naam != "basis" {
		t.Errorf("pack %s basis %v", v.Pack.Naam, v.Pack.Basis)
	}
}

func TestVersions(t *testing.T) {
	packs := `
-- pia-templates/p1/pack.toml --
naam = "p"
versie = "1.4.0"
-- pia-templates/p1/verwerkingen/x.toml --
naam = "een"
-- pia-templates/p2/pack.toml --
naam = "p"
versie = "2.0.1"
-- pia-templates/p2/verwerkingen/x.toml --
naam = "twee"
-- pia-templates/p13/pack.toml --
naam = "p"
versie = "1.3.9"
-- pia-templates/p13/verwerkingen/x.toml --
naam = "een-drie"
-- content/verwerkingen/v.toml --
sjabloon = "p/x"
`
	cases := []struct{ sel, want, err string }{
		{"p@1", "een", ""},
		{"p@1.3", "een-drie", ""},
		{"p@2", "twee", ""},
		{"p", "twee", ""},
		{"p@1.4.0", "een", ""},
		{"p@3", "", "pia.toml:1:14: sjabloonpakket p heeft geen versie 3; beschikbaar: 2.0.1, 1.4.0, 1.3.9"},
		{"p@", "", "pia.toml:1:14: na de @ van sjabloonpakket p staat geen versie; beschikbaar: 2.0.1, 1.4.0, 1.3.9. Schrijf een versie na de @, of laat de @ weg voor de nieuwste (\"p\")"},
	}
	for _, c := range cases {
		t.Run(c.sel, func(t *testing.T) {
			site, errs := loadArchive(t, "-- pia.toml --\nsjablonen = [\""+c.sel+"\"]\n"+packs)
			if c.err != "" {
				if errs == nil || errs[0].Error() != c.err {
					t.Fatalf("error = %v, want %s", errs, c.err)
				}
				return
			}
			if errs != nil {
				t.Fatal(errs)
			}
			if got := site.Verwerking("v").Naam; got != c.want {
				t.Errorf("selected %q, want %q", got, c.want)
			}
		})
	}
}

func TestSitePackOverridesEmbedded(t *testing.T) {
	embedded := siteFS(t, `
-- themes/default/page.html --
-- pia-templates/basis/pack.toml --
naam = "basis"
versie = "1.0.0"
-- pia-templates/basis/verwerkingen/wmo.toml --
naam = "ingebouwd"
`)
	site, err := Load("site", Options{Embedded: embedded, SiteFS: siteFS(t, `
-- pia.toml --
sjablonen = ["basis"]
-- pia-templates/basis/pack.toml --
naam = "basis"
versie = "1.0.1"
-- pia-templates/basis/verwerkingen/wmo.toml --
naam = "van de site"
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
`)})
	if err != nil {
		t.Fatal(err)
	}
	if got := site.Verwerking("a").Naam; got != "van de site" {
		t.Errorf("site pack must replace the embedded one of the same folder: %q", got)
	}
	site, err = Load("site", Options{Embedded: embedded, SiteFS: siteFS(t, `
-- pia.toml --
sjablonen = ["basis"]
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
`)})
	if err != nil {
		t.Fatal(err)
	}
	v := site.Verwerking("a")
	if v.Naam != "ingebouwd" || !strings.HasPrefix(v.Chain[0].File, EmbeddedPrefix) {
		t.Errorf("embedded pack: naam %q chain %+v", v.Naam, v.Chain)
	}
}

func TestPagesWithFrontMatter(t *testing.T) {
	site := mustLoad(t, basePack+`
-- content/privacybeleid.md --
+++
titel = "Ons privacybeleid"
gewicht = 2
+++
# Kop

Tekst.
-- content/over/contact.md --
Alleen tekst.
-- content/strepen.md --
---
Tekst tussen twee lijnen; geen voorwerk.
---
Let op: dit is ook geen voorwerk.
-- content/uitleg.md --
# Een pagina schrijven

`+"```toml"+`
+++
titel = "Over ons"
+++
`+"```"+`

Een regel met +++ als tekst:
+++
`)
	if len(site.Pages) != 4 {
		t.Fatalf("pages: %d", len(site.Pages))
	}
	c, p := site.Pages[0], site.Pages[1]
	if s := site.Pages[2]; s.Path != "strepen" || !strings.HasPrefix(s.Body, "---\nTekst") {
		t.Errorf("a page that starts with a rule: %+v", s)
	}
	if c.Path != "over/contact" || c.Titel != "contact" || !strings.Contains(c.Body, "Alleen tekst") {
		t.Errorf("page without front matter: %+v", c)
	}
	if p.Path != "privacybeleid" || p.Titel != "Ons privacybeleid" || p.Gewicht != 2 || p.BodyLine != 5 ||
		!strings.HasPrefix(p.Body, "# Kop") {
		t.Errorf("page with front matter: %+v", p)
	}
}

// TestGeverifieerd: catalogue entries that pia.toml's geverifieerd names lose their unverified mark in the site's
// catalogue; an id the catalogue does not have is an error with the id meant.
func TestGeverifieerd(t *testing.T) {
	pack := `
-- pia-templates/basis/catalogus/bewaartermijnen.toml --
[[bewaartermijnen]]
id = "bt-wmo"
termijn = "15 jaar"
onzeker = true
[[bewaartermijnen]]
id = "bt-pw"
termijn = "10 jaar"
onzeker = true
`
	site := mustLoad(t, strings.Replace(basePack, `sjablonen = ["basis"]`, `sjablonen = ["basis"]
geverifieerd = ["bt-wmo"]`, 1)+pack)
	if b := site.Catalogus.Bewaartermijn("bt-wmo"); b == nil || b.Onzeker {
		t.Errorf("bt-wmo: %+v", b)
	}
	if b := site.Catalogus.Bewaartermijn("bt-pw"); b == nil || !b.Onzeker {
		t.Errorf("bt-pw lost its mark: %+v", b)
	}
	_, errs := loadArchive(t, strings.Replace(basePack, `sjablonen = ["basis"]`, `sjablonen = ["basis"]
geverifieerd = ["bt-wm"]`, 1)+pack)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `pia.toml:3:`) ||
		!strings.Contains(errs[0].Error(), `"bt-wm" in geverifieerd is geen grondslag, bewaartermijn of AP-categorie uit de catalogus van de gekozen sjabloonpakketten; bedoelde u "bt-wmo"?`) {
		t.Errorf("errors = %v", errs)
	}
}
