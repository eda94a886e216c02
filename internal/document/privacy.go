package document

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/country"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// Privacyverklaring builds the statement for citizens about one verwerking, in short B1 sentences, with every
// element of AVG art. 13 and 14: who we are and how to reach the FG, what we use and why, why we may, where else
// we get data, with whom we share, how long we keep, whether a computer decides, the rights that apply to the
// basis, and the complaint route to the AP. Whether the citizen must give the data (13(2)(e)) is told when the
// questionnaire says it.
func Privacyverklaring(site *model.Site, res *rules.Resultaat) *Document {
	b := newBuilder(site, res)
	b.inwoner = true
	v := b.v
	d := b.header(KindPrivacyverklaring, b.t("doc.pv.titel", v.TitleFor(true)), b.wijOf("doc.pv.ondertitel"))
	d.Summary = b.t("doc.pv.summary", v.TitleFor(true))
	// The citizen's version carries no internal bookkeeping on its title page.
	d.Meta = []Field{{b.t("doc.meta.organisatie"), Plain(orDash(site.Config.Organisatie.Naam))},
		{b.t("doc.meta.datum"), Plain(orDash(v.Datum.Lang()))}}
	d.Body = []Block{
		Section{Anchor: "wie", Title: b.t("doc.pv.wie"), Blocks: b.pvWie()},
		Section{Anchor: "welke", Title: b.t("doc.pv.welke"), Blocks: b.pvWelke()},
		Section{Anchor: "waarom", Title: b.t("doc.pv.waarom"), Blocks: b.pvWaarom()},
		Section{Anchor: "mag", Title: b.t("doc.pv.mag"), Blocks: b.pvMag()},
	}
	if s := b.verplichting(); s != "" {
		d.Body = append(d.Body, Section{Anchor: "verplicht", Title: b.t("doc.pv.verplicht"), Blocks: []Block{Text{MD(s)}}})
	}
	if bronnen := b.pvBronnen(); bronnen != nil {
		d.Body = append(d.Body, Section{Anchor: "bronnen", Title: b.t("doc.pv.bronnen"), Blocks: bronnen})
	}
	d.Body = append(d.Body,
		Section{Anchor: "delen", Title: b.t("doc.pv.delen"), Blocks: b.pvDelen()},
		Section{Anchor: "bewaren", Title: b.t("doc.pv.bewaren"), Blocks: b.pvBewaren()},
		Section{Anchor: "computer", Title: b.t("doc.pv.computer"), Blocks: b.pvComputer()},
		Section{Anchor: "rechten", Title: b.t("doc.pv.rechten"), Blocks: b.pvRechten()},
		Section{Anchor: "klacht", Title: b.t("doc.pv.klacht"), Blocks: b.pvKlacht()},
	)
	d.Links = []Link{{Text: b.t("doc.link.pdf", d.Title), Kind: KindPrivacyverklaring, ID: v.ID, Format: FormatPDF},
		{Text: b.t("doc.link.privacy-overzicht"), Kind: KindPrivacyOverzicht, Format: FormatHTML}}
	return d
}

// pvWie introduces the controller and the FG with the pack's text blocks; the contact list is only added when
// the pack has no introduction that gives it. How to reach the FG is in every statement (AVG art. 13(1)(b)): when
// the pack has an introduction but no text about the FG, the FG's contact details follow the introduction.
func (b *builder) pvWie() []Block {
	out := b.tekstBlock(model.TekstPrivacyverklaringInleiding)
	fg := b.tekstBlock(model.TekstPrivacyverklaringFG)
	switch {
	case out == nil:
		out = append(out, Definitions{Items: contactFields(b, b.site.Config.Organisatie)})
	case fg == nil:
		fg = []Block{Definitions{Items: []Field{{b.t("doc.pv.fg"), Plain(orDash(fgContact(b.site.Config.Organisatie)))}}}}
	}
	return append(out, fg...)
}

// pvKlacht tells the citizen where to complain: the pack's text, or, when the packs have none, a fixed sentence
// about the Autoriteit Persoonsgegevens. Every statement must name the right to complain to the supervisory
// authority (AVG art. 13(2)(d), 14(2)(e), 77), and in the Netherlands that is always the AP; how to complain to the
// organisation itself differs per organisation and is left to the pack (pia check reports the missing text).
func (b *builder) pvKlacht() []Block {
	if out := b.tekstBlock(model.TekstPrivacyverklaringKlacht); out != nil {
		return out
	}
	return []Block{Text{MD(b.t("doc.pv.klacht-ap"))}}
}

func contactFields(b *builder, org model.Organisatie) []Field {
	items := []Field{{b.t("doc.pv.naam"), Plain(orDash(org.Naam))}}
	if org.Adres != "" {
		items = append(items, Field{b.t("doc.pv.adres"), Plain(org.Adres)})
	}
	if org.Telefoon != "" {
		items = append(items, Field{b.t("doc.pv.telefoon"), Plain(org.Telefoon)})
	}
	if org.Email != "" {
		items = append(items, Field{b.t("doc.pv.email"), Plain(org.Email)})
	}
	items = append(items, Field{b.t("doc.pv.fg"), Plain(orDash(fgContact(org)))})
	return items
}

// pvWelke lists the data in three groups, each under its own sentence: what is always recorded, what only when it
// is needed for the citizen's help or application (registreren = "bij-hulpbehoefte"), and what may be asked but is
// not recorded. A note after every item of a long list would repeat the same words up to ten times.
func (b *builder) pvWelke() []Block {
	var altijd, nodig, niet List
	for _, g := range b.v.Gegevens {
		switch {
		case g.Registreren == model.RegistreerNooit && !g.MayAsk():
			continue
		case g.Registreren == model.RegistreerNooit:
			niet.Items = append(niet.Items, Plain(g.Tekst(b.inwoner)))
		case g.Registreren == model.RegistreerBijHulpbehoefte:
			nodig.Items = append(nodig.Items, Plain(g.Tekst(b.inwoner)))
		default:
			altijd.Items = append(altijd.Items, Plain(g.Tekst(b.inwoner)))
		}
	}
	var out []Block
	for _, group := range []struct {
		key  string
		list List
	}{{"doc.pv.welke-intro", altijd}, {"doc.pv.welke-als-nodig", nodig}, {"doc.pv.welke-niet-vastgelegd", niet}} {
		if len(group.list.Items) > 0 {
			out = append(out, Text{Plain(b.t(group.key))}, group.list)
		}
	}
	return out
}

func (b *builder) pvWaarom() []Block {
	l := List{}
	for _, d := range b.v.Doelen {
		l.Items = append(l.Items, Plain(d.Tekst(b.inwoner)))
	}
	if len(l.Items) == 0 {
		return nil
	}
	return []Block{Text{Plain(b.t("doc.pv.waarom-intro"))}, l}
}

// soortNamesLaw holds the kinds of basis whose sentence in the statement names the law (the grondslag's wet).
var soortNamesLaw = map[string]bool{"publieke-taak": true, "wettelijke-verplichting": true}

func (b *builder) pvMag() []Block {
	var out []Block
	bases := b.art6()
	for _, g := range bases {
		cg := b.cat.Grondslag(g.Artikel)
		text := b.t("doc.pv.soort.anders", cg.Titel)
		key := "doc.pv.soort." + cg.Soort
		doelen := b.doelenVan(g)
		for i, d := range doelen {
			doelen[i] = lowerFirstWord(d)
		}
		switch {
		case b.cat.IsToestemming(g.Artikel) && len(doelen) > 0:
			// Consent asked for named purposes says which: the reader knows what he may withdraw.
			text = b.t("doc.pv.soort.toestemming-voor", strings.Join(doelen, "; "))
			doelen = nil
		case b.cat.IsToestemming(g.Artikel) && len(bases) > 1:
			// Consent next to a task of the law covers a part: the statement must not tell every reader that he
			// consented to all of it.
			text = b.t("doc.pv.soort.toestemming-deel")
		case !b.has(key):
			// a kind without a sentence of its own is named by its catalogue title
		case soortNamesLaw[cg.Soort]:
			text = b.t(key, orDash(g.Wet))
		default:
			text = b.t(key)
		}
		switch {
		case len(doelen) > 0:
			// A basis for some purposes only says for which (AVG 13(1)(c): the purposes and their basis).
			text += " " + b.t("doc.pv.geldt-voor", strings.Join(doelen, "; "))
		case !b.cat.IsToestemming(g.Artikel) && slices.ContainsFunc(bases, func(o model.Grondslag) bool { return len(o.Doelen) > 0 }):
			// Next to a basis for some purposes, one for all of them says so: the reader gets a basis for each.
			text += " " + b.t("doc.pv.geldt-voor-alle")
		}
		out = append(out, Text{Plain(text)})
	}
	var special []string
	for _, g := range b.v.Gegevens {
		if c := b.cat.Categorie(g.Categorie); c != nil && (c.Bijzonder == model.BijzonderArt9 || c.Bijzonder == model.BijzonderArt10) {
			if !slices.Contains(special, strings.ToLower(c.Titel)) {
				special = append(special, strings.ToLower(c.Titel))
			}
		}
	}
	if len(special) > 0 {
		out = append(out, Text{Plain(b.t("doc.pv.bijzonder", b.andList(special)))})
	}
	if b.v.IsPubliekeTaak() && !b.hasConsent() {
		out = append(out, Text{Plain(b.t("doc.pv.geen-toestemming-nodig"))})
	}
	return out
}

// pvBronnen lists where data come from other than the citizen (AVG art. 14). What the municipality writes down
// itself (a report, a decision) is not from elsewhere and is left out.
func (b *builder) pvBronnen() []Block {
	var names []string
	for _, g := range b.v.Gegevens {
		if g.Bron == "" || g.Bron == "inwoner" || g.Bron == "eigen-administratie" {
			continue
		}
		n := b.bronForCitizen(g.Bron)
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return []Block{Text{Plain(b.t("doc.pv.bronnen-intro"))}, plainList(names)}
}

func (b *builder) pvDelen() []Block {
	if len(b.v.Ontvangers) == 0 {
		key := "doc.pv.niet-delen"
		if len(b.verwerkerSystemen()) > 0 {
			key = "doc.pv.niet-delen-behalve"
		}
		return append([]Block{Text{Plain(b.t(key))}}, append(b.pvLeveranciers(), b.systemenBuitenland()...)...)
	}
	// Each recipient is a paragraph that starts with its name in bold, and a condition comes right after the name:
	// a citizen who reads "Veilig Thuis" should read at once that it is not a routine recipient. What a third party
	// gets follows one item per line, as in the list of what we use: the descriptions contain commas and
	// semicolons themselves.
	out := []Block{Text{Plain(b.t("doc.pv.delen-intro"))}}
	for _, o := range b.v.Ontvangers {
		var parts []string
		if naam := oneLine(o.NaamTekst(b.inwoner)); naam != "" {
			parts = append(parts, "**"+escapeMarkdown(sentence(naam))+"**")
		}
		parts = append(parts, escapeMarkdown(voorwaardeZin(oneLine(o.VoorwaardeTekst(b.inwoner)))))
		var names []string
		switch {
		case o.Rol == model.RolVerwerker:
			parts = append(parts, escapeMarkdown(b.t("doc.pv.delen-verwerker")))
		default:
			names = b.gegevenLijst(o.Gegevens)
			switch len(names) {
			case 0: // nothing to name; the rules report a recipient without data
			case 1:
				parts = append(parts, escapeMarkdown(b.t("doc.pv.delen-derde", lowerFirstWord(names[0]))))
				names = nil
			default:
				parts = append(parts, escapeMarkdown(b.t("doc.pv.delen-derde-lijst")))
			}
		}
		out = append(out, Text{MD(joinNonEmpty(" ", parts...))})
		if len(names) > 0 {
			out = append(out, plainList(names))
		}
	}
	out = append(out, b.pvLeveranciers()...)
	for _, o := range b.v.Ontvangers {
		if p := country.Parse(o.Land); p.Status != country.Inside {
			out = append(out, Text{Plain(b.buitenland(o.NaamTekst(b.inwoner), p, o.Waarborg))})
		}
	}
	return append(out, b.systemenBuitenland()...)
}

// pvLeveranciers names the suppliers of systems that process the data for us: they are recipients too (AVG 4(9),
// 13(1)(e)). The statement names them as a category; the register names each.
func (b *builder) pvLeveranciers() []Block {
	if len(b.verwerkerSystemen()) == 0 {
		return nil
	}
	return []Block{Text{MD("**" + escapeMarkdown(b.t("doc.pv.leveranciers-titel")) + "** " +
		escapeMarkdown(b.t("doc.pv.leveranciers")))}}
}

// verwerkerSystemen lists the systems whose supplier is a processor and is not already named as a recipient.
func (b *builder) verwerkerSystemen() []model.Systeem {
	var out []model.Systeem
	for _, sy := range b.v.Systemen {
		if !sy.Verwerker {
			continue
		}
		named := slices.ContainsFunc(b.v.Ontvangers, func(o model.Ontvanger) bool {
			return o.Rol == model.RolVerwerker && strings.EqualFold(strings.TrimSpace(o.Naam), strings.TrimSpace(sy.Leverancier))
		})
		if !named {
			out = append(out, sy)
		}
	}
	return out
}

// buitenland tells the citizen that who processes the data outside the EEA, where, and how they are protected
// there. A place pia does not know is not named as if it were a country: the citizen reads that the data may
// leave the EEA.
func (b *builder) buitenland(who string, p country.Place, waarborg string) string {
	if p.Status == country.Unknown {
		return b.t("doc.pv.buitenland-onbekend", who, orDash(waarborg))
	}
	return b.t("doc.pv.buitenland", who, p.InSentence(b.lang), orDash(waarborg))
}

// systemenBuitenland tells of each supplier that keeps the data outside the EEA: a transfer the citizen is told
// about as well as one to a recipient (art. 13(1)(f)).
func (b *builder) systemenBuitenland() []Block {
	var out []Block
	for _, sy := range b.v.Systemen {
		if p := country.Parse(sy.Locatie); p.Status != country.Inside {
			naam := strings.TrimSpace(sy.Leverancier)
			if naam == "" {
				naam = sy.Naam
			}
			out = append(out, Text{Plain(b.buitenland(naam, p, sy.Waarborg))})
		}
	}
	return out
}

// pvBewaren says per retention period how long and from when, followed by the data it covers, one per line:
// the descriptions contain commas themselves, so a run-on list would not show where one ends.
func (b *builder) pvBewaren() []Block {
	if len(b.v.Bewaartermijnen) == 0 {
		return nil
	}
	return append(b.termijnen("doc.pv."), Text{Plain(b.t("doc.pv.daarna"))})
}

// pvComputer answers whether a computer decides. Profiling alone (a scoring list such as the
// zelfredzaamheidsmatrix) is not a decision by a computer: the statement says so, and that a person decides. Only
// for automated decisions (art. 22) are the safeguards the author describes shown, as art. 13(2)(f) asks.
func (b *builder) pvComputer() []Block {
	bv := b.v.Besluitvorming
	switch {
	case bv.Geautomatiseerd:
		out := []Block{Text{Plain(b.t("doc.pv.computer-ja"))}}
		return append(out, md(bv.Waarborgen)...)
	case bv.Profilering:
		return []Block{Text{Plain(b.t("doc.pv.profilering"))}}
	default:
		return []Block{Text{Plain(b.t("doc.pv.mens-beslist"))}}
	}
}

// rechtItem is a right as an item of a list: its title in bold, then the Markdown text that explains it.
func rechtItem(titel, uitleg string) Inline {
	return MD("**" + escapeMarkdown(titel) + ".** " + uitleg)
}

// complaintArticle matches the article of the right to complain to the supervisor: "AVG art. 77".
var complaintArticle = regexp.MustCompile(`(?i)\bart(?:\.|ikel)?\s*77\b`)

// automatedArticle matches the article on decisions by a computer alone: "AVG art. 22".
var automatedArticle = regexp.MustCompile(`(?i)\bart(?:\.|ikel)?\s*22\b`)

// isAutomatedDecisionRight reports whether r is the right of AVG art. 22.
func isAutomatedDecisionRight(r model.CatRecht) bool {
	return r.ID == "geautomatiseerd" || strings.Contains(strings.ToUpper(r.Artikel), "AVG") && automatedArticle.MatchString(r.Artikel)
}

// rechtUitleg is the explanation of a right that holds, in a statement. When the pack's text on complaints gives
// the statement's section on complaints, which says how to complain to the organisation and to the AP, the right
// to complain points there instead of saying it twice; otherwise the catalogue's explanation stands.
func (b *builder) rechtUitleg(r model.CatRecht) string {
	if (r.ID == "klacht" || complaintArticle.MatchString(r.Artikel)) && b.tekstBlock(model.TekstPrivacyverklaringKlacht) != nil {
		return escapeMarkdown(b.t("doc.pv.recht-klacht-zie", b.t("doc.pv.klacht")))
	}
	return r.Uitleg
}

// withSentence adds the plain sentence s to the Markdown text md, in the same paragraph.
func withSentence(md, s string) string { return strings.TrimRight(md, " \n") + " " + escapeMarkdown(s) }

func (b *builder) pvRechten() []Block {
	var yes, no []Inline
	for _, r := range b.rechten() {
		if r.Geldt {
			text := b.rechtUitleg(r.CatRecht)
			if u := strings.TrimSpace(r.UitlegBeperktVoorInwoner); u != "" && len(r.Beperkt) > 0 {
				text = u // the citizen reads how far the right reaches here, not only that it sometimes does not
			}
			if len(r.NietVoor) > 0 {
				text = withSentence(text, b.rechtNietVoor(r.NietVoor))
			}
			yes = append(yes, rechtItem(r.Titel, text))
		} else if strings.TrimSpace(r.UitlegNiet) != "" && !isAutomatedDecisionRight(r.CatRecht) {
			// The right not to be decided on by a computer alone: the section "Beslist een computer over u?" has
			// just said that no computer decides.
			no = append(no, rechtItem(r.Titel, r.UitlegNiet))
		}
	}
	// Without rights in the catalogue (pia check reports it) the statement does not promise a list it cannot give.
	out := []Block{Text{Plain(b.t("doc.pv.rechten-onbekend"))}}
	if len(yes) > 0 {
		out = []Block{Text{Plain(b.t("doc.pv.rechten-intro"))}, List{Items: yes}}
	}
	// Rights a sector law adds (AVG art. 13(2)(b) asks for the rights; the Jeugdwet has one of its own).
	out = append(out, md(b.v.Rechten.VoorInwoner)...)
	if len(no) > 0 {
		out = append(out, Text{Plain(b.t("doc.pv.rechten-niet"))}, List{Items: no})
	}
	// Who uses the rights of a child (AVG art. 12(1): clear language, in particular for children).
	if slices.ContainsFunc(b.v.Betrokkenen, func(x model.Betrokkene) bool { return x.Minderjarig }) {
		out = append(out, b.tekstBlock(model.TekstPrivacyverklaringMinderjarigen)...)
	}
	return append(out, b.tekstBlock(model.TekstPrivacyverklaringRechten)...)
}

// lowerFirstWord lowers the first letter of a description used inside a sentence ("Naam en adres", "Gegevens van
// de Belastingdienst"), unless its first word is written with a capital after its first letter ("BSN", "AGB-code",
// "Suwinet-Inkijk"). Dutch writes "één" as "Eén" at the start of a sentence, so that word gets both accents back.
func lowerFirstWord(s string) string {
	if rest, ok := strings.CutPrefix(s, "Eén"); ok && !startsWithLetter(rest) {
		return "één" + rest
	}
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	first, _, _ := strings.Cut(s, " ")
	if strings.IndexFunc(first[n:], unicode.IsUpper) >= 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// lowerName is lowerFirstWord for the name of an organisation, which may be a name itself: words capitalised
// together ("Veilig Thuis", "Raad voor de Kinderbescherming") keep their capitals, and an article before a name is
// lowered all the same ("de Sociale Verzekeringsbank").
func lowerName(s string) string {
	words := strings.Fields(s)
	if len(words) > 1 && !articles[words[0]] && startsName(words[1:]) {
		return s
	}
	return lowerFirstWord(s)
}

var articles = map[string]bool{"De": true, "Het": true, "Een": true}

// startsName reports whether the words after a capitalised first word continue a name: the next word, past
// "van", "voor" and articles, is capitalised too and is not a compound with an abbreviation ("Wmo-hulp").
func startsName(words []string) bool {
	for _, w := range words {
		switch w {
		case "van", "voor", "de", "der", "den", "het":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && !strings.Contains(w, "-")
	}
	return false
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
