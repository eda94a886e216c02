package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// checkOntvangers: sharing needs a basis (AVG 6, 5(1)(b)); a processor an agreement (28(3)); a transfer outside
// the EEA a safeguard (44-46); a third party gets only what it needs for its part (5(1)(b)-(c); VNG/Leeuwarden:
// partners hold only "DAT" information).
func checkOntvangers(c *checker) {
	for i, o := range c.v.Ontvangers {
		at := func(f string) string { return fmt.Sprintf("ontvangers[%d].%s", i, f) }
		naam := item(o.ID, o.Naam)
		if o.Rol == model.RolVerwerker {
			if blank(o.Overeenkomst) {
				c.add(codeVerwerkerZonderOvereenkomst, at("overeenkomst"), "ontvanger", naam)
			}
		} else {
			if blank(o.Grondslag) {
				c.add(codeOntvangerZonderGrondslag, at("grondslag"), "bericht", naam, c.rol(o.Rol))
			}
			switch {
			case slices.Contains(o.Gegevens, "*"):
				c.add(codeVerstrekkingTeRuim, at("gegevens"), "bericht", naam, c.rol(o.Rol))
			case c.v.AlleGegevens(o.Gegevens): // every id written out is as broad as "*"
				c.add(codeVerstrekkingTeRuim, at("gegevens"), "alle-ids", naam, c.rol(o.Rol))
			}
		}
		if blank(o.Waarborg) {
			switch inEER(o.Land) {
			case buitenEER:
				c.add(codeDoorgifteZonderWaarborg, at("waarborg"), "ontvanger", naam, strings.TrimSpace(o.Land))
			case onbekendLand:
				c.add(codeDoorgifteZonderWaarborg, at("land"), "onbekend-land", quote(o.Land), naam)
			}
		}
	}
}

func (c *checker) rol(r model.Rol) string {
	if r == "" {
		return c.t("rules.rol-onbekend")
	}
	return string(r)
}

// checkSystemen: a system run by a processor needs an agreement (28(3)); a system outside the EEA is a transfer,
// covered by the system's own `waarborg` (as for a recipient, 44-46) or, as before systems had that field, by a
// recipient with the supplier's (or system's) name that has one.
func checkSystemen(c *checker) {
	for i, s := range c.v.Systemen {
		at := func(f string) string { return fmt.Sprintf("systemen[%d].%s", i, f) }
		naam := quote(s.Naam)
		if s.Verwerker && blank(s.Overeenkomst) {
			lev := s.Leverancier
			if blank(lev) {
				lev = c.t("rules.leverancier-onbekend")
			}
			c.add(codeVerwerkerZonderOvereenkomst, at("overeenkomst"), "systeem", naam, lev)
		}
		if !blank(s.Waarborg) {
			continue
		}
		switch inEER(s.Locatie) {
		case buitenEER:
			if !c.transferCovered(s) {
				c.add(codeDoorgifteZonderWaarborg, at("waarborg"), "systeem", naam, strings.TrimSpace(s.Locatie))
			}
		case onbekendLand:
			c.add(codeDoorgifteZonderWaarborg, at("locatie"), "onbekend-locatie", quote(s.Locatie), naam)
		}
	}
}

func (c *checker) transferCovered(s model.Systeem) bool {
	for _, o := range c.v.Ontvangers {
		if blank(o.Waarborg) {
			continue
		}
		for _, n := range []string{o.Naam, o.ID} {
			if !blank(n) && (sameName(n, s.Leverancier) || sameName(n, s.Naam)) {
				return true
			}
		}
	}
	return false
}

func sameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// checkToegang: access is limited to what a role needs (AVG 5(1)(f), 25, 32; Leeuwarden: only the case's
// professional sees the full file).
func checkToegang(c *checker) {
	v := c.v
	if len(v.Toegang) == 0 {
		if len(v.Gegevens) > 0 {
			c.add(codeToegangOntbreekt, "toegang", "bericht", quote(v.ID))
		}
		return
	}
	for i, t := range v.Toegang {
		if slices.Contains(t.Gegevens, "*") && blank(t.Toelichting) {
			c.add(codeToegangTeRuim, fmt.Sprintf("toegang[%d].gegevens", i), "bericht", quote(t.Rol))
		}
	}
}

type eerStatus int

const (
	binnenEER eerStatus = iota
	buitenEER
	onbekendLand
)

// eer holds the member states of the European Economic Area (EU-27 plus Iceland, Liechtenstein, Norway) by ISO
// 3166-1 code ("EL" is the EU's own code for Greece), and a few names users write instead of a code.
var eer = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(`AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES
		SE IS LI NO EU EER EEA`) {
		m[k] = true
	}
	for _, k := range strings.Split(`NEDERLAND|THE NETHERLANDS|NETHERLANDS|BELGIË|BELGIE|BELGIUM|DUITSLAND|GERMANY|`+
		`FRANKRIJK|FRANCE|IERLAND|IRELAND|LUXEMBURG|LUXEMBOURG|DENEMARKEN|DENMARK|ZWEDEN|SWEDEN|FINLAND|OOSTENRIJK|`+
		`AUSTRIA|SPANJE|SPAIN|ITALIË|ITALIE|ITALY|POLEN|POLAND|NOORWEGEN|NORWAY|EUROPESE UNIE|EUROPEAN UNION`, "|") {
		m[k] = true
	}
	return m
}()

// OutsideEEA reports whether data kept in or sent to land may leave the European Economic Area: land is a country
// outside it, or text pia cannot place (doorgifte-zonder-waarborg asks for a country code then). Empty counts as
// the Netherlands.
func OutsideEEA(land string) bool { return inEER(land) != binnenEER }

// inEER classifies a country: empty counts as the Netherlands; an unknown two-letter code is outside the EEA;
// other text cannot be judged.
func inEER(land string) eerStatus {
	k := strings.ToUpper(strings.TrimSpace(land))
	switch {
	case k == "" || eer[k]:
		return binnenEER
	case len(k) == 2 && k[0] >= 'A' && k[0] <= 'Z' && k[1] >= 'A' && k[1] <= 'Z':
		return buitenEER
	}
	return onbekendLand
}
