package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/model"
)

// checkAfronding covers the DPIA process and sign-off: the FG's advice (AVG 35(2)), the views of data subjects
// (35(9)), the decision with who accepts the residual risk, a reasoned deviation from the FG's advice, and the
// next review (35(11)).
func checkAfronding(c *checker) {
	v := c.v
	final := v.Status.IsFinal()
	fgErnst := Advies
	if final {
		fgErnst = Fout
	}
	switch {
	case v.AdviesFG == nil:
		c.addE(codeFGAdviesOntbreekt, fgErnst, "advies_fg", "geen")
	case v.AdviesFG.Oordeel == "":
		c.addE(codeFGAdviesOntbreekt, fgErnst, "advies_fg.oordeel", "oordeel")
	}

	if c.dpia.Verplicht {
		r := v.RaadplegingBetrokkenen
		switch {
		case r == nil:
			c.add(codeRaadplegingOntbreekt, "raadpleging_betrokkenen", "geen")
		case !r.Gedaan && blank(r.Reden):
			c.add(codeRaadplegingOntbreekt, "raadpleging_betrokkenen.reden", "reden")
		case r.Gedaan && blank(r.Wie):
			c.add(codeRaadplegingOntbreekt, "raadpleging_betrokkenen.wie", "wie")
		}
	}

	// A final report says on its title page when it was written, by whom and for whom (Model DPIA Rijksdienst).
	if final {
		var missing []string
		for _, f := range []struct {
			key   string
			empty bool
		}{{"datum", v.Datum.IsZero()}, {"opsteller", blank(v.Opsteller)}, {"proceseigenaar", blank(v.Proceseigenaar)}} {
			if f.empty {
				missing = append(missing, f.key)
			}
		}
		if len(missing) > 0 {
			c.addE(codeVragenlijstOnvolledig, Waarschuwing, missing[0], "titelpagina", string(v.Status),
				strings.Join(missing, ", "))
		}
	}

	b := v.Besluit
	if v.Status == model.StatusVastgesteld {
		if b == nil {
			c.add(codeBesluitOntbreekt, "besluit", "geen")
		} else {
			missing := func(veld string, empty bool) {
				if empty {
					c.add(codeBesluitOntbreekt, "besluit."+veld, "veld", c.t("rules.besluit-ontbreekt.veld-"+veld), veld)
				}
			}
			missing("datum", b.Datum.IsZero())
			missing("door", blank(b.Door))
			missing("restrisico_aanvaard_door", blank(b.RestrisicoAanvaardDoor))
			missing("fg_advies_gevolgd", v.AdviesFG != nil && b.FGAdviesGevolgd == nil)
		}
	}
	if b == nil {
		return
	}
	if b.FGAdviesGevolgd != nil && !*b.FGAdviesGevolgd && blank(b.Motivering) {
		c.add(codeFGAfwijkingZonderMotiv, "besluit.motivering", "bericht")
	}
	if b.Datum.IsZero() {
		return
	}
	// The decision comes after the FG's advice: the controller decides knowing it (AVG 35(2)).
	if a := v.AdviesFG; a != nil && !a.Datum.IsZero() && b.Datum.Before(a.Datum) {
		c.addE(codeFGAdviesOntbreekt, Waarschuwing, "advies_fg.datum", "na-besluit", a.Datum.Lang(), b.Datum.Lang())
	}
	uiterlijk := model.DatumOf(b.Datum.Time().AddDate(herbeoordelingJaren, 0, 0))
	switch {
	case !b.Herbeoordeling.IsZero() && !b.Datum.Before(b.Herbeoordeling):
		c.add(codeHerbeoordelingOntbreekt, "besluit.herbeoordeling", "voor-besluit", b.Herbeoordeling.Lang(),
			b.Datum.Lang(), uiterlijk.Lang())
	case b.Herbeoordeling.IsZero():
		c.add(codeHerbeoordelingOntbreekt, "besluit.herbeoordeling", "bericht", uiterlijk.Lang())
	case uiterlijk.Before(b.Herbeoordeling):
		c.add(codeHerbeoordelingTeLaat, "besluit.herbeoordeling", "bericht", b.Herbeoordeling.Lang(),
			b.Datum.Lang(), uiterlijk.Lang())
	}
}

// checkVragen: the open questions of the packs that apply are answered, and the fields that mandatory field
// questions point at are filled in.
func checkVragen(c *checker) {
	for _, q := range c.vragen() {
		ernst := Waarschuwing
		if q.Verplicht {
			ernst = Fout
		}
		if q.Veld == "" {
			if blank(c.v.Antwoorden[q.ID]) {
				c.addE(codeVraagOnbeantwoord, ernst, "antwoorden."+q.ID, "open", quote(q.ID), q.Vraag)
			}
			continue
		}
		if !q.Verplicht {
			continue
		}
		if empty, ok := fieldEmpty(c.v, q.Veld); ok && empty {
			c.addE(codeVraagOnbeantwoord, ernst, q.Veld, "veld", quote(q.ID), q.Veld, q.Vraag)
		}
	}
}

// vragen returns the questions that apply to the verwerking: those of the pack it extends and that pack's bases.
// They come from the site's merged questionnaire (by Vraag.Pack); without one, from the packs themselves.
func (c *checker) vragen() []model.Vraag {
	if c.vragenKnown {
		return c.vragenList
	}
	if c.shared == nil {
		c.vragenList = c.findVragen()
	} else if l, ok := c.shared.vragen.Load(c.v.Pack); ok {
		c.vragenList = l.([]model.Vraag)
	} else {
		c.vragenList = c.findVragen()
		c.shared.vragen.Store(c.v.Pack, c.vragenList)
	}
	c.vragenKnown = true
	return c.vragenList
}

func (c *checker) findVragen() []model.Vraag {
	var chain []*model.Pack
	seen := map[*model.Pack]bool{}
	for p := c.v.Pack; p != nil && !seen[p]; p = p.Basis {
		seen[p] = true
		chain = append(chain, p)
	}
	if len(chain) == 0 {
		return nil
	}
	if c.site != nil && c.site.Vragen != nil {
		names := map[string]bool{}
		for _, p := range chain {
			names[p.Naam] = true
		}
		n := 0
		for _, q := range c.site.Vragen.Vragen {
			if names[q.Pack] {
				n++
			}
		}
		out := make([]model.Vraag, 0, n)
		for _, q := range c.site.Vragen.Vragen {
			if names[q.Pack] {
				out = append(out, q)
			}
		}
		return out
	}
	merged := &model.Vragenlijst{}
	for i := len(chain) - 1; i >= 0; i-- {
		merged = merged.Merge(chain[i].Vragen)
	}
	return merged.Vragen
}

// checkOnzeker: the verwerking relies on a catalogue entry marked unverified; a jurist should check it before the
// document is final (REFERENCE: "(unverified)" entries).
func checkOnzeker(c *checker) {
	ernst := Advies
	controle := c.t("rules.onzekere-bron.controle")
	if c.v.Status.IsFinal() {
		ernst = Waarschuwing
		// The document is final already: the check comes after, and may mean adopting it again.
		controle = c.t("rules.onzekere-bron.controle." + string(c.v.Status))
	}
	// A mark in the law of a basis, or in the source of a retention period, that is reported for its unverified
	// catalogue entry is not reported again: both findings ask to check the same thing.
	covered := map[string]bool{}
	for i, g := range c.v.Grondslagen {
		if cg := c.cat.Grondslag(g.Artikel); cg != nil && cg.Onzeker {
			c.addE(codeOnzekereBron, ernst, fmt.Sprintf("grondslagen[%d].artikel", i), "grondslag",
				quote(cg.ID), inParens(orID(cg.Titel, cg.Artikel)), c.noot(cg.Noot), controle)
			covered[fmt.Sprintf("grondslagen[%d].wet", i)] = true
		}
	}
	for i, bt := range c.v.Bewaartermijnen {
		std := c.standaard(bt)
		if std == nil || !std.Onzeker {
			continue
		}
		if same, _ := bt.Termijn.SamePeriod(std.Termijn); !blank(bt.Bron) && !same {
			continue // it rests on its own source, not on the standard
		}
		covered[fmt.Sprintf("bewaartermijnen[%d].bron", i)] = true
		c.addE(codeOnzekereBron, ernst, fmt.Sprintf("bewaartermijnen[%d].standaard", i), "bewaartermijn",
			quote(std.ID), inParens(orID(std.Titel, std.ID)), c.btGegevens(bt), c.noot(std.Noot), controle)
	}
	// One walk over the texts finds both kinds of marks a text can hold, "te verifiëren" and "in te vullen", and
	// HTML (html-in-tekst): a walk of its own would cost a tenth of the rules.
	fillErnst := Waarschuwing
	if c.v.Status.IsFinal() {
		fillErnst = Fout
	}
	want := func(s string) bool { return mayHoldMark(s) || mayHoldFill(s) || strings.Contains(s, "<") }
	eachText(c.v, want, func(path, s string) {
		c.checkHTML(path, s)
		if at, n := fillMark(s); at >= 0 {
			// nog-in-te-vullen: the pack left this for the municipality, and the register and the documents would
			// show the instruction instead of the answer.
			q := excerpt(s, at, n)
			c.addE(codeNogInTeVullen, fillErnst, path, "bericht", q, quoteStop(q), c.howToOverride(path, "rules.overschrijven.ingevuld"))
		}
		if !mayHoldMark(s) {
			return
		}
		at, n := unverifiedMark(s)
		if at < 0 || covered[path] {
			return
		}
		q := excerpt(s, at, n)
		more := ""
		if k := countMarks(s[at+n:]); k > 0 {
			more = c.lang.N("rules.onzekere-bron.meer", k)
		}
		c.addE(codeOnzekereBron, ernst, path, "tekst", q, quoteStop(q), more, controle, c.howToOverride(path, "rules.overschrijven.gecontroleerd"))
		c.out[len(c.out)-1].Bron = c.t("rules.onzekere-bron.bron-tekst")
	})
}

// howToOverride says, for a value at path that comes from a template, how the site replaces it in its own file:
// an entry of a list with ids by an entry with the same id, any other list as a whole, a field by the field.
// newText is the key of the words for the text that replaces it ("de gecontroleerde tekst"). It is "" for a
// value from the site's own file.
func (c *checker) howToOverride(path, newText string) string {
	if pos := c.v.Pos.Of(path); pos.File == "" || pos.File == c.v.File {
		return ""
	}
	text := c.t(newText)
	top := path
	if i := strings.IndexAny(path, ".["); i >= 0 {
		top = path[:i]
	}
	switch {
	case top == path:
		return c.t("rules.overschrijven.veld", path, text)
	case path[len(top)] == '.': // a table, such as [rechten] or [antwoorden], replaces the template's as a whole
		return c.t("rules.overschrijven.tabel", top, text)
	case model.MergesByID(top):
		rest := path[len(top)+1:]
		end := strings.IndexByte(rest, ']')
		i, err := strconv.Atoi(rest[:end])
		if id := c.v.EntryID(top, i); err == nil && id != "" && strings.HasPrefix(rest[end+1:], ".") {
			return c.t("rules.overschrijven.id", top, quote(id), rest[end+2:], text)
		}
	}
	return c.t("rules.overschrijven.lijst", top, text)
}

// fillMark gives the byte offset and length of the first mark in s by which a pack says the organisation still
// has to fill something in, or -1. A mark is "in te vullen" (in any case, with any white space between the words)
// that starts the text or a part of a sentence, or follows "nog", "nader" or "lokaal" there, and that ends the
// part or goes on with who or when ("door de gemeente", "per gemeente", "na de aanbesteding"): "(in te vullen door
// de gemeente)", "In te vullen: de leverancier", "(nog in te vullen)", "*in te vullen*", "(door de gemeente in te
// vullen)". A text about a form that the citizen or a professional fills in is ordinary Dutch: "Meldingsformulier
// (in te vullen door de inwoner)", "In te vullen formulieren bewaren wij een jaar", "Het formulier is eenvoudig in
// te vullen".
func fillMark(s string) (at, n int) {
	for i := 0; i+len("vullen") <= len(s); i++ {
		if s[i]|0x20 != 'v' || !strings.EqualFold(s[i:i+len("vullen")], "vullen") {
			continue
		}
		end := i + len("vullen")
		if end < len(s) && unicode.IsLetter(firstRune(s[end:])) {
			continue // "vullende"
		}
		te, ok := wordBefore(s, skipSpaceBack(s, i), "te")
		if !ok || skipSpaceBack(s, i) == i {
			continue
		}
		in, ok := wordBefore(s, skipSpaceBack(s, te), "in")
		if !ok || skipSpaceBack(s, te) == te {
			continue
		}
		start := in
		byOrg := false
		if d, ok := byOrganisation(s, skipSpaceBack(s, in)); ok { // "door de gemeente in te vullen"
			start, byOrg = d, true
		} else {
			for _, w := range []string{"nog", "nader", "lokaal"} {
				if b, ok := wordBefore(s, skipSpaceBack(s, in), w); ok && clauseStart(s, b) {
					start = b
					break
				}
			}
		}
		if !clauseStart(s, start) {
			continue
		}
		if byOrg || fillEnds(s[end:]) {
			return start, end - start
		}
		if rest, ok := cutWord(s[end:], "door"); ok {
			if formFiller(rest) {
				continue // a form the citizen or a professional fills in
			}
			return start, end - start
		}
		for _, w := range fillFollowers {
			if _, ok := cutWord(s[end:], w); ok {
				return start, end - start
			}
		}
	}
	return -1, 0
}

// fillFollowers are the words after "in te vullen" that say who or when, as a mark goes on: "per gemeente", "na de
// aanbesteding". A noun makes it ordinary Dutch: "in te vullen formulieren".
var fillFollowers = []string{"per", "na", "bij", "zodra", "als", "wanneer", "voor", "uiterlijk", "in", "op", "met"}

// organisations are the words by which a pack names who fills its blanks in.
var organisations = []string{"gemeente", "organisatie", "verantwoordelijke", "college"}

// formFillers fill in forms: "(in te vullen door de inwoner)" describes a form, not a blank of the pack.
var formFillers = []string{"inwoner", "inwoners", "aanvrager", "aanvragers", "cliënt", "client", "ouder", "ouders",
	"jongere", "kind", "vertegenwoordiger", "melder", "werkgever", "huisarts", "school", "consulent", "consulenten",
	"medewerker", "medewerkers", "hulpverlener", "professional", "zorgaanbieder", "aanbieder", "partner", "u"}

// formFiller reports whether s (after "door") names one who fills in forms: "de inwoner of zijn vertegenwoordiger".
func formFiller(s string) bool {
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, article := range []string{"de", "het", "een", "uw", "zijn", "haar", "hun"} {
		if r, ok := cutWord(rest, article); ok {
			rest = r
			break
		}
	}
	for _, f := range formFillers {
		if _, ok := cutWord(rest, f); ok {
			return true
		}
	}
	return false
}

// byOrganisation reports whether s[:i] ends with "door de gemeente" (or "door uw organisatie" and the like), and
// where "door" starts.
func byOrganisation(s string, i int) (int, bool) {
	for _, o := range organisations {
		oStart, ok := wordBefore(s, i, o)
		if !ok {
			continue
		}
		j := skipSpaceBack(s, oStart)
		for _, article := range []string{"de", "uw", "onze", "het"} {
			if a, ok := wordBefore(s, j, article); ok {
				j = skipSpaceBack(s, a)
				break
			}
		}
		if d, ok := wordBefore(s, j, "door"); ok {
			return d, true
		}
	}
	return 0, false
}

// cutWord returns s after the whole word w (ignoring case) that starts s after white space.
func cutWord(s, w string) (string, bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if !hasPrefixFold(s, w) {
		return "", false
	}
	rest := s[len(w):]
	if rest != "" && unicode.IsLetter(firstRune(rest)) {
		return "", false
	}
	return rest, true
}

// fillEnds reports whether what follows "in te vullen" ends the mark: nothing, or punctuation that closes a part
// of a sentence or emphasis.
func fillEnds(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	return rest == "" || strings.ContainsRune(").;:,]!?”\"’*_>…—–-", firstRune(rest))
}

// mayHoldFill is a quick test before fillMark: every mark contains "vullen" in some case. Every text of every
// verwerking passes here, so it jumps from v to v (a fast byte search) and compares only there.
func mayHoldFill(s string) bool {
	for _, v := range []byte{'v', 'V'} {
		for i := 0; ; {
			k := strings.IndexByte(s[i:], v)
			if k < 0 || i+k+len("vullen") > len(s) {
				break
			}
			i += k
			if strings.EqualFold(s[i:i+len("vullen")], "vullen") {
				return true
			}
			i++
		}
	}
	return false
}

func (c *checker) noot(n string) string {
	if blank(n) {
		return ""
	}
	return c.t("rules.noot", strings.TrimRight(strings.TrimSpace(n), "."))
}

// unverifiedMark gives the byte offset and length of the first mark in s by which a pack or an author says a
// statement still has to be checked by a jurist, or -1. A mark is "te verifiëren" or "niet geverifieerd" (in any
// case, with any white space between the words, also a line break, and "verifieren" without the diaeresis) that
// starts the text, a sentence or a part of one (after "(", ";", ":", "," or a dash) or follows "nog": "(leden nog
// te verifiëren)", "Te verifiëren: welk artikel", "(niet geverifieerd)". Ordinary Dutch such as "om de identiteit
// te verifiëren" or "gegevens die niet geverifieerd kunnen worden" is not a mark. Only the places where s contains
// "verifi" are looked at, so a long text is read once.
func unverifiedMark(s string) (at, n int) {
	for i := 0; i+len("verifi") <= len(s); i++ {
		if s[i]|0x20 != 'v' || !strings.EqualFold(s[i:i+len("verifi")], "verifi") {
			continue
		}
		rest := i + len("verifi")
		var lead string // the word before "verifi…": "te", or "niet" before "ge"
		var before int  // where the text before the mark ends
		switch {
		case hasPrefixFold(s[rest:], "ëren") || hasPrefixFold(s[rest:], "eren"):
			lead = "te"
			before = skipSpaceBack(s, i)
			if before == i {
				continue // "teverifiëren" is no mark
			}
		case hasPrefixFold(s[rest:], "eerd") && i >= 2 && strings.EqualFold(s[i-2:i], "ge"):
			lead = "niet"
			before = skipSpaceBack(s, i-2)
			if before == i-2 {
				continue
			}
		default:
			continue
		}
		start, ok := wordBefore(s, before, lead)
		if !ok {
			continue
		}
		end := rest + len("eren")
		if hasPrefixFold(s[rest:], "ëren") {
			end = rest + len("ëren")
		}
		if clauseStart(s, start) {
			return start, end - start
		}
		// After "nog" ("leden nog te verifiëren)") the words are a mark when they end the clause or name what to
		// check against ("nog te verifiëren tegen de wet"); "de nog te verifiëren gegevens" is ordinary Dutch.
		if nog, ok := wordBefore(s, skipSpaceBack(s, start), "nog"); ok && (clauseStart(s, nog) || clauseEnd(s, end)) {
			return nog, end - nog
		}
	}
	return -1, 0
}

// clauseStart reports whether offset i in s starts the text, a line, a sentence or a part of one: what comes
// before it, past white space, is nothing, a line break, or punctuation that opens a clause.
func clauseStart(s string, i int) bool {
	prev := skipSpaceBack(s, i)
	return prev == 0 || strings.Contains(s[prev:i], "\n") || strings.ContainsRune(".!?(;:,—–-[\"„“‘'*_<…", lastRune(s[:prev]))
}

// clauseEnd reports whether the text after offset i ends a clause: nothing, punctuation that closes one, or the
// word "tegen" that names what to check against.
func clauseEnd(s string, i int) bool {
	rest := strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	if rest == "" {
		return true
	}
	if strings.ContainsRune(").;:,]!?”\"’", firstRune(rest)) {
		return true
	}
	after, ok := strings.CutPrefix(rest, "tegen")
	return ok && (after == "" || !unicode.IsLetter(firstRune(after)))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// countMarks counts the marks in s.
func countMarks(s string) int {
	k := 0
	for {
		at, n := unverifiedMark(s)
		if at < 0 {
			return k
		}
		k++
		s = s[at+n:]
	}
}

// mayHoldMark is a quick test before unverifiedMark: every mark contains "erifi", in capitals or not (also mixed,
// as unverifiedMark ignores case). Every text of every verwerking passes here; a search for "e", the commonest
// letter in Dutch, would stop all the time, so the search goes by the rarer "f" and looks around it.
func mayHoldMark(s string) bool { return hasErifi(s, 'f') || hasErifi(s, 'F') }

// hasErifi reports whether s holds "erifi" in any case with f as its fourth letter.
func hasErifi(s string, f byte) bool {
	for i := 3; i < len(s)-1; i++ {
		j := strings.IndexByte(s[i:len(s)-1], f)
		if j < 0 {
			return false
		}
		i += j
		if s[i-3]|0x20 == 'e' && s[i-2]|0x20 == 'r' && s[i-1]|0x20 == 'i' && s[i+1]|0x20 == 'i' {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// skipSpaceBack gives the offset in s before the white space that ends s[:i].
func skipSpaceBack(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// wordBefore reports whether s[:i] ends with the whole word w, ignoring case, and gives where it starts.
func wordBefore(s string, i int, w string) (int, bool) {
	start := i - len(w)
	if start < 0 || !strings.EqualFold(s[start:i], w) {
		return 0, false
	}
	if start > 0 && unicode.IsLetter(lastRune(s[:start])) {
		return 0, false
	}
	return start, true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// excerpt quotes the words of s around the n bytes at byte offset at, on one line, with an ellipsis where it cuts.
func excerpt(s string, at, n int) string {
	const before, after = 60, 30
	start, end := max(0, at-before), min(len(s), at+n+after)
	if start > 0 && !strings.ContainsAny(s[start-1:start], " \n\t") { // start is inside a word: skip the rest of it
		if i := strings.IndexAny(s[start:at], " \n"); i >= 0 {
			start += i + 1
		} else {
			start = at
		}
	}
	if end < len(s) && !strings.ContainsAny(s[end:end+1], " \n\t") { // end is inside a word: leave all of it out
		if i := strings.LastIndexAny(s[at+n:end], " \n"); i >= 0 {
			end = at + n + i
		} else {
			end = at + n
		}
	}
	out := strings.Join(strings.Fields(s[start:end]), " ")
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}
