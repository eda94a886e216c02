package rules

import (
	"fmt"
	"strconv"
	"strings"

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
		c.addE(codeFGAdviesOntbreekt, fgErnst, "advies_fg", "geen", quote(v.ID))
	case v.AdviesFG.Oordeel == "":
		c.addE(codeFGAdviesOntbreekt, fgErnst, "advies_fg.oordeel", "oordeel")
	}

	if c.dpia.Verplicht {
		r := v.RaadplegingBetrokkenen
		switch {
		case r == nil:
			c.add(codeRaadplegingOntbreekt, "raadpleging_betrokkenen", "geen", quote(v.ID))
		case !r.Gedaan && blank(r.Reden):
			c.add(codeRaadplegingOntbreekt, "raadpleging_betrokkenen.reden", "reden")
		case r.Gedaan && blank(r.Wie):
			c.add(codeRaadplegingOntbreekt, "raadpleging_betrokkenen.wie", "wie")
		}
	}

	b := v.Besluit
	if v.Status == model.StatusVastgesteld {
		if b == nil {
			c.add(codeBesluitOntbreekt, "besluit", "geen", quote(v.ID))
		} else {
			missing := func(veld string, empty bool) {
				if empty {
					c.add(codeBesluitOntbreekt, "besluit."+veld, "veld", quote(v.ID), veld)
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
	uiterlijk := model.DatumOf(b.Datum.Time().AddDate(herbeoordelingJaren, 0, 0))
	switch {
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
	if c.v.Status.IsFinal() {
		ernst = Waarschuwing
	}
	for i, g := range c.v.Grondslagen {
		if cg := c.cat.Grondslag(g.Artikel); cg != nil && cg.Onzeker {
			c.addE(codeOnzekereBron, ernst, fmt.Sprintf("grondslagen[%d].artikel", i), "grondslag",
				quote(cg.ID), orID(cg.Titel, cg.Artikel), c.noot(cg.Noot))
		}
	}
	reported := map[int]bool{} // retention periods already reported for their standard
	for i, bt := range c.v.Bewaartermijnen {
		std := c.standaard(bt)
		if std == nil || !std.Onzeker {
			continue
		}
		if !blank(bt.Bron) && std.Termijn.InDagen() != bt.Termijn.InDagen() {
			continue // it rests on its own source, not on the standard
		}
		reported[i] = true
		c.addE(codeOnzekereBron, ernst, fmt.Sprintf("bewaartermijnen[%d].standaard", i), "bewaartermijn",
			quote(std.ID), orID(std.Titel, std.ID), c.btGegevens(bt), c.noot(std.Noot))
	}
	eachText(c.v, "verifi", func(path, s string) { // every mark contains "verifi"
		at, n := unverifiedMark(s)
		if at < 0 {
			return
		}
		if rest, ok := strings.CutPrefix(path, "bewaartermijnen["); ok {
			if i, err := strconv.Atoi(rest[:strings.IndexByte(rest, ']')]); err == nil && reported[i] {
				return // the finding about its standard already asks to check this period
			}
		}
		c.addE(codeOnzekereBron, ernst, path, "tekst", excerpt(s, at, n))
		c.out[len(c.out)-1].Bron = c.t("rules.onzekere-bron.bron-tekst")
	})
}

// unverifiedMarks are what a pack or an author writes in a text to mark a statement a jurist still has to check:
// the part before "verifi" and the part after it, in lower case; the first letter may be a capital.
var unverifiedMarks = [][2]string{{"te ", "ëren"}, {"niet ge", "eerd"}}

// unverifiedMark gives the byte offset and length of the first mark in s ("nog te verifiëren", "Niet
// geverifieerd"), or -1. It looks only where s contains "verifi", so a long text is read once.
func unverifiedMark(s string) (at, n int) {
	for from := 0; ; {
		i := strings.Index(s[from:], "verifi")
		if i < 0 {
			return -1, 0
		}
		i += from
		for _, m := range unverifiedMarks {
			start, end := i-len(m[0]), i+len("verifi")+len(m[1])
			if start < 0 || end > len(s) || s[i+len("verifi"):end] != m[1] {
				continue
			}
			if before := s[start:i]; before == m[0] || before[0] == m[0][0]-('a'-'A') && before[1:] == m[0][1:] {
				return start, end - start
			}
		}
		from = i + len("verifi")
	}
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

func (c *checker) noot(n string) string {
	if blank(n) {
		return ""
	}
	return c.t("rules.noot", strings.TrimRight(strings.TrimSpace(n), "."))
}
