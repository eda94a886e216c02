package rules

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/model"
)

// want is one expected finding: code, severity and field.
type want struct {
	code  string
	ernst Ernst
	veld  string
}

func (w want) String() string { return w.code + "/" + string(w.ernst) + "@" + w.veld }

// ruleCase mutates the complete verwerking (or the site) and lists exactly the findings that must follow. An empty
// want is a close case that must not trigger anything.
type ruleCase struct {
	name   string
	mutate func(s *model.Site, v *model.Verwerking)
	want   []want
}

func F(code, veld string) want { return want{code, Fout, veld} }
func W(code, veld string) want { return want{code, Waarschuwing, veld} }
func A(code, veld string) want { return want{code, Advies, veld} }

func jaren(n int) model.Termijn { return model.Termijn{Aantal: n, Eenheid: model.Jaren} }

func addGegeven(v *model.Verwerking, id, categorie string) {
	v.Gegevens = append(v.Gegevens, model.Gegeven{ID: id, Omschrijving: "Extra " + id, Categorie: categorie,
		Betrokkenen: []string{"aanvrager"}, Doelen: []string{"beoordelen"}, Bron: "inwoner",
		Registreren: model.RegistreerBijHulpbehoefte, Noodzaak: "Nodig."})
}

func addGrondslag(v *model.Verwerking, artikel string, cats ...string) {
	v.Grondslagen = append(v.Grondslagen, model.Grondslag{Artikel: artikel, Categorieen: cats, Wet: "Een wet, art. 1"})
}

// addGrondslagVoor adds an art. 6 basis for one purpose of the fixture, beside its public task for all purposes.
func addGrondslagVoor(v *model.Verwerking, artikel string) {
	addGrondslag(v, artikel)
	v.Grondslagen[len(v.Grondslagen)-1].Doelen = []string{"leveren"}
}

// cases holds the rule table. TestCatalogueCoveredByCases checks that every rule code is triggered here.
var cases = []ruleCase{
	{"complete verwerking", func(*model.Site, *model.Verwerking) {}, nil},

	// grondslag-ontbreekt
	{"only exceptions, no art. 6 basis", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen = v.Grondslagen[1:]
	}, []want{F(codeGrondslagOntbreekt, "grondslagen")}},
	{"no bases at all", func(_ *model.Site, v *model.Verwerking) { v.Grondslagen = nil },
		[]want{F(codeGrondslagOntbreekt, "grondslagen"), F(codeBSNZonderGrondslag, "gegevens[1].categorie"),
			F(codeBijzonderZonderUitzonder, "gegevens[2].categorie")}},
	{"avg-6-1-c with its law is an art. 6 basis", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0] = model.Grondslag{Artikel: "avg-6-1-c", Wet: "Wmo 2015, art. 2.3.2"}
	}, nil},
	{"unknown artikel is onbekende-verwijzing, not grondslag-ontbreekt", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Artikel = "avg-6-1-x"
	}, []want{F(codeOnbekendeVerwijzing, "grondslagen[0].artikel")}},

	// toestemming-bij-publieke-taak
	{"consent for a public task", func(_ *model.Site, v *model.Verwerking) { addGrondslagVoor(v, "avg-6-1-a") },
		[]want{F(codeToestemmingPubliekeTaak, "grondslagen[3].artikel")}},
	{"explicit consent (art. 9) for a public task", func(_ *model.Site, v *model.Verwerking) {
		addGrondslag(v, "avg-9-2-a")
	}, []want{F(codeToestemmingPubliekeTaak, "grondslagen[3].artikel")}},
	{"consent when not a public task", func(_ *model.Site, v *model.Verwerking) {
		v.PubliekeTaak = ptr(false)
		addGrondslagVoor(v, "avg-6-1-a")
	}, nil},

	// gerechtvaardigd-belang-overheid
	{"legitimate interest for a public task", func(_ *model.Site, v *model.Verwerking) {
		addGrondslagVoor(v, "avg-6-1-f")
	},
		[]want{F(codeGerechtvaardigdBelang, "grondslagen[3].artikel")}},
	{"legitimate interest when not a public task", func(_ *model.Site, v *model.Verwerking) {
		v.PubliekeTaak = ptr(false)
		v.Grondslagen[0] = model.Grondslag{Artikel: "avg-6-1-f"}
	}, nil},

	// grondslag-zonder-wet
	{"public task without law", func(_ *model.Site, v *model.Verwerking) { v.Grondslagen[0].Wet = "  " },
		[]want{F(codeGrondslagZonderWet, "grondslagen[0].wet")}},
	{"legal obligation without law", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen = append(v.Grondslagen, model.Grondslag{Artikel: "avg-6-1-c", Doelen: []string{"leveren"}})
	}, []want{F(codeGrondslagZonderWet, "grondslagen[3].wet")}},

	// doel-zonder-grondslag, grondslag-niet-per-doel
	{"a second art. 6 basis for one purpose", func(_ *model.Site, v *model.Verwerking) {
		addGrondslagVoor(v, "avg-6-1-c")
	}, nil},
	{"two art. 6 bases, neither for a purpose", func(_ *model.Site, v *model.Verwerking) {
		addGrondslag(v, "avg-6-1-c")
	}, []want{A(codeGrondslagNietPerDoel, "grondslagen")}},
	{"the same art. 6 basis twice needs no link", func(_ *model.Site, v *model.Verwerking) {
		addGrondslag(v, "avg-6-1-e")
	}, nil},
	{"one purpose needs no link", func(_ *model.Site, v *model.Verwerking) {
		addGrondslag(v, "avg-6-1-c")
		v.Doelen = v.Doelen[:1]
		for i := range v.Gegevens {
			v.Gegevens[i].Doelen = []string{v.Doelen[0].ID}
		}
	}, nil},
	{"every art. 6 basis for some purposes, one purpose left out", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Doelen = []string{"beoordelen"}
	}, []want{F(codeDoelZonderGrondslag, "doelen[1]")}},
	{"every purpose covered by a basis of its own", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Doelen = []string{"beoordelen"}
		addGrondslagVoor(v, "avg-6-1-c")
	}, nil},
	{"an exception named for a purpose is no art. 6 basis", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Doelen = []string{"beoordelen"}
		v.Grondslagen[1].Doelen = []string{"leveren"}
	}, []want{F(codeDoelZonderGrondslag, "doelen[1]")}},
	{"a basis names an unknown purpose", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Doelen = []string{"beoordelen", "leverne"}
	}, []want{F(codeOnbekendeVerwijzing, "grondslagen[0].doelen[1]")}},
	{"an unknown exception does not hide a purpose without basis", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Doelen = []string{"beoordelen"}
		v.Grondslagen[2].Artikel = "wabb-1O"
	}, []want{F(codeOnbekendeVerwijzing, "grondslagen[2].artikel"), F(codeDoelZonderGrondslag, "doelen[1]"),
		F(codeBSNZonderGrondslag, "gegevens[1].categorie")}},
	{"a mistyped art. 6 basis may cover the purpose", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[0].Doelen = []string{"beoordelen"}
		addGrondslag(v, "avg-6-1-x")
	}, []want{F(codeOnbekendeVerwijzing, "grondslagen[3].artikel")}},
	{"consent for no purpose in particular beside a task", func(_ *model.Site, v *model.Verwerking) {
		v.PubliekeTaak = ptr(false)
		addGrondslag(v, "avg-6-1-a")
	}, []want{W(codeGrondslagNietPerDoel, "grondslagen[3].artikel")}},
	{"exceptions need no law field", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[1].Wet, v.Grondslagen[2].Wet = "", ""
	}, nil},

	// bijzonder-zonder-uitzondering
	{"health data without art. 9 exception", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen = slices.Delete(v.Grondslagen, 1, 2)
	}, []want{F(codeBijzonderZonderUitzonder, "gegevens[2].categorie")}},
	{"exception without category restriction covers all its categories", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[1].Categorieen = nil
	}, nil},
	{"criminal data with only an art. 9 exception", func(_ *model.Site, v *model.Verwerking) {
		addGegeven(v, "justitie", "strafrechtelijk")
	}, []want{F(codeBijzonderZonderUitzonder, "gegevens[4].categorie")}},
	{"criminal data with avg-10", func(_ *model.Site, v *model.Verwerking) {
		addGegeven(v, "justitie", "strafrechtelijk")
		addGrondslag(v, "avg-10")
	}, nil},
	{"catalogue restriction: uavg-30 does not cover religion", func(_ *model.Site, v *model.Verwerking) {
		addGegeven(v, "geloof", "religie")
		v.Grondslagen[1].Categorieen = nil
	}, []want{F(codeBijzonderZonderUitzonder, "gegevens[4].categorie")}},
	{"religion with avg-9-2-h", func(_ *model.Site, v *model.Verwerking) {
		addGegeven(v, "geloof", "religie")
		addGrondslag(v, "avg-9-2-h")
	}, nil},
	{"verwerking restriction: avg-9-2-h only for religion", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[1] = model.Grondslag{Artikel: "avg-9-2-h", Categorieen: []string{"religie"}}
	}, []want{F(codeBijzonderZonderUitzonder, "gegevens[2].categorie")}},
	{"sector law covers art. 9 and BSN", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen = []model.Grondslag{v.Grondslagen[0], {Artikel: "wmo-5-1-1"}}
	}, nil},

	// bsn-zonder-grondslag
	{"BSN without basis", func(_ *model.Site, v *model.Verwerking) { v.Grondslagen = v.Grondslagen[:2] },
		[]want{F(codeBSNZonderGrondslag, "gegevens[1].categorie")}},
	{"sector law restricted to health does not cover the BSN", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen = []model.Grondslag{v.Grondslagen[0], {Artikel: "wmo-5-1-1", Categorieen: []string{"gezondheid"}}}
	}, []want{F(codeBSNZonderGrondslag, "gegevens[1].categorie")}},

	// vragenlijst-onvolledig
	{"no name", func(_ *model.Site, v *model.Verwerking) { v.Naam = " " },
		[]want{F(codeVragenlijstOnvolledig, "naam")}},
	{"no status", func(_ *model.Site, v *model.Verwerking) { v.Status = "" },
		[]want{W(codeVragenlijstOnvolledig, "status")}},
	{"a concept", func(_ *model.Site, v *model.Verwerking) { v.Status, v.Besluit = model.StatusConcept, nil }, nil},
	{"a final report without date, author and owner", func(_ *model.Site, v *model.Verwerking) {
		v.Datum, v.Opsteller, v.Proceseigenaar = model.Datum{}, "", " "
	}, []want{W(codeVragenlijstOnvolledig, "datum")}},
	{"a final report without its owner", func(_ *model.Site, v *model.Verwerking) { v.Proceseigenaar = "" },
		[]want{W(codeVragenlijstOnvolledig, "proceseigenaar")}},
	{"a concept may leave the title page open", func(_ *model.Site, v *model.Verwerking) {
		v.Status, v.Besluit, v.Datum, v.Opsteller = model.StatusConcept, nil, model.Datum{}, ""
	}, nil},
	{"the FG's advice after the decision", func(_ *model.Site, v *model.Verwerking) {
		a := *v.AdviesFG
		a.Datum = model.Datum{Jaar: 2027, Maand: 6, Dag: 1}
		v.AdviesFG = &a
	}, []want{W(codeFGAdviesOntbreekt, "advies_fg.datum")}},
	{"the review before the decision", func(_ *model.Site, v *model.Verwerking) {
		b := *v.Besluit
		b.Herbeoordeling = model.Datum{Jaar: 2025, Maand: 1, Dag: 1}
		v.Besluit = &b
	}, []want{A(codeHerbeoordelingOntbreekt, "besluit.herbeoordeling")}},
	{"a processor's system without a supplier", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen = slices.Clone(v.Systemen)
		v.Systemen[0].Leverancier = " "
	}, []want{W(codeVragenlijstOnvolledig, "systemen[0].leverancier")}},
	{"a gegeven whose betrokkenen were all removed", func(_ *model.Site, v *model.Verwerking) {
		base := *v
		base.Gegevens = slices.Clone(v.Gegevens)
		base.Gegevens[0].Betrokkenen = []string{"kind"}
		v.Base = &base
		v.Gegevens = slices.Clone(v.Gegevens)
		v.Gegevens[0].Betrokkenen = nil
	}, []want{W(codeVragenlijstOnvolledig, "gegevens[0].betrokkenen")}},
	{"a gegeven that states no betrokkenen, as its template", func(_ *model.Site, v *model.Verwerking) {
		base := *v
		base.Gegevens = slices.Clone(v.Gegevens)
		base.Gegevens[0].Betrokkenen = nil
		v.Base = &base
		v.Gegevens = slices.Clone(v.Gegevens)
		v.Gegevens[0].Betrokkenen = nil
	}, nil},
	{"a recipient that gets nothing", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers = slices.Clone(v.Ontvangers)
		v.Ontvangers[0].Gegevens = nil
	}, []want{W(codeVragenlijstOnvolledig, "ontvangers[0].gegevens")}},
	{"no gegevens", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens, v.Ontvangers, v.Bewaartermijnen, v.Toegang = nil, nil, nil, nil
	}, []want{F(codeVragenlijstOnvolledig, "gegevens")}},

	// doel-ontbreekt, doel-zonder-gegevens
	{"no purposes", func(_ *model.Site, v *model.Verwerking) {
		v.Doelen = nil
		for i := range v.Gegevens {
			v.Gegevens[i].Doelen = nil
		}
	}, []want{F(codeDoelOntbreekt, "doelen")}},
	{"gegeven without purpose", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[3].Doelen = nil },
		[]want{F(codeDoelOntbreekt, "gegevens[3].doelen")}},
	{"gegeven tied to another purpose", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[3].Doelen = []string{"leveren"}
	}, nil},
	{"purpose without gegevens", func(_ *model.Site, v *model.Verwerking) {
		v.Doelen = append(v.Doelen, model.Doel{ID: "verantwoording", Omschrijving: "Verantwoording"})
	}, []want{A(codeDoelZonderGegevens, "doelen[2]")}},
	{"purpose with a gegeven", func(_ *model.Site, v *model.Verwerking) {
		v.Doelen = append(v.Doelen, model.Doel{ID: "verantwoording", Omschrijving: "Verantwoording"})
		v.Gegevens[0].Doelen = append(v.Gegevens[0].Doelen, "verantwoording")
	}, nil},

	// registratie-zonder-noodzaak, registreren-ontbreekt, categorie-ontbreekt
	{"registered without noodzaak", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[2].Noodzaak = " \n" },
		[]want{F(codeRegistratieZonderNoodzaak, "gegevens[2].noodzaak")}},
	{"never registered needs no noodzaak", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[2].Registreren, v.Gegevens[2].Noodzaak = model.RegistreerNooit, ""
	}, nil},
	{"registreren not stated", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[3].Registreren = "" },
		[]want{F(codeRegistrerenOntbreekt, "gegevens[3].registreren")}},
	{"no category", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[0].Categorie = "" },
		[]want{F(codeCategorieOntbreekt, "gegevens[0].categorie")}},
	{"unknown category is onbekende-verwijzing only", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[0].Categorie = "identificatei"
	}, []want{F(codeOnbekendeVerwijzing, "gegevens[0].categorie")}},

	// registratie-ruimer-dan-nodig
	{"always registered where the pack says never", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[3].Registreren, v.Gegevens[3].Noodzaak = model.RegistreerAltijd, "Altijd nodig."
	}, []want{W(codeRegistratieRuimer, "gegevens[3].registreren")}},
	{"always registered where the pack says bij-hulpbehoefte", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[2].Registreren = model.RegistreerAltijd
	}, []want{W(codeRegistratieRuimer, "gegevens[2].registreren")}},
	{"special category always registered, no template", func(_ *model.Site, v *model.Verwerking) {
		v.Base = nil
		v.Gegevens[2].Registreren = model.RegistreerAltijd
	}, []want{W(codeRegistratieRuimer, "gegevens[2].registreren")}},
	{"ordinary data always registered, no template", func(_ *model.Site, v *model.Verwerking) {
		v.Base = nil
		v.Gegevens[3].Registreren, v.Gegevens[3].Noodzaak = model.RegistreerAltijd, "Nodig."
	}, nil},
	{"narrower than the template", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[0].Registreren = model.RegistreerBijHulpbehoefte
	}, nil},

	// bewaartermijn-ontbreekt, bewaartermijn-wijkt-af, bewaartermijn-zonder-bron
	{"no retention periods", func(_ *model.Site, v *model.Verwerking) { v.Bewaartermijnen = nil },
		[]want{F(codeBewaartermijnOntbreekt, "bewaartermijnen")}},
	{"registered gegeven not covered", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Gegevens = []string{"naw", "bsn"}
	}, []want{F(codeBewaartermijnOntbreekt, "gegevens[2]")}},
	{"unregistered gegeven needs no period", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Gegevens = []string{"naw", "bsn", "gezondheid"}
	}, nil},
	{"period without termijn", func(_ *model.Site, v *model.Verwerking) { v.Bewaartermijnen[0].Termijn = model.Termijn{} },
		[]want{F(codeBewaartermijnOntbreekt, "bewaartermijnen[0].termijn")}},
	{"differs from the statutory period without bron", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Termijn, v.Bewaartermijnen[0].Bron = jaren(20), ""
	}, []want{W(codeBewaartermijnWijktAf, "bewaartermijnen[0].termijn")}},
	{"differs with bron", func(_ *model.Site, v *model.Verwerking) { v.Bewaartermijnen[0].Termijn = jaren(20) }, nil},
	{"statutory period without own bron", func(_ *model.Site, v *model.Verwerking) { v.Bewaartermijnen[0].Bron = "" }, nil},
	{"statutory years written as months", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Termijn = model.Termijn{Aantal: 180, Eenheid: model.Maanden}
		v.Bewaartermijnen[0].Bron = ""
	}, nil},
	{"statutory 20 years written as 240 months", func(_ *model.Site, v *model.Verwerking) {
		v.Domein = "jeugdwet"
		v.Bewaartermijnen[0].Termijn = model.Termijn{Aantal: 240, Eenheid: model.Maanden}
		v.Bewaartermijnen[0].Bron = ""
	}, nil},
	{"one month more than the statutory years", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Termijn = model.Termijn{Aantal: 181, Eenheid: model.Maanden}
		v.Bewaartermijnen[0].Bron = ""
	}, []want{W(codeBewaartermijnWijktAf, "bewaartermijnen[0].termijn")}},
	{"days cannot be compared exactly with statutory years", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Termijn = model.Termijn{Aantal: 15 * 365, Eenheid: model.Dagen}
		v.Bewaartermijnen[0].Bron = ""
	}, []want{W(codeBewaartermijnWijktAf, "bewaartermijnen[0].termijn")}},
	{"days with bron", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Termijn = model.Termijn{Aantal: 15 * 365, Eenheid: model.Dagen}
	}, nil},
	{"differs from the named standard without bron", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard, v.Bewaartermijnen[0].Bron = "bt-wmo-geen", ""
	}, []want{W(codeBewaartermijnWijktAf, "bewaartermijnen[0].termijn")}},
	{"no standard and no bron", func(_ *model.Site, v *model.Verwerking) {
		v.Domein, v.Bewaartermijnen[0].Bron = "overig", ""
	}, []want{A(codeBewaartermijnZonderBron, "bewaartermijnen[0].bron")}},
	{"no standard, with bron", func(_ *model.Site, v *model.Verwerking) { v.Domein = "overig" }, nil},
	{"a period listed for comparison is not the domain's standard", func(_ *model.Site, v *model.Verwerking) {
		v.Domein, v.Bewaartermijnen[0].Termijn, v.Bewaartermijnen[0].Bron = "overig", jaren(1), ""
	}, []want{A(codeBewaartermijnZonderBron, "bewaartermijnen[0].bron")}},
	{"a period listed for comparison, named as standard", func(_ *model.Site, v *model.Verwerking) {
		v.Domein, v.Bewaartermijnen[0].Termijn, v.Bewaartermijnen[0].Bron = "overig", jaren(1), ""
		v.Bewaartermijnen[0].Standaard = "bt-wgbo"
	}, []want{W(codeBewaartermijnWijktAf, "bewaartermijnen[0].termijn")}},

	// ontvangers
	{"recipient without basis", func(_ *model.Site, v *model.Verwerking) { v.Ontvangers[0].Grondslag = "" },
		[]want{F(codeOntvangerZonderGrondslag, "ontvangers[0].grondslag")}},
	{"recipient without role or basis", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Rol, v.Ontvangers[0].Grondslag = "", ""
	}, []want{F(codeOntvangerZonderGrondslag, "ontvangers[0].grondslag")}},
	{"processor needs no basis", func(_ *model.Site, v *model.Verwerking) {
		o := &v.Ontvangers[0]
		o.Rol, o.Grondslag, o.Overeenkomst = model.RolVerwerker, "", "VWO 2025-14"
	}, nil},
	{"third party gets everything", func(_ *model.Site, v *model.Verwerking) { v.Ontvangers[0].Gegevens = []string{"*"} },
		[]want{W(codeVerstrekkingTeRuim, "ontvangers[0].gegevens")}},
	{"third party gets every gegeven by name", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Gegevens = nil
		for i := len(v.Gegevens) - 1; i >= 0; i-- {
			v.Ontvangers[0].Gegevens = append(v.Ontvangers[0].Gegevens, v.Gegevens[i].ID)
		}
	}, []want{W(codeVerstrekkingTeRuim, "ontvangers[0].gegevens")}},
	{"third party gets all but one gegeven", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Gegevens = nil
		for _, g := range v.Gegevens[1:] {
			v.Ontvangers[0].Gegevens = append(v.Ontvangers[0].Gegevens, g.ID)
		}
	}, nil},
	{"processor gets everything", func(_ *model.Site, v *model.Verwerking) {
		o := &v.Ontvangers[0]
		o.Rol, o.Overeenkomst, o.Gegevens = model.RolVerwerker, "VWO 2025-14", []string{"*"}
	}, nil},
	{"processor without agreement", func(_ *model.Site, v *model.Verwerking) { v.Ontvangers[0].Rol = model.RolVerwerker },
		[]want{F(codeVerwerkerZonderOvereenkomst, "ontvangers[0].overeenkomst")}},
	{"system of a processor without agreement", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Overeenkomst = ""
	}, []want{F(codeVerwerkerZonderOvereenkomst, "systemen[0].overeenkomst")}},
	{"own system needs no agreement", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Verwerker, v.Systemen[0].Overeenkomst = false, ""
	}, nil},

	// doorgifte-zonder-waarborg
	{"recipient outside the EEA", func(_ *model.Site, v *model.Verwerking) { v.Ontvangers[0].Land = "US" },
		[]want{F(codeDoorgifteZonderWaarborg, "ontvangers[0].waarborg")}},
	{"recipient outside the EEA with safeguard", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Land, v.Ontvangers[0].Waarborg = "US", "Standaardcontractbepalingen 2021"
	}, nil},
	{"recipients inside the EEA in any spelling", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Land = "de"
		for _, land := range []string{"NO", "", "Nederland", " be "} {
			o := v.Ontvangers[0]
			o.ID, o.Land = "extra-"+land, land
			v.Ontvangers = append(v.Ontvangers, o)
		}
	}, nil},
	{"recipient in an unknown country", func(_ *model.Site, v *model.Verwerking) { v.Ontvangers[0].Land = "Verweggistan" },
		[]want{F(codeDoorgifteZonderWaarborg, "ontvangers[0].land")}},
	{"system outside the EEA", func(_ *model.Site, v *model.Verwerking) { v.Systemen[0].Locatie = "US" },
		[]want{F(codeDoorgifteZonderWaarborg, "systemen[0].waarborg")}},
	{"system outside the EEA with its own safeguard", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Locatie = "US"
		v.Systemen[0].Waarborg = "EU-US Data Privacy Framework (adequaatheidsbesluit)"
	}, nil},
	{"system in an unknown place", func(_ *model.Site, v *model.Verwerking) { v.Systemen[0].Locatie = "de cloud" },
		[]want{F(codeDoorgifteZonderWaarborg, "systemen[0].locatie")}},
	{"system in an unknown place with a safeguard", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Locatie, v.Systemen[0].Waarborg = "de cloud", "Standaardcontractbepalingen 2021"
	}, []want{W(codeDoorgifteZonderWaarborg, "systemen[0].locatie")}},
	{"system in a known place with a safeguard", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Locatie, v.Systemen[0].Waarborg = "Verenigde Staten", "EU-VS-dataprivacykader"
	}, nil},
	{"recipient in an unknown country with a safeguard", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers = append(v.Ontvangers, model.Ontvanger{ID: "x", Naam: "Partner", Land: "Amerka",
			Waarborg: "Standaardcontractbepalingen", Grondslag: "AVG art. 6 lid 1 onder e", Gegevens: []string{"naw"}})
	}, []want{W(codeDoorgifteZonderWaarborg, "ontvangers[1].land")}},
	{"system safeguard left blank", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Locatie, v.Systemen[0].Waarborg = "US", "  "
	}, []want{F(codeDoorgifteZonderWaarborg, "systemen[0].waarborg")}},
	{"system outside the EEA covered by its supplier as recipient", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen[0].Locatie = "US"
		v.Ontvangers = append(v.Ontvangers, model.Ontvanger{ID: "leverancier", Naam: "Leverancier BV",
			Rol: model.RolVerwerker, Gegevens: []string{"naw"}, Overeenkomst: "VWO 2024-03", Land: "US",
			Waarborg: "EU-US Data Privacy Framework (adequaatheidsbesluit)"})
	}, nil},

	// toegang
	{"no access rules", func(_ *model.Site, v *model.Verwerking) { v.Toegang = nil },
		[]want{W(codeToegangOntbreekt, "toegang")}},
	{"everything for a role without explanation", func(_ *model.Site, v *model.Verwerking) {
		v.Toegang[0].Toelichting = ""
	}, []want{A(codeToegangTeRuim, "toegang[0].gegevens")}},
	{"named gegevens for a role need no explanation", func(_ *model.Site, v *model.Verwerking) {
		v.Toegang[0] = model.Toegang{Rol: "Wmo-consulent", Gegevens: []string{"naw", "gezondheid"}}
	}, nil},

	// informeren-ontbreekt
	{"no informeren", func(_ *model.Site, v *model.Verwerking) { v.Informeren = nil },
		[]want{F(codeInformerenOntbreekt, "informeren")}},
	{"informeren without wanneer", func(_ *model.Site, v *model.Verwerking) { v.Informeren.Wanneer = "" },
		[]want{F(codeInformerenOntbreekt, "informeren.wanneer")}},
	{"informeren without hoe", func(_ *model.Site, v *model.Verwerking) { v.Informeren.Hoe = []string{" "} },
		[]want{F(codeInformerenOntbreekt, "informeren.hoe")}},
	{"gegeven without bron", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[0].Bron = "" },
		[]want{F(codeInformerenOntbreekt, "gegevens[0].bron")}},

	// verplichting-ontbreekt
	{"data from the citizen without verplichting", func(_ *model.Site, v *model.Verwerking) {
		v.Informeren.Verplichting = " "
	}, []want{A(codeVerplichtingOntbreekt, "informeren.verplichting")}},
	{"no data from the citizen needs no verplichting", func(_ *model.Site, v *model.Verwerking) {
		v.Informeren.Verplichting = ""
		for i := range v.Gegevens {
			v.Gegevens[i].Bron = "brp"
		}
	}, nil},

	// geautomatiseerd-zonder-waarborg
	{"profiling without safeguards", func(_ *model.Site, v *model.Verwerking) { v.Besluitvorming.Profilering = true },
		[]want{F(codeGeautomatiseerd, "besluitvorming.waarborgen")}},
	{"automated decisions without safeguards", func(_ *model.Site, v *model.Verwerking) {
		v.Besluitvorming.Geautomatiseerd = true
	}, []want{F(codeGeautomatiseerd, "besluitvorming.waarborgen")}},
	{"profiling with safeguards", func(_ *model.Site, v *model.Verwerking) {
		v.Besluitvorming = model.Besluitvorming{Profilering: true, Geautomatiseerd: true, Waarborgen: "Een consulent beslist."}
	}, nil},

	// dpia-verplicht-zonder-risicoanalyse, raadpleging-ontbreekt
	{"DPIA required without risks", func(_ *model.Site, v *model.Verwerking) { v.Risicos = nil },
		[]want{F(codeDPIAZonderRisicoanalyse, "risicos")}},
	{"no DPIA required: no risks and no consultation needed", func(_ *model.Site, v *model.Verwerking) {
		v.Betrokkenen[0].Kwetsbaar = false
		v.DPIA.APLijst = nil
		v.Gegevens = slices.Delete(v.Gegevens, 2, 3)
		v.Grondslagen = slices.Delete(v.Grondslagen, 1, 2)
		v.Ontvangers[0].Gegevens = []string{"naw"}
		v.Risicos, v.Maatregelen, v.RaadplegingBetrokkenen = nil, nil, nil
	}, []want{A(codeBeveiligingOntbreekt, "maatregelen")}},
	{"unknown criteria and AP ids do not make a DPIA required", func(_ *model.Site, v *model.Verwerking) {
		v.Betrokkenen[0].Kwetsbaar = false
		v.DPIA = model.DPIA{Criteria: []string{"bestaat-niet", "nog-een"}, APLijst: []string{"bestaat-niet"}}
		v.Gegevens = slices.Delete(v.Gegevens, 2, 3)
		v.Grondslagen = slices.Delete(v.Grondslagen, 1, 2)
		v.Ontvangers[0].Gegevens = []string{"naw"}
		v.Risicos, v.Maatregelen, v.RaadplegingBetrokkenen = nil, nil, nil
	}, []want{F(codeOnbekendeVerwijzing, "dpia.criteria[0]"), F(codeOnbekendeVerwijzing, "dpia.criteria[1]"),
		F(codeOnbekendeVerwijzing, "dpia.ap_lijst[0]"), A(codeBeveiligingOntbreekt, "maatregelen")}},
	{"no consultation recorded", func(_ *model.Site, v *model.Verwerking) { v.RaadplegingBetrokkenen = nil },
		[]want{W(codeRaadplegingOntbreekt, "raadpleging_betrokkenen")}},
	{"not consulted without reason", func(_ *model.Site, v *model.Verwerking) {
		v.RaadplegingBetrokkenen = &model.Raadpleging{}
	}, []want{W(codeRaadplegingOntbreekt, "raadpleging_betrokkenen.reden")}},
	{"consulted, but whom", func(_ *model.Site, v *model.Verwerking) { v.RaadplegingBetrokkenen.Wie = "" },
		[]want{W(codeRaadplegingOntbreekt, "raadpleging_betrokkenen.wie")}},
	{"not consulted with reason", func(_ *model.Site, v *model.Verwerking) {
		v.RaadplegingBetrokkenen = &model.Raadpleging{Reden: "De adviesraad is in 2025 geraadpleegd over hetzelfde proces."}
	}, nil},

	// risico-zonder-maatregel, risico-niet-gescoord, hoog-restrisico
	{"high risk without measure", func(_ *model.Site, v *model.Verwerking) { v.Risicos[0].Maatregelen = nil },
		[]want{W(codeRisicoZonderMaatregel, "risicos[0].maatregelen")}},
	{"medium risk without measure", func(_ *model.Site, v *model.Verwerking) { v.Risicos[1].Kans = 2 },
		[]want{W(codeRisicoZonderMaatregel, "risicos[1].maatregelen")}},
	{"low risk without measure", func(_ *model.Site, v *model.Verwerking) { v.Risicos[1].Kans, v.Risicos[1].Impact = 1, 3 }, nil},
	{"risk without kans", func(_ *model.Site, v *model.Verwerking) { v.Risicos[1].Kans = 0 },
		[]want{W(codeRisicoNietGescoord, "risicos[1].kans")}},
	{"residual risk half scored", func(_ *model.Site, v *model.Verwerking) { v.Risicos[1].RestKans = 1 },
		[]want{W(codeRisicoNietGescoord, "risicos[1].rest_impact")}},
	{"high residual risk", func(_ *model.Site, v *model.Verwerking) { v.Risicos[0].RestKans, v.Risicos[0].RestImpact = 3, 3 },
		[]want{F(codeHoogRestrisico, "risicos[0].rest_kans")}},
	{"unscored residual of a high risk counts as high", func(_ *model.Site, v *model.Verwerking) {
		v.Risicos[0].RestKans, v.Risicos[0].RestImpact = 0, 0
	}, []want{F(codeHoogRestrisico, "risicos[0].rest_kans")}},
	{"medium residual risk", func(_ *model.Site, v *model.Verwerking) { v.Risicos[0].RestKans, v.Risicos[0].RestImpact = 2, 3 }, nil},

	// beveiliging-ontbreekt: a warning where a DPIA is required, advice otherwise (the two cases above)
	{"no measure marked as security", func(_ *model.Site, v *model.Verwerking) { v.Maatregelen[1].Beveiliging = false },
		[]want{W(codeBeveiligingOntbreekt, "maatregelen")}},
	{"no measures at all", func(_ *model.Site, v *model.Verwerking) {
		v.Maatregelen, v.Risicos[0].Maatregelen = nil, nil
	}, []want{W(codeBeveiligingOntbreekt, "maatregelen"), W(codeRisicoZonderMaatregel, "risicos[0].maatregelen")}},
	{"one security measure among others is enough", func(_ *model.Site, v *model.Verwerking) {
		v.Maatregelen = append(v.Maatregelen, model.Maatregel{ID: "M3", Omschrijving: "Folder", Soort: "organisatorisch"})
	}, nil},

	// onbekende-verwijzing
	{"unknown purpose", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[0].Doelen[1] = "leverne" },
		[]want{F(codeOnbekendeVerwijzing, "gegevens[0].doelen[1]")}},
	{"unknown data subject", func(_ *model.Site, v *model.Verwerking) { v.Gegevens[0].Betrokkenen = []string{"kind"} },
		[]want{F(codeOnbekendeVerwijzing, "gegevens[0].betrokkenen[0]")}},
	{"unknown gegeven at a recipient", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Gegevens[1] = "gezondheidd"
	}, []want{F(codeOnbekendeVerwijzing, "ontvangers[0].gegevens[1]")}},
	{"unknown gegeven in a retention period", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Gegevens = []string{"*", "dossier"}
	}, []want{F(codeOnbekendeVerwijzing, "bewaartermijnen[0].gegevens[1]")}},
	{"unknown gegeven in access rules", func(_ *model.Site, v *model.Verwerking) { v.Toegang[1].Gegevens[1] = "bssn" },
		[]want{F(codeOnbekendeVerwijzing, "toegang[1].gegevens[1]")}},
	{"unknown measure", func(_ *model.Site, v *model.Verwerking) { v.Risicos[0].Maatregelen = []string{"M9"} },
		[]want{F(codeOnbekendeVerwijzing, "risicos[0].maatregelen[0]")}},
	{"unknown category in a basis restriction", func(_ *model.Site, v *model.Verwerking) {
		v.Grondslagen[1].Categorieen = []string{"gezondhied"}
	}, []want{F(codeOnbekendeVerwijzing, "grondslagen[1].categorieen[0]"),
		F(codeBijzonderZonderUitzonder, "gegevens[2].categorie")}},
	{"unknown WP248 criterion", func(_ *model.Site, v *model.Verwerking) { v.DPIA.Criteria = []string{"innovatief"} },
		[]want{F(codeOnbekendeVerwijzing, "dpia.criteria[0]")}},
	{"known WP248 criterion", func(_ *model.Site, v *model.Verwerking) {
		v.DPIA.Criteria = []string{"innovatieve-technologie"}
	}, nil},
	{"unknown AP category", func(_ *model.Site, v *model.Verwerking) {
		v.DPIA.APLijst = append(v.DPIA.APLijst, "zorg")
	}, []want{F(codeOnbekendeVerwijzing, "dpia.ap_lijst[1]")}},
	{"unknown standard retention period", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard = "bt-wmoo"
	}, []want{F(codeOnbekendeVerwijzing, "bewaartermijnen[0].standaard")}},
	{"answer to an unknown question", func(_ *model.Site, v *model.Verwerking) { v.Antwoorden["Z.9"] = "x" },
		[]want{F(codeOnbekendeVerwijzing, "antwoorden.Z.9")}},
	{"answer to a question of a pack that does not apply", func(_ *model.Site, v *model.Verwerking) {
		v.Antwoorden["B.1"] = "x"
	}, []want{F(codeOnbekendeVerwijzing, "antwoorden.B.1")}},
	{"answer to a field question", func(_ *model.Site, v *model.Verwerking) { v.Antwoorden["A.6"] = "x" },
		[]want{F(codeOnbekendeVerwijzing, "antwoorden.A.6")}},

	// fg-advies-ontbreekt
	{"no FG advice on a final document", func(_ *model.Site, v *model.Verwerking) {
		v.AdviesFG, v.Besluit.FGAdviesGevolgd = nil, nil
	}, []want{F(codeFGAdviesOntbreekt, "advies_fg")}},
	{"no FG advice on a concept", func(_ *model.Site, v *model.Verwerking) {
		v.Status, v.AdviesFG = model.StatusConcept, nil
	}, []want{A(codeFGAdviesOntbreekt, "advies_fg")}},
	{"FG advice without verdict", func(_ *model.Site, v *model.Verwerking) { v.AdviesFG.Oordeel = "" },
		[]want{F(codeFGAdviesOntbreekt, "advies_fg.oordeel")}},

	// besluit
	{"vastgesteld without decision", func(_ *model.Site, v *model.Verwerking) { v.Besluit = nil },
		[]want{F(codeBesluitOntbreekt, "besluit")}},
	{"definitief without decision", func(_ *model.Site, v *model.Verwerking) {
		v.Status, v.Besluit = model.StatusDefinitief, nil
	}, nil},
	{"decision without door", func(_ *model.Site, v *model.Verwerking) { v.Besluit.Door = "" },
		[]want{F(codeBesluitOntbreekt, "besluit.door")}},
	{"decision without who accepts the residual risk", func(_ *model.Site, v *model.Verwerking) {
		v.Besluit.RestrisicoAanvaardDoor = ""
	}, []want{F(codeBesluitOntbreekt, "besluit.restrisico_aanvaard_door")}},
	{"decision silent on the FG advice", func(_ *model.Site, v *model.Verwerking) { v.Besluit.FGAdviesGevolgd = nil },
		[]want{F(codeBesluitOntbreekt, "besluit.fg_advies_gevolgd")}},
	{"FG advice not followed without reasons", func(_ *model.Site, v *model.Verwerking) {
		v.Besluit.FGAdviesGevolgd = ptr(false)
	}, []want{F(codeFGAfwijkingZonderMotiv, "besluit.motivering")}},
	{"FG advice not followed with reasons", func(_ *model.Site, v *model.Verwerking) {
		v.Besluit.FGAdviesGevolgd, v.Besluit.Motivering = ptr(false), "De voorwaarde is op een andere manier ingevuld."
	}, nil},
	{"no review date", func(_ *model.Site, v *model.Verwerking) { v.Besluit.Herbeoordeling = model.Datum{} },
		[]want{A(codeHerbeoordelingOntbreekt, "besluit.herbeoordeling")}},
	{"review more than three years on", func(_ *model.Site, v *model.Verwerking) {
		v.Besluit.Herbeoordeling = model.Datum{Jaar: 2029, Maand: 12, Dag: 2}
	}, []want{A(codeHerbeoordelingTeLaat, "besluit.herbeoordeling")}},
	{"review exactly three years on", func(_ *model.Site, v *model.Verwerking) {
		v.Besluit.Herbeoordeling = model.Datum{Jaar: 2029, Maand: 12, Dag: 1}
	}, nil},

	// onzekere-bron
	{"unverified basis in a final document", func(_ *model.Site, v *model.Verwerking) {
		addGegeven(v, "justitie", "strafrechtelijk")
		addGrondslag(v, "uavg-33")
	}, []want{W(codeOnzekereBron, "grondslagen[3].artikel")}},
	{"unverified basis in a concept", func(_ *model.Site, v *model.Verwerking) {
		v.Status = model.StatusConcept
		addGegeven(v, "justitie", "strafrechtelijk")
		addGrondslag(v, "uavg-33")
	}, []want{A(codeOnzekereBron, "grondslagen[3].artikel")}},
	{"unverified standard retention period for many gegevens", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard, v.Bewaartermijnen[0].Termijn = "bt-pw", jaren(10)
		for _, id := range []string{"a", "b", "c", "d"} {
			addGegeven(v, id, "identificatie")
		}
		v.Bewaartermijnen[0].Gegevens = []string{"naw", "bsn", "gezondheid", "a", "b", "c", "d"}
	}, []want{W(codeOnzekereBron, "bewaartermijnen[0].standaard")}},
	{"unverified standard retention period", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard, v.Bewaartermijnen[0].Termijn = "bt-pw", jaren(10)
	}, []want{W(codeOnzekereBron, "bewaartermijnen[0].standaard")}},
	{"own period with own bron does not rest on the unverified standard", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard = "bt-pw"
	}, nil},
	{"a recipient's basis marked as still to verify", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].Grondslag = "Wmo 2015, art. 5.2.1 (leden nog te verifiëren)"
	}, []want{W(codeOnzekereBron, "ontvangers[0].grondslag")}},
	{"a mark in a concept is an advies", func(_ *model.Site, v *model.Verwerking) {
		v.Status = model.StatusConcept
		v.Ontvangers[0].Grondslag = "Wmo 2015, art. 5.2.1 (leden nog te verifiëren)"
	}, []want{A(codeOnzekereBron, "ontvangers[0].grondslag")}},
	{"marks in a text field, at the start of a sentence, and in an answer", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[1].Noodzaak = "Verplicht in het berichtenverkeer.\n\nTe verifiëren: welk artikel."
		v.Antwoorden["A.4"] = "Volgens de Awb (niet geverifieerd)."
	}, []want{W(codeOnzekereBron, "gegevens[1].noodzaak"), W(codeOnzekereBron, "antwoorden.A.4")}},
	{"a mark in title case", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[1].Noodzaak = "Volgens de Wabb. Nog Te Verifiëren: Welk Lid."
	}, []want{W(codeOnzekereBron, "gegevens[1].noodzaak")}},
	{"a text on verification is no mark", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[1].Noodzaak = "De identiteit wordt geverifieerd met het identiteitsbewijs; verificatie gebeurt aan de balie."
	}, nil},
	{"a retention source reported for its standard is not reported twice", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard, v.Bewaartermijnen[0].Termijn = "bt-pw", jaren(10)
		v.Bewaartermijnen[0].Bron = "Selectielijst 2020 (resultaat nog te verifiëren)"
	}, []want{W(codeOnzekereBron, "bewaartermijnen[0].standaard")}},
	{"only the source of a period reported for its standard is left out", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Standaard, v.Bewaartermijnen[0].Termijn = "bt-pw", jaren(10)
		v.Bewaartermijnen[0].Vanaf = "het einde van de uitkering (startmoment nog te verifiëren)"
	}, []want{W(codeOnzekereBron, "bewaartermijnen[0].standaard"), W(codeOnzekereBron, "bewaartermijnen[0].vanaf")}},
	{"the law of a basis reported as unverified is not reported twice", func(_ *model.Site, v *model.Verwerking) {
		addGegeven(v, "justitie", "strafrechtelijk")
		addGrondslag(v, "uavg-33")
		v.Grondslagen[3].Wet = "UAVG art. 33 (lid nog te verifiëren)"
		v.Grondslagen[3].Toelichting = "Te verifiëren: of lid 2 of lid 3 geldt."
	}, []want{W(codeOnzekereBron, "grondslagen[3].artikel"), W(codeOnzekereBron, "grondslagen[3].toelichting")}},
	{"a retention source with its own period is reported", func(_ *model.Site, v *model.Verwerking) {
		v.Bewaartermijnen[0].Bron = "Selectielijst 2020 (resultaat nog te verifiëren)"
	}, []want{W(codeOnzekereBron, "bewaartermijnen[0].bron")}},

	// nog-in-te-vullen
	{"a supplier the pack left to fill in", func(_ *model.Site, v *model.Verwerking) {
		v.Systemen = slices.Clone(v.Systemen)
		v.Systemen[0].Leverancier = "Leverancier van het regiesysteem (in te vullen door de gemeente)"
	}, []want{F(codeNogInTeVullen, "systemen[0].leverancier")}},
	{"in a concept it is a warning", func(_ *model.Site, v *model.Verwerking) {
		v.Status, v.Besluit = model.StatusConcept, nil
		v.Systemen = slices.Clone(v.Systemen)
		v.Systemen[0].Overeenkomst = "Nog in te vullen"
	}, []want{W(codeNogInTeVullen, "systemen[0].overeenkomst")}},
	{"a mark in title case", func(_ *model.Site, v *model.Verwerking) {
		v.Status, v.Besluit = model.StatusConcept, nil
		v.Systemen = slices.Clone(v.Systemen)
		v.Systemen[0].Overeenkomst = "Nog In Te Vullen"
	}, []want{W(codeNogInTeVullen, "systemen[0].overeenkomst")}},
	{"a text about filling in is no mark", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[1].Noodzaak = "Het formulier is eenvoudig in te vullen; de consulent helpt bij het invullen."
	}, nil},

	// html-in-tekst
	{"a tag in a text", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[1].Noodzaak = "Nodig om <b>de hulp</b> te bepalen."
	}, []want{W(codeHTMLInTekst, "gegevens[1].noodzaak")}},
	{"a comparison, an autolink, a comment and code are no HTML", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[1].Noodzaak = "Bij kinderen < 18 jaar; zie <https://www.gemeente.nl>. <!-- nakijken --> Niet `<b>`."
	}, nil},
	{"a tag in a page", func(s *model.Site, _ *model.Verwerking) {
		s.Pages = []*model.Page{{Path: "contact", File: "content/contact.md", Body: "Bel ons.<br>Of mail.\n", BodyLine: 4}}
	}, []want{W(codeHTMLInTekst, "")}},

	// tabel-vervangt-sjabloon
	{"own [rechten] without the template's right for the citizen", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Rechten = model.Rechten{Procedure: "Het sjabloon.", VoorInwoner: "Uw dossier laten vernietigen."}
	}, []want{A(codeTabelVervangen, "rechten")}},
	{"[rechten] from a template, not the site's file", func(_ *model.Site, v *model.Verwerking) {
		// A table of a template nearer than Base (a chain) is not the site's to complete.
		v.Base.Rechten = model.Rechten{Procedure: "Het sjabloon.", VoorInwoner: "Uw dossier laten vernietigen."}
		v.Pos = origins(v, map[string]string{"rechten": templateFile})
	}, nil},
	{"own [informeren] that takes every key over", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Informeren = &model.Informeren{Wanneer: "Bij de melding", Hoe: []string{"gesprek"}, Verplichting: "Vrijwillig."}
		v.Informeren = &model.Informeren{Wanneer: "Bij het eerste gesprek", Hoe: []string{"folder"}, Verplichting: "Vrijwillig."}
		v.Pos = writtenKeys(v, []string{"informeren.verplichting"}, nil)
	}, nil},
	{"own [informeren] without the template's ways of telling", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Informeren = &model.Informeren{Wanneer: "Bij de melding", Hoe: []string{"gesprek"}, Verplichting: "Vrijwillig."}
		v.Informeren = &model.Informeren{Wanneer: "Bij het eerste gesprek", Verplichting: "Vrijwillig."}
		v.Pos = writtenKeys(v, []string{"informeren.verplichting"}, []string{"informeren.hoe"})
	}, []want{F(codeInformerenOntbreekt, "informeren.hoe")}}, // the cause is said in that finding: TestTableCauseInFinding
	{"own [besluitvorming] that writes false where the template says true", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Besluitvorming = model.Besluitvorming{Profilering: true}
		v.Besluitvorming = model.Besluitvorming{}
		v.Pos = writtenKeys(v, []string{"besluitvorming.profilering"}, nil)
	}, nil}, // profilering = false is written, not left out
	{"own [antwoorden] without the template's answer", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Antwoorden = map[string]string{"A.4": "Uit het sjabloon.", "B.2": "Het regionale antwoord."}
	}, []want{A(codeTabelVervangen, "antwoorden")}},
	{"own [antwoorden] that answers the template's questions too", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Antwoorden = map[string]string{"A.4": "Uit het sjabloon."}
	}, nil},
	{"[antwoorden] from the template", func(_ *model.Site, v *model.Verwerking) {
		v.Base.Antwoorden = map[string]string{"B.2": "Het regionale antwoord."}
		v.Pos = origins(v, map[string]string{"antwoorden": templateFile})
	}, nil},

	// voor-inwoner-uit-sjabloon
	{"own naam, the citizen's name from the template", func(_ *model.Site, v *model.Verwerking) {
		v.NaamVoorInwoner = "Hulp bij zelfstandig wonen en meedoen"
		v.Pos = origins(v, map[string]string{"naam": siteFile, "naam_voor_inwoner": templateFile})
	}, []want{A(codeVoorInwonerUitSjabloon, "naam")}},
	{"own naam and own name for the citizen", func(_ *model.Site, v *model.Verwerking) {
		v.NaamVoorInwoner = "Hulp bij zelfstandig wonen en meedoen"
		v.Pos = origins(v, map[string]string{"naam": siteFile, "naam_voor_inwoner": siteFile})
	}, nil},
	{"naam and the citizen's name from the template", func(_ *model.Site, v *model.Verwerking) {
		v.NaamVoorInwoner = "Hulp bij zelfstandig wonen en meedoen"
		v.Pos = origins(v, map[string]string{"naam": templateFile, "naam_voor_inwoner": templateFile})
	}, nil},
	{"own omschrijving, plain words from the template", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[0].VoorInwoner, v.Doelen[0].VoorInwoner = "Uw naam en adres", "Bekijken welke hulp u nodig hebt"
		v.Pos = origins(v, map[string]string{"gegevens[0].voor_inwoner": templateFile, "doelen[0].voor_inwoner": templateFile})
	}, []want{A(codeVoorInwonerUitSjabloon, "gegevens[0].omschrijving"), A(codeVoorInwonerUitSjabloon, "doelen[0].omschrijving")}},
	{"omschrijving and plain words both from the template", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[0].VoorInwoner = "Uw naam en adres"
		v.Pos = origins(v, map[string]string{"gegevens[0].omschrijving": templateFile, "gegevens[0].voor_inwoner": templateFile})
	}, nil},
	{"own omschrijving and own plain words", func(_ *model.Site, v *model.Verwerking) {
		v.Gegevens[0].VoorInwoner = "Uw naam en adres"
		v.Pos = origins(v, map[string]string{"gegevens[0].voor_inwoner": siteFile})
	}, nil},
	{"own omschrijving, no plain words", func(_ *model.Site, v *model.Verwerking) {
		v.Pos = origins(v, nil)
	}, nil},
	{"a recipient's own name and condition, the citizen's words from the template", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].NaamVoorInwoner, v.Ontvangers[0].Voorwaarde = "Aanbieders van Wmo-hulp", "Alleen bij zorg in natura."
		v.Ontvangers[0].VoorwaardeVoorInwoner = "Alleen als een aanbieder de hulp voor u levert."
		v.Pos = origins(v, map[string]string{"ontvangers[0].naam": siteFile, "ontvangers[0].naam_voor_inwoner": templateFile,
			"ontvangers[0].voorwaarde": siteFile, "ontvangers[0].voorwaarde_voor_inwoner": templateFile})
	}, []want{A(codeVoorInwonerUitSjabloon, "ontvangers[0].naam"), A(codeVoorInwonerUitSjabloon, "ontvangers[0].voorwaarde")}},
	{"a recipient's name and condition from the template", func(_ *model.Site, v *model.Verwerking) {
		v.Ontvangers[0].NaamVoorInwoner, v.Ontvangers[0].VoorwaardeVoorInwoner = "Aanbieders van Wmo-hulp", "Alleen als …"
		v.Pos = origins(v, map[string]string{"ontvangers[0].naam": templateFile, "ontvangers[0].naam_voor_inwoner": templateFile,
			"ontvangers[0].voorwaarde": templateFile, "ontvangers[0].voorwaarde_voor_inwoner": templateFile})
	}, nil},

	// vraag-onbeantwoord
	{"mandatory open question unanswered", func(_ *model.Site, v *model.Verwerking) { delete(v.Antwoorden, "A.4") },
		[]want{F(codeVraagOnbeantwoord, "antwoorden.A.4")}},
	{"optional open question answered with blanks", func(_ *model.Site, v *model.Verwerking) { v.Antwoorden["A.5"] = "  " },
		[]want{W(codeVraagOnbeantwoord, "antwoorden.A.5")}},
	{"question of the base pack unanswered", func(_ *model.Site, v *model.Verwerking) { delete(v.Antwoorden, "C.1") },
		[]want{W(codeVraagOnbeantwoord, "antwoorden.C.1")}},
	{"mandatory field question with empty field", func(_ *model.Site, v *model.Verwerking) { v.Rechten.Procedure = "" },
		[]want{F(codeVraagOnbeantwoord, "rechten.procedure")}},
	{"questions without the merged questionnaire come from the packs", func(s *model.Site, v *model.Verwerking) {
		s.Vragen = nil
		delete(v.Antwoorden, "A.4")
	}, []want{F(codeVraagOnbeantwoord, "antwoorden.A.4")}},
	{"no pack, no questions", func(_ *model.Site, v *model.Verwerking) { v.Pack, v.Antwoorden = nil, nil }, nil},

	// taal-niet-beschikbaar (site level)
	{"a language without texts", func(s *model.Site, _ *model.Verwerking) { s.Config.TaalGevraagd = "en" },
		[]want{A(codeTaalNietBeschikbaar, "taal")}},

	// pakket-andere-taal (site level)
	{"a pack in English on a Dutch site", func(s *model.Site, _ *model.Verwerking) { s.Packs[1].Taal = "en" },
		[]want{W(codePakketAndereTaal, "sjablonen")}},
	{"a pack that says it is Dutch", func(s *model.Site, _ *model.Verwerking) { s.Packs[1].Taal = "nl" }, nil},
	{"an English basis under a Dutch pack", func(s *model.Site, _ *model.Verwerking) { s.Packs[0].Basis.Taal = "en" }, nil},
	{"a Dutch pack on a site that asks for English", func(s *model.Site, _ *model.Verwerking) {
		s.Config.TaalGevraagd, s.Packs[0].Taal = "en", "nl"
	}, []want{A(codeTaalNietBeschikbaar, "taal")}},

	// organisatie-ontbreekt (site level)
	{"no name of the organisation", func(s *model.Site, _ *model.Verwerking) { s.Config.Organisatie.Naam = " " },
		[]want{F(codeOrganisatieOntbreekt, "organisatie.naam")}},
	{"no way to reach the organisation", func(s *model.Site, _ *model.Verwerking) { s.Config.Organisatie.Email = "" },
		[]want{F(codeOrganisatieOntbreekt, "organisatie")}},
	{"the organisation by phone only", func(s *model.Site, _ *model.Verwerking) {
		s.Config.Organisatie.Email, s.Config.Organisatie.Adres, s.Config.Organisatie.Telefoon = "", "", "14 0999"
	}, []want{W(codeOrganisatieOntbreekt, "organisatie")}},
	{"the organisation by post only", func(s *model.Site, _ *model.Verwerking) {
		s.Config.Organisatie.Email, s.Config.Organisatie.Adres = "", "Postbus 1, 1000 AA Test"
	}, nil},

	// contact-fg-ontbreekt (site level)
	{"no FG", func(s *model.Site, _ *model.Verwerking) { s.Config.Organisatie.FG = model.Contact{} },
		[]want{F(codeContactFGOntbreekt, "organisatie.fg")}},
	{"FG without email or phone", func(s *model.Site, _ *model.Verwerking) { s.Config.Organisatie.FG.Email = " " },
		[]want{F(codeContactFGOntbreekt, "organisatie.fg")}},
	{"FG with phone only", func(s *model.Site, _ *model.Verwerking) {
		s.Config.Organisatie.FG.Email, s.Config.Organisatie.FG.Telefoon = "", "14 0999"
	}, nil},
	{"an FG address that is none", func(s *model.Site, _ *model.Verwerking) { s.Config.Organisatie.FG.Email = "fg nieuwstad" },
		[]want{F(codeContactFGOntbreekt, "organisatie.fg.email")}},
	{"an address with a name in it", func(s *model.Site, _ *model.Verwerking) {
		s.Config.Organisatie.Email = "Privacyloket <privacy@test.nl>"
	}, []want{F(codeOrganisatieOntbreekt, "organisatie.email")}},
	{"an FG address without its top-level domain", func(s *model.Site, _ *model.Verwerking) {
		s.Config.Organisatie.FG.Email = "fg@nieuwstad"
	}, []want{F(codeContactFGOntbreekt, "organisatie.fg.email")}},
	{"an address with a subdomain", func(s *model.Site, _ *model.Verwerking) {
		s.Config.Organisatie.Email = "privacy@sociaal.gemeente.nl"
	}, nil},
	{"an address with spaces around it", func(s *model.Site, _ *model.Verwerking) { s.Config.Organisatie.Email = " privacy@test.nl " }, nil},

	// privacyverklaring-onvolledig (site level)
	{"no rights in the catalogue", func(s *model.Site, _ *model.Verwerking) { s.Catalogus.Rechten = nil },
		[]want{F(codePrivacyverklaringOnvolledig, "sjablonen")}},
	{"no complaint text", func(s *model.Site, _ *model.Verwerking) { s.Teksten = nil },
		[]want{W(codePrivacyverklaringOnvolledig, "sjablonen")}},
	{"a blank complaint text", func(s *model.Site, _ *model.Verwerking) {
		s.Teksten[model.TekstPrivacyverklaringKlacht] = "\n  \n"
	}, []want{W(codePrivacyverklaringOnvolledig, "sjablonen")}},
	{"question pointing at a field that does not exist", func(s *model.Site, _ *model.Verwerking) {
		s.Vragen.Vragen = append(s.Vragen.Vragen, model.Vraag{ID: "A.8", Veld: "samenvating", Pack: "vng-test"})
	}, []want{F(codeOnbekendeVerwijzing, "veld")}},
}

func TestRules(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			site, v := testSite()
			tc.mutate(site, v)
			r := Evaluate(site)
			got := r.All()
			var gotW []string
			for _, b := range got {
				gotW = append(gotW, want{b.Code, b.Ernst, b.Veld}.String())
			}
			var wantW []string
			for _, w := range tc.want {
				wantW = append(wantW, w.String())
			}
			slices.Sort(gotW)
			slices.Sort(wantW)
			if !slices.Equal(gotW, wantW) {
				t.Errorf("findings\n got: %v\nwant: %v", gotW, wantW)
				for _, b := range got {
					t.Logf("%s: %s", b.Code, b.Text())
				}
			}
			for _, b := range got {
				checkBevinding(t, site, v, b)
			}
		})
	}
}

// checkBevinding asserts what holds for every finding: the position comes from Pos, the message is complete.
func checkBevinding(t *testing.T, site *model.Site, v *model.Verwerking, b Bevinding) {
	t.Helper()
	if b.Verwerking == "" {
		if b.Code == codeContactFGOntbreekt && (b.Bestand != "pia.toml" || b.Regel != 20) {
			t.Errorf("%s: position %s:%d, want pia.toml:20", b.Code, b.Bestand, b.Regel)
		}
		if b.Code == codePrivacyverklaringOnvolledig && b.Bestand != "pia.toml" {
			t.Errorf("%s: file %s, want pia.toml", b.Code, b.Bestand)
		}
	} else {
		pos := v.Pos.Of(b.Veld)
		if b.Bestand != pos.File || b.Regel != pos.Line || b.Kolom != pos.Col {
			t.Errorf("%s@%s: position %s:%d:%d, want %s", b.Code, b.Veld, b.Bestand, b.Regel, b.Kolom, pos)
		}
		if b.Verwerking != v.ID {
			t.Errorf("%s: verwerking %q", b.Code, b.Verwerking)
		}
		if b.SiteBestand != "" {
			t.Errorf("%s: SiteBestand %q for a value in the site file", b.Code, b.SiteBestand)
		}
	}
	if strings.Contains(b.Text(), "%!") || strings.Contains(b.Text(), "[rules.") || b.Text() == "" {
		t.Errorf("%s: bad message %q", b.Code, b.Text())
	}
	if b.Bron == "" || strings.HasPrefix(b.Bron, "[") {
		t.Errorf("%s: bad bron %q", b.Code, b.Bron)
	}
	if _, ok := ruleByCode[b.Code]; !ok {
		t.Errorf("%s: not in the rule catalogue", b.Code)
	}
	_ = site
}

func TestCompleteVerwerkingHasNoFindings(t *testing.T) {
	site, _ := testSite()
	r := Evaluate(site)
	for _, b := range r.All() {
		t.Errorf("unexpected finding %s@%s: %s", b.Code, b.Veld, b.Text())
	}
	res := r.Resultaten[0]
	if !res.DPIA.Verplicht {
		t.Error("the complete Wmo verwerking needs a DPIA")
	}
	if res.HoogsteRisico != model.NiveauHoog || res.HoogsteRestrisico != model.NiveauMidden {
		t.Errorf("highest risks %q/%q", res.HoogsteRisico, res.HoogsteRestrisico)
	}
}

func TestMessagesNameTheItem(t *testing.T) {
	site, v := testSite()
	v.Gegevens[2].Noodzaak = ""
	v.Gegevens[0].Doelen[1] = "leverne"
	res := EvaluateVerwerking(site, v)
	var msgs []string
	for _, b := range res.Bevindingen {
		msgs = append(msgs, b.Text())
	}
	all := strings.Join(msgs, "\n")
	for _, s := range []string{`"gezondheid" (Gezondheid en beperkingen)`, `noodzaak`, `Bedoelde u "leveren"?`,
		`"beoordelen", "leveren"`} {
		if !strings.Contains(all, s) {
			t.Errorf("messages do not mention %q:\n%s", s, all)
		}
	}
}

// origins gives v the positions of every field, with the omschrijving of each gegeven and doel in the site's own file
// and the files given for other paths.
// writtenKeys gives v the positions of positions(v), with the keys add written in the site's file and the keys drop
// not written at all.
func writtenKeys(v *model.Verwerking, add, drop []string) model.Positions {
	pos := positions(v)
	for i, k := range add {
		pos[k] = model.Pos{File: siteFile, Line: 800 + i, Col: 1}
	}
	for _, k := range drop {
		delete(pos, k)
	}
	return model.NewPositions(pos)
}

func origins(v *model.Verwerking, files map[string]string) model.Positions {
	pos := positions(v)
	line := 700
	for i := range v.Gegevens {
		pos[fmt.Sprintf("gegevens[%d].omschrijving", i)] = model.Pos{File: siteFile, Line: line, Col: 1}
		line++
	}
	for i := range v.Doelen {
		pos[fmt.Sprintf("doelen[%d].omschrijving", i)] = model.Pos{File: siteFile, Line: line, Col: 1}
		line++
	}
	for path, file := range files {
		pos[path] = model.Pos{File: file, Line: line, Col: 1}
		line++
	}
	return model.NewPositions(pos)
}

func TestPositionFromTemplate(t *testing.T) {
	site, v := testSite()
	v.Gegevens[2].Noodzaak = ""
	pos := positions(v)
	pos["gegevens[2].noodzaak"] = model.Pos{File: templateFile, Line: 33, Col: 5}
	v.Pos = model.NewPositions(pos)
	res := EvaluateVerwerking(site, v)
	if len(res.Bevindingen) != 1 {
		t.Fatalf("findings: %+v", res.Bevindingen)
	}
	b := res.Bevindingen[0]
	if b.Bestand != templateFile || b.Regel != 33 || b.Kolom != 5 || b.SiteBestand != siteFile {
		t.Errorf("got %s:%d:%d (site %q)", b.Bestand, b.Regel, b.Kolom, b.SiteBestand)
	}
}

func TestPositionFallsBackToParent(t *testing.T) {
	site, v := testSite()
	v.Gegevens[0].Doelen[1] = "leverne"
	res := EvaluateVerwerking(site, v)
	if len(res.Bevindingen) != 1 {
		t.Fatalf("findings: %+v", res.Bevindingen)
	}
	b := res.Bevindingen[0]
	if b.Veld != "gegevens[0].doelen[1]" || b.Regel != v.Pos.Of("gegevens[0].doelen").Line || b.Regel == 0 {
		t.Errorf("got %s line %d, want line of gegevens[0].doelen (%d)", b.Veld, b.Regel, v.Pos.Of("gegevens[0].doelen").Line)
	}
	// Without any position the finding still names the verwerking's file.
	v.Pos = model.Positions{}
	res = EvaluateVerwerking(site, v)
	if b := res.Bevindingen[0]; b.Bestand != siteFile || b.Regel != 0 || b.SiteBestand != "" {
		t.Errorf("without positions: %+v", b)
	}
}

func TestOrderAndDeterminism(t *testing.T) {
	site, v := testSite()
	v.Gegevens[2].Noodzaak = ""
	v.Informeren = nil
	v.Risicos[0].Maatregelen = nil
	pos := positions(v)
	pos["gegevens[2].noodzaak"] = model.Pos{File: templateFile, Line: 1}
	v.Pos = model.NewPositions(pos)
	for i := range 5 {
		w := completeVerwerking()
		w.Pack = v.Pack
		w.ID = fmt.Sprintf("w%d", i)
		w.Ontvangers[0].Grondslag = ""
		site.Verwerkingen = append(site.Verwerkingen, w)
	}
	site.Config.Organisatie.FG = model.Contact{}
	first := Evaluate(site)
	for range 20 {
		again := Evaluate(site)
		if fmt.Sprint(again.All()) != fmt.Sprint(first.All()) {
			t.Fatal("Evaluate is not deterministic")
		}
	}
	all := first.All()
	if all[0].Code != codeContactFGOntbreekt {
		t.Errorf("site findings first, got %s", all[0].Code)
	}
	res := first.Resultaten[0]
	if res.Verwerking != v {
		t.Error("results in site order")
	}
	// Own file first, by line; the template's finding last.
	last := res.Bevindingen[len(res.Bevindingen)-1]
	if last.Bestand != templateFile {
		t.Errorf("template finding should come last: %+v", res.Bevindingen)
	}
	for i := 1; i < len(res.Bevindingen)-1; i++ {
		if res.Bevindingen[i-1].Regel > res.Bevindingen[i].Regel {
			t.Errorf("not sorted by line: %+v", res.Bevindingen)
		}
	}
	if got := first.Count(Fout); got != 3+5 {
		t.Errorf("Count(fout) = %d", got)
	}
	if got := first.Count(Waarschuwing); got != 1 {
		t.Errorf("Count(waarschuwing) = %d", got)
	}
	if len(first.Resultaten) != 6 {
		t.Errorf("results: %d", len(first.Resultaten))
	}
}

func TestEvaluateEmptySite(t *testing.T) {
	r := Evaluate(&model.Site{Config: model.Config{Organisatie: model.Organisatie{Naam: "G", Email: "g@y.nl",
		FG: model.Contact{Naam: "X", Email: "x@y.nl"}}},
		Catalogus: &model.Catalogus{Rechten: []model.CatRecht{{ID: "inzage"}}},
		Teksten:   map[string]string{model.TekstPrivacyverklaringKlacht: "Klacht."}})
	if len(r.Resultaten) != 0 || len(r.All()) != 0 {
		t.Errorf("%+v", r)
	}
	// Without packs the statements name no rights and no complaint route of the organisation.
	r = Evaluate(&model.Site{Config: model.Config{Organisatie: model.Organisatie{Naam: "G", Email: "g@y.nl",
		FG: model.Contact{Naam: "X", Email: "x@y.nl"}}}})
	var codes []string
	for _, b := range r.All() {
		codes = append(codes, b.Code+"/"+string(b.Ernst))
	}
	if want := []string{"privacyverklaring-onvolledig/fout", "privacyverklaring-onvolledig/waarschuwing"}; !slices.Equal(codes, want) {
		t.Errorf("site without packs: %v, want %v", codes, want)
	}
	// A bare verwerking without catalogue or positions must not panic.
	site := &model.Site{Verwerkingen: []*model.Verwerking{{ID: "leeg", File: "content/verwerkingen/leeg.toml"}}}
	r = Evaluate(site)
	if len(r.Resultaten) != 1 || len(r.All()) == 0 {
		t.Errorf("bare verwerking: %+v", r.All())
	}
}

func TestLanguageFallsBackToDutch(t *testing.T) {
	site, v := testSite()
	site.Config.Taal = "en"
	v.Informeren = nil
	res := EvaluateVerwerking(site, v)
	if len(res.Bevindingen) != 1 || !strings.Contains(res.Bevindingen[0].Text(), "geïnformeerd") {
		t.Errorf("%+v", res.Bevindingen)
	}
}

func TestEvaluateVerwerkingMatchesEvaluate(t *testing.T) {
	site, v := testSite()
	v.Informeren = nil
	v.Gegevens[1].Noodzaak = ""
	full := Evaluate(site).Resultaten[0]
	one := EvaluateVerwerking(site, v)
	if fmt.Sprint(full.Bevindingen) != fmt.Sprint(one.Bevindingen) || fmt.Sprint(full.DPIA) != fmt.Sprint(one.DPIA) {
		t.Errorf("incremental result differs:\n%+v\n%+v", full, one)
	}
}

func TestLongGegevensListsAreShortened(t *testing.T) {
	site, v := testSite()
	for _, id := range []string{"a", "b", "c", "d"} {
		addGegeven(v, id, "identificatie")
	}
	v.Bewaartermijnen[0].Gegevens = []string{"naw", "bsn", "gezondheid", "a", "b", "c", "d"}
	v.Bewaartermijnen[0].Termijn = model.Termijn{}
	res := EvaluateVerwerking(site, v)
	if len(res.Bevindingen) != 1 || !strings.Contains(res.Bevindingen[0].Text(), `"naw", "bsn", "gezondheid", "a", "b" en 2 andere`) {
		t.Errorf("%+v", res.Bevindingen)
	}
}

// TestEvaluateSharesOnlyPerPack: verwerkingen of different packs evaluated together get each their own pack's
// questions, as each evaluated alone does.
func TestEvaluateSharesOnlyPerPack(t *testing.T) {
	site, v := testSite()
	var ander *model.Pack
	for _, p := range site.Packs {
		if p.Naam == "ander-pakket" {
			ander = p
		}
	}
	for i := range 6 {
		w := completeVerwerking()
		w.ID, w.Antwoorden = w.ID+strconv.Itoa(i), nil
		w.Pack = v.Pack
		if i%2 == 1 {
			w.Pack = ander
		}
		site.Verwerkingen = append(site.Verwerkingen, w)
	}
	report := Evaluate(site)
	codes := map[*model.Pack]string{}
	for i, w := range site.Verwerkingen {
		alone := EvaluateVerwerking(site, w)
		if !reflect.DeepEqual(report.Resultaten[i], alone) {
			t.Errorf("%s: evaluated with the others differs from evaluated alone", w.ID)
		}
		var got []string
		for _, b := range alone.Bevindingen {
			got = append(got, b.Code+" "+b.Veld)
		}
		key := strings.Join(got, "; ")
		if prev, ok := codes[w.Pack]; ok && prev != key && w.ID != v.ID {
			t.Errorf("%s: findings %q differ from another verwerking of its pack: %q", w.ID, key, prev)
		}
		if w.ID != v.ID {
			codes[w.Pack] = key
		}
	}
	if codes[ander] == codes[v.Pack] {
		t.Errorf("verwerkingen of two packs got the same findings %q: the questions were shared across packs", codes[ander])
	}
}

// TestExcerpt: the quote in an onzekere-bron finding shows the mark with whole words around it, on one line.
func TestExcerpt(t *testing.T) {
	long := strings.Repeat("woord ", 20)
	for _, tc := range []struct{ in, want string }{
		{"Wmo 2015 (leden nog te verifiëren)", "Wmo 2015 (leden nog te verifiëren)"},
		{"Te verifiëren.", "Te verifiëren."},
		{long + "art. 5 (nog te verifiëren) en " + long,
			"…woord woord woord woord woord woord woord woord art. 5 (nog te verifiëren) en woord woord woord woord…"},
		{"Eerste regel\nnog\tte verifiëren\nlaatste", "Eerste regel nog te verifiëren laatste"},
		{"één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien: niet geverifieerd",
			"…vijf zes zeven acht negen tien elf twaalf dertien veertien: niet geverifieerd"},
	} {
		at, n := unverifiedMark(tc.in)
		if at < 0 {
			t.Fatalf("no mark found in %q", tc.in)
		}
		if got := excerpt(tc.in, at, n); got != tc.want {
			t.Errorf("excerpt(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if at, _ := unverifiedMark("Gecontroleerd en geverifieerd door de jurist."); at >= 0 {
		t.Error("a text that says it was verified holds no mark")
	}
}

// TestUnverifiedMark: the marks a pack writes are found however the words are cased or broken over lines; the
// same words in an ordinary sentence are not a mark.
func TestUnverifiedMark(t *testing.T) {
	for in, want := range map[string]string{
		"Wmo 2015, art. 5.2.1 (leden nog te verifiëren)":    "nog te verifiëren",
		"De leden zijn nog te\n  verifiëren tegen de wet":   "nog te\n  verifiëren",
		"artikel nog\u00a0te verifiëren":                    "nog\u00a0te verifiëren",
		"LEDEN NOG TE VERIFIËREN":                           "NOG TE VERIFIËREN",
		"art. 2:5; te verifieren)":                          "te verifieren",
		"Te verifiëren: welk artikel.":                      "Te verifiëren",
		"Zie de Awb. Te verifiëren.":                        "Te verifiëren",
		"Volgens de Awb (niet geverifieerd).":               "niet geverifieerd",
		"De termijn is nog niet\ngeverifieerd.":             "nog niet\ngeverifieerd",
		"om de identiteit te verifiëren; nog te verifiëren": "nog te verifiëren",
		"art. 2.3.2\nTe verifiëren: lid 4":                  "Te verifiëren",
		"- Te verifiëren":                                   "Te verifiëren",
		"art. 5 - te verifiëren":                            "te verifiëren",
		"art. 5 [te verifiëren]":                            "te verifiëren",
		"Nog Te Verifiëren":                                 "Nog Te Verifiëren",
		"De leden zijn nog te verifiëren tegen de wet.":     "nog te verifiëren",
		"De termijn is nog niet geverifieerd.":              "nog niet geverifieerd",
	} {
		at, n := unverifiedMark(in)
		if at < 0 || in[at:at+n] != want {
			t.Errorf("unverifiedMark(%q) found %q, want %q", in, in[max(at, 0):max(at, 0)+n], want)
		}
	}
	for _, in := range []string{
		"De medewerker vraagt het identiteitsbewijs om de identiteit te verifiëren.",
		"Gegevens die niet geverifieerd kunnen worden, legt de consulent niet vast.",
		"Na de laatste verifiëren wij niets meer.",
		"teverifiëren",
		"Gecontroleerd en geverifieerd door de jurist.",
		"De verificatie gebeurt aan de balie (verifiëren).",
		"Wij gebruiken de nog te verifiëren inkomensgegevens niet.",
		"Gegevens die nog niet geverifieerd zijn, gebruiken wij niet.",
		"",
	} {
		if at, _ := unverifiedMark(in); at >= 0 {
			t.Errorf("unverifiedMark(%q) = %d, want no mark", in, at)
		}
	}
}

func TestFillMark(t *testing.T) {
	for in, want := range map[string]string{
		"Leverancier (in te vullen door de gemeente)": "in te vullen",
		"In te vullen: de leverancier":                "In te vullen",
		"Verwerkersovereenkomst (nog in te vullen)":   "nog in te vullen",
		"IN TE\nVULLEN":                                       "IN TE\nVULLEN",
		"Naam; in te vullen":                                  "in te vullen",
		"*in te vullen door de gemeente*":                     "in te vullen",
		"_in te vullen_":                                      "in te vullen",
		"<in te vullen>":                                      "in te vullen",
		"Leverancier … in te vullen":                          "in te vullen",
		"Leverancier (door de gemeente in te vullen)":         "door de gemeente in te vullen",
		"Overeenkomst (nader in te vullen)":                   "nader in te vullen",
		"Overeenkomst (lokaal in te vullen)":                  "lokaal in te vullen",
		"(In te vullen door uw organisatie)":                  "In te vullen",
		"(in te vullen door de verwerkingsverantwoordelijke)": "in te vullen",
		"(in te vullen door gemeenten)":                       "in te vullen",
		"(in te vullen per gemeente)":                         "in te vullen",
		"(in te vullen door de deelnemende gemeente)":         "in te vullen",
		"(in te vullen door de proceseigenaar)":               "in te vullen",
		"(in te vullen door Nieuwstad)":                       "in te vullen",
		"Leverancier: in te vullen na de aanbesteding":        "in te vullen",
		"Leverancier (In Te Vullen)":                          "In Te Vullen",
		"(In te VuLlen)":                                      "In te VuLlen",
	} {
		at, n := fillMark(in)
		if at < 0 || in[at:at+n] != want {
			t.Errorf("fillMark(%q) found %q, want %q", in, in[max(at, 0):max(at, 0)+n], want)
		}
		// The quick test before fillMark lets every mark through.
		if !mayHoldFill(in) {
			t.Errorf("mayHoldFill(%q) = false", in)
		}
	}
	for _, in := range []string{"", "ullen", "Wij zullen het doen.", "ULLEN", "vulle", "ZULLEN", "vvvvv", "Vullvn"} {
		if mayHoldFill(in) {
			t.Errorf("mayHoldFill(%q) = true", in)
		}
	}
	for _, in := range []string{
		"Het formulier is eenvoudig in te vullen.",
		"De consulent helpt bij het invullen.",
		"in te vullende velden",
		"inte vullen",
		"Wij vullen het aan.",
		"Meldingsformulier (in te vullen door de inwoner of zijn vertegenwoordiger)",
		"Eigen verklaring, in te vullen door de aanvrager",
		"Vragenlijst (in te vullen door de consulent)",
		"In te vullen formulieren bewaren we een jaar.",
		"Het formulier (door de inwoner in te vullen) komt bij de consulent.",
		"",
	} {
		if at, _ := fillMark(in); at >= 0 {
			t.Errorf("fillMark(%q) = %d, want no mark", in, at)
		}
	}
}

// FuzzUnverifiedMark: a mark found lies inside the text and holds the words of a mark, and its quote is valid text
// on one line that holds the mark's last word.
func FuzzUnverifiedMark(f *testing.F) {
	for _, s := range []string{"(leden nog te verifiëren)", "nog te\nverifiëren", "Te verifiëren: art.", "(niet geverifieerd)",
		"TE VERIFIËREN", "om te verifiëren", "é te verifiëren", "verifi", "ge verifieerd", "nog\u00a0niet\tgeverifieerd"} {
		f.Add(s)
	}
	f.Add("ferifi erifierifi")
	f.Add("tE VERIFiËREN")
	f.Add("rifi erif ERIFI")
	f.Fuzz(func(t *testing.T, s string) {
		lower := []byte(s)
		for i, c := range lower {
			if c >= 'A' && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		if got, want := mayHoldMark(s), strings.Contains(string(lower), "erifi"); got != want {
			t.Fatalf("mayHoldMark(%q) = %v, want %v", s, got, want)
		}
		at, n := unverifiedMark(s)
		if at < 0 {
			return
		}
		if !mayHoldMark(s) {
			t.Fatalf("mark in %q, but mayHoldMark says no", s)
		}
		if n <= 0 || at+n > len(s) {
			t.Fatalf("mark %d+%d outside %q", at, n, s)
		}
		mark := strings.ToLower(s[at : at+n])
		if !strings.HasSuffix(mark, "verifiëren") && !strings.HasSuffix(mark, "verifieren") && !strings.HasSuffix(mark, "geverifieerd") {
			t.Fatalf("mark %q of %q", mark, s)
		}
		q := excerpt(s, at, n)
		last := strings.Fields(s[at : at+n])
		if !utf8.ValidString(s) {
			return // the quote of broken text need not be valid
		}
		if !utf8.ValidString(q) || strings.ContainsAny(q, "\n\t") || !strings.Contains(q, last[len(last)-1]) {
			t.Fatalf("excerpt(%q) = %q", s, q)
		}
	})
}

// TestOnzekereBronMessage: the quote of a mark is followed by a full stop unless it ends a sentence itself, and
// further marks in the same text are counted.
func TestOnzekereBronMessage(t *testing.T) {
	for _, tc := range []struct{ noodzaak, want string }{
		{"Volgens de Wabb (lid nog te verifiëren) en de Awb.", "„Volgens de Wabb (lid nog te verifiëren) en de Awb.” Het document"},
		{"Volgens de Wabb (lid nog te verifiëren)", "„Volgens de Wabb (lid nog te verifiëren)”. Het document"},
		{"Volgens de Wabb (lid nog te verifiëren); de Awb (nog te verifiëren).", "gecontroleerd moet worden. Verderop in dezelfde tekst staat nog 1 zo'n opmerking; haal die ook weg."},
		{"(nog te verifiëren) (nog te verifiëren) (nog te verifiëren)", "gecontroleerd moet worden. Verderop in dezelfde tekst staan nog 2 van zulke opmerkingen; haal die ook weg."},
	} {
		site, v := testSite()
		v.Gegevens[1].Noodzaak = tc.noodzaak
		var got string
		for _, b := range EvaluateVerwerking(site, v).Bevindingen {
			if b.Code == codeOnzekereBron && b.Veld == "gegevens[1].noodzaak" {
				got = b.Text()
			}
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q: message %q lacks %q", tc.noodzaak, got, tc.want)
		}
	}
}

// TestOnzekereBronFollowsStatus: a concept is to be checked before it is final; a final or adopted document was
// final before the check, so the message says to check it now and what to do when the check changes something.
func TestOnzekereBronFollowsStatus(t *testing.T) {
	for _, tc := range []struct {
		status    model.Status
		want, not string
	}{
		{model.StatusConcept, "Laat een jurist dit controleren voordat het document definitief wordt.", "alsnog"},
		{model.StatusDefinitief, "Het document staat al op definitief: laat een jurist dit alsnog controleren, en pas het document aan", "voordat"},
		{model.StatusVastgesteld, "Het document is al vastgesteld: laat een jurist dit alsnog controleren, en laat het document opnieuw vaststellen", "voordat"},
	} {
		site, v := testSite()
		v.Status = tc.status
		v.Gegevens[1].Noodzaak = "Volgens de Wabb (lid nog te verifiëren)."
		v.Grondslagen[0].Artikel = "onzeker-artikel"
		site.Catalogus.Grondslagen = append(site.Catalogus.Grondslagen, model.CatGrondslag{ID: "onzeker-artikel", Titel: "Een artikel", Onzeker: true})
		var got []string
		for _, b := range EvaluateVerwerking(site, v).Bevindingen {
			if b.Code == codeOnzekereBron {
				got = append(got, b.Text())
			}
		}
		if len(got) != 2 {
			t.Fatalf("%s: %d findings onzekere-bron, want 2: %q", tc.status, len(got), got)
		}
		for _, m := range got {
			if !strings.Contains(m, tc.want) || strings.Contains(m, tc.not) {
				t.Errorf("%s: %q, want %q and not %q", tc.status, m, tc.want, tc.not)
			}
		}
	}
}

// TestRuimerNamesTheSpecialCategory: a special category recorded always where the template asks for less gets one
// finding, which gives both reasons: the template's rule and art. 9. An ordinary gegeven gets only the first.
func TestRuimerNamesTheSpecialCategory(t *testing.T) {
	site, v := testSite()
	v.Gegevens[2].Registreren = model.RegistreerAltijd
	v.Gegevens[3].Registreren, v.Gegevens[3].Noodzaak = model.RegistreerAltijd, "Altijd nodig."
	res := EvaluateVerwerking(site, v)
	got := map[string]string{}
	for _, b := range res.Bevindingen {
		if b.Code == codeRegistratieRuimer {
			if _, twice := got[b.Veld]; twice {
				t.Errorf("two findings for %s", b.Veld)
			}
			got[b.Veld] = b.Text()
		}
	}
	const also = "Het is bovendien een bijzonder gegeven (categorie "
	if m := got["gegevens[2].registreren"]; !strings.Contains(m, "terwijl het volgens het sjabloon \"vng-test/wmo\" alleen mag worden vastgelegd als er een hulpbehoefte is.") || !strings.Contains(m, also) ||
		!strings.Contains(m, "(AVG art. 9)") {
		t.Errorf("special category: %q", m)
	}
	if m := got["gegevens[3].registreren"]; !strings.Contains(m, "terwijl het volgens het sjabloon \"vng-test/wmo\" niet mag worden vastgelegd.") || strings.Contains(m, also) {
		t.Errorf("ordinary gegeven: %q", m)
	}
	if len(res.RuimVastgelegd) != 2 || res.RuimVastgelegd[0].Categorie == "" || res.RuimVastgelegd[0].Standaard == "" ||
		res.RuimVastgelegd[1].Categorie != "" {
		t.Errorf("RuimVastgelegd = %+v", res.RuimVastgelegd)
	}
}

// TestItemNestsNoParentheses: an id with a description that has parentheses of its own reads with brackets
// inside the message's parentheses, not "(… (Wmo))".
func TestItemNestsNoParentheses(t *testing.T) {
	for _, c := range []struct{ id, omschrijving, want string }{
		{"naw", "Naam en adres", `"naw" (Naam en adres)`},
		{"krachten", "Wat de inwoner zelf kan (krachten en hulpbronnen) ", `"krachten" (Wat de inwoner zelf kan [krachten en hulpbronnen])`},
		{"bsn", " ", `"bsn"`},
	} {
		if got := item(c.id, c.omschrijving); got != c.want {
			t.Errorf("item(%q, %q) = %s, want %s", c.id, c.omschrijving, got, c.want)
		}
	}
}

// TestBewaartermijnWijktAfMessage: a period in the standard's own family says how it differs; a period in days
// against one in years says that pia cannot compare them, not that they differ.
func TestBewaartermijnWijktAfMessage(t *testing.T) {
	for _, tc := range []struct {
		termijn model.Termijn
		want    string
	}{
		{model.Termijn{Aantal: 181, Eenheid: model.Maanden}, "is 181 maanden, maar de wettelijke termijn \"bt-wmo\""},
		{model.Termijn{Aantal: 5475, Eenheid: model.Dagen}, "pia kan niet nagaan of de termijn gelijk is"},
	} {
		site, v := testSite()
		v.Bewaartermijnen[0].Termijn, v.Bewaartermijnen[0].Bron = tc.termijn, ""
		var got string
		for _, b := range EvaluateVerwerking(site, v).Bevindingen {
			if b.Code == codeBewaartermijnWijktAf {
				got = b.Text()
			}
		}
		if !strings.Contains(got, tc.want) || !strings.Contains(got, "15 jaar") {
			t.Errorf("%s: message %q lacks %q", tc.termijn, got, tc.want)
		}
	}
}

// TestCountryOfASystem: a system's locatie is read as an ISO code or a country name in Dutch or English, in any
// case; inside the EEA needs nothing, outside needs a waarborg, and anything else, an unassigned code such as "XX"
// included, is reported as no country, with a hint when a name is close.
func TestCountryOfASystem(t *testing.T) {
	for _, tc := range []struct {
		locatie string
		field   string // the field of the finding, "" for none
		want    string // in its message
	}{
		{"", "", ""}, // the Netherlands
		{"NL", "", ""},
		{"nl", "", ""},
		{" de ", "", ""},
		{"EL", "", ""}, // the EU's code for Greece
		{"GR", "", ""},
		{"Nederland", "", ""},
		{"Duitsland", "", ""},
		{"Germany", "", ""},
		{"EU", "", ""},
		{"EER", "", ""},
		{"belgie", "", ""},
		{"the Netherlands", "", ""},
		{"US", "systemen[0].waarborg", "staat in de Verenigde Staten (US), buiten de Europese Economische Ruimte"},
		{"us", "systemen[0].waarborg", "in de Verenigde Staten (US)"},
		{"Verenigde Staten", "systemen[0].waarborg", "in de Verenigde Staten (US)"},
		{"United States", "systemen[0].waarborg", "in de Verenigde Staten (US)"},
		{"zwitserland", "systemen[0].waarborg", "in Zwitserland (CH)"},
		{"UK", "systemen[0].waarborg", "in het Verenigd Koninkrijk (GB)"},
		{"IN", "systemen[0].waarborg", "in India (IN)"},
		{"CW", "systemen[0].waarborg", "in Curaçao (CW)"}, // part of the Kingdom, not of the EU
		{"XX", "systemen[0].locatie", `De locatie "XX" van systeem "Zaaksysteem" is geen land dat pia kent, dus pia kan ` +
			`niet nagaan of gegevens de Europese Economische Ruimte verlaten. Gebruik`},
		{"QQ", "systemen[0].locatie", `"QQ"`},
		{"NK", "systemen[0].locatie", `"NK"`},
		{"Zwitserlnd", "systemen[0].locatie", `"Zwitserlnd" van systeem "Zaaksysteem" is geen land dat pia kent, dus ` +
			`pia kan niet nagaan of gegevens de Europese Economische Ruimte verlaten. Bedoelde u "CH" (Zwitserland)?`},
		{"Verenigde Staaten", "systemen[0].locatie", `Bedoelde u "US" (Verenigde Staten)?`},
		{"de cloud", "systemen[0].locatie", `"de cloud"`},
	} {
		site, v := testSite()
		v.Systemen[0].Naam, v.Systemen[0].Locatie = "Zaaksysteem", tc.locatie
		var got []Bevinding
		for _, b := range EvaluateVerwerking(site, v).Bevindingen {
			if b.Code == codeDoorgifteZonderWaarborg {
				got = append(got, b)
			}
		}
		switch {
		case tc.field == "" && len(got) > 0:
			t.Errorf("locatie %q: unexpected %s", tc.locatie, got[0].Text())
		case tc.field == "":
		case len(got) != 1 || got[0].Veld != tc.field || !strings.Contains(got[0].Text(), tc.want):
			t.Errorf("locatie %q: got %+v, want one finding at %s saying %q", tc.locatie, got, tc.field, tc.want)
		case !strings.Contains(tc.want, "Bedoelde") && strings.Contains(got[0].Text(), "Bedoelde"):
			t.Errorf("locatie %q: a guess for a code: %s", tc.locatie, got[0].Text())
		}
	}
}

// TestCountryOfARecipient: a recipient's land is read the same way.
func TestCountryOfARecipient(t *testing.T) {
	for land, want := range map[string]string{
		"XX":               `Het land "XX" van ontvanger`,
		"Verenigde Staten": "zit in de Verenigde Staten (US), buiten",
		"Filipijnen":       "zit in de Filipijnen (PH), buiten",
		"Noorwegen":        "",
		"":                 "",
	} {
		site, v := testSite()
		v.Ontvangers[0].Land, v.Ontvangers[0].Waarborg = land, ""
		var got string
		for _, b := range EvaluateVerwerking(site, v).Bevindingen {
			if b.Code == codeDoorgifteZonderWaarborg {
				got = b.Text()
			}
		}
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("land %q: message %q, want %q", land, got, want)
		}
	}
}

// A tag in a Markdown page is reported at its own line and column, counted from the first line after the front
// matter, in characters.
func TestPageHTMLPosition(t *testing.T) {
	p := &model.Page{File: "content/over.md", Body: "# Over ons\n\nWij zijn één <em>team</em>.\n", BodyLine: 5}
	pos, tag, ok := pageHTML(p)
	if want := (model.Pos{File: "content/over.md", Line: 7, Col: 14}); !ok || pos != want || tag != "<em>" {
		t.Errorf("pageHTML = %+v %q %v, want %+v \"<em>\"", pos, tag, ok, want)
	}
	if _, _, ok := pageHTML(&model.Page{File: "content/x.md", Body: "a < b en c > d\n", BodyLine: 1}); ok {
		t.Error("a comparison is no HTML")
	}
}
