package rules

import (
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
)

// Rule describes one rule of the catalogue, for documentation (docs/regels.md, the README) and tools.
type Rule struct {
	Code   string
	Ernst  Ernst  // default severity; some rules raise or lower it by situation (see Uitleg)
	Bron   string // the law or finding behind it
	Uitleg string // one Dutch line saying when it applies
}

// Rule codes. The first block is required by SPEC.md; the second adds obligations from the domain reference.
const (
	codeGrondslagOntbreekt          = "grondslag-ontbreekt"
	codeToestemmingPubliekeTaak     = "toestemming-bij-publieke-taak"
	codeBijzonderZonderUitzonder    = "bijzonder-zonder-uitzondering"
	codeBSNZonderGrondslag          = "bsn-zonder-grondslag"
	codeDoelOntbreekt               = "doel-ontbreekt"
	codeVragenlijstOnvolledig       = "vragenlijst-onvolledig"
	codeRegistratieZonderNoodzaak   = "registratie-zonder-noodzaak"
	codeRegistratieRuimer           = "registratie-ruimer-dan-nodig"
	codeBewaartermijnOntbreekt      = "bewaartermijn-ontbreekt"
	codeBewaartermijnWijktAf        = "bewaartermijn-wijkt-af"
	codeOntvangerZonderGrondslag    = "ontvanger-zonder-grondslag"
	codeVerwerkerZonderOvereenkomst = "verwerker-zonder-overeenkomst"
	codeDoorgifteZonderWaarborg     = "doorgifte-zonder-waarborg"
	codeInformerenOntbreekt         = "informeren-ontbreekt"
	codeGeautomatiseerd             = "geautomatiseerd-zonder-waarborg"
	codeDPIAZonderRisicoanalyse     = "dpia-verplicht-zonder-risicoanalyse"
	codeRisicoZonderMaatregel       = "risico-zonder-maatregel"
	codeHoogRestrisico              = "hoog-restrisico"
	codeOnbekendeVerwijzing         = "onbekende-verwijzing"
	codeFGAdviesOntbreekt           = "fg-advies-ontbreekt"
	codeVraagOnbeantwoord           = "vraag-onbeantwoord"
	codeContactFGOntbreekt          = "contact-fg-ontbreekt"
	codeOrganisatieOntbreekt        = "organisatie-ontbreekt"
	codeTaalNietBeschikbaar         = "taal-niet-beschikbaar"
	codePrivacyverklaringOnvolledig = "privacyverklaring-onvolledig"
	codePakketAndereTaal            = "pakket-andere-taal"

	codeGrondslagZonderWet      = "grondslag-zonder-wet"
	codeGerechtvaardigdBelang   = "gerechtvaardigd-belang-overheid"
	codeDoelZonderGegevens      = "doel-zonder-gegevens"
	codeVerstrekkingTeRuim      = "verstrekking-te-ruim"
	codeToegangOntbreekt        = "toegang-ontbreekt"
	codeToegangTeRuim           = "toegang-te-ruim"
	codeRaadplegingOntbreekt    = "raadpleging-ontbreekt"
	codeBesluitOntbreekt        = "besluit-ontbreekt"
	codeFGAfwijkingZonderMotiv  = "fg-advies-afwijking-zonder-motivering"
	codeHerbeoordelingOntbreekt = "herbeoordeling-ontbreekt"
	codeHerbeoordelingTeLaat    = "herbeoordeling-te-laat"
	codeOnzekereBron            = "onzekere-bron"
	codeCategorieOntbreekt      = "categorie-ontbreekt"
	codeRegistrerenOntbreekt    = "registreren-ontbreekt"
	codeBewaartermijnZonderBron = "bewaartermijn-zonder-bron"
	codeRisicoNietGescoord      = "risico-niet-gescoord"
	codeVerplichtingOntbreekt   = "verplichting-ontbreekt"
	codeVoorInwonerUitSjabloon  = "voor-inwoner-uit-sjabloon"
	codeTabelVervangen          = "tabel-vervangt-sjabloon"
	codeDoelZonderGrondslag     = "doel-zonder-grondslag"
	codeGrondslagNietPerDoel    = "grondslag-niet-per-doel"
	codeNogInTeVullen           = "nog-in-te-vullen"
	codeBeveiligingOntbreekt    = "beveiliging-ontbreekt"
	codeHTMLInTekst             = "html-in-tekst"
)

// rules lists every rule with its default severity; Bron and Uitleg come from the message catalogue (nl.go).
var rules = []Rule{
	{Code: codeGrondslagOntbreekt, Ernst: Fout},
	{Code: codeToestemmingPubliekeTaak, Ernst: Fout},
	{Code: codeBijzonderZonderUitzonder, Ernst: Fout},
	{Code: codeBSNZonderGrondslag, Ernst: Fout},
	{Code: codeDoelOntbreekt, Ernst: Fout},
	{Code: codeVragenlijstOnvolledig, Ernst: Fout},
	{Code: codeRegistratieZonderNoodzaak, Ernst: Fout},
	{Code: codeRegistratieRuimer, Ernst: Waarschuwing},
	{Code: codeBewaartermijnOntbreekt, Ernst: Fout},
	{Code: codeBewaartermijnWijktAf, Ernst: Waarschuwing},
	{Code: codeOntvangerZonderGrondslag, Ernst: Fout},
	{Code: codeVerwerkerZonderOvereenkomst, Ernst: Fout},
	{Code: codeDoorgifteZonderWaarborg, Ernst: Fout},
	{Code: codeInformerenOntbreekt, Ernst: Fout},
	{Code: codeGeautomatiseerd, Ernst: Fout},
	{Code: codeDPIAZonderRisicoanalyse, Ernst: Fout},
	{Code: codeRisicoZonderMaatregel, Ernst: Waarschuwing},
	{Code: codeHoogRestrisico, Ernst: Fout},
	{Code: codeOnbekendeVerwijzing, Ernst: Fout},
	{Code: codeFGAdviesOntbreekt, Ernst: Fout},
	{Code: codeVraagOnbeantwoord, Ernst: Waarschuwing},
	{Code: codeContactFGOntbreekt, Ernst: Fout},
	{Code: codeOrganisatieOntbreekt, Ernst: Fout},
	{Code: codeTaalNietBeschikbaar, Ernst: Advies},
	{Code: codePrivacyverklaringOnvolledig, Ernst: Fout},
	{Code: codePakketAndereTaal, Ernst: Waarschuwing},

	{Code: codeGrondslagZonderWet, Ernst: Fout},
	{Code: codeGerechtvaardigdBelang, Ernst: Fout},
	{Code: codeDoelZonderGegevens, Ernst: Advies},
	{Code: codeVerstrekkingTeRuim, Ernst: Waarschuwing},
	{Code: codeToegangOntbreekt, Ernst: Waarschuwing},
	{Code: codeToegangTeRuim, Ernst: Advies},
	{Code: codeRaadplegingOntbreekt, Ernst: Waarschuwing},
	{Code: codeBesluitOntbreekt, Ernst: Fout},
	{Code: codeFGAfwijkingZonderMotiv, Ernst: Fout},
	{Code: codeHerbeoordelingOntbreekt, Ernst: Advies},
	{Code: codeHerbeoordelingTeLaat, Ernst: Advies},
	{Code: codeOnzekereBron, Ernst: Advies},
	{Code: codeCategorieOntbreekt, Ernst: Fout},
	{Code: codeRegistrerenOntbreekt, Ernst: Fout},
	{Code: codeBewaartermijnZonderBron, Ernst: Advies},
	{Code: codeRisicoNietGescoord, Ernst: Waarschuwing},
	{Code: codeVerplichtingOntbreekt, Ernst: Advies},
	{Code: codeVoorInwonerUitSjabloon, Ernst: Advies},
	{Code: codeTabelVervangen, Ernst: Advies},
	{Code: codeDoelZonderGrondslag, Ernst: Fout},
	{Code: codeGrondslagNietPerDoel, Ernst: Advies},
	{Code: codeNogInTeVullen, Ernst: Waarschuwing},
	{Code: codeBeveiligingOntbreekt, Ernst: Waarschuwing},
	{Code: codeHTMLInTekst, Ernst: Waarschuwing},
}

var ruleByCode = func() map[string]Rule {
	m := make(map[string]Rule, len(rules))
	for _, r := range rules {
		m[r.Code] = r
	}
	return m
}()

// Catalogue returns every rule this package implements, sorted by code, with Dutch explanations.
func Catalogue() []Rule {
	return CatalogueIn(i18n.Default)
}

// CatalogueIn is Catalogue with Bron and Uitleg in the given language (falling back to Dutch).
func CatalogueIn(lang i18n.Lang) []Rule {
	out := make([]Rule, len(rules))
	for i, r := range rules {
		r.Bron = lang.T("rules." + r.Code + ".bron")
		r.Uitleg = lang.T("rules." + r.Code + ".uitleg")
		out[i] = r
	}
	slices.SortFunc(out, func(a, b Rule) int { return strings.Compare(a.Code, b.Code) })
	return out
}
