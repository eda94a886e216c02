package html

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

// The sample site and documents of the tests: one document of each kind, and a PIA report with every block type.

var sampleSite = Site{
	Title: "Privacy in het sociaal domein",
	Lang:  "nl",
	Organisatie: model.Organisatie{
		Naam: "Gemeente Voorbeeldstad", Adres: "Raadhuisplein 1, 1234 AB Voorbeeldstad",
		Website: "https://www.voorbeeldstad.nl", Telefoon: "14 0999", Email: "privacy@voorbeeldstad.nl",
		FG: model.Contact{Naam: "mr. R. de Boer", Email: "fg@voorbeeldstad.nl", Telefoon: "14 0999"},
	},
	LogoPath: "static/logo.svg",
	Nav: []NavItem{
		{Title: "Overzicht", Path: "index.html"},
		{Title: "Privacyverklaring", Path: "privacy/index.html"},
		{Title: "Verwerkingsregister", Path: "register/index.html"},
	},
}

const sampleLogo = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">` +
	`<rect width="48" height="48" rx="6" fill="#154273"/><path d="M12 34V14h6l6 12 6-12h6v20h-5V22l-5 10h-4l-5-10v12z" fill="#fff"/>` +
	`<text x="58" y="22" font-family="sans-serif" font-size="13" font-weight="700" fill="#154273">Gemeente</text>` +
	`<text x="58" y="38" font-family="sans-serif" font-size="13" fill="#154273">Voorbeeldstad</text></svg>`

func defaultTheme(t testing.TB) *Renderer {
	t.Helper()
	r, err := New(defaultThemeFS(t), sampleSite)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var datum = model.DatumOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))

func samplePIA() *document.Document {
	risks := []document.RiskPoint{
		{ID: "R1", Label: "Er wordt meer vastgelegd dan nodig", Kans: 3, Impact: 3, Niveau: model.NiveauHoog},
		{ID: "R2", Label: "Gegevens worden gedeeld zonder grondslag", Kans: 2, Impact: 4, Niveau: model.NiveauHoog},
		{ID: "R3", Label: "Onbevoegde inzage in het regiesysteem", Kans: 2, Impact: 3, Niveau: model.NiveauMidden},
		{ID: "R4", Label: "Inwoner weet niet welke gegevens worden gebruikt", Kans: 1, Impact: 2, Niveau: model.NiveauLaag},
	}
	return &document.Document{
		Kind: document.KindPIA, ID: "wmo-maatwerkvoorziening", Lang: "nl",
		Title:    "Wmo: melding, onderzoek en maatwerkvoorziening",
		Subtitle: "Gegevensbeschermingseffectbeoordeling (DPIA)",
		Status:   model.StatusConcept, Versie: "1.0", Datum: datum,
		Auteur: "Privacyteam", Eigenaar: "Afdeling Zorg en Welzijn", Organisatie: "Gemeente Voorbeeldstad",
		Summary: "Hoe de gemeente gegevens gebruikt bij een melding voor Wmo-ondersteuning.",
		Meta: []document.Field{
			{Label: "Status", Value: document.Plain("Concept")},
			{Label: "Versie", Value: document.Plain("1.0")},
			{Label: "Datum", Value: document.Plain(datum.Lang())},
			{Label: "Opsteller", Value: document.Plain("Privacyteam")},
			{Label: "Proceseigenaar", Value: document.Plain("Afdeling Zorg en Welzijn")},
		},
		Links: []document.Link{
			{Text: "PIA-rapport", Kind: document.KindPIA, ID: "wmo-maatwerkvoorziening", Format: document.FormatPDF},
			{Text: "Werkinstructie", Kind: document.KindWerkinstructie, ID: "wmo-maatwerkvoorziening"},
			{Text: "Privacyverklaring", Kind: document.KindPrivacyverklaring, ID: "wmo-maatwerkvoorziening"},
		},
		Body: []document.Block{
			document.Section{Anchor: "samenvatting", Title: "Samenvatting en conclusie", Blocks: []document.Block{
				document.Notice{Tone: document.ToneWaarschuwing, Title: "Een DPIA is verplicht", Blocks: []document.Block{
					document.Text{Inline: document.MD("De verwerking voldoet aan **twee criteria** van de WP248-lijst: " +
						"*gevoelige gegevens* en *kwetsbare betrokkenen*.")},
				}},
				document.Definitions{Items: []document.Field{
					{Label: "Hoogste risico", Value: document.Plain("hoog")},
					{Label: "Hoogste restrisico", Value: document.Plain("midden")},
					{Label: "Advies FG", Value: document.MD("Positief, met voorwaarden. Zie [het advies](#advies-fg).")},
				}},
			}},
			document.Section{Anchor: "deel-a", Title: "Deel A: Beschrijving kenmerken gegevensverwerkingen", Blocks: []document.Block{
				document.Section{Anchor: "voorstel", Number: "1", Title: "Voorstel", Blocks: []document.Block{
					document.Text{Inline: document.MD("Een inwoner meldt zich bij het Wmo-loket.\n\nDe consulent " +
						"voert een „keukentafelgesprek” en legt vast wat nodig is.")},
					document.List{Ordered: true, Items: []document.Inline{
						document.Plain("Melding ontvangen"), document.Plain("Onderzoek en gesprek"),
						document.MD("Beschikking **maatwerkvoorziening**"),
					}},
				}},
				document.Section{Anchor: "persoonsgegevens", Number: "2", Title: "Persoonsgegevens", Blocks: []document.Block{
					document.Table{
						Caption: "Persoonsgegevens per categorie",
						Header:  []string{"Gegeven", "Categorie", "Bron", "Vastleggen"},
						Widths:  []float64{3, 2, 2, 2},
						Rows: []document.Row{
							{Cells: []document.Inline{document.Plain("Naam, adres, woonplaats"), document.Plain("identificatie"), document.Plain("BRP"), document.Plain("altijd")}},
							{Cells: []document.Inline{document.Plain("Burgerservicenummer"), document.Plain("bsn"), document.Plain("BRP"), document.Plain("altijd")}},
							{Cells: []document.Inline{document.MD("Gezondheid en *beperkingen*"), document.Plain("gezondheid (art. 9)"), document.Plain("inwoner"), document.Plain("bij hulpbehoefte")}, Tone: document.ToneWaarschuwing},
						},
					},
				}},
			}},
			document.Section{Anchor: "deel-b", Title: "Deel B: Beoordeling rechtmatigheid", Blocks: []document.Block{
				document.Section{Anchor: "rechtsgrond", Number: "11", Title: "Rechtsgrond", Blocks: []document.Block{
					document.Text{Inline: document.Plain("De gemeente voert een wettelijke taak uit.")},
					document.List{Items: []document.Inline{
						document.MD("AVG art. 6 lid 1 onder e: [publieke taak](https://eur-lex.europa.eu/eli/reg/2016/679/oj)"),
						document.Plain("Wmo 2015, art. 2.3.2 en 5.1.1"),
					}},
				}},
			}},
			document.Section{Anchor: "deel-c", Title: "Deel C: Risico's", Blocks: []document.Block{
				document.Section{Anchor: "risicos", Number: "16", Title: "Risico's", Blocks: []document.Block{
					document.Table{
						Caption: "Risico's voor betrokkenen",
						Header:  []string{"Id", "Risico", "Kans", "Impact", "Niveau"},
						Rows: []document.Row{
							{Cells: []document.Inline{document.Plain("R1"), document.Plain("Er wordt meer vastgelegd dan nodig"), document.Plain("3"), document.Plain("3"), document.Plain("hoog")}, Tone: document.ToneHoog},
							{Cells: []document.Inline{document.Plain("R3"), document.Plain("Onbevoegde inzage"), document.Plain("2"), document.Plain("3"), document.Plain("midden")}, Tone: document.ToneMidden},
							{Cells: []document.Inline{document.Plain("R4"), document.Plain("Inwoner weet het niet")}, Tone: document.ToneLaag},
						},
					},
					document.RiskMatrix{Caption: "Risico's voor maatregelen", Points: risks,
						Alt: "R1 staat op kans 3, impact 3 (hoog). R2 staat op kans 2, impact 4 (hoog). " +
							"R3 staat op kans 2, impact 3 (midden). R4 staat op kans 1, impact 2 (laag)."},
				}},
			}},
			document.Section{Anchor: "advies-fg", Title: "Advies van de FG", Blocks: []document.Block{
				document.Notice{Tone: document.ToneOK, Title: "Positief met voorwaarden", Blocks: []document.Block{
					document.Text{Inline: document.Plain("De FG adviseert de maatregelen M1 en M2 voor 1 maart 2027 uit te voeren.")},
				}},
				document.LinkList{Items: []document.Link{
					{Text: "Werkinstructie voor consulenten", Kind: document.KindWerkinstructie, ID: "wmo-maatwerkvoorziening"},
					{Text: "Werkinstructie", Kind: document.KindWerkinstructie, ID: "wmo-maatwerkvoorziening", Format: document.FormatPDF, Note: "voor printen"},
					{Text: "Verwerkingsregister", Kind: document.KindRegister},
				}},
			}},
		},
	}
}

// sampleDocs returns one small document of each kind, and the full PIA sample.
func sampleDocs() []*document.Document {
	intro := func(s string) []document.Block {
		return []document.Block{document.Text{Inline: document.MD(s)}}
	}
	return []*document.Document{
		{Kind: document.KindOverzicht, Title: "Privacy in het sociaal domein", Lang: "nl",
			Summary: "Alle verwerkingen van het sociaal domein.",
			Body: []document.Block{
				document.Text{Inline: document.MD("Hier vindt u hoe **Gemeente Voorbeeldstad** omgaat met uw gegevens.")},
				document.Table{Caption: "Verwerkingen", Header: []string{"Verwerking", "Status", "DPIA", "Hoogste risico"},
					Rows: []document.Row{{Cells: []document.Inline{
						{Text: "Wmo: melding en maatwerk", Link: &document.Link{Kind: document.KindPIA, ID: "wmo-maatwerkvoorziening"}},
						document.Plain("concept"), document.Plain("verplicht"), document.Plain("hoog")}, Tone: document.ToneHoog}}},
				longTable(30),
			}},
		samplePIA(),
		{Kind: document.KindWerkinstructie, ID: "wmo-maatwerkvoorziening", Lang: "nl", Status: model.StatusDefinitief,
			Title: "Werkinstructie Wmo-consulent", Summary: "Wat u mag vragen en vastleggen.",
			Body: []document.Block{document.Section{Anchor: "eerst", Title: "Vertel eerst", Blocks: intro("Vertel de inwoner wie u bent.")}}},
		{Kind: document.KindPrivacyverklaring, ID: "wmo-maatwerkvoorziening", Lang: "nl",
			Title: "Privacyverklaring Wmo", Summary: "Zo gebruiken wij uw gegevens bij Wmo-hulp.",
			Body: []document.Block{document.Section{Anchor: "wie", Title: "Wie zijn wij?", Blocks: intro("Wij zijn de gemeente.")}}},
		{Kind: document.KindPrivacyOverzicht, Lang: "nl", Title: "Privacyverklaring", Summary: "Alle privacyverklaringen.",
			Body: []document.Block{subjects(30)}},
		{Kind: document.KindRegister, Lang: "nl", Title: "Verwerkingsregister", Summary: "Het register van artikel 30 AVG.",
			Links: []document.Link{{Text: "register.csv", Kind: document.KindRegister, Format: document.FormatCSV},
				{Text: "register.json", Kind: document.KindRegister, Format: document.FormatJSON}},
			Body: []document.Block{document.Table{Caption: "Register", Header: []string{"Verwerking", "Doel"},
				Rows: []document.Row{{Cells: []document.Inline{document.Plain("Wmo"), document.Plain("Ondersteuning bieden")}}}}}},
		{Kind: document.KindPagina, ID: "over/contact", Lang: "nl", Title: "Contact", Summary: "Zo bereikt u ons.",
			Body: intro("## Bellen\n\nBel **14 0999**.\n\n## Schrijven\n\nStuur een brief.")},
	}
}

// writeSite renders the sample documents with their assets and the search files into dir.
func writeSite(t testing.TB, r *Renderer, dir string) []string {
	t.Helper()
	docs := sampleDocs()
	files := map[string][]byte{"static/logo.svg": []byte(sampleLogo)}
	var pages []string
	for _, d := range docs {
		b, err := r.Page(d)
		if err != nil {
			t.Fatal(err)
		}
		p := document.Path(d.Kind, d.ID, document.FormatHTML)
		files[p] = b
		pages = append(pages, p)
	}
	search, err := r.SearchPage()
	if err != nil {
		t.Fatal(err)
	}
	files[SearchPagePath] = search
	pages = append(pages, SearchPagePath)
	assets, err := r.Assets()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := SearchFiles(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []map[string][]byte{assets, idx} {
		for k, v := range m {
			files[k] = v
		}
	}
	for p, b := range files {
		full := dir + "/" + p
		if err := os.MkdirAll(full[:len(full)-len(lastElem(p))], 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return pages
}

func lastElem(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}

// longTable is a table with n rows, enough for a filter above it when n > filterRows: row i is "Gemeente i" in
// "Wmo" or (every third row) "Jeugdwet", with an accented word in row 7.
func longTable(n int) document.Table {
	t := document.Table{Caption: "Alle verwerkingen", Header: []string{"Gemeente", "Domein", "Status"}}
	for i := 1; i <= n; i++ {
		domein, status := "Wmo", "concept"
		if i%3 == 0 {
			domein = "Jeugdwet"
		}
		if i == 7 {
			status = "cliëntgegevens"
		}
		t.Rows = append(t.Rows, document.Row{Cells: []document.Inline{document.Plain(fmt.Sprintf("Gemeente %d", i)),
			document.Plain(domein), document.Plain(status)}})
	}
	return t
}

// subjects is the list of a platform's privacy statements, with n links: the first is the sample's own statement,
// the others "Hulp in Gemeente i" (the statements themselves are not written).
func subjects(n int) document.LinkList {
	l := document.LinkList{Items: []document.Link{{Text: "Wmo", Kind: document.KindPrivacyverklaring, ID: "wmo-maatwerkvoorziening"}}}
	for i := 2; i <= n; i++ {
		l.Items = append(l.Items, document.Link{Text: fmt.Sprintf("Hulp in Gemeente %d", i), Kind: document.KindPrivacyverklaring,
			ID: fmt.Sprintf("hulp-%d", i)})
	}
	return l
}
