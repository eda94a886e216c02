package rules

import (
	"net/mail"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// evaluateSite runs the rules about the site as a whole: the controller's name and contact details and the FG's,
// which every privacy statement needs (AVG 13(1)(a) and (b), 14(1)(a) and (b), 37(7)), the parts of the statements
// that come from the packs (the rights and the complaint route, 13(2)(b) and (d)), and questionnaire fields that name
// no field of a verwerking.
func evaluateSite(site *model.Site) []Bevinding {
	lang := langOf(site)
	var out []Bevinding
	addE := func(code string, ernst Ernst, veld string, pos model.Pos, variant string, args ...any) {
		b := Bevinding{
			Code: code, Veld: veld, Ernst: ernst,
			Bestand: pos.File, Regel: pos.Line, Kolom: pos.Col,
			Bron: lang.T("rules." + code + ".bron"),
		}
		b.Bericht, b.Oplossing = lang.Split("rules."+code+"."+variant, args...)
		out = append(out, b)
	}
	add := func(code, veld string, pos model.Pos, variant string, args ...any) {
		addE(code, ruleByCode[code].Ernst, veld, pos, variant, args...)
	}
	fg := site.Config.Organisatie.FG
	configPos := func(veld string) model.Pos {
		p := site.Config.Pos.Of(veld)
		if p.File == "" {
			p.File = site.Config.File
		}
		return p
	}
	if t := site.Config.TaalGevraagd; t != "" {
		add(codeTaalNietBeschikbaar, "taal", configPos("taal"), "tekst", quote(t), quote(site.Config.Taal))
	}
	// A pack's texts go into the documents as they are written: a pack in another language than the documents
	// mixes two languages in one statement. A pack that builds on another speaks for itself: it may translate
	// its basis's texts.
	for _, p := range site.Packs {
		if p.Taal != "" && string(p.Taal) != site.Config.Taal {
			add(codePakketAndereTaal, "sjablonen", configPos("sjablonen"), "tekst", quote(p.Naam),
				lang.T("rules.pakket-andere-taal."+string(p.Taal)), lang.T("rules.pakket-andere-taal."+site.Config.Taal))
		}
	}
	org := site.Config.Organisatie
	switch {
	case blank(org.Naam):
		add(codeOrganisatieOntbreekt, "organisatie.naam", configPos("organisatie"), "naam")
	case blank(org.Adres) && blank(org.Telefoon) && blank(org.Email) && blank(org.Website):
		add(codeOrganisatieOntbreekt, "organisatie", configPos("organisatie"), "bereik", quote(org.Naam))
	case blank(org.Adres) && blank(org.Email):
		// A request to use a right, and a complaint, is sent in writing: the statements say where to.
		addE(codeOrganisatieOntbreekt, Waarschuwing, "organisatie", configPos("organisatie"), "schriftelijk",
			quote(org.Naam))
	}
	switch {
	case blank(fg.Naam):
		add(codeContactFGOntbreekt, "organisatie.fg", configPos("organisatie.fg"), "naam")
	case blank(fg.Email) && blank(fg.Telefoon):
		add(codeContactFGOntbreekt, "organisatie.fg", configPos("organisatie.fg"), "bereik", quote(fg.Naam))
	}
	// Every statement links the addresses (mailto:); one that is no address leaves the citizen without a way in.
	if e := strings.TrimSpace(org.Email); e != "" && !isEmail(e) {
		add(codeOrganisatieOntbreekt, "organisatie.email", configPos("organisatie.email"), "email", quote(org.Email))
	}
	if e := strings.TrimSpace(fg.Email); e != "" && !isEmail(e) {
		add(codeContactFGOntbreekt, "organisatie.fg.email", configPos("organisatie.fg.email"), "email", quote(fg.Email))
	}
	// The statements take the rights from the catalogue and the complaint route from a text of the packs. Without
	// rights a statement names none; without the text it has only a fixed sentence about the Autoriteit
	// Persoonsgegevens (see document.Privacyverklaring), not how to complain to the organisation itself.
	if site.Catalogus == nil || len(site.Catalogus.Rechten) == 0 {
		add(codePrivacyverklaringOnvolledig, "sjablonen", configPos("sjablonen"), "rechten")
	}
	if blank(site.Teksten[model.TekstPrivacyverklaringKlacht]) {
		addE(codePrivacyverklaringOnvolledig, Waarschuwing, "sjablonen", configPos("sjablonen"), "klacht",
			model.TekstPrivacyverklaringKlacht)
	}
	if site.Vragen != nil {
		for _, q := range site.Vragen.Vragen {
			if q.Veld != "" && !validFieldPath(q.Veld) {
				add(codeOnbekendeVerwijzing, "veld", q.Pos, "vraag-veld", quote(q.ID), quote(orID(q.Pack, "?")), quote(q.Veld))
			}
		}
	}
	for _, p := range site.Pages {
		if pos, tag, ok := pageHTML(p); ok {
			add(codeHTMLInTekst, "", pos, "pagina", tag)
		}
	}
	sortBevindingen(out, site.Config.File)
	return out
}

// isEmail reports whether s is one e-mail address on its own, as a mailto: link needs it and as mail on the
// internet reaches it: "fg@gemeente.nl", not "fg gemeente", "FG <fg@gemeente.nl>" or "fg@gemeente" (a domain
// without its top level, .nl).
func isEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	domain := s[strings.LastIndexByte(s, '@')+1:]
	dot := strings.LastIndexByte(domain, '.')
	return dot > 0 && dot < len(domain)-1 && !strings.HasPrefix(domain, "[")
}
