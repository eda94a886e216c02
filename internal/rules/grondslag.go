package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/suggest"
)

// Soort ids of the catalogue that rules need by name. Whether a basis is consent or counts under art. 6 is read
// from the soort's flags; these two kinds have obligations of their own in the GDPR text.
const (
	soortWettelijkeVerplichting = "wettelijke-verplichting" // art. 6(1)(c)
	soortPubliekeTaak           = "publieke-taak"           // art. 6(1)(e)
	soortGerechtvaardigdBelang  = "gerechtvaardigd-belang"  // art. 6(1)(f)
)

// checkGrondslagen: an art. 6 basis must exist (AVG 6(1)); consent and legitimate interest do not fit a public
// task (recital 43, AP 2016; 6(1) last sentence); a (c) or (e) basis names its statutory provision (6(3)).
func checkGrondslagen(c *checker) {
	v := c.v
	hasArt6, unknown := false, false
	var known []string
	for i, g := range v.Grondslagen {
		cg := c.cat.Grondslag(g.Artikel)
		if cg == nil {
			unknown = true // onbekende-verwijzing; once fixed it may well be the art. 6 basis
			continue
		}
		known = append(known, g.Artikel)
		veld := fmt.Sprintf("grondslagen[%d].artikel", i)
		if c.cat.IsArt6(g.Artikel) {
			hasArt6 = true
		}
		if v.IsPubliekeTaak() && c.cat.IsToestemming(g.Artikel) {
			c.add(codeToestemmingPubliekeTaak, veld, "bericht", quote(g.Artikel))
		}
		if v.IsPubliekeTaak() && cg.Soort == soortGerechtvaardigdBelang {
			c.add(codeGerechtvaardigdBelang, veld, "bericht", quote(g.Artikel))
		}
		if (cg.Soort == soortPubliekeTaak || cg.Soort == soortWettelijkeVerplichting) && blank(g.Wet) {
			c.add(codeGrondslagZonderWet, fmt.Sprintf("grondslagen[%d].wet", i), "bericht",
				quote(g.Artikel), inParens(orID(cg.Titel, cg.ID)))
		}
	}
	if hasArt6 || unknown {
		return
	}
	if len(known) == 0 {
		c.add(codeGrondslagOntbreekt, "grondslagen", "geen")
	} else {
		c.add(codeGrondslagOntbreekt, "grondslagen", "geen-art6", quoteList(known))
	}
	c.replaced("grondslagen", c.baseGrondslagen(func(g model.Grondslag) bool { return c.cat.IsArt6(g.Artikel) }))
}

// checkGrondslagPerDoel: the municipality must say which basis holds for which purpose (AP 2016; AVG 13(1)(c)
// asks the purposes "as well as the legal basis"). A basis with `doelen` holds for those purposes only; one
// without holds for all. Once the art. 6 bases name purposes, a purpose none of them covers has no basis; when
// several art. 6 bases and several purposes stand side by side without any link, the documents cannot tell
// the citizen which basis is for what.
func checkGrondslagPerDoel(c *checker) {
	v := c.v
	catIDs := ids(c.cat.Grondslagen, func(x model.CatGrondslag) string { return x.ID })
	doelIDs := ids(v.Doelen, func(d model.Doel) string { return d.ID })
	var art6 []model.Grondslag
	scoped := false
	for _, g := range v.Grondslagen {
		if c.cat.Grondslag(g.Artikel) == nil {
			// onbekende-verwijzing. A typo of an art. 6 basis may, once fixed, cover the purposes; any other
			// unknown entry (an exception, the BSN) does not change what follows.
			if c.cat.IsArt6(suggest.Closest(g.Artikel, catIDs)) {
				return
			}
			continue
		}
		if !c.cat.IsArt6(g.Artikel) {
			continue
		}
		for _, d := range g.Doelen {
			if !slices.Contains(doelIDs, d) {
				return // onbekende-verwijzing: which purpose was meant is not known
			}
		}
		art6 = append(art6, g)
		scoped = scoped || len(g.Doelen) > 0
	}
	if len(art6) == 0 {
		return // grondslag-ontbreekt
	}
	art6IDs := ids(art6, func(g model.Grondslag) string { return g.Artikel })
	if scoped {
		for i, d := range v.Doelen {
			if !slices.ContainsFunc(art6, func(g model.Grondslag) bool { return g.Covers(d.ID) }) {
				variant := "bericht"
				if len(art6) == 1 {
					variant = "bericht-een"
				}
				c.add(codeDoelZonderGrondslag, fmt.Sprintf("doelen[%d]", i), variant, item(d.ID, d.Omschrijving),
					quoteList(art6IDs))
				c.replaced("grondslagen", c.baseGrondslagen(func(b model.Grondslag) bool {
					return c.cat.IsArt6(b.Artikel) && b.Covers(d.ID)
				}))
			}
		}
		return
	}
	if len(v.Doelen) < 2 || len(art6) < 2 {
		return
	}
	// Consent is given for specific purposes (AVG 6(1)(a)); beside another basis, the reader must know which.
	for i, g := range v.Grondslagen {
		if c.cat.IsArt6(g.Artikel) && c.cat.IsToestemming(g.Artikel) {
			c.addE(codeGrondslagNietPerDoel, Waarschuwing, fmt.Sprintf("grondslagen[%d].artikel", i), "toestemming",
				quote(g.Artikel), c.doelIDs())
			return
		}
	}
	// The same basis twice is still one basis.
	if slices.ContainsFunc(art6IDs, func(id string) bool { return id != art6IDs[0] }) {
		c.add(codeGrondslagNietPerDoel, "grondslagen", "bericht", quoteList(art6IDs), c.doelIDs())
	}
}

// checkBijzonder: art. 9 and art. 10 data need an exception covering their category (AVG 9(1), 10; UAVG §3), and
// the BSN a statutory basis for its use (UAVG 46, Wabb 10).
func checkBijzonder(c *checker) {
	for i, g := range c.v.Gegevens {
		cat := c.cat.Categorie(g.Categorie)
		if cat == nil {
			continue
		}
		kind := cat.Bijzonder
		if kind != model.BijzonderArt9 && kind != model.BijzonderArt10 && kind != model.BijzonderBSN {
			continue
		}
		if c.covered(kind, cat.ID) {
			continue
		}
		veld := fmt.Sprintf("gegevens[%d].categorie", i)
		suggest := c.candidates(kind, cat.ID)
		if kind == model.BijzonderBSN {
			c.add(codeBSNZonderGrondslag, veld, "bericht", c.gegeven(g), orID(cat.Titel, cat.ID), suggest)
		} else {
			c.add(codeBijzonderZonderUitzonder, veld, "bericht", c.gegeven(g), orID(cat.Titel, cat.ID),
				c.t("rules.soort."+string(kind)), suggest)
		}
		c.replaced("grondslagen", c.baseGrondslagen(func(b model.Grondslag) bool { return c.cat.Lifts(b, kind, cat.ID) }))
	}
}

// covered reports whether one of the verwerking's bases lifts the prohibition of this kind for this category: the
// catalogue entry must cover the kind (Dekt), its own restriction (Categorieen) must allow the category, and so
// must the verwerking's restriction (Grondslag.Categorieen); an empty restriction allows every category.
func (c *checker) covered(kind model.Bijzonder, categorie string) bool {
	return slices.ContainsFunc(c.v.Grondslagen, func(g model.Grondslag) bool { return c.cat.Lifts(g, kind, categorie) })
}

// candidates names the catalogue entries that would cover the category, as a suffix for a message.
func (c *checker) candidates(kind model.Bijzonder, categorie string) string {
	var ids []string
	for _, cg := range c.cat.Grondslagen {
		if cg.Lifts(kind, categorie) {
			ids = append(ids, cg.ID)
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return c.t("rules.kandidaten", strings.Join(ids, ", "))
}
