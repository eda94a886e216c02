package document

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// builder carries what every document of one verwerking needs.
type builder struct {
	site *model.Site
	cat  *model.Catalogus
	lang i18n.Lang
	v    *model.Verwerking
	res  *rules.Resultaat
	// inwoner is set for documents for the citizen: gegevens and doelen are named with their plain words
	// (voor_inwoner) where the questionnaire gives them.
	inwoner bool
}

func newBuilder(site *model.Site, res *rules.Resultaat) *builder {
	b := &builder{site: site, cat: site.Catalogus, lang: i18n.Lang(site.Config.Taal), res: res}
	if b.cat == nil {
		b.cat = &model.Catalogus{}
	}
	if b.lang == "" {
		b.lang = i18n.Default
	}
	if res != nil {
		b.v = res.Verwerking
	}
	return b
}

func (b *builder) t(key string, args ...any) string { return b.lang.T(key, args...) }

// maatregelStatus is the progress of a measure in words ("in uitvoering"), or "" when none is given.
func (b *builder) maatregelStatus(s model.MaatregelStatus) string {
	if s == "" {
		return ""
	}
	return b.t("doc.maatregel-status." + string(s))
}

// shownStatus is the status the documents of a verwerking show. A document pia knows to be wrong is not shown as
// final: while the verwerking has a fout its documents are concepts, with the banner and the watermark, so that
// they are not published or signed by mistake. A questionnaire that gives no status is a concept too.
func shownStatus(res *rules.Resultaat) model.Status {
	if s := res.Verwerking.Status; s != "" && (!s.IsFinal() || res.Count(rules.Fout) == 0) {
		return s
	}
	return model.StatusConcept
}

// fouten counts the findings of severity fout about the verwerking.
func (b *builder) fouten() int {
	if b.res == nil {
		return 0
	}
	return b.res.Count(rules.Fout)
}

// tekst returns the pack's text block name with its placeholders filled in. Values are escaped for Markdown, so
// that an organisation name with an asterisk stays text. Unknown placeholders stay visible, so a typo shows.
func (b *builder) tekst(name string) (Inline, bool) {
	src, ok := b.site.Teksten[name]
	if !ok || strings.TrimSpace(src) == "" {
		return Inline{}, false
	}
	if strings.Contains(src, "{verwerking.") {
		return MD(b.fill(src)), true
	}
	// Without a verwerking's own placeholders, a text comes out the same in every document of the site: it is
	// filled once, and every document then has the same string, which the Markdown cache finds at once.
	key := filledKey{src: src, org: b.site.Config.Organisatie, titel: b.site.Config.Titel}
	if f, ok := filled.Load(key); ok {
		return MD(f.(string)), true
	}
	f := b.fill(src)
	if filledCount.Add(1) > maxFilled {
		filled.Clear() // a long pia serve session with many edits of the organisation's details
		filledCount.Store(0)
	}
	filled.Store(key, f)
	return MD(f), true
}

// fill fills in the placeholders of a pack text, after taking out what a detail the site left blank would leave
// without sense (dropBlank).
func (b *builder) fill(src string) string {
	src = dropBlank(src, func(name string) bool {
		v, ok := b.placeholderValue(name)
		return ok && strings.TrimSpace(v) == ""
	})
	return fillPlaceholders(src, b.placeholderMarkdown)
}

// filled holds pack texts with the site's placeholders filled in, by text and the values they can use.
var (
	filled      sync.Map // filledKey → string
	filledCount atomic.Int64
)

// maxFilled bounds filled; a site has a few dozen texts.
const maxFilled = 4096

type filledKey struct {
	src   string
	org   model.Organisatie
	titel string
}

// filledKey must stay comparable (sync.Map would panic at run time on a key with a slice or map in it).
var _ map[filledKey]struct{}

// fillPlaceholders replaces each placeholder {name} in src, where name is lower-case words joined by dots
// ("organisatie.naam"), by the Markdown that value gives; a placeholder without a value stays. value learns
// whether the placeholder stands alone in the text (see standsAlone).
func fillPlaceholders(src string, value func(name string, alone bool) (string, bool)) string {
	var b strings.Builder
	done := 0 // src[:done] is in b
	for i := strings.IndexByte(src, '{'); i >= 0; {
		end := model.PlaceholderEnd(src, i)
		if end < 0 {
			next := strings.IndexByte(src[i+1:], '{')
			if next < 0 {
				break
			}
			i += 1 + next
			continue
		}
		if v, ok := value(src[i+1:end-1], standsAlone(src, i, end)); ok {
			b.WriteString(src[done:i])
			b.WriteString(v)
			done = end
		}
		next := strings.IndexByte(src[end:], '{')
		if next < 0 {
			break
		}
		i = end + next
	}
	if done == 0 {
		return src
	}
	b.WriteString(src[done:])
	return b.String()
}

// standsAlone reports whether the placeholder at src[i:end] stands in running text, where a link may take its
// place: not inside a code span, the text or address of a link (an odd number of backticks, more [ than ] before
// it on its line, or right after "](" or "<"), and not followed by more of an address ("{organisatie.website}/privacy").
func standsAlone(src string, i, end int) bool {
	line := src[strings.LastIndexByte(src[:i], '\n')+1 : i]
	if strings.Count(line, "`")%2 == 1 || strings.Count(line, "[") > strings.Count(line, "]") ||
		strings.HasSuffix(line, "](") || strings.HasSuffix(line, "<") || strings.HasSuffix(line, ":") {
		return false
	}
	if end < len(src) {
		switch c := src[end]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ')':
		case strings.IndexByte(".,;!?", c) >= 0:
			// Punctuation ends a sentence, unless more of the address follows it.
			if end+1 < len(src) && !strings.ContainsRune(" \t\r\n", rune(src[end+1])) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// placeholderMarkdown is the value of a placeholder as Markdown: e-mail addresses and the website are links where
// they stand alone in the text, so that a citizen can click them in the HTML and the PDF; every other value, an
// address inside a link or code, and an address that is not one, is escaped, so that an organisation name with an
// asterisk stays text.
func (b *builder) placeholderMarkdown(name string, alone bool) (string, bool) {
	v, ok := b.placeholderValue(name)
	if !ok {
		return "", false
	}
	if !alone {
		return escapeMarkdown(v), true
	}
	switch name {
	case "organisatie.email", "fg.email":
		if emailAddress.MatchString(v) {
			return "<" + v + ">", true
		}
	case "organisatie.website":
		if webAddress.MatchString(v) {
			return "<" + v + ">", true
		}
	}
	return escapeMarkdown(v), true
}

var (
	// emailAddress is what CommonMark takes as an e-mail autolink between angle brackets.
	emailAddress = regexp.MustCompile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?" +
		`(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`)
	// webAddress is an http(s) address that CommonMark takes as an autolink: no spaces, controls or angle brackets.
	webAddress = regexp.MustCompile(`^(?i:https?)://[^\x00-\x20<>\x7f]+$`)
)

// placeholderValue is the value of a placeholder of the pack's texts, such as organisatie.naam.
func (b *builder) placeholderValue(name string) (string, bool) {
	org := b.site.Config.Organisatie
	switch name {
	case "organisatie.naam":
		return org.Naam, true
	case "organisatie.adres":
		return org.Adres, true
	case "organisatie.website":
		return org.Website, true
	case "organisatie.telefoon":
		return org.Telefoon, true
	case "organisatie.email":
		return org.Email, true
	case "organisatie.verantwoordelijke":
		return verantwoordelijke(org), true
	case "fg.naam":
		return org.FG.Naam, true
	case "fg.email":
		return org.FG.Email, true
	case "fg.telefoon":
		return org.FG.Telefoon, true
	case "site.titel":
		return b.site.Config.Titel, true
	case "verwerking.naam":
		if b.v != nil {
			return b.v.TitleFor(b.inwoner), true
		}
	case "verwerking.id":
		if b.v != nil {
			return b.v.ID, true
		}
	}
	return "", false // unknown, or a verwerking's own outside its documents
}

// tekstBlock returns the text block as a Text block, or nil when the pack has no such block.
func (b *builder) tekstBlock(name string) []Block {
	if in, ok := b.tekst(name); ok {
		return []Block{Text{in}}
	}
	return nil
}

var mdSpecial = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", `\<`,
	">", `\>`, "#", `\#`, "|", `\|`, "!", `\!`, "~", `\~`, "&", `\&`)

// escapeMarkdown makes s safe to put inside Markdown as literal text.
func escapeMarkdown(s string) string { return mdSpecial.Replace(s) }

// literalMarkdown writes s as Markdown that shows exactly s: every ASCII punctuation character is escaped, so that
// neither Markdown ("1.", "- ", "*") nor the typographer ('…', "…", --, ...) changes what the text says. escapeMarkdown
// leaves the typographer its quotes and dashes.
func literalMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		// CommonMark's ASCII punctuation: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~
		if c := s[i]; '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// md returns a Markdown inline for an (md) field, or nil blocks when it is blank.
func md(s string) []Block {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []Block{Text{MD(s)}}
}

func plainText(s string) []Block {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []Block{Text{Plain(s)}}
}

// yesNo gives "ja" or "nee".
// verplichting is what the questionnaire tells the citizen about having to give the data (AVG art. 13(2)(e)),
// or "" when it says nothing.
func (b *builder) verplichting() string {
	if b.v.Informeren == nil {
		return ""
	}
	return strings.TrimSpace(b.v.Informeren.Verplichting)
}

func (b *builder) yesNo(v bool) string {
	if v {
		return b.t("doc.ja")
	}
	return b.t("doc.nee")
}

// registreren gives the plain words for what may be recorded.
func (b *builder) registreren(r model.Registreren) string {
	switch r {
	case model.RegistreerAltijd:
		return b.t("doc.registreren.altijd")
	case model.RegistreerBijHulpbehoefte:
		return b.t("doc.registreren.bij-hulpbehoefte")
	case model.RegistreerNooit:
		return b.t("doc.registreren.nooit")
	}
	return b.t("doc.onbekend")
}

// categorie gives the catalogue title of a data category, with its special kind.
func (b *builder) categorie(id string) string {
	c := b.cat.Categorie(id)
	if c == nil {
		return id
	}
	switch c.Bijzonder {
	case model.BijzonderArt9:
		return b.t("doc.categorie.art9", c.Titel)
	case model.BijzonderArt10:
		if strings.Contains(strings.ToLower(c.Titel), "strafrecht") {
			return b.t("doc.categorie.art10-kort", c.Titel) // not "Strafrechtelijke gegevens (strafrechtelijk, …)"
		}
		return b.t("doc.categorie.art10", c.Titel)
	}
	return c.Titel
}

// grondslag gives "AVG art. 6 lid 1 onder e — Taak van algemeen belang" for a catalogue id, with a mark when the
// catalogue marks it unverified.
func (b *builder) grondslag(id string) string {
	g := b.cat.Grondslag(id)
	if g == nil {
		return id
	}
	s := g.Artikel
	if g.Titel != "" {
		s += " — " + g.Titel
	}
	if g.Onzeker {
		s += " " + b.t("doc.onzeker-mark")
	}
	return s
}

// bron names where data come from in plain words, as professionals read them; unknown codes are shown as written.
func (b *builder) bron(code string) string {
	if code == "" {
		return b.t("doc.onbekend")
	}
	if b.has("bron." + code) {
		return b.t("bron." + code)
	}
	return code
}

// bronForCitizen is bron as the privacy statement says it to the citizen: "uw werkgever", not "de werkgever van
// de inwoner".
func (b *builder) bronForCitizen(code string) string {
	if b.has("doc.pv.bron." + code) {
		return b.t("doc.pv.bron." + code)
	}
	return b.bron(code)
}

// has reports whether key has a text in the document's language or in Dutch.
func (b *builder) has(key string) bool { return i18n.Has(b.lang, key) || i18n.Has(i18n.Default, key) }

// gegevenNamen lists the omschrijving of the gegevens with the ids; "*" means all. They are separated by
// semicolons, as the descriptions often contain commas themselves.
func (b *builder) gegevenNamen(ids []string) string { return strings.Join(b.gegevenLijst(ids), "; ") }

// gegevenCel is gegevenNamen for a table cell: the names one below the other.
func (b *builder) gegevenCel(ids []string) Inline { return PlainList(b.gegevenLijst(ids), "; ") }

// listCel is a table cell with the entries one below the other, or a dash when there are none.
func listCel(items []string) Inline {
	if len(items) == 0 {
		return Plain(orDash(""))
	}
	return PlainList(items, "; ")
}

// gegevenLijst gives the omschrijving of each of the gegevens with the ids; "*", or a list of every gegeven of
// the verwerking, is "alle gegevens".
func (b *builder) gegevenLijst(ids []string) []string {
	if b.v.AlleGegevens(ids) {
		return []string{b.t("doc.alle-gegevens")}
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		names = append(names, b.gegevenNaam(id))
	}
	return names
}

func (b *builder) gegevenNaam(id string) string {
	for _, g := range b.v.Gegevens {
		if g.ID == id {
			return g.Tekst(b.inwoner)
		}
	}
	return id
}

// basisKort names a basis briefly, for a table cell: its title with the article, "Wettelijke verplichting (AVG art.
// 6 lid 1 onder c)".
func (b *builder) basisKort(id string) string {
	cg := b.cat.Grondslag(id)
	if cg == nil {
		return id
	}
	if strings.TrimSpace(cg.Titel) == "" {
		return cg.Artikel
	}
	return cg.Titel + " (" + cg.Artikel + ")"
}

// doelenVan names the purposes a basis is for, in the reader's words and in the order of the verwerking's
// purposes, or none when it is for all of them. An id named twice counts once; one that is no purpose of the
// verwerking is left out (pia check reports it as onbekende-verwijzing).
func (b *builder) doelenVan(g model.Grondslag) []string {
	if len(g.Doelen) == 0 {
		return nil
	}
	var out []string
	for _, d := range b.v.Doelen {
		if slices.Contains(g.Doelen, d.ID) {
			out = append(out, d.Tekst(b.inwoner))
		}
	}
	return out
}

// doelList joins purposes named inside parentheses in a list of bases, where commas and semicolons already part
// other things: "(voor: onderzoeken … / beslissen …)".
func doelList(doelen []string) string {
	out := make([]string, len(doelen))
	for i, d := range doelen {
		out[i] = lowerFirstWord(d)
	}
	return strings.Join(out, " / ")
}

func (b *builder) doelNaam(id string) string {
	for _, d := range b.v.Doelen {
		if d.ID == id {
			return d.Tekst(b.inwoner)
		}
	}
	return id
}

// art6 lists the verwerking's bases under art. 6, in order.
func (b *builder) art6() []model.Grondslag {
	var out []model.Grondslag
	for _, g := range b.v.Grondslagen {
		if b.cat.IsArt6(g.Artikel) {
			out = append(out, g)
		}
	}
	return out
}

// hasConsent reports whether consent is among the bases.
func (b *builder) hasConsent() bool {
	for _, g := range b.v.Grondslagen {
		if b.cat.IsToestemming(g.Artikel) {
			return true
		}
	}
	return false
}

// recht is a right with whether it applies to this verwerking and why.
type recht struct {
	model.CatRecht
	Geldt bool
	// NietVoor holds, for a right that applies, the art. 6 bases of the verwerking whose kind does not give it:
	// objection (art. 21) holds for a public task, but not for the part the law obliges (art. 6(1)(c)).
	NietVoor []basis
	// Beperkt holds, for a right that applies, the art. 6 bases whose kind gives it only within limits: erasure
	// (art. 17) under a legal obligation or a public task (art. 17(3)(b)). Vol says whether another basis gives it
	// without limits, so that the limit holds for part of the verwerking only.
	Beperkt []basis
	Vol     bool
}

// basis is an art. 6 basis of the verwerking with its catalogue entry.
type basis struct {
	model.Grondslag
	Cat *model.CatGrondslag
}

// rechten decides per right in the catalogue whether it applies: a right applies when a kind of basis of the
// verwerking lists it (catalogue data, so a pack can correct it), and holds only for part of the verwerking when
// another of its bases does not list it; the right about automated decisions applies only when a computer decides.
func (b *builder) rechten() []recht {
	applies := map[string]bool{}
	var bases []basis
	var kinds, limits [][]string
	for _, g := range b.v.Grondslagen {
		cg := b.cat.Grondslag(g.Artikel)
		if cg == nil {
			continue
		}
		if s := b.cat.Soort(cg.Soort); s != nil && s.Art6 {
			for _, r := range s.Rechten {
				applies[r] = true
			}
			bases = append(bases, basis{g, cg})
			kinds = append(kinds, s.Rechten)
			limits = append(limits, s.Beperkt)
		}
	}
	// Art. 22 is about decisions taken by a computer alone; profiling that a person weighs before deciding is not
	// such a decision, and the statement says so in its "niet van toepassing" list.
	if !b.v.Besluitvorming.Geautomatiseerd {
		applies["geautomatiseerd"] = false
	}
	out := make([]recht, 0, len(b.cat.Rechten))
	for _, r := range b.cat.Rechten {
		rt := recht{CatRecht: r, Geldt: applies[r.ID]}
		if rt.Geldt {
			for i, k := range kinds {
				switch {
				case !slices.Contains(k, r.ID):
					rt.NietVoor = append(rt.NietVoor, bases[i])
				case slices.Contains(limits[i], r.ID):
					rt.Beperkt = append(rt.Beperkt, bases[i])
				default:
					rt.Vol = true
				}
			}
		}
		out = append(out, rt)
	}
	return out
}

// rechtNietVoor says, in the statement's words, for which of bases a right does not hold: one sentence per kind of
// basis, in the order the bases come. The statement names the laws where it says why we may use the data; here the
// kind says enough, except for a kind without a sentence of its own, which is named by its catalogue title. When
// every basis of a kind is for some purposes only, the sentence names those purposes, so that the citizen knows
// which part of the work the right does not reach ("bezwaar … geldt niet voor het onderzoek na uw melding").
func (b *builder) rechtNietVoor(bases []basis) string {
	type kind struct {
		first basis
		all   bool     // a basis of this kind is for every purpose
		ids   []string // else: the purposes of its bases
	}
	var kinds []*kind
	byName := map[string]*kind{}
	for _, g := range bases {
		k := byName[g.Cat.Soort]
		if k == nil {
			k = &kind{first: g}
			byName[g.Cat.Soort] = k
			kinds = append(kinds, k)
		}
		k.all = k.all || len(g.Doelen) == 0
		k.ids = append(k.ids, g.Doelen...)
	}
	var sentences []string
	for _, k := range kinds {
		var doelen []string // in the verwerking's order
		for _, d := range b.v.Doelen {
			if !k.all && slices.Contains(k.ids, d.ID) {
				doelen = append(doelen, lowerFirstWord(d.Tekst(b.inwoner)))
			}
		}
		soort := k.first.Cat.Soort
		// Purposes are phrases with commas and "en" of their own: after a colon, apart by semicolons.
		list := strings.Join(doelen, "; ")
		switch {
		case len(doelen) > 0 && b.has("doc.pv.recht-niet-doelen."+soort):
			sentences = append(sentences, b.t("doc.pv.recht-niet-doelen."+soort, list))
		case len(doelen) > 0:
			sentences = append(sentences, b.t("doc.pv.recht-niet-doelen.anders", k.first.Cat.Titel, list))
		case b.has("doc.pv.recht-niet." + soort):
			sentences = append(sentences, b.t("doc.pv.recht-niet."+soort))
		default:
			sentences = append(sentences, b.t("doc.pv.recht-niet.anders", k.first.Cat.Titel))
		}
	}
	return strings.Join(sentences, " ")
}

// basisTitles names bases for the report: the catalogue title of each with the law it names.
func (b *builder) basisTitles(bases []basis) string {
	names := make([]string, len(bases))
	for i, g := range bases {
		names[i] = joinNonEmpty(" — ", g.Cat.Titel, strings.TrimSpace(g.Wet))
		if doelen := b.doelenVan(g.Grondslag); len(doelen) > 0 {
			names[i] += " " + b.t("doc.pia.basis-voor", doelList(doelen))
		}
	}
	return strings.Join(names, "; ")
}

// risicoLevel gives the level word of a risk.
func (b *builder) niveau(n model.Niveau) string {
	if n == model.NiveauGeen {
		return b.t("doc.niveau.geen")
	}
	return b.t("doc.niveau." + string(n))
}

func toneOf(n model.Niveau) Tone {
	switch n {
	case model.NiveauLaag:
		return ToneLaag
	case model.NiveauMidden:
		return ToneMidden
	case model.NiveauHoog:
		return ToneHoog
	}
	return ToneNone
}

func toneOfErnst(e rules.Ernst) Tone {
	switch e {
	case rules.Fout:
		return ToneFout
	case rules.Waarschuwing:
		return ToneWaarschuwing
	case rules.Advies:
		return ToneAdvies
	}
	return ToneNone
}

// answers returns the open answers that belong to report section id, in question order.
func (b *builder) answers(section string) []Block {
	if b.site.Vragen == nil {
		return nil
	}
	var out []Block
	for _, q := range b.site.Vragen.Vragen {
		if q.Sectie != section || q.Veld != "" {
			continue
		}
		a := strings.TrimSpace(b.v.Antwoorden[q.ID])
		if a == "" {
			continue
		}
		out = append(out, Definitions{Items: []Field{{Label: q.ID + " " + q.Vraag, Value: MD(a)}}})
	}
	return out
}

// unplacedAnswers returns answers to questions that are not in any report section, or not questions of a pack.
func (b *builder) unplacedAnswers(placed map[string]bool) []Block {
	keys := make([]string, 0, len(b.v.Antwoorden))
	for k := range b.v.Antwoorden {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var items []Field
	for _, k := range keys {
		a := strings.TrimSpace(b.v.Antwoorden[k])
		if a == "" {
			continue
		}
		var q *model.Vraag
		if b.site.Vragen != nil {
			q = b.site.Vragen.Vraag(k)
		}
		if q != nil && placed[q.Sectie] {
			continue
		}
		label := k
		if q != nil {
			label = k + " " + q.Vraag
		}
		items = append(items, Field{Label: label, Value: MD(a)})
	}
	if len(items) == 0 {
		return nil
	}
	return []Block{Definitions{Items: items}}
}

// verantwoordelijke names the controller: the body named in pia.toml, or else the organisation.
func verantwoordelijke(org model.Organisatie) string {
	if v := strings.TrimSpace(org.Verantwoordelijke); v != "" {
		return v
	}
	return org.Naam
}

// fgContact gives the data protection officer's name and contact details on one line, "" when none is set.
func fgContact(org model.Organisatie) string {
	return joinNonEmpty(", ", org.FG.Naam, org.FG.Email, org.FG.Telefoon)
}

// andList joins items as a sentence names them: "a", "a en b", "a, b en c".
func (b *builder) andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return b.t("doc.lijst-en", strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}

// innerBrackets makes text that the document puts between parentheses keep a single level of them: parentheses of
// its own become square brackets, as Dutch typesetting nests them ("(vanaf de laatste wijziging [of langer])").
func innerBrackets(s string) string { return parensToBrackets.Replace(s) }

var parensToBrackets = strings.NewReplacer("(", "[", ")", "]")

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// termijnen writes each retention period as a sentence on how long and from when, followed by the data it covers
// one per line, or one sentence when it covers all of them. The sentences are the document's own (keys under
// prefix: termijn, termijn-vanaf, termijn-alles, termijn-alles-tenzij, termijnen, termijnen-gegevens), and the data
// are named for the document's reader. A period for all data next to periods for some of them comes first and says
// that the others go before it: "all data 15 years" followed by "these data 5 years" would otherwise leave the
// reader with two answers. Periods for the same data (15 years with a voorziening, 5 without) name the data once,
// below the periods.
func (b *builder) termijnen(prefix string) []Block {
	bts := b.v.Bewaartermijnen
	general := slices.IndexFunc(bts, func(bt model.Bewaartermijn) bool { return b.v.AlleGegevens(bt.Gegevens) })
	order := make([]int, 0, len(bts))
	if general >= 0 {
		order = append(order, general)
	}
	for i := range bts {
		if i != general {
			order = append(order, i)
		}
	}
	done := make([]bool, len(bts))
	var out []Block
	for _, i := range order {
		if done[i] {
			continue
		}
		bt := bts[i]
		if b.v.AlleGegevens(bt.Gegevens) {
			key := prefix + "termijn-alles"
			if i == general && len(order) > 1 {
				key = prefix + "termijn-alles-tenzij"
			}
			out = append(out, Text{Plain(b.t(key, b.termijnTekst(prefix, bt)))})
			continue
		}
		names := b.gegevenLijst(bt.Gegevens)
		var same []int // later periods for the same data
		for _, j := range order {
			if j != i && !done[j] && !b.v.AlleGegevens(bts[j].Gegevens) && sameSet(b.gegevenLijst(bts[j].Gegevens), names) {
				same = append(same, j)
			}
		}
		if len(same) == 0 {
			out = append(out, Text{Plain(b.t(prefix+"termijn", b.termijnTekst(prefix, bt)))}, plainList(names))
			continue
		}
		periods := []string{b.termijnTekst(prefix, bt)}
		for _, j := range same {
			done[j] = true
			periods = append(periods, b.termijnTekst(prefix, bts[j]))
		}
		out = append(out, Text{Plain(b.t(prefix + "termijnen"))}, plainList(periods),
			Text{Plain(b.t(prefix + "termijnen-gegevens"))}, plainList(names))
	}
	return out
}

// termijnTekst says how long a period is and from when: "15 jaar na het einde van de voorziening".
func (b *builder) termijnTekst(prefix string, bt model.Bewaartermijn) string {
	termijn := bt.Termijn.String()
	if vanaf := trimSentence(bt.VanafTekst(b.inwoner)); vanaf != "" {
		termijn = b.t(prefix+"termijn-vanaf", termijn, vanaf)
	}
	return termijn
}

// plainList is a list of plain entries.
func plainList(items []string) List {
	l := List{}
	for _, it := range items {
		l.Items = append(l.Items, Plain(it))
	}
	return l
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

// ontvangerMetRol names a recipient with its role, "Veilig Thuis — ontvanger (derde)": the role of a third party
// is itself written with brackets, so brackets around it would nest.
func (b *builder) ontvangerMetRol(o model.Ontvanger) string {
	return o.Naam + " — " + b.t("doc.rol."+string(o.Rol))
}

// sentence makes s a sentence that ends in a full stop, question or exclamation mark, without surrounding space.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// trimSentence gives s without surrounding space and a closing full stop, for use inside a sentence of its own. The
// full stop of an abbreviation in capitals ("B.V.") stays.
func trimSentence(s string) string {
	s = strings.TrimSpace(s)
	body, ok := strings.CutSuffix(s, ".")
	if !ok || unicode.IsUpper(lastRuneOf(body)) && strings.Contains(body, ".") {
		return s
	}
	return body
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// voorwaardeZin writes a recipient's condition as a sentence of its own: a capital, a full stop.
func voorwaardeZin(s string) string {
	s = strings.TrimSpace(s)
	if r, n := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return sentence(s)
}

// wijOf is the text key with the organisation's name, or, while pia.toml has none (pia check reports it), the
// text key+"-wij" that speaks of "wij": "Hoe Gemeente X omgaat met uw gegevens", not "Hoe  omgaat met".
func (b *builder) wijOf(key string) string {
	if naam := strings.TrimSpace(b.site.Config.Organisatie.Naam); naam != "" {
		return b.t(key, naam)
	}
	return b.t(key + "-wij")
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func scoreText(s model.Score) string {
	if s == 0 {
		return "—"
	}
	return fmt.Sprint(int(s))
}
