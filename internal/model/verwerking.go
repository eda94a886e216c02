package model

import (
	"slices"
	"strings"
)

// Verwerking is one processing activity after its template chain has been merged into it.
//
// A loaded verwerking is read only: verwerkingen that extend one template share the values they take from it
// (slices, entries, maps and pointers), with each other and with Base. Rules, documents and renderers read them on
// all cores at once; TestBuildLeavesTheModelAlone checks that a build changes nothing.
type Verwerking struct {
	Sjabloon string `toml:"sjabloon"`
	ID       string `toml:"id"`
	Naam     string `toml:"naam"`
	// NaamVoorInwoner names the verwerking in the citizen's words, for the privacy statement: "Hulp bij opgroeien
	// en opvoeden" where the naam says "Jeugdwet: toegang tot jeugdhulp".
	NaamVoorInwoner   string `toml:"naam_voor_inwoner"`
	Domein            Domein `toml:"domein"`
	Status            Status `toml:"status"`
	Versie            string `toml:"versie"`
	Datum             Datum  `toml:"datum"`
	Opsteller         string `toml:"opsteller"`
	Proceseigenaar    string `toml:"proceseigenaar"`
	Samenvatting      string `toml:"samenvatting"`
	Beschrijving      string `toml:"beschrijving"`
	PubliekeTaak      *bool  `toml:"publieke_taak"` // nil means the default, true
	AantalBetrokkenen int    `toml:"aantal_betrokkenen"`

	Doelen          []Doel          `toml:"doelen"`
	Betrokkenen     []Betrokkene    `toml:"betrokkenen"`
	Gegevens        []Gegeven       `toml:"gegevens"`
	Grondslagen     []Grondslag     `toml:"grondslagen"`
	Ontvangers      []Ontvanger     `toml:"ontvangers"`
	Systemen        []Systeem       `toml:"systemen"`
	Bewaartermijnen []Bewaartermijn `toml:"bewaartermijnen"`
	Toegang         []Toegang       `toml:"toegang"`

	Informeren             *Informeren       `toml:"informeren"`
	Besluitvorming         Besluitvorming    `toml:"besluitvorming"`
	DPIA                   DPIA              `toml:"dpia"`
	Risicos                []Risico          `toml:"risicos"`
	Maatregelen            []Maatregel       `toml:"maatregelen"`
	AdviesFG               *AdviesFG         `toml:"advies_fg"`
	RaadplegingBetrokkenen *Raadpleging      `toml:"raadpleging_betrokkenen"`
	Rechten                Rechten           `toml:"rechten"`
	Besluit                *Besluit          `toml:"besluit"`
	Antwoorden             map[string]string `toml:"antwoorden"`

	// File is the site file this verwerking was read from, relative to the site.
	File string `toml:"-"`
	// Chain lists the templates merged into this verwerking, nearest first, as "pack/id" with their files.
	Chain []TemplateRef `toml:"-"`
	// Base is the fully merged template this verwerking extends, or nil. Rules compare against it (for example
	// to see that a gegeven is registered more broadly than the pack advises).
	Base *Verwerking `toml:"-"`
	// Pack is the pack whose verwerking this one extends (directly or through a chain), or nil.
	Pack *Pack `toml:"-"`
	// Pos gives the source position of every value, keyed by field path ("gegevens[2].registreren").
	Pos Positions `toml:"-"`
}

// TemplateRef names one template in a verwerking's chain.
type TemplateRef struct {
	Ref  string // "pack/id"
	File string // display path of the template file
}

// TitleFor is the title for the reader: for the citizen the naam_voor_inwoner when there is one, else Title. A
// template's naam_voor_inwoner names what the template is about: a file that gives its own naam and keeps it
// (RenamedOnly) is called by its naam, so that two verwerkingen from one template do not get statements with
// one title.
func (v *Verwerking) TitleFor(voorInwoner bool) string {
	if n := strings.TrimSpace(v.NaamVoorInwoner); voorInwoner && n != "" && !v.RenamedOnly() {
		return n
	}
	return v.Title()
}

// RenamedOnly reports whether the verwerking's own file gives its naam but its naam_voor_inwoner comes from a
// template.
func (v *Verwerking) RenamedOnly() bool {
	o, ok := v.Pos.Exact("naam")
	if !ok || o.File != v.File {
		return false
	}
	w, ok := v.Pos.Exact("naam_voor_inwoner")
	return ok && w.File != v.File
}

// IsPubliekeTaak reports whether the processing serves a public task (the default).
func (v *Verwerking) IsPubliekeTaak() bool { return v.PubliekeTaak == nil || *v.PubliekeTaak }

// Title is what documents call the verwerking: its naam, or its id while it has none (pia check reports that).
func (v *Verwerking) Title() string {
	if n := strings.TrimSpace(v.Naam); n != "" {
		return n
	}
	return v.ID
}

// idLists are the lists of tables that merge with a template's list by id, entry by entry; every other list
// replaces the template's list as a whole (SPEC, "Template packs").
var idLists = []string{"doelen", "betrokkenen", "gegevens", "ontvangers", "risicos", "maatregelen"}

// IDLists names the lists of tables that merge with a template's list by id.
func IDLists() []string { return slices.Clone(idLists) }

// MergesByID reports whether the list named key (a TOML key of a verwerking) merges with a template's list by id.
func MergesByID(key string) bool { return slices.Contains(idLists, key) }

// AlleGegevens reports whether ids name every gegeven of v: "*", or each of its ids. A verwerking with a single
// gegeven is not counted: its name says more than "alle gegevens".
func (v *Verwerking) AlleGegevens(ids []string) bool {
	if slices.Contains(ids, "*") {
		return true
	}
	if len(v.Gegevens) < 2 || len(ids) < len(v.Gegevens) {
		return false
	}
	for _, g := range v.Gegevens {
		if !slices.Contains(ids, g.ID) {
			return false
		}
	}
	return true
}

// EntryID gives the id of entry i of the list with ids named list ("gegevens", "ontvangers" …), or "".
func (v *Verwerking) EntryID(list string, i int) string {
	switch list {
	case "doelen":
		return idAt(v.Doelen, i, func(d Doel) string { return d.ID })
	case "betrokkenen":
		return idAt(v.Betrokkenen, i, func(b Betrokkene) string { return b.ID })
	case "gegevens":
		return idAt(v.Gegevens, i, func(g Gegeven) string { return g.ID })
	case "ontvangers":
		return idAt(v.Ontvangers, i, func(o Ontvanger) string { return o.ID })
	case "risicos":
		return idAt(v.Risicos, i, func(r Risico) string { return r.ID })
	case "maatregelen":
		return idAt(v.Maatregelen, i, func(m Maatregel) string { return m.ID })
	}
	return ""
}

func idAt[E any](entries []E, i int, id func(E) string) string {
	if i < 0 || i >= len(entries) {
		return ""
	}
	return id(entries[i])
}

// Doel is a purpose.
type Doel struct {
	ID           string `toml:"id"`
	Omschrijving string `toml:"omschrijving"`
	// VoorInwoner says the same for the citizen in plain words (B1); the privacy statement shows it instead of
	// the omschrijving, which is written for professionals.
	VoorInwoner string `toml:"voor_inwoner"`
}

// Tekst is what the document for reader shows of the purpose: for the citizen the plain words when there are
// any, for professionals the omschrijving; the id when neither is given.
func (d Doel) Tekst(voorInwoner bool) string {
	return readerText(voorInwoner, d.VoorInwoner, d.Omschrijving, d.ID)
}

// Betrokkene is a category of data subjects.
type Betrokkene struct {
	ID           string `toml:"id"`
	Omschrijving string `toml:"omschrijving"`
	Kwetsbaar    bool   `toml:"kwetsbaar"`
	Minderjarig  bool   `toml:"minderjarig"`
}

// Gegeven is one item of personal data, with what a professional may ask and record.
type Gegeven struct {
	ID           string `toml:"id"`
	Omschrijving string `toml:"omschrijving"`
	// VoorInwoner describes the item for the citizen in plain words (B1); the privacy statement shows it instead
	// of the omschrijving, which is written for professionals.
	VoorInwoner string      `toml:"voor_inwoner"`
	Categorie   string      `toml:"categorie"`
	Betrokkenen []string    `toml:"betrokkenen"`
	Doelen      []string    `toml:"doelen"`
	Bron        string      `toml:"bron"`
	Uitvragen   *bool       `toml:"uitvragen"` // nil: not stated
	Registreren Registreren `toml:"registreren"`
	Noodzaak    string      `toml:"noodzaak"`
}

// Tekst is what the document for reader shows of the item: for the citizen the plain words when there are any,
// for professionals the omschrijving; the id when neither is given.
func (g Gegeven) Tekst(voorInwoner bool) string {
	return readerText(voorInwoner, g.VoorInwoner, g.Omschrijving, g.ID)
}

// readerText gives the text for a reader: inwoner when the reader is the citizen and it is not blank, else
// omschrijving when that is not blank, else id.
func readerText(voorInwoner bool, inwoner, omschrijving, id string) string {
	switch {
	case voorInwoner && strings.TrimSpace(inwoner) != "":
		return inwoner
	case strings.TrimSpace(omschrijving) != "":
		return omschrijving
	}
	return id
}

// MayAsk reports whether the item may be asked in the conversation; not stated counts as yes.
func (g Gegeven) MayAsk() bool { return g.Uitvragen == nil || *g.Uitvragen }

// IsRegistered reports whether the item may be recorded in the file at all.
func (g Gegeven) IsRegistered() bool {
	return g.Registreren == RegistreerAltijd || g.Registreren == RegistreerBijHulpbehoefte
}

// Grondslag is a legal basis as used by a verwerking.
type Grondslag struct {
	Artikel     string   `toml:"artikel"` // catalogue id
	Categorieen []string `toml:"categorieen"`
	// Doelen names the purposes this basis is for; empty means every purpose of the verwerking (AP 2016: which
	// data for which purpose on which basis).
	Doelen      []string `toml:"doelen"`
	Wet         string   `toml:"wet"`
	Toelichting string   `toml:"toelichting"`
}

// Covers reports whether the basis is one for the purpose with the id: it names it, or names no purpose at all.
func (g Grondslag) Covers(doel string) bool {
	return len(g.Doelen) == 0 || slices.Contains(g.Doelen, doel)
}

// Ontvanger is a recipient of data.
type Ontvanger struct {
	ID   string `toml:"id"`
	Naam string `toml:"naam"`
	// NaamVoorInwoner names the recipient for the citizen when the naam is written for professionals
	// ("Signaalgever (terugkoppeling …)" → "De organisatie die ons liet weten dat u achterloopt met betalen").
	NaamVoorInwoner string   `toml:"naam_voor_inwoner"`
	Rol             Rol      `toml:"rol"`
	Gegevens        []string `toml:"gegevens"`
	Grondslag       string   `toml:"grondslag"`
	// Voorwaarde says when the data is shared, if not always ("Alleen bij een vermoeden van huiselijk
	// geweld."), for the work instruction and the report. VoorwaardeVoorInwoner says it to the citizen in the
	// privacy statement ("Alleen als wij vermoeden dat …"); without it the statement shows Voorwaarde. So a
	// recipient such as Veilig Thuis does not read as a routine one.
	Voorwaarde            string `toml:"voorwaarde"`
	VoorwaardeVoorInwoner string `toml:"voorwaarde_voor_inwoner"`
	Overeenkomst          string `toml:"overeenkomst"`
	Land                  string `toml:"land"`
	Waarborg              string `toml:"waarborg"`
}

// NaamTekst is the recipient's name for the reader: for the citizen the plain words when there are any.
func (o Ontvanger) NaamTekst(voorInwoner bool) string {
	return readerText(voorInwoner, o.NaamVoorInwoner, o.Naam, o.ID)
}

// VoorwaardeTekst is the condition for the reader: for the citizen the plain words when there are any, else the
// condition for professionals; "" when the recipient gets the data whenever the task needs it. A condition written
// only for the citizen is shown to professionals too: the work instruction must not say there is none.
func (o Ontvanger) VoorwaardeTekst(voorInwoner bool) string {
	if !voorInwoner && strings.TrimSpace(o.Voorwaarde) == "" {
		return strings.TrimSpace(o.VoorwaardeVoorInwoner)
	}
	return readerText(voorInwoner, o.VoorwaardeVoorInwoner, o.Voorwaarde, "")
}

// Systeem is an information system used for the processing.
type Systeem struct {
	Naam         string `toml:"naam"`
	Leverancier  string `toml:"leverancier"`
	Verwerker    bool   `toml:"verwerker"`
	Overeenkomst string `toml:"overeenkomst"`
	Locatie      string `toml:"locatie"`
	// Waarborg is what a transfer outside the EEA rests on, as for a recipient: an adequacy decision (AVG 45) or
	// appropriate safeguards such as standard contractual clauses (46).
	Waarborg string `toml:"waarborg"`
}

// Bewaartermijn is a retention period for some gegevens.
type Bewaartermijn struct {
	Gegevens []string `toml:"gegevens"`
	Termijn  Termijn  `toml:"termijn"`
	Vanaf    string   `toml:"vanaf"`
	// VanafVoorInwoner says from when, in the citizen's words, for the privacy statement ("het einde van uw
	// uitkering"); Vanaf is for professionals and the register.
	VanafVoorInwoner string `toml:"vanaf_voor_inwoner"`
	Bron             string `toml:"bron"`
	Standaard        string `toml:"standaard"` // catalogue id of the standard period it is compared with
}

// VanafTekst is from when the period runs, for the reader: for the citizen the plain words when there are any;
// "" when the questionnaire does not say.
func (bt Bewaartermijn) VanafTekst(voorInwoner bool) string {
	return readerText(voorInwoner, bt.VanafVoorInwoner, bt.Vanaf, "")
}

// Toegang says which role may see which gegevens.
type Toegang struct {
	Rol         string   `toml:"rol"`
	Gegevens    []string `toml:"gegevens"`
	Toelichting string   `toml:"toelichting"`
}

// Informeren says how and when the citizen is told (AVG art. 13/14).
type Informeren struct {
	Wanneer string   `toml:"wanneer"`
	Hoe     []string `toml:"hoe"`
	// Verplichting says whether the citizen must provide the data, on what ground, and what happens when they do
	// not (AVG art. 13(2)(e)). Markdown.
	Verplichting string `toml:"verplichting"`
}

// Besluitvorming covers automated decisions and profiling (AVG art. 22).
type Besluitvorming struct {
	Geautomatiseerd bool   `toml:"geautomatiseerd"`
	Profilering     bool   `toml:"profilering"`
	Waarborgen      string `toml:"waarborgen"`
}

// DPIA holds what the author asserts about the DPIA criteria.
type DPIA struct {
	Criteria    []string `toml:"criteria"`
	APLijst     []string `toml:"ap_lijst"`
	Toelichting string   `toml:"toelichting"`
}

// Risico is a risk to data subjects, scored before and after measures.
type Risico struct {
	ID           string   `toml:"id"`
	Omschrijving string   `toml:"omschrijving"`
	Gevolg       string   `toml:"gevolg"`
	Kans         Score    `toml:"kans"`
	Impact       Score    `toml:"impact"`
	Maatregelen  []string `toml:"maatregelen"`
	RestKans     Score    `toml:"rest_kans"`
	RestImpact   Score    `toml:"rest_impact"`
}

// Maatregel is a measure in the action plan.
type Maatregel struct {
	ID           string          `toml:"id"`
	Omschrijving string          `toml:"omschrijving"`
	Soort        Soort           `toml:"soort"`
	Status       MaatregelStatus `toml:"status"`
	Eigenaar     string          `toml:"eigenaar"`
	GereedOp     Datum           `toml:"gereed_op"`
	// Beveiliging marks a security measure in the sense of AVG art. 32(1) (access control, logging, encryption,
	// confidentiality agreements): the register lists these under art. 30(1)(g), and not the measures that limit
	// what is recorded, inform the citizen or govern retention.
	Beveiliging bool `toml:"beveiliging"`
}

// AdviesFG is the advice of the data protection officer (AVG art. 35 lid 2).
type AdviesFG struct {
	Datum   Datum   `toml:"datum"`
	Oordeel Oordeel `toml:"oordeel"`
	Tekst   string  `toml:"tekst"`
}

// Raadpleging records whether data subjects or their representatives were consulted (AVG art. 35 lid 9).
type Raadpleging struct {
	Gedaan   bool   `toml:"gedaan"`
	Wie      string `toml:"wie"`
	Uitkomst string `toml:"uitkomst"`
	Reden    string `toml:"reden"`
}

// Rechten describes how data subjects' requests are handled.
type Rechten struct {
	Procedure string `toml:"procedure"`
	// VoorInwoner tells the citizen, in plain words (Markdown), of rights beyond the GDPR's that a sector law gives
	// (the Jeugdwet's right to have the file destroyed); the privacy statement puts it below the rights.
	VoorInwoner string `toml:"voor_inwoner"`
}

// Besluit is the sign-off.
type Besluit struct {
	Datum                      Datum  `toml:"datum"`
	Door                       string `toml:"door"`
	MaatregelenGoedgekeurdDoor string `toml:"maatregelen_goedgekeurd_door"`
	RestrisicoAanvaardDoor     string `toml:"restrisico_aanvaard_door"`
	FGAdviesGevolgd            *bool  `toml:"fg_advies_gevolgd"`
	Motivering                 string `toml:"motivering"`
	Herbeoordeling             Datum  `toml:"herbeoordeling"`
}
