package pdf

import "github.com/pia-nl/pia/internal/i18n"

// Dutch words of the PDF: page furniture, title page, matrix labels and font errors.
func init() {
	i18n.Register("nl", map[string]string{
		"pdf.inhoud":             "Inhoud",
		"pdf.pagina":             "pagina %d van %d",
		"pdf.versie":             "Versie %s",
		"pdf.versie-label":       "Versie",
		"pdf.status.concept":     "Concept",
		"pdf.status.definitief":  "Definitief",
		"pdf.status.vastgesteld": "Vastgesteld",
		"pdf.watermerk":          "CONCEPT",
		"pdf.status":             "Status",
		"pdf.organisatie":        "Organisatie",
		"pdf.datum":              "Datum",
		"pdf.opsteller":          "Opsteller",
		"pdf.eigenaar":           "Eigenaar",
		"pdf.kans":               "Kans",
		"pdf.impact":             "Impact",
		"pdf.niveau.laag":        "laag",
		"pdf.niveau.midden":      "midden",
		"pdf.niveau.hoog":        "hoog",
		"pdf.legenda":            "Risiconiveau:",
		"pdf.matrix.schaal":      "Kans en impact: 1 verwaarloosbaar, 2 beperkt, 3 aanzienlijk, 4 maximaal.",
		"pdf.matrix.plaats":      "kans %d, impact %d: %s",
		"pdf.ook-als":            "Ook beschikbaar als PDF",
		"pdf.interne-fout":       "PDF van %q: interne fout: %v",
		"pdf.geen-document":      "PDF: geen document",

		"pdf.fonts.geen-map":    "thema: de map fonts/ met lettertypen voor de PDF ontbreekt of is onleesbaar (%v); zet er vier TrueType-bestanden in, bijvoorbeeld DejaVuSans.ttf, DejaVuSans-Bold.ttf, DejaVuSans-Oblique.ttf en DejaVuSans-BoldOblique.ttf",
		"pdf.fonts.ontbreekt":   "thema: in fonts/ ontbreekt het lettertype voor %s; verwacht vier TrueType-bestanden met namen als DejaVuSans.ttf, DejaVuSans-Bold.ttf, DejaVuSans-Oblique.ttf en DejaVuSans-BoldOblique.ttf",
		"pdf.fonts.dubbel":      "thema: fonts/%s en fonts/%s zijn allebei een lettertype voor %s; laat er één staan",
		"pdf.fonts.lezen":       "thema: fonts/%s is niet te lezen: %v",
		"pdf.fonts.ongeldig":    "thema: fonts/%s is geen bruikbaar TrueType-lettertype (beschadigd of een ander formaat); vervang het door een .ttf-bestand",
		"pdf.fonts.licentie":    "thema: de licentie van fonts/%s staat niet toe dat het lettertype in een PDF wordt opgenomen; kies een lettertype met een vrije licentie, zoals DejaVu of Noto",
		"pdf.fonts.normaal":     "normale tekst",
		"pdf.fonts.vet":         "vet",
		"pdf.fonts.cursief":     "cursief",
		"pdf.fonts.vet-cursief": "vet cursief",
	})
}
