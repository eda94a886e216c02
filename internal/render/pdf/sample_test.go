package pdf

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

// The sample document of the tests: a PIA report of a Dutch municipality with every kind of block, Dutch
// typography, Markdown in texts and cells, a table of 60 rows and a risk matrix, in status concept.

var (
	fontsOnce sync.Once
	fonts     *Fonts
	fontsErr  error
)

// testFonts loads the default theme's fonts once for all tests.
func testFonts(tb testing.TB) *Fonts {
	tb.Helper()
	fontsOnce.Do(func() { fonts, fontsErr = LoadFonts(os.DirFS("../../../themes/default")) })
	if fontsErr != nil {
		tb.Fatal(fontsErr)
	}
	return fonts
}

const sampleIntro = `De gemeente **Wâlterswâld-Eëndracht** verwerkt persoonsgegevens om inwoners te ondersteunen
bij *schuldhulpverlening*. Deze PIA beschrijft de verwerking, de rechtsgrond en de risico’s, en welke
maatregelen daartegen zijn genomen. Het budget voor de uitvoering is € 125.000 per jaar.

Belangrijke uitgangspunten:

- We vragen niet meer dan nodig is voor het **plan van aanpak**.
- Gegevens van derden (zoals de werkgever) vragen we alleen op met een wettelijke grondslag:
  - de Wet gemeentelijke schuldhulpverlening (Wgs), artikel 5;
  - de Participatiewet, voor zover het om bijstand gaat;
    1. alleen bij een lopende aanvraag;
    2. alleen na een gesprek met de inwoner.
- De inwoner krijgt altijd inzage in het dossier.

Zie ook de [handreiking van de VNG](https://vng.nl/artikelen/handreiking-schuldhulpverlening) en de uitleg
van de Autoriteit Persoonsgegevens[^ap]. Een citaat van de cliënt: „Ik wist niet dat de gemeente dit
mocht vragen.” Een term als ` + "`bsn`" + ` staat in het register. Vragen
mailt u naar <privacy@gemeente.nl>.

[^ap]: Autoriteit Persoonsgegevens, *Beveiliging van persoonsgegevens*, 2023.
`

const sampleMDTable = `De bewaartermijnen volgen de Selectielijst gemeenten 2020:

| Gegeven | Termijn | Grondslag |
| --- | :---: | --- |
| Naam en adres | 7 jaar | Selectielijst, categorie 1.1 |
| Inkomensgegevens | 7 jaar | **Wgs** art. 5 |
| Gezondheid (*alleen indien nodig*) | 2 jaar | AVG art. 9 lid 2 sub g |

> Let op: na afloop van de termijn wordt het dossier **vernietigd**, niet gearchiveerd.

---

1. Eerste stap: het intakegesprek.
2. Tweede stap: het plan van aanpak.
`

// sampleDocument returns the sample; rows is the number of rows of the long table.
func sampleDocument(rows int) *document.Document {
	d := &document.Document{
		Kind:        document.KindPIA,
		ID:          "schuldhulp",
		Title:       "PIA Schuldhulpverlening",
		Subtitle:    "Gegevensbeschermingseffectbeoordeling volgens het Model DPIA Rijksdienst",
		Lang:        "nl",
		Status:      model.StatusConcept,
		Versie:      "0.3",
		Datum:       model.Datum{Jaar: 2026, Maand: 11, Dag: 1},
		Auteur:      "J. de Vries",
		Eigenaar:    "Afdeling Sociaal Domein",
		Organisatie: "Gemeente Wâlterswâld-Eëndracht",
		Summary:     "Beoordeling van de verwerking van persoonsgegevens bij schuldhulpverlening.",
		Meta: []document.Field{
			{Label: "Organisatie", Value: document.Plain("Gemeente Wâlterswâld-Eëndracht")},
			{Label: "Verwerking", Value: document.Plain("Schuldhulpverlening")},
			{Label: "Status", Value: document.Plain("concept")},
			{Label: "Versie", Value: document.Plain("0.3")},
			{Label: "Datum", Value: document.Plain("1 november 2026")},
			{Label: "Opsteller", Value: document.Plain("J. de Vries")},
			{Label: "Proceseigenaar", Value: document.Plain("Afdeling Sociaal Domein")},
		},
		Links: []document.Link{
			{Text: "Werkinstructie", Kind: document.KindWerkinstructie, ID: "schuldhulp", Format: document.FormatHTML},
			{Text: "Werkinstructie (PDF)", Kind: document.KindWerkinstructie, ID: "schuldhulp", Format: document.FormatPDF},
			{Text: "Privacyverklaring (PDF)", Kind: document.KindPrivacyverklaring, ID: "schuldhulp",
				Format: document.FormatPDF},
			{Text: "Dit rapport als PDF", Kind: document.KindPIA, ID: "schuldhulp", Format: document.FormatPDF},
		},
	}
	var gegevens []document.Row
	soorten := []string{"Naam", "Adres", "Geboortedatum", "BSN", "Inkomen", "Schulden", "Gezondheid", "Gezinssituatie"}
	for i := range rows {
		tone := document.ToneNone
		switch i % 11 {
		case 3:
			tone = document.ToneFout
		case 6:
			tone = document.ToneWaarschuwing
		case 9:
			tone = document.ToneAdvies
		}
		reden := "Nodig voor het plan van aanpak."
		if i%7 == 2 {
			reden = "Alleen als de inwoner hulp nodig heeft bij het **ordenen** van de administratie; " +
				"anders niet vastleggen. Zie ook de werkinstructie, paragraaf „Vastleggen”."
		}
		gegevens = append(gegevens, document.Row{Tone: tone, Cells: []document.Inline{
			document.Plain(fmt.Sprintf("G%02d", i+1)),
			document.Plain(fmt.Sprintf("%s (%d)", soorten[i%len(soorten)], i+1)),
			document.MD(reden),
			document.Plain([]string{"altijd", "alleen bij hulp", "nooit"}[i%3]),
		}})
	}
	long := strings.Repeat("Onafgebrokenwoordzonderspaties", 7)[:200]
	d.Body = []document.Block{
		document.Section{Anchor: "samenvatting", Title: "Samenvatting en conclusie", Blocks: []document.Block{
			document.Notice{Tone: document.ToneWaarschuwing, Title: "Een DPIA is verplicht", Blocks: []document.Block{
				document.Text{Inline: document.MD("Er is sprake van **gevoelige gegevens** en **kwetsbare betrokkenen** " +
					"(twee criteria van WP248). Het hoogste restrisico is *midden*.")},
			}},
			document.Definitions{Items: []document.Field{
				{Label: "DPIA verplicht", Value: document.Plain("ja")},
				{Label: "Hoogste risico vóór maatregelen", Value: document.Plain("hoog (R2)")},
				{Label: "Hoogste risico na maatregelen", Value: document.Plain("midden")},
				{Label: "Advies FG", Value: document.MD("Positief, *onder voorwaarden* (zie §17).")},
			}},
		}},
		document.Section{Anchor: "deel-a", Title: "Deel A — Beschrijving", Blocks: []document.Block{
			document.Section{Anchor: "s1", Number: "1", Title: "Voorstel", Blocks: []document.Block{
				document.Text{Inline: document.MD(sampleIntro)},
			}},
			document.Section{Anchor: "s2", Number: "2", Title: "Persoonsgegevens", Blocks: []document.Block{
				document.Text{Inline: document.Plain("Per gegeven staat waarom het nodig is en of het mag worden vastgelegd.")},
				document.Table{Caption: "Tabel 1 – Persoonsgegevens per categorie",
					Header: []string{"Nr.", "Gegeven", "Waarom nodig", "Vastleggen"},
					Widths: []float64{8, 22, 50, 20}, Rows: gegevens},
			}},
			document.Section{Anchor: "s3", Number: "3", Title: "Gegevensverwerkingen", Blocks: []document.Block{
				document.Text{Inline: document.MD(sampleMDTable)},
				document.List{Ordered: true, Items: []document.Inline{
					document.Plain("Aanmelding via het digitale loket of de balie."),
					document.MD("Intake met de *consulent* schuldhulpverlening."),
					document.Plain("Stabilisatie en het opstellen van het plan van aanpak."),
				}},
			}},
			document.Section{Anchor: "s4", Number: "4", Title: "Technieken en methoden", Blocks: []document.Block{
				document.Text{Inline: document.Plain("Een bestandsnaam uit het zaaksysteem: " + long)},
				document.Text{Inline: document.MD("Een lange verwijzing: https://example.org/" + long)},
			}},
			prose("s5", "5", "Verwerkingsdoeleinden", 2),
			document.Section{Anchor: "s6", Number: "6", Title: "Betrokken partijen", Blocks: []document.Block{
				document.Table{Header: []string{"Partij", "Rol", "Gegevens"}, Rows: []document.Row{
					{Cells: []document.Inline{document.Plain("Kredietbank Eëndracht"), document.Plain("verwerker"),
						document.MD("- naam en adres\n- inkomen\n  - loonstroken\n  - uitkering")}},
					{Cells: []document.Inline{document.Plain("Belastingdienst"), document.Plain("ontvanger"),
						document.Plain("BSN, inkomen")}},
				}},
			}},
		}},
		document.Section{Anchor: "deel-a2", Title: "Deel A — Vervolg", Blocks: []document.Block{
			prose("s7", "7", "Belangen", 2),
			prose("s8", "8", "Verwerkingslocaties", 1),
			prose("s9", "9", "Juridisch en beleidsmatig kader", 3),
			prose("s10", "10", "Bewaartermijnen", 2),
		}},
		document.Section{Anchor: "deel-b", Title: "Deel B — Rechtmatigheid", Blocks: []document.Block{
			document.Section{Anchor: "s11", Number: "11", Title: "Rechtsgrond", Blocks: []document.Block{
				document.Text{Inline: document.MD("De verwerking berust op een **wettelijke taak** (AVG art. 6 lid 1 " +
					"sub e) uit de Wgs. Toestemming is *niet* de grondslag.")},
				document.Notice{Tone: document.ToneFout, Title: "Toestemming is hier geen geldige grondslag",
					Blocks: []document.Block{document.Text{Inline: document.Plain(
						"Bij een wettelijke taak is er een machtsverhouding; vraag geen toestemming.")}}},
			}},
			prose("s12", "12", "Bijzondere en strafrechtelijke persoonsgegevens en BSN", 2),
			prose("s13", "13", "Doelbinding", 1),
			prose("s14", "14", "Noodzaak en evenredigheid", 3),
			document.Section{Anchor: "s15", Number: "15", Title: "Rechten van betrokkenen", Blocks: []document.Block{
				document.Section{Anchor: "s15-inzage", Title: "Recht op inzage", Blocks: []document.Block{
					document.Text{Inline: document.Plain("Van toepassing. De inwoner vraagt inzage bij het loket.")},
				}},
				document.Section{Anchor: "s15-overdraagbaarheid", Title: "Recht op overdraagbaarheid", Blocks: []document.Block{
					document.Text{Inline: document.Plain("Niet van toepassing bij een wettelijke taak (art. 20 lid 3).")},
				}},
			}},
		}},
		document.Section{Anchor: "deel-c", Title: "Deel C — Risico’s", Blocks: []document.Block{
			document.Section{Anchor: "s16", Number: "16", Title: "Risico’s", Blocks: []document.Block{
				document.Table{Caption: "Tabel 2 – Risico’s", Header: []string{"Id", "Risico", "Kans", "Impact", "Niveau"},
					Widths: []float64{8, 52, 12, 12, 16}, Rows: []document.Row{
						{Tone: document.ToneHoog, Cells: []document.Inline{document.Plain("R1"),
							document.Plain("Onbevoegde toegang tot het dossier"), document.Plain("3"), document.Plain("4"),
							document.Plain("hoog")}},
						{Tone: document.ToneMidden, Cells: []document.Inline{document.Plain("R2"),
							document.Plain("Te lang bewaren"), document.Plain("2"), document.Plain("3"),
							document.Plain("midden")}},
						{Tone: document.ToneLaag, Cells: []document.Inline{document.Plain("R3"),
							document.Plain("Onjuiste gegevens in het plan"), document.Plain("1"), document.Plain("2"),
							document.Plain("laag")}},
					}},
				document.RiskMatrix{Caption: "Risicomatrix vóór maatregelen", Points: []document.RiskPoint{
					{ID: "R1", Kans: 3, Impact: 4}, {ID: "R2", Kans: 2, Impact: 3}, {ID: "R3", Kans: 1, Impact: 2},
					{ID: "R4", Kans: 3, Impact: 4}, {ID: "R5", Kans: 3, Impact: 4}, {ID: "R6", Kans: 4, Impact: 1},
					{ID: "R7", Kans: 0, Impact: 2},
				}, Alt: "R1: kans 3, impact 4."},
			}},
		}},
		document.Section{Anchor: "deel-d", Title: "Deel D — Maatregelen", Blocks: []document.Block{
			document.Section{Anchor: "s17", Number: "17", Title: "Maatregelen", Blocks: []document.Block{
				document.Table{Header: []string{"Maatregel", "Eigenaar", "Gereed"}, Rows: []document.Row{
					{Cells: []document.Inline{document.MD("Toegang op basis van **rollen**"), document.Plain("CISO"),
						document.Plain("1 januari 2027")}},
				}},
				document.Notice{Tone: document.ToneAdvies, Title: "Advies", Blocks: []document.Block{
					document.List{Items: []document.Inline{document.Plain("Evalueer jaarlijks."),
						document.MD("Betrek de *FG* bij wijzigingen.")}},
				}},
				document.LinkList{Items: []document.Link{
					{Text: "Werkinstructie schuldhulpverlening", Kind: document.KindWerkinstructie, ID: "schuldhulp",
						Format: document.FormatPDF},
					{Text: "Register van verwerkingen", Kind: document.KindRegister, Format: document.FormatHTML,
						Note: "(webpagina)"},
					// The web page of a document that is also a PDF: the link leads to the PDF.
					{Text: "Privacyverklaring vroegsignalering", Kind: document.KindPrivacyverklaring, ID: "vroegsignalering",
						Format: document.FormatHTML},
				}},
			}},
		}},
		prose("advies-fg", "", "Advies van de functionaris gegevensbescherming", 3),
		prose("vaststelling", "", "Vaststelling", 1),
	}
	return d
}

// paragraphs of everyday PIA prose, reused to give sections a realistic length.
var proseParagraphs = []string{
	"De gemeente verwerkt deze gegevens alleen voor zover dat nodig is voor de uitvoering van de Wet " +
		"gemeentelijke schuldhulpverlening. Medewerkers hebben toegang op basis van hun rol; de toegang wordt " +
		"ieder kwartaal gecontroleerd door de teamleider en de privacy officer.",
	"Gegevens worden opgeslagen in het zaaksysteem van de gemeente, dat in een datacentrum in Nederland " +
		"draait. De leverancier is verwerker in de zin van de AVG; er is een verwerkersovereenkomst gesloten " +
		"volgens het model van de VNG, met afspraken over beveiliging, subverwerkers en het melden van datalekken.",
	"Voor de *proportionaliteit* is afgewogen of het doel ook met minder gegevens te bereiken is. Dat is niet " +
		"zo: zonder een volledig beeld van inkomsten en schulden kan geen **haalbaar plan** worden gemaakt. Wel " +
		"vragen we gezondheidsgegevens alleen als de inwoner die zelf inbrengt.",
	"De inwoner wordt bij de intake geïnformeerd over de verwerking, met de privacyverklaring op papier en " +
		"online. Vragen over privacy kunnen altijd worden gesteld aan de functionaris gegevensbescherming, " +
		"bereikbaar via fg@gemeente.example.",
}

func prose(anchor, number, title string, n int) document.Section {
	var blocks []document.Block
	for i := range n {
		blocks = append(blocks, document.Text{Inline: document.MD(proseParagraphs[(len(title)+i)%len(proseParagraphs)])})
	}
	return document.Section{Anchor: anchor, Number: number, Title: title, Blocks: blocks}
}
