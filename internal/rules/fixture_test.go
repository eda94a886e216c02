package rules

import (
	"fmt"
	"reflect"

	"github.com/pia-nl/pia/internal/model"
)

// The test catalogue mirrors the ids SPEC.md guarantees, with just the entries the rules need.
func testCatalogus() *model.Catalogus {
	return &model.Catalogus{
		Soorten: []model.SoortGrondslag{
			{ID: "toestemming", Art6: true, Toestemming: true},
			{ID: "overeenkomst", Art6: true},
			{ID: "wettelijke-verplichting", Art6: true},
			{ID: "vitaal-belang", Art6: true},
			{ID: "publieke-taak", Art6: true},
			{ID: "gerechtvaardigd-belang", Art6: true},
			{ID: "uitdrukkelijke-toestemming", Toestemming: true},
			{ID: "art9-uitzondering"},
			{ID: "art10-uitzondering"},
			{ID: "bsn-grondslag"},
			{ID: "sectorwet"},
		},
		Grondslagen: []model.CatGrondslag{
			{ID: "avg-6-1-a", Titel: "Toestemming", Soort: "toestemming"},
			{ID: "avg-6-1-c", Titel: "Wettelijke verplichting", Soort: "wettelijke-verplichting"},
			{ID: "avg-6-1-e", Titel: "Taak van algemeen belang", Soort: "publieke-taak"},
			{ID: "avg-6-1-f", Titel: "Gerechtvaardigd belang", Soort: "gerechtvaardigd-belang"},
			{ID: "avg-9-2-a", Titel: "Uitdrukkelijke toestemming", Soort: "uitdrukkelijke-toestemming", Dekt: []string{"art9"}},
			{ID: "avg-9-2-h", Titel: "Gezondheidszorg en sociale diensten", Soort: "art9-uitzondering", Dekt: []string{"art9"}},
			{ID: "uavg-30", Titel: "Gezondheidsgegevens", Soort: "art9-uitzondering", Dekt: []string{"art9"},
				Categorieen: []string{"gezondheid"}},
			{ID: "avg-10", Titel: "Strafrechtelijke gegevens", Soort: "art10-uitzondering", Dekt: []string{"art10"}},
			{ID: "uavg-33", Titel: "Strafrechtelijke gegevens, UAVG", Soort: "art10-uitzondering", Dekt: []string{"art10"},
				Onzeker: true, Noot: "lid nog controleren"},
			{ID: "wabb-10", Titel: "BSN-gebruik door overheden", Soort: "bsn-grondslag", Dekt: []string{"bsn"}},
			{ID: "wmo-5-1-1", Titel: "Wmo 2015 art. 5.1.1", Soort: "sectorwet", Dekt: []string{"art9", "bsn"}},
		},
		Categorieen: []model.CatCategorie{
			{ID: "identificatie", Titel: "Identificatie", Bijzonder: model.BijzonderNone},
			{ID: "contact", Titel: "Contact", Bijzonder: model.BijzonderNone},
			{ID: "bsn", Titel: "Burgerservicenummer", Bijzonder: model.BijzonderBSN},
			{ID: "financieel", Titel: "Financiële gegevens", Bijzonder: model.BijzonderNone, Gevoelig: true},
			{ID: "leefgebieden", Titel: "Leefgebieden", Bijzonder: model.BijzonderNone},
			{ID: "gezondheid", Titel: "Gezondheid", Bijzonder: model.BijzonderArt9, Gevoelig: true},
			{ID: "religie", Titel: "Religie", Bijzonder: model.BijzonderArt9},
			{ID: "strafrechtelijk", Titel: "Strafrechtelijke gegevens", Bijzonder: model.BijzonderArt10},
		},
		Criteria: []model.CatCriterium{
			{ID: "evaluatie-of-scoren", Titel: "Evaluatie of scoren"},
			{ID: "geautomatiseerde-besluitvorming", Titel: "Geautomatiseerde besluitvorming"},
			{ID: "stelselmatige-monitoring", Titel: "Stelselmatige monitoring"},
			{ID: "gevoelige-gegevens", Titel: "Gevoelige gegevens"},
			{ID: "grootschalig", Titel: "Grootschalige verwerking"},
			{ID: "koppelen-van-datasets", Titel: "Koppelen van datasets"},
			{ID: "kwetsbare-betrokkenen", Titel: "Kwetsbare betrokkenen"},
			{ID: "innovatieve-technologie", Titel: "Innovatieve technologie"},
			{ID: "blokkeert-recht-of-dienst", Titel: "Blokkeert een recht of dienst"},
		},
		APLijst: []model.CatAPCategorie{
			{ID: "fraudebestrijding", Nummer: 3, Titel: "Fraudebestrijding"},
			{ID: "financiele-situatie", Nummer: 5, Titel: "Financiële situatie"},
			{ID: "gezondheidsgegevens", Nummer: 7, Titel: "Gezondheidsgegevens"},
			{ID: "profilering", Nummer: 15, Titel: "Profilering"},
		},
		Bewaartermijnen: []model.CatBewaartermijn{
			{ID: "bt-wmo-geen", Titel: "Wmo zonder voorziening", Domeinen: []model.Domein{"wmo"},
				Termijn: model.Termijn{Aantal: 5, Eenheid: model.Jaren}},
			{ID: "bt-wmo", Titel: "Wmo-cliëntgegevens", Domeinen: []model.Domein{"wmo"},
				Termijn: model.Termijn{Aantal: 15, Eenheid: model.Jaren}, Wettelijk: true},
			{ID: "bt-jeugd-dossier", Titel: "Jeugdhulpdossier", Domeinen: []model.Domein{"jeugdwet"},
				Termijn: model.Termijn{Aantal: 20, Eenheid: model.Jaren}, Wettelijk: true},
			{ID: "bt-pw", Titel: "Bijstandsdossier", Domeinen: []model.Domein{"participatiewet"},
				Termijn: model.Termijn{Aantal: 10, Eenheid: model.Jaren}, Onzeker: true, Noot: "Selectielijst nagaan"},
			// Listed for comparison only, as the shipped pack lists the WGBO period: never a domain's standard.
			{ID: "bt-wgbo", Titel: "Medisch dossier (ter vergelijking)", Domeinen: []model.Domein{"overig"},
				Termijn: model.Termijn{Aantal: 20, Eenheid: model.Jaren}, Wettelijk: true, TerVergelijking: true},
		},
		Rechten: []model.CatRecht{
			{ID: "inzage", Artikel: "AVG art. 15", Titel: "Uw gegevens inzien"},
			{ID: "bezwaar", Artikel: "AVG art. 21", Titel: "Bezwaar maken"},
		},
	}
}

const (
	siteFile     = "content/verwerkingen/wmo.toml"
	templateFile = "pia-templates/vng-test/verwerkingen/wmo.toml"
)

func ptr[T any](v T) *T { return &v }

// testPacks returns the pack the complete verwerking extends ("vng-test", with base "basis-test") and an unrelated
// pack whose questions must not apply.
func testPacks() (pack, basis, ander *model.Pack) {
	basis = &model.Pack{Naam: "basis-test", Vragen: &model.Vragenlijst{Vragen: []model.Vraag{
		{ID: "C.1", Vraag: "Welke gedragscode geldt?", Pack: "basis-test"},
	}}}
	pack = &model.Pack{Naam: "vng-test", Basis: basis, Vragen: &model.Vragenlijst{Vragen: []model.Vraag{
		{ID: "A.4", Vraag: "Hoe is de subsidiariteit afgewogen?", Verplicht: true, Pack: "vng-test"},
		{ID: "A.5", Vraag: "Welke alternatieven zijn overwogen?", Pack: "vng-test"},
		{ID: "A.6", Vraag: "Hoe gaat u om met verzoeken?", Verplicht: true, Veld: "rechten.procedure", Pack: "vng-test"},
		{ID: "A.7", Vraag: "Vat de verwerking samen.", Veld: "samenvatting", Pack: "vng-test"},
	}}}
	ander = &model.Pack{Naam: "ander-pakket", Vragen: &model.Vragenlijst{Vragen: []model.Vraag{
		{ID: "B.1", Vraag: "Een vraag van een ander pakket.", Verplicht: true, Pack: "ander-pakket"},
	}}}
	return pack, basis, ander
}

// testSite returns a site with the test catalogue, the packs and one complete, correct verwerking.
func testSite() (*model.Site, *model.Verwerking) {
	pack, basis, ander := testPacks()
	vragen := basis.Vragen.Merge(pack.Vragen).Merge(ander.Vragen)
	for i := range vragen.Vragen {
		vragen.Vragen[i].Pos = model.Pos{File: "pia-templates/" + vragen.Vragen[i].Pack + "/vragen.toml", Line: 10 + i}
	}
	v := completeVerwerking()
	v.Pack = pack
	site := &model.Site{
		Config: model.Config{
			Titel: "Test", Taal: "nl", File: "pia.toml",
			Organisatie: model.Organisatie{Naam: "Gemeente Test", Email: "privacy@test.nl",
				FG: model.Contact{Naam: "J. Jansen", Email: "fg@test.nl"}},
			Pos: model.NewPositions(model.PosMap{"": {File: "pia.toml"}, "organisatie.fg": {File: "pia.toml", Line: 20, Col: 1}}),
		},
		Verwerkingen: []*model.Verwerking{v},
		Packs:        []*model.Pack{pack, ander},
		Catalogus:    testCatalogus(),
		Vragen:       vragen,
		Teksten: map[string]string{model.TekstPrivacyverklaringKlacht: "Niet tevreden? Dien een klacht in bij de " +
			"Autoriteit Persoonsgegevens."},
	}
	return site, v
}

// completeVerwerking is a Wmo verwerking that satisfies every rule: no findings at all.
func completeVerwerking() *model.Verwerking {
	v := &model.Verwerking{
		Sjabloon: "vng-test/wmo", ID: "wmo", Naam: "Wmo-maatwerkvoorziening", Domein: "wmo",
		Status: model.StatusVastgesteld, Versie: "1.0", AantalBetrokkenen: 4000,
		Datum: model.Datum{Jaar: 2026, Maand: 11, Dag: 10}, Opsteller: "Privacyadviseur", Proceseigenaar: "Teamleider Wmo",
		Doelen: []model.Doel{
			{ID: "beoordelen", Omschrijving: "Vaststellen of ondersteuning nodig is"},
			{ID: "leveren", Omschrijving: "Ondersteuning toekennen en leveren"},
		},
		Betrokkenen: []model.Betrokkene{{ID: "aanvrager", Omschrijving: "Inwoner die een melding doet", Kwetsbaar: true}},
		Gegevens: []model.Gegeven{
			{ID: "naw", Omschrijving: "Naam en adres", Categorie: "identificatie", Betrokkenen: []string{"aanvrager"},
				Doelen: []string{"beoordelen", "leveren"}, Bron: "inwoner", Registreren: model.RegistreerAltijd,
				Noodzaak: "Nodig om de aanvrager te identificeren."},
			{ID: "bsn", Omschrijving: "Burgerservicenummer", Categorie: "bsn", Betrokkenen: []string{"aanvrager"},
				Doelen: []string{"beoordelen", "leveren"}, Bron: "brp", Registreren: model.RegistreerAltijd,
				Noodzaak: "Verplicht bij gegevensuitwisseling (Wabb art. 11)."},
			{ID: "gezondheid", Omschrijving: "Gezondheid en beperkingen", Categorie: "gezondheid",
				Betrokkenen: []string{"aanvrager"}, Doelen: []string{"beoordelen"}, Bron: "inwoner",
				Registreren: model.RegistreerBijHulpbehoefte, Noodzaak: "Nodig om de ondersteuning te bepalen."},
			{ID: "netwerk", Omschrijving: "Sociaal netwerk", Categorie: "leefgebieden", Betrokkenen: []string{"aanvrager"},
				Doelen: []string{"beoordelen"}, Bron: "inwoner", Uitvragen: ptr(true), Registreren: model.RegistreerNooit},
		},
		Grondslagen: []model.Grondslag{
			{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"},
			{Artikel: "uavg-30", Categorieen: []string{"gezondheid"}},
			{Artikel: "wabb-10"},
		},
		Ontvangers: []model.Ontvanger{{ID: "zorgaanbieder", Naam: "Gecontracteerde zorgaanbieders",
			Rol: model.RolDerde, Gegevens: []string{"naw", "gezondheid"}, Grondslag: "Wmo 2015, art. 5.1.1 lid 4",
			Land: "NL"}},
		Systemen: []model.Systeem{{Naam: "Regiesysteem", Leverancier: "Leverancier BV", Verwerker: true,
			Overeenkomst: "Verwerkersovereenkomst 2024-03", Locatie: "NL"}},
		Bewaartermijnen: []model.Bewaartermijn{{Gegevens: []string{"*"},
			Termijn: model.Termijn{Aantal: 15, Eenheid: model.Jaren}, Vanaf: "einde van de voorziening",
			Bron: "Wmo 2015"}},
		Toegang: []model.Toegang{
			{Rol: "Wmo-consulent", Gegevens: []string{"*"}, Toelichting: "Alleen de eigen cliënten"},
			{Rol: "Administratie", Gegevens: []string{"naw", "bsn"}},
		},
		Informeren: &model.Informeren{Wanneer: "Bij het eerste contact", Hoe: []string{"gesprek", "folder"},
			Verplichting: "Vrijwillig; zonder deze gegevens kan de gemeente de melding niet onderzoeken."},
		DPIA: model.DPIA{APLijst: []string{"gezondheidsgegevens"}},
		Risicos: []model.Risico{
			{ID: "R1", Omschrijving: "Te veel vastleggen", Kans: 3, Impact: 3, Maatregelen: []string{"M1"},
				RestKans: 2, RestImpact: 2},
			{ID: "R2", Omschrijving: "Verkeerd adres", Kans: 1, Impact: 2},
		},
		Maatregelen: []model.Maatregel{{ID: "M1", Omschrijving: "Registratieprotocol", Soort: "organisatorisch",
			Status: "gepland"}, {ID: "M2", Omschrijving: "Autorisatie op caseload en logging van inzage",
			Soort: "technisch", Status: "gereed", Beveiliging: true}},
		AdviesFG:               &model.AdviesFG{Datum: model.Datum{Jaar: 2026, Maand: 11, Dag: 15}, Oordeel: "positief"},
		RaadplegingBetrokkenen: &model.Raadpleging{Gedaan: true, Wie: "Adviesraad sociaal domein", Uitkomst: "Akkoord"},
		Rechten:                model.Rechten{Procedure: "Verzoeken gaan naar het privacyteam."},
		Besluit: &model.Besluit{Datum: model.Datum{Jaar: 2026, Maand: 12, Dag: 1}, Door: "College",
			MaatregelenGoedgekeurdDoor: "Afdelingshoofd", RestrisicoAanvaardDoor: "College",
			FGAdviesGevolgd: ptr(true), Herbeoordeling: model.Datum{Jaar: 2029, Maand: 12, Dag: 1}},
		Antwoorden: map[string]string{"A.4": "Er is geen minder ingrijpend middel.", "A.5": "Geen.", "C.1": "Geen."},
		File:       siteFile,
		Chain:      []model.TemplateRef{{Ref: "vng-test/wmo", File: templateFile}},
		Base: &model.Verwerking{ID: "wmo", Gegevens: []model.Gegeven{
			{ID: "naw", Registreren: model.RegistreerAltijd},
			{ID: "gezondheid", Registreren: model.RegistreerBijHulpbehoefte},
			{ID: "netwerk", Registreren: model.RegistreerNooit},
		}},
	}
	v.Pos = model.NewPositions(positions(v))
	return v
}

// positions gives every table, entry and field of v a distinct line in v.File, as the loader would. Element paths
// inside lists (gegevens[0].doelen[1]) are left out on purpose, to exercise the fallback of Positions.Of.
func positions(v *model.Verwerking) model.PosMap {
	p := model.PosMap{"": {File: siteFile}}
	line := 1
	add := func(path string) {
		p[path] = model.Pos{File: siteFile, Line: line, Col: 1}
		line++
	}
	for _, f := range []string{"doelen", "betrokkenen", "gegevens", "grondslagen", "ontvangers", "systemen",
		"bewaartermijnen", "toegang", "informeren", "informeren.wanneer", "informeren.hoe", "besluitvorming",
		"dpia", "dpia.criteria", "dpia.ap_lijst", "risicos", "maatregelen", "advies_fg", "advies_fg.oordeel",
		"raadpleging_betrokkenen", "rechten", "rechten.procedure", "besluit", "besluit.datum", "besluit.door",
		"besluit.herbeoordeling", "antwoorden"} {
		add(f)
	}
	entries := map[string][]string{
		"doelen":          {"id", "omschrijving"},
		"gegevens":        {"id", "categorie", "doelen", "betrokkenen", "bron", "registreren", "noodzaak"},
		"grondslagen":     {"artikel", "categorieen", "wet"},
		"ontvangers":      {"id", "rol", "gegevens", "grondslag", "land"},
		"systemen":        {"naam", "verwerker", "overeenkomst", "locatie"},
		"bewaartermijnen": {"gegevens", "termijn", "bron"},
		"toegang":         {"rol", "gegevens", "toelichting"},
		"risicos":         {"id", "kans", "impact", "maatregelen", "rest_kans", "rest_impact"},
	}
	counts := map[string]int{
		"doelen": len(v.Doelen), "gegevens": len(v.Gegevens), "grondslagen": len(v.Grondslagen),
		"ontvangers": len(v.Ontvangers), "systemen": len(v.Systemen), "bewaartermijnen": len(v.Bewaartermijnen),
		"toegang": len(v.Toegang), "risicos": len(v.Risicos),
	}
	for _, list := range []string{"doelen", "gegevens", "grondslagen", "ontvangers", "systemen", "bewaartermijnen",
		"toegang", "risicos"} {
		for i := range counts[list] + 2 { // two spare entries for cases that append one
			add(fmt.Sprintf("%s[%d]", list, i))
			for _, f := range entries[list] {
				add(fmt.Sprintf("%s[%d].%s", list, i, f))
			}
		}
	}
	for k := range v.Antwoorden {
		p["antwoorden."+k] = model.Pos{File: siteFile, Line: 900, Col: 1}
	}
	// Every key of a table that holds a value, as the loader records what a file writes.
	rv := reflect.ValueOf(v).Elem()
	for _, f := range tomlFields(rv.Type()) {
		tv := rv.Field(f.index)
		if tv.Kind() == reflect.Pointer {
			if tv.IsNil() {
				continue
			}
			tv = tv.Elem()
		}
		if tv.Kind() != reflect.Struct {
			continue
		}
		for _, k := range tomlFields(tv.Type()) {
			if _, ok := p[f.name+"."+k.name]; !ok && !tv.Field(k.index).IsZero() {
				add(f.name + "." + k.name)
			}
		}
	}
	return p
}
