package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// checkDoelen: purposes must be specified, and every gegeven tied to one (purpose limitation, AVG 5(1)(b); AP
// 2016: which data for which purpose). A purpose no gegeven serves is an advice: either the list of purposes is
// boilerplate or data are used for it without saying so.
func checkDoelen(c *checker) {
	v := c.v
	// What every document shows at its top: a name, and whether the document is final.
	if blank(v.Naam) {
		c.add(codeVragenlijstOnvolledig, "naam", "naam")
	}
	if v.Status == "" {
		c.addE(codeVragenlijstOnvolledig, Waarschuwing, "status", "status")
	}
	if len(v.Gegevens) == 0 {
		c.add(codeVragenlijstOnvolledig, "gegevens", "gegevens")
	}
	if len(v.Doelen) == 0 {
		c.add(codeDoelOntbreekt, "doelen", "geen")
	}
	used := map[string]bool{}
	for i, g := range v.Gegevens {
		for _, d := range g.Doelen {
			used[d] = true
		}
		if len(g.Doelen) == 0 && len(v.Doelen) > 0 {
			c.add(codeDoelOntbreekt, fmt.Sprintf("gegevens[%d].doelen", i), "gegeven", c.gegeven(g), c.doelIDs())
		}
	}
	if len(v.Gegevens) == 0 {
		return // nothing to tie; other rules and the questionnaire ask for gegevens
	}
	for i, d := range v.Doelen {
		if !used[d.ID] {
			c.add(codeDoelZonderGegevens, fmt.Sprintf("doelen[%d]", i), "bericht", item(d.ID, d.Omschrijving))
		}
	}
}

// checkGegevens: what may be recorded is stated, necessary and no broader than needed (AVG 5(1)(c); AP 2018 on
// the zelfredzaamheidsmatrix: register only what is needed to grant and deliver help).
func checkGegevens(c *checker) {
	v := c.v
	for i, g := range v.Gegevens {
		at := func(f string) string { return fmt.Sprintf("gegevens[%d].%s", i, f) }
		if blank(g.Categorie) {
			c.add(codeCategorieOntbreekt, at("categorie"), "bericht", c.gegeven(g))
		}
		if g.Registreren == "" {
			c.add(codeRegistrerenOntbreekt, at("registreren"), "bericht", c.gegeven(g))
		}
		if g.IsRegistered() && blank(g.Noodzaak) {
			c.add(codeRegistratieZonderNoodzaak, at("noodzaak"), "bericht", c.gegeven(g), string(g.Registreren))
		}
		if base := baseGegeven(v, g.ID); len(g.Betrokkenen) == 0 && base != nil && len(base.Betrokkenen) > 0 {
			// The template says whom the item is about, and they were all removed (`verwijder = true`): it is
			// about no one any more.
			c.addE(codeVragenlijstOnvolledig, Waarschuwing, at("betrokkenen"), "betrokkenen", c.gegeven(g),
				strings.Join(quoted(base.Betrokkenen), ", "))
		}
		if g.Registreren != model.RegistreerAltijd {
			continue
		}
		special, article := "", ""
		if cat := c.cat.Categorie(g.Categorie); cat != nil &&
			(cat.Bijzonder == model.BijzonderArt9 || cat.Bijzonder == model.BijzonderArt10) {
			special, article = orID(cat.Titel, cat.ID), string(cat.Bijzonder)
		}
		if base := baseGegeven(v, g.ID); base != nil &&
			(base.Registreren == model.RegistreerBijHulpbehoefte || base.Registreren == model.RegistreerNooit) {
			// One finding for the field; a special category adds its own reason to it.
			also := ""
			if special != "" {
				also = c.t("rules.registratie-ruimer-dan-nodig.ook-"+article, special)
			}
			c.add(codeRegistratieRuimer, at("registreren"), "sjabloon", c.gegeven(g), c.sjabloon(),
				string(base.Registreren), also, c.t("rules.registratie-ruimer-dan-nodig.mag-"+string(base.Registreren)))
			c.ruim = append(c.ruim, Ruimer{ID: g.ID, Standaard: base.Registreren, Categorie: special})
			continue
		}
		if special != "" {
			c.add(codeRegistratieRuimer, at("registreren"), "bijzonder", c.gegeven(g), special)
			c.ruim = append(c.ruim, Ruimer{ID: g.ID, Categorie: special})
		}
	}
}

// baseGegeven returns the template's gegeven with the id, or nil.
func baseGegeven(v *model.Verwerking, id string) *model.Gegeven {
	if v.Base == nil {
		return nil
	}
	for i := range v.Base.Gegevens {
		if v.Base.Gegevens[i].ID == id {
			return &v.Base.Gegevens[i]
		}
	}
	return nil
}

// sjabloon names the template the verwerking extends, for messages.
func (c *checker) sjabloon() string {
	if c.v.Sjabloon != "" {
		return quote(c.v.Sjabloon)
	}
	if len(c.v.Chain) > 0 {
		return quote(c.v.Chain[0].Ref)
	}
	return c.t("rules.het-sjabloon")
}

// checkBewaartermijnen: every recorded gegeven has a retention period (AVG 5(1)(e), 30(1)(f)); a period that
// differs from the statutory or catalogue standard says on what it rests; every period has a source
// (REFERENCE 3.6: statutory periods prevail over the Selectielijst).
func checkBewaartermijnen(c *checker) {
	v := c.v
	var registered []string
	for _, g := range v.Gegevens {
		if g.IsRegistered() {
			registered = append(registered, g.ID)
		}
	}
	if len(v.Bewaartermijnen) == 0 {
		if len(registered) > 0 {
			c.add(codeBewaartermijnOntbreekt, "bewaartermijnen", "geen", quoteList(registered))
			c.replaced("bewaartermijnen", c.baseTermijnen)
		}
		return
	}
	for i, g := range v.Gegevens {
		if !g.IsRegistered() {
			continue
		}
		covered := false
		for _, bt := range v.Bewaartermijnen {
			if slices.Contains(bt.Gegevens, g.ID) || slices.Contains(bt.Gegevens, "*") {
				covered = true
				break
			}
		}
		if !covered {
			c.add(codeBewaartermijnOntbreekt, fmt.Sprintf("gegevens[%d]", i), "gegeven", c.gegeven(g), quote(g.ID))
			c.replaced("bewaartermijnen", c.baseTermijn(g.ID))
		}
	}
	for i, bt := range v.Bewaartermijnen {
		wie := c.btGegevens(bt)
		if bt.Termijn.IsZero() {
			c.add(codeBewaartermijnOntbreekt, fmt.Sprintf("bewaartermijnen[%d].termijn", i), "termijn", wie)
			continue
		}
		std := c.standaard(bt)
		if std == nil {
			if blank(bt.Bron) {
				c.add(codeBewaartermijnZonderBron, fmt.Sprintf("bewaartermijnen[%d].bron", i), "bericht",
					wie, bt.Termijn.String(), orID(string(v.Domein), "?"))
			}
			continue
		}
		// Periods are compared exactly ("180 maanden" is "15 jaar"); a period in days or weeks is not counted as
		// one in months or years (a month is 28 to 31 days), so it is reported with its own message that asks for
		// the standard's unit instead of claiming a difference.
		same, exact := bt.Termijn.SamePeriod(std.Termijn)
		if same || !blank(bt.Bron) {
			continue
		}
		soort := c.t("rules.bewaartermijn-wijkt-af.standaard")
		if std.Wettelijk {
			soort = c.t("rules.bewaartermijn-wijkt-af.wettelijk")
		}
		variant := "bericht"
		if !exact {
			variant = "eenheid"
		}
		c.add(codeBewaartermijnWijktAf, fmt.Sprintf("bewaartermijnen[%d].termijn", i), variant,
			wie, bt.Termijn.String(), soort, quote(std.ID), inParens(orID(std.Titel, std.ID)), std.Termijn.String())
	}
}

// standaard returns the standard period a bewaartermijn is compared with: the one it names, else the first
// statutory one of the verwerking's domain that the catalogue does not list only for comparison
// (`ter_vergelijking`). Nil when there is none (or the named one does not exist, which is onbekende-verwijzing).
func (c *checker) standaard(bt model.Bewaartermijn) *model.CatBewaartermijn {
	if bt.Standaard != "" {
		return c.cat.Bewaartermijn(bt.Standaard)
	}
	if c.v.Domein == "" {
		return nil
	}
	for i, cb := range c.cat.Bewaartermijnen {
		if cb.Wettelijk && !cb.TerVergelijking && slices.Contains(cb.Domeinen, c.v.Domein) {
			return &c.cat.Bewaartermijnen[i]
		}
	}
	return nil
}

// btGegevens describes which gegevens a bewaartermijn covers, for messages.
func (c *checker) btGegevens(bt model.Bewaartermijn) string {
	if slices.Contains(bt.Gegevens, "*") {
		return c.t("rules.alle-gegevens")
	}
	if len(bt.Gegevens) == 0 {
		return c.t("rules.geen-gegevens")
	}
	const shown = 5 // a long list would bury the message
	if len(bt.Gegevens) > shown+1 {
		return c.t("rules.en-meer", strings.Join(quoted(bt.Gegevens[:shown]), ", "), len(bt.Gegevens)-shown)
	}
	return strings.Join(quoted(bt.Gegevens), ", ")
}
