package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// checkInformeren: the citizen is told when and how (AVG 12-14; AP 2016), and the privacy statement names the
// source of data that do not come from the citizen (14(2)(f)), so every gegeven states its source.
func checkInformeren(c *checker) {
	v := c.v
	switch {
	case v.Informeren == nil:
		c.add(codeInformerenOntbreekt, "informeren", "geen")
	default:
		if blank(v.Informeren.Wanneer) {
			c.add(codeInformerenOntbreekt, "informeren.wanneer", "wanneer")
		}
		if !anyNonBlank(v.Informeren.Hoe) {
			c.add(codeInformerenOntbreekt, "informeren.hoe", "hoe")
		}
	}
	fromCitizen := false
	for i, g := range v.Gegevens {
		if blank(g.Bron) {
			c.add(codeInformerenOntbreekt, fmt.Sprintf("gegevens[%d].bron", i), "bron-gegeven", c.gegeven(g))
		}
		fromCitizen = fromCitizen || strings.TrimSpace(g.Bron) == "inwoner"
	}
	// Art. 13(2)(e) is owed for data collected from the citizen: whether they must give them, and what follows
	// when they do not. Without [informeren] the finding above already asks for the whole table.
	if fromCitizen && v.Informeren != nil && blank(v.Informeren.Verplichting) {
		c.add(codeVerplichtingOntbreekt, "informeren.verplichting", "bericht")
	}
}

// checkVoorInwoner: the privacy statement names the verwerking, its gegevens, doelen and recipients, and gives
// recipients' conditions, with the words for the citizen. When a site rewrites the professionals' text of an entry it takes from a
// template but keeps the template's words for the citizen, the citizen may read something else than the site
// now says (AVG 12(1), 13(1)(c) and (e)).
func checkVoorInwoner(c *checker) {
	if c.v.Base == nil {
		return // nothing comes from a template
	}
	// stale reports whether entry i of list has field from the site's own file and plain from a template; the
	// paths are only built for an entry with words for the citizen.
	stale := func(list string, i int, field, plain string) bool {
		at := list + "[" + strconv.Itoa(i) + "]."
		o, ok := c.v.Pos.Exact(at + field)
		if !ok || o.File != c.v.File {
			return false
		}
		w, ok := c.v.Pos.Exact(at + plain)
		return ok && w.File != c.v.File
	}
	report := func(list string, i int, field, variant, id, plain string) {
		c.add(codeVoorInwonerUitSjabloon, list+"["+strconv.Itoa(i)+"]."+field, variant, quote(id), plain, quoteStop(plain))
	}
	if !blank(c.v.NaamVoorInwoner) && c.v.RenamedOnly() {
		c.add(codeVoorInwonerUitSjabloon, "naam", "naam", c.v.NaamVoorInwoner, quoteStop(c.v.NaamVoorInwoner))
	}
	for i, g := range c.v.Gegevens {
		if !blank(g.VoorInwoner) && stale("gegevens", i, "omschrijving", "voor_inwoner") {
			report("gegevens", i, "omschrijving", "gegeven", g.ID, g.VoorInwoner)
		}
	}
	for i, d := range c.v.Doelen {
		if !blank(d.VoorInwoner) && stale("doelen", i, "omschrijving", "voor_inwoner") {
			report("doelen", i, "omschrijving", "doel", d.ID, d.VoorInwoner)
		}
	}
	for i, o := range c.v.Ontvangers {
		if !blank(o.NaamVoorInwoner) && stale("ontvangers", i, "naam", "naam_voor_inwoner") {
			report("ontvangers", i, "naam", "ontvanger-naam", o.ID, o.NaamVoorInwoner)
		}
		if !blank(o.VoorwaardeVoorInwoner) && stale("ontvangers", i, "voorwaarde", "voorwaarde_voor_inwoner") {
			report("ontvangers", i, "voorwaarde", "ontvanger-voorwaarde", o.ID, o.VoorwaardeVoorInwoner)
		}
	}
}

// checkBesluitvorming: automated decisions and profiling need safeguards (AVG 22(3), 13(2)(f)).
func checkBesluitvorming(c *checker) {
	b := c.v.Besluitvorming
	if !b.Geautomatiseerd && !b.Profilering {
		return
	}
	if !blank(b.Waarborgen) {
		return
	}
	var wat string
	switch {
	case b.Geautomatiseerd && b.Profilering:
		wat = c.t("rules.besluitvorming.beide")
	case b.Geautomatiseerd:
		wat = c.t("rules.besluitvorming.geautomatiseerd")
	default:
		wat = c.t("rules.besluitvorming.profilering")
	}
	c.add(codeGeautomatiseerd, "besluitvorming.waarborgen", "bericht", wat)
}

func anyNonBlank(xs []string) bool {
	for _, x := range xs {
		if !blank(x) {
			return true
		}
	}
	return false
}
