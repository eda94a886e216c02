package rules

import (
	"fmt"
	"strings"
)

// checkInformeren: the citizen is told when and how (AVG 12-14; AP 2016), and the privacy statement names the
// source of data that do not come from the citizen (14(2)(f)), so every gegeven states its source.
func checkInformeren(c *checker) {
	v := c.v
	switch {
	case v.Informeren == nil:
		c.add(codeInformerenOntbreekt, "informeren", "geen", quote(v.ID))
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
		c.add(codeVerplichtingOntbreekt, "informeren.verplichting", "bericht", quote(v.ID))
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
	c.add(codeGeautomatiseerd, "besluitvorming.waarborgen", "bericht", quote(c.v.ID), wat)
}

func anyNonBlank(xs []string) bool {
	for _, x := range xs {
		if !blank(x) {
			return true
		}
	}
	return false
}
