package rules

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

// WP248 criterion ids that pia derives from the verwerking (SPEC.md; REFERENCE 1.4).
const (
	critEvaluatie       = "evaluatie-of-scoren"
	critGeautomatiseerd = "geautomatiseerde-besluitvorming"
	critGevoelig        = "gevoelige-gegevens"
	critGrootschalig    = "grootschalig"
	critKoppelen        = "koppelen-van-datasets"
	critKwetsbaar       = "kwetsbare-betrokkenen"
	grootschaligDrempel = 10000 // a project convention: WP248 gives no number
	dpiaCriteriaDrempel = 2     // WP248: two or more criteria → a DPIA in most cases
	herbeoordelingJaren = 3     // WP248 suggests reassessing about every three years (unverified)
	koppelenBronDrempel = 2
)

// wp248Order is the order of the nine criteria in WP248, used to list criteria when the catalogue does not give one.
var wp248Order = []string{critEvaluatie, critGeautomatiseerd, "stelselmatige-monitoring", critGevoelig,
	critGrootschalig, critKoppelen, critKwetsbaar, "innovatieve-technologie", "blokkeert-recht-of-dienst"}

// eigenBronnen are gegeven sources that are not an outside dataset for the koppelen-van-datasets criterion.
var eigenBronnen = map[string]bool{"": true, "inwoner": true, "eigen-administratie": true}

// DetermineDPIA decides whether a DPIA is required for v: two or more WP248 criteria (declared or derived), or any
// AP-list category (AVG 35(1), 35(4); WP248 rev.01).
func DetermineDPIA(site *model.Site, v *model.Verwerking) DPIAUitkomst {
	return newChecker(site, v).determineDPIA()
}

func (c *checker) determineDPIA() DPIAUitkomst {
	v := c.v
	found := map[string]*CriteriumUitkomst{}
	var order []string
	set := func(id string, afgeleid bool, reden string) {
		if cu, ok := found[id]; ok {
			if afgeleid && !cu.Afgeleid {
				cu.Afgeleid, cu.Reden = true, reden
			}
			return
		}
		found[id] = &CriteriumUitkomst{ID: id, Afgeleid: afgeleid, Reden: reden}
		order = append(order, id)
	}
	// A declared id that the catalogue does not know refers to nothing: it is onbekende-verwijzing and counts
	// neither toward the conclusion nor among the criteria a report lists. The same holds for the AP list below.
	for _, id := range v.DPIA.Criteria {
		if !blank(id) && c.cat.Criterium(id) != nil {
			set(id, false, c.t("rules.dpia.reden.opgegeven"))
		}
	}
	var gevoelig []string
	for _, g := range v.Gegevens {
		cat := c.cat.Categorie(g.Categorie)
		if cat == nil {
			continue
		}
		switch {
		case cat.Bijzonder == model.BijzonderArt9 || cat.Bijzonder == model.BijzonderArt10:
			gevoelig = append(gevoelig, c.t("rules.dpia.item-categorie", c.gegeven(g), orID(cat.Titel, cat.ID),
				c.t("rules.soort."+string(cat.Bijzonder))))
		case cat.Gevoelig:
			gevoelig = append(gevoelig, c.t("rules.dpia.item-categorie", c.gegeven(g), orID(cat.Titel, cat.ID),
				c.t("rules.soort.gevoelig")))
		}
	}
	if len(gevoelig) > 0 {
		set(critGevoelig, true, c.t("rules.dpia.reden.gevoelig", strings.Join(gevoelig, "; ")))
	}
	var kwetsbaar []string
	for _, b := range v.Betrokkenen {
		switch {
		case b.Kwetsbaar && b.Minderjarig:
			kwetsbaar = append(kwetsbaar, c.t("rules.dpia.item-kwetsbaar-minderjarig", item(b.ID, b.Omschrijving)))
		case b.Kwetsbaar:
			kwetsbaar = append(kwetsbaar, c.t("rules.dpia.item-kwetsbaar", item(b.ID, b.Omschrijving)))
		case b.Minderjarig:
			kwetsbaar = append(kwetsbaar, c.t("rules.dpia.item-minderjarig", item(b.ID, b.Omschrijving)))
		}
	}
	if len(kwetsbaar) > 0 {
		set(critKwetsbaar, true, c.t("rules.dpia.reden.kwetsbaar", strings.Join(kwetsbaar, "; ")))
	}
	if v.Besluitvorming.Profilering {
		set(critEvaluatie, true, c.t("rules.dpia.reden.profilering"))
	}
	if v.Besluitvorming.Geautomatiseerd {
		set(critGeautomatiseerd, true, c.t("rules.dpia.reden.geautomatiseerd"))
	}
	if v.AantalBetrokkenen >= grootschaligDrempel {
		set(critGrootschalig, true, c.t("rules.dpia.reden.grootschalig", getal(v.AantalBetrokkenen),
			getal(grootschaligDrempel)))
	}
	if bronnen := outsideBronnen(v); len(bronnen) >= koppelenBronDrempel {
		set(critKoppelen, true, c.t("rules.dpia.reden.koppelen", len(bronnen), c.bronNamen(bronnen)))
	}

	out := DPIAUitkomst{}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(c.critRank(a), c.critRank(b)) })
	for _, id := range order {
		out.Criteria = append(out.Criteria, *found[id])
	}
	seen := map[string]bool{}
	for _, id := range v.DPIA.APLijst {
		if !blank(id) && !seen[id] && c.cat.APCategorie(id) != nil {
			seen[id] = true
			out.APLijst = append(out.APLijst, id)
		}
	}
	titles := make([]string, len(out.Criteria))
	for i, cu := range out.Criteria {
		titles[i] = c.critTitel(cu.ID)
	}
	n := len(out.Criteria)
	if n >= dpiaCriteriaDrempel {
		out.Verplicht = true
		out.Redenen = append(out.Redenen, c.t("rules.dpia.verplicht.criteria", n, strings.Join(titles, ", ")))
	}
	if len(out.APLijst) > 0 {
		out.Verplicht = true
		out.Redenen = append(out.Redenen, c.t("rules.dpia.verplicht.ap", c.apTitels(out.APLijst)))
	}
	if !out.Verplicht {
		if n == 1 {
			out.Redenen = append(out.Redenen, c.t("rules.dpia.niet.een", titles[0]))
		} else {
			out.Redenen = append(out.Redenen, c.t("rules.dpia.niet.geen"))
		}
	}
	return out
}

// outsideBronnen lists the distinct sources of gegevens that are neither the citizen nor the own administration.
// bronNamen names sources in words ("de Basisregistratie Personen (BRP)"), separated by semicolons as some names
// hold commas themselves; a source the catalogue of words does not know is quoted as written.
func (c *checker) bronNamen(codes []string) string {
	names := make([]string, len(codes))
	for i, code := range codes {
		if key := "bron." + code; i18n.Has(c.lang, key) || i18n.Has(i18n.Default, key) {
			names[i] = c.t(key)
		} else {
			names[i] = quote(code)
		}
	}
	return strings.Join(names, "; ")
}

func outsideBronnen(v *model.Verwerking) []string {
	var out []string
	for _, g := range v.Gegevens {
		b := strings.ToLower(strings.TrimSpace(g.Bron))
		if !eigenBronnen[b] && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// critRank orders criteria as the catalogue lists them, then in WP248 order, then the rest by id.
func (c *checker) critRank(id string) string {
	for i, cc := range c.cat.Criteria {
		if cc.ID == id {
			return fmt.Sprintf("0%04d", i)
		}
	}
	if i := slices.Index(wp248Order, id); i >= 0 {
		return fmt.Sprintf("1%04d", i)
	}
	return "2" + id
}

func (c *checker) critTitel(id string) string {
	if cc := c.cat.Criterium(id); cc != nil && !blank(cc.Titel) {
		return lowerFirst(cc.Titel)
	}
	return strings.ReplaceAll(id, "-", " ")
}

func (c *checker) apTitels(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if ap := c.cat.APCategorie(id); ap != nil && !blank(ap.Titel) {
			out[i] = ap.Titel
		}
	}
	return strings.Join(out, ", ")
}

// ScoreRisicos gives each risk's level before and after measures (RiskLevel on the 4×4 matrix) and the highest of
// each. An unscored residual risk counts as the inherent risk: nothing shows the measures lower it.
func ScoreRisicos(rs []model.Risico) (scores []RisicoScore, hoogste, hoogsteRest model.Niveau) {
	for _, r := range rs {
		s := RisicoScore{ID: r.ID, Niveau: model.RiskLevel(r.Kans, r.Impact), RestNiveau: restNiveau(r)}
		scores = append(scores, s)
		if s.Niveau.Rank() > hoogste.Rank() {
			hoogste = s.Niveau
		}
		if s.RestNiveau.Rank() > hoogsteRest.Rank() {
			hoogsteRest = s.RestNiveau
		}
	}
	return scores, hoogste, hoogsteRest
}

func restScored(r model.Risico) bool { return r.RestKans >= 1 && r.RestImpact >= 1 }

func restNiveau(r model.Risico) model.Niveau {
	if restScored(r) {
		return model.RiskLevel(r.RestKans, r.RestImpact)
	}
	return model.RiskLevel(r.Kans, r.Impact)
}

// checkRisicos: a required DPIA assesses risks (35(7)(c)); risks above laag have measures (35(7)(d)); a high
// residual risk requires prior consultation of the AP (36(1)).
func checkRisicos(c *checker) {
	v := c.v
	if c.dpia.Verplicht && len(v.Risicos) == 0 {
		c.add(codeDPIAZonderRisicoanalyse, "risicos", "bericht", c.dpiaKort())
	}
	for i, r := range v.Risicos {
		at := func(f string) string { return fmt.Sprintf("risicos[%d].%s", i, f) }
		naam := item(r.ID, r.Omschrijving)
		if r.Kans < 1 || r.Impact < 1 {
			veld := at("kans")
			if r.Kans >= 1 {
				veld = at("impact")
			}
			c.add(codeRisicoNietGescoord, veld, "inherent", naam)
		}
		if (r.RestKans >= 1) != (r.RestImpact >= 1) {
			veld := at("rest_kans")
			if r.RestKans >= 1 {
				veld = at("rest_impact")
			}
			c.add(codeRisicoNietGescoord, veld, "rest", naam)
		}
		niveau := model.RiskLevel(r.Kans, r.Impact)
		if niveau.Rank() > model.NiveauLaag.Rank() && len(r.Maatregelen) == 0 {
			c.add(codeRisicoZonderMaatregel, at("maatregelen"), "bericht", naam, string(niveau), int(r.Kans),
				int(r.Impact))
		}
		if restNiveau(r) != model.NiveauHoog {
			continue
		}
		if restScored(r) {
			c.add(codeHoogRestrisico, at("rest_kans"), "gescoord", naam, int(r.RestKans), int(r.RestImpact))
		} else {
			c.add(codeHoogRestrisico, at("rest_kans"), "ongescoord", naam, int(r.Kans), int(r.Impact))
		}
	}
}

// checkBeveiliging: every verwerking needs security appropriate to its risk (art. 32(1)); the register describes
// those measures (30(1)(g)) and a DPIA names them among the measures against the risks (35(7)(d)). Measures that
// secure the data are marked beveiliging = true; a verwerking with none gets a warning where a DPIA is required and
// advice otherwise.
func checkBeveiliging(c *checker) {
	v := c.v
	for _, m := range v.Maatregelen {
		if m.Beveiliging {
			return
		}
	}
	ernst := Advies
	if c.dpia.Verplicht {
		ernst = Waarschuwing
	}
	if len(v.Maatregelen) == 0 {
		c.addE(codeBeveiligingOntbreekt, ernst, "maatregelen", "geen-maatregelen")
		return
	}
	c.addE(codeBeveiligingOntbreekt, ernst, "maatregelen", "niet-aangemerkt")
}

// dpiaKort says in a few words why a DPIA is required.
func (c *checker) dpiaKort() string {
	var parts []string
	if len(c.dpia.Criteria) >= dpiaCriteriaDrempel {
		titles := make([]string, len(c.dpia.Criteria))
		for i, cu := range c.dpia.Criteria {
			titles[i] = c.critTitel(cu.ID)
		}
		parts = append(parts, c.t("rules.dpia.kort.criteria", strings.Join(titles, ", ")))
	}
	if len(c.dpia.APLijst) > 0 {
		parts = append(parts, c.t("rules.dpia.kort.ap", c.apTitels(c.dpia.APLijst)))
	}
	return strings.Join(parts, "; ")
}

// getal writes a whole number with a dot per thousand, as Dutch does: 10.000.
func getal(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
