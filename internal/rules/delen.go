package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/country"
	"github.com/pia-nl/pia/internal/model"
)

// checkOntvangers: sharing needs a basis (AVG 6, 5(1)(b)); a processor an agreement (28(3)); a transfer outside
// the EEA a safeguard (44-46); a third party gets only what it needs for its part (5(1)(b)-(c); VNG/Leeuwarden:
// partners hold only "DAT" information).
func checkOntvangers(c *checker) {
	for i, o := range c.v.Ontvangers {
		at := func(f string) string { return fmt.Sprintf("ontvangers[%d].%s", i, f) }
		naam := item(o.ID, o.Naam)
		if len(o.Gegevens) == 0 {
			// For example after the file removed the only gegeven the template gives this recipient.
			c.addE(codeVragenlijstOnvolledig, Waarschuwing, at("gegevens"), "ontvanger", naam)
		}
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
		switch p := country.Parse(o.Land); {
		case p.Status == country.Unknown && !blank(o.Waarborg):
			// Covered, but the statement cannot name the country and says the data may leave the EEA.
			c.addE(codeDoorgifteZonderWaarborg, Waarschuwing, at("land"), "onbekend-land-waarborg", quote(p.Text), naam,
				c.countrySuggestion(p.Text))
		case !blank(o.Waarborg):
		case p.Status == country.Outside:
			c.add(codeDoorgifteZonderWaarborg, at("waarborg"), "ontvanger", naam, c.countryInSentence(p))
		case p.Status == country.Unknown:
			c.add(codeDoorgifteZonderWaarborg, at("land"), "onbekend-land", quote(p.Text), naam,
				c.countrySuggestion(p.Text))
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
		if s.Verwerker && blank(s.Leverancier) {
			// The register names every processor (AVG 30(1)(d)), and the agreement is with someone.
			c.addE(codeVragenlijstOnvolledig, Waarschuwing, at("leverancier"), "leverancier", naam)
		}
		if s.Verwerker && blank(s.Overeenkomst) {
			lev := s.Leverancier
			if blank(lev) {
				lev = c.t("rules.leverancier-onbekend")
			}
			c.add(codeVerwerkerZonderOvereenkomst, at("overeenkomst"), "systeem", naam, lev)
		}
		if !blank(s.Waarborg) {
			if p := country.Parse(s.Locatie); p.Status == country.Unknown {
				c.addE(codeDoorgifteZonderWaarborg, Waarschuwing, at("locatie"), "onbekend-locatie-waarborg", quote(p.Text),
					naam, c.countrySuggestion(p.Text))
			}
			continue
		}
		switch p := country.Parse(s.Locatie); p.Status {
		case country.Outside:
			if !c.transferCovered(s) {
				c.add(codeDoorgifteZonderWaarborg, at("waarborg"), "systeem", naam, c.countryInSentence(p))
			}
		case country.Unknown:
			c.add(codeDoorgifteZonderWaarborg, at("locatie"), "onbekend-locatie", quote(p.Text), naam,
				c.countrySuggestion(p.Text))
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
			c.add(codeToegangOntbreekt, "toegang", "bericht")
		}
		return
	}
	for i, t := range v.Toegang {
		if slices.Contains(t.Gegevens, "*") && blank(t.Toelichting) {
			c.add(codeToegangTeRuim, fmt.Sprintf("toegang[%d].gegevens", i), "bericht", quote(t.Rol))
		}
	}
}

// countryInSentence names a country in a message: "de Verenigde Staten (US)".
func (c *checker) countryInSentence(p country.Place) string {
	return p.InSentence(c.lang) + " (" + p.Code + ")"
}

// countrySuggestion gives " Bedoelde u "CH" (Zwitserland)?" for the country text is likely a typo of, or "".
func (c *checker) countrySuggestion(text string) string {
	if code := country.Suggest(text); code != "" {
		return c.t("rules.doorgifte-zonder-waarborg.bedoelde-u", code, country.Parse(code).Name(c.lang))
	}
	return ""
}
