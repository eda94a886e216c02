package rules

import (
	"fmt"
	"slices"
	"sort"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/suggest"
)

// checkVerwijzingen reports every id that refers to nothing (SPEC: not a load error, so all other checks still
// run). Each finding points at the exact element, e.g. gegevens[3].doelen[1].
func checkVerwijzingen(c *checker) {
	v := c.v
	doelen := ids(v.Doelen, func(d model.Doel) string { return d.ID })
	betrokkenen := ids(v.Betrokkenen, func(b model.Betrokkene) string { return b.ID })
	gegevens := ids(v.Gegevens, func(g model.Gegeven) string { return g.ID })
	maatregelen := ids(v.Maatregelen, func(m model.Maatregel) string { return m.ID })
	catIDs := ids(c.cat.Categorieen, func(x model.CatCategorie) string { return x.ID })
	grondslagIDs := ids(c.cat.Grondslagen, func(x model.CatGrondslag) string { return x.ID })
	critIDs := ids(c.cat.Criteria, func(x model.CatCriterium) string { return x.ID })
	apIDs := ids(c.cat.APLijst, func(x model.CatAPCategorie) string { return x.ID })
	btIDs := ids(c.cat.Bewaartermijnen, func(x model.CatBewaartermijn) string { return x.ID })

	for i, g := range v.Gegevens {
		for j, d := range g.Doelen {
			if !slices.Contains(doelen, d) {
				c.add(codeOnbekendeVerwijzing, fmt.Sprintf("gegevens[%d].doelen[%d]", i, j), "doel",
					c.gegeven(g), quote(d), c.suggestion(d, doelen), keuze(c, doelen))
			}
		}
		for j, b := range g.Betrokkenen {
			if !slices.Contains(betrokkenen, b) {
				c.add(codeOnbekendeVerwijzing, fmt.Sprintf("gegevens[%d].betrokkenen[%d]", i, j), "betrokkene",
					c.gegeven(g), quote(b), c.suggestion(b, betrokkenen), keuze(c, betrokkenen))
			}
		}
		if !blank(g.Categorie) && c.cat.Categorie(g.Categorie) == nil {
			c.add(codeOnbekendeVerwijzing, fmt.Sprintf("gegevens[%d].categorie", i), "categorie",
				c.gegeven(g), quote(g.Categorie), c.suggestion(g.Categorie, catIDs), keuze(c, catIDs))
		}
	}
	gegevenRefs := func(wie string, veld string, list []string) {
		for j, id := range list {
			if id != "*" && !slices.Contains(gegevens, id) {
				c.add(codeOnbekendeVerwijzing, fmt.Sprintf("%s[%d]", veld, j), "gegeven", wie, quote(id),
					c.suggestion(id, gegevens), keuze(c, gegevens))
			}
		}
	}
	for i, o := range v.Ontvangers {
		gegevenRefs(c.t("rules.wie.ontvanger", item(o.ID, o.Naam)), fmt.Sprintf("ontvangers[%d].gegevens", i),
			o.Gegevens)
	}
	for i, bt := range v.Bewaartermijnen {
		gegevenRefs(c.t("rules.wie.bewaartermijn", i+1), fmt.Sprintf("bewaartermijnen[%d].gegevens", i), bt.Gegevens)
		if bt.Standaard != "" && c.cat.Bewaartermijn(bt.Standaard) == nil {
			c.add(codeOnbekendeVerwijzing, fmt.Sprintf("bewaartermijnen[%d].standaard", i), "standaard",
				c.btGegevens(bt), quote(bt.Standaard), c.suggestion(bt.Standaard, btIDs), keuze(c, btIDs))
		}
	}
	for i, t := range v.Toegang {
		gegevenRefs(c.t("rules.wie.toegang", quote(t.Rol)), fmt.Sprintf("toegang[%d].gegevens", i), t.Gegevens)
	}
	for i, r := range v.Risicos {
		for j, m := range r.Maatregelen {
			if !slices.Contains(maatregelen, m) {
				c.add(codeOnbekendeVerwijzing, fmt.Sprintf("risicos[%d].maatregelen[%d]", i, j), "maatregel",
					item(r.ID, r.Omschrijving), quote(m), c.suggestion(m, maatregelen), keuze(c, maatregelen))
			}
		}
	}
	for i, g := range v.Grondslagen {
		if c.cat.Grondslag(g.Artikel) == nil {
			c.add(codeOnbekendeVerwijzing, fmt.Sprintf("grondslagen[%d].artikel", i), "grondslag",
				quote(g.Artikel), c.suggestion(g.Artikel, grondslagIDs))
		}
		for j, cat := range g.Categorieen {
			if c.cat.Categorie(cat) == nil {
				c.add(codeOnbekendeVerwijzing, fmt.Sprintf("grondslagen[%d].categorieen[%d]", i, j),
					"grondslag-categorie", quote(g.Artikel), quote(cat), c.suggestion(cat, catIDs), keuze(c, catIDs))
			}
		}
		for j, d := range g.Doelen {
			if !slices.Contains(doelen, d) {
				c.add(codeOnbekendeVerwijzing, fmt.Sprintf("grondslagen[%d].doelen[%d]", i, j), "grondslag-doel",
					quote(g.Artikel), quote(d), c.suggestion(d, doelen), keuze(c, doelen))
			}
		}
	}
	for j, id := range v.DPIA.Criteria {
		if c.cat.Criterium(id) == nil {
			c.add(codeOnbekendeVerwijzing, fmt.Sprintf("dpia.criteria[%d]", j), "criterium", quote(id),
				c.suggestion(id, critIDs), keuze(c, critIDs))
		}
	}
	for j, id := range v.DPIA.APLijst {
		if c.cat.APCategorie(id) == nil {
			c.add(codeOnbekendeVerwijzing, fmt.Sprintf("dpia.ap_lijst[%d]", j), "ap", quote(id),
				c.suggestion(id, apIDs), keuze(c, apIDs))
		}
	}
	c.checkAntwoordKeys()
}

// checkAntwoordKeys: every key of [antwoorden] must be an open question of a pack that applies.
func (c *checker) checkAntwoordKeys() {
	keys := make([]string, 0, len(c.v.Antwoorden))
	for k := range c.v.Antwoorden {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vragen := c.vragen()
	var open []string
	for _, q := range vragen {
		if q.Veld == "" {
			open = append(open, q.ID)
		}
	}
	for _, k := range keys {
		veld := "antwoorden." + k
		q := findVraag(vragen, k)
		switch {
		case q == nil:
			c.add(codeOnbekendeVerwijzing, veld, "antwoord", quote(k), c.suggestion(k, open))
		case q.Veld != "":
			c.add(codeOnbekendeVerwijzing, veld, "antwoord-veld", quote(k), q.Veld)
		}
	}
}

func findVraag(vs []model.Vraag, id string) *model.Vraag {
	for i := range vs {
		if vs[i].ID == id {
			return &vs[i]
		}
	}
	return nil
}

func ids[T any](xs []T, id func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, id(x))
	}
	return out
}

// keuze lists the valid ids for a message, or says there are none.
func keuze(c *checker, valid []string) string {
	if len(valid) == 0 {
		return c.t("rules.geen-keuze")
	}
	return quoteList(valid)
}

// suggestion gives " Bedoelde u "x"?" for the valid id that id is likely a typo of, or "".
func (c *checker) suggestion(id string, valid []string) string {
	if s := suggest.Closest(id, valid); s != "" {
		return c.t("rules.bedoelde-u", quote(s))
	}
	return ""
}
