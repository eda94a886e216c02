// Command gen writes a large pia site for benchmarks: N verwerkingen derived from the VNG pack's base verwerkingen
// with realistic variation (names, overrides, extra gegevens, risks, recipients, long Markdown texts with Dutch
// characters), and beside it a Hugo site with the same number of pages and the same Markdown text, so both tools
// can be measured on the same work. The output is deterministic for a seed.
//
//	go run ./bench/gen -verwerkingen 4000 -uit /tmp/groot
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// pack holds what the generator reads from the VNG pack: the purposes of each base, its systems and the recipients
// whose agreement the pack leaves to the municipality, and the open questions.
type pack struct {
	inwoner  map[string]string // the template's name for the citizen
	doelen   map[string][]string
	systemen map[string][]map[string]any
	invullen map[string][]string // recipients with an agreement "in te vullen"
	vragen   []string
}

func readPack(dir string) (*pack, error) {
	p := &pack{inwoner: map[string]string{}, doelen: map[string][]string{}, systemen: map[string][]map[string]any{}, invullen: map[string][]string{}}
	for _, base := range bases {
		var v struct {
			NaamVoorInwoner string                              `toml:"naam_voor_inwoner"`
			Doelen          []struct{ ID string }               `toml:"doelen"`
			Systemen        []map[string]any                    `toml:"systemen"`
			Ontvangers      []struct{ ID, Overeenkomst string } `toml:"ontvangers"`
		}
		if _, err := toml.DecodeFile(filepath.Join(dir, "verwerkingen", base+".toml"), &v); err != nil {
			return nil, err
		}
		p.inwoner[base] = v.NaamVoorInwoner
		for _, d := range v.Doelen {
			p.doelen[base] = append(p.doelen[base], d.ID)
		}
		p.systemen[base] = v.Systemen
		for _, o := range v.Ontvangers {
			if strings.Contains(o.Overeenkomst, "in te vullen") {
				p.invullen[base] = append(p.invullen[base], o.ID)
			}
		}
	}
	var q struct {
		Vragen []struct{ ID, Veld string } `toml:"vragen"`
	}
	if _, err := toml.DecodeFile(filepath.Join(dir, "vragen.toml"), &q); err != nil {
		return nil, err
	}
	for _, v := range q.Vragen {
		if v.Veld == "" {
			p.vragen = append(p.vragen, v.ID)
		}
	}
	return p, nil
}

var bases = []string{"wmo-maatwerkvoorziening", "jeugdwet-toegang", "participatiewet-levensonderhoud",
	"schuldhulpverlening", "wijkteam-integrale-intake", "zelfredzaamheidsmatrix"}

var gemeenten = []string{"Aarle", "Beekdal", "Cruquius", "Dorperveen", "Eemhoven", "Friesmeer", "Geldrop-Zuid",
	"Hoogeloon", "IJsselmonde", "Jutphaas", "Kampereiland", "Lemelerveld", "Maasbree", "Nijeveen", "Oosterzee",
	"Purmerland", "Roodeschool", "Sint-Oedenrode", "Terheijden", "Uithuizen", "Vlagtwedde", "Westerbroek",
	"Ysselsteyn", "Zuidbroek"}

var zinnen = []string{
	"De consulent bespreekt met de inwoner welke hulp nodig is en wat hij zelf of met zijn netwerk kan.",
	"Gegevens over gezondheid worden alleen vastgelegd als er op dat leefgebied een hulpvraag is.",
	"Na het gesprek krijgt de inwoner het verslag te zien; hij kan zijn eigen reactie laten toevoegen.",
	"Het team gebruikt één regiesysteem; alleen de casusregisseur ziet het volledige dossier.",
	"Bij een signaal van de verhuurder neemt de schuldhulpverlener binnen vijf werkdagen contact op.",
	"Voor de eigen bijdrage ontvangt het CAK alleen de gegevens die het nodig heeft: naam, BSN en de beschikking.",
	"De gemeente legt geen score „volledig zelfredzaam” vast; over leefgebieden zonder hulpvraag wordt niets genoteerd.",
	"Inwoners met een beperking krijgen de uitleg ook in eenvoudige taal of met pictogrammen — op papier of digitaal.",
	"Een café-eigenaar, een scholier en een mantelzorger: iedereen heeft recht op inzage in zijn eigen gegevens.",
	"De bewaartermijn begint te lopen na het einde van de voorziening; daarna vernietigt het systeem het dossier.",
}

func main() {
	n := flag.Int("verwerkingen", 4000, "aantal verwerkingen")
	uit := flag.String("uit", "", "map waarin de site wordt geschreven (wordt aangemaakt)")
	seed := flag.Uint64("seed", 1, "zaadgetal; dezelfde waarde geeft dezelfde site")
	pakket := flag.String("pakket", "pia-templates/vng-sociaal-domein", "het VNG-pakket waaruit de verwerkingen komen")
	flag.Parse()
	if *uit == "" {
		fmt.Fprintln(os.Stderr, "gebruik: go run ./bench/gen -verwerkingen 4000 -uit /tmp/groot")
		os.Exit(2)
	}
	pk, err := readPack(*pakket)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := write(*uit, *n, *seed, pk); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d verwerkingen geschreven naar %s (Hugo-site: %s)\n", *n, *uit, filepath.Join(*uit, "hugo"))
}

func write(dir string, n int, seed uint64, pk *pack) error {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vdir := filepath.Join(dir, "content", "verwerkingen")
	hdir := filepath.Join(dir, "hugo", "content", "verwerkingen")
	for _, d := range []string{vdir, hdir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	files := map[string]string{
		filepath.Join(dir, "pia.toml"): config,
		filepath.Join(dir, "hugo", "hugo.toml"): "baseURL = \"/\"\nlanguageCode = \"nl\"\ntitle = \"Privacy in het sociaal domein\"\n" +
			"disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n",
		filepath.Join(dir, "hugo", "layouts", "_default", "single.html"): hugoSingle,
		filepath.Join(dir, "hugo", "layouts", "_default", "list.html"):   hugoList,
	}
	for i := range n {
		base := bases[i%len(bases)]
		id := fmt.Sprintf("%s-%05d", base, i)
		gemeente := gemeenten[r.IntN(len(gemeenten))]
		text := markdown(r)
		files[filepath.Join(vdir, id+".toml")] = verwerking(r, pk, base, gemeente, text, i)
		// pia makes three pages per verwerking (report, instruction, statement); Hugo gets the same number.
		for _, kind := range []string{"pia", "werkinstructie", "privacyverklaring"} {
			files[filepath.Join(hdir, id+"-"+kind+".md")] = fmt.Sprintf("+++\ntitle = %q\n+++\n\n%s", kind+" "+base+" "+gemeente, text)
		}
	}
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// markdown makes a long description with headings, a list, a table and emphasis.
func markdown(r *rand.Rand) string {
	var b strings.Builder
	for s := 1; s <= 3+r.IntN(3); s++ {
		fmt.Fprintf(&b, "## Stap %d\n\n", s)
		for range 2 + r.IntN(3) {
			for range 3 + r.IntN(4) {
				b.WriteString(zinnen[r.IntN(len(zinnen))])
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		b.WriteString("- **Vragen** mag breed, _vastleggen_ alleen bij een hulpvraag\n- Het verslag gaat naar de inwoner\n\n")
	}
	b.WriteString("| Gegeven | Vastleggen |\n|---|---|\n| Gezondheid | alleen bij hulpbehoefte |\n| Inkomen | altijd |\n")
	return b.String()
}

func verwerking(r *rand.Rand, pk *pack, base, gemeente, text string, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "sjabloon = \"vng-sociaal-domein/%s\"\n", base)
	fmt.Fprintf(&b, "naam = %q\n", fmt.Sprintf("%s — %s (%d)", titel(base), gemeente, i))
	// A site that names a verwerking itself names it for the citizen too (else pia check advises it).
	fmt.Fprintf(&b, "naam_voor_inwoner = %q\n", fmt.Sprintf("%s in %s", pk.inwoner[base], gemeente))
	status := []string{"concept", "definitief", "vastgesteld"}[r.IntN(3)]
	fmt.Fprintf(&b, "status = %q\nversie = \"1.%d\"\ndatum = 2026-%02d-%02d\n", status, r.IntN(9), 1+r.IntN(12), 1+r.IntN(28))
	fmt.Fprintf(&b, "opsteller = \"Privacyteam %s\"\nproceseigenaar = \"Afdeling Sociaal Domein\"\n", gemeente)
	fmt.Fprintf(&b, "aantal_betrokkenen = %d\n", 200+r.IntN(20000))
	fmt.Fprintf(&b, "beschrijving = \"\"\"\n%s\"\"\"\n\n", text)
	if status != "concept" {
		fmt.Fprintf(&b, "[advies_fg]\ndatum = 2026-%02d-15\noordeel = \"positief-met-voorwaarden\"\ntekst = \"De FG adviseert positief als de maatregelen voor eind 2027 gereed zijn.\"\n\n", 1+r.IntN(12))
	}
	fmt.Fprintf(&b, "[raadpleging_betrokkenen]\ngedaan = true\nwie = \"Adviesraad sociaal domein %s\"\nuitkomst = \"De adviesraad vroeg om uitleg in eenvoudige taal.\"\n\n", gemeente)
	if status == "vastgesteld" {
		b.WriteString("[besluit]\ndatum = 2026-12-01\ndoor = \"College van burgemeester en wethouders\"\n" +
			"maatregelen_goedgekeurd_door = \"Afdelingshoofd\"\nrestrisico_aanvaard_door = \"College van burgemeester en wethouders\"\n" +
			"fg_advies_gevolgd = true\nherbeoordeling = 2029-12-01\n\n")
	}
	doel := pk.doelen[base][0]
	for k := range r.IntN(3) {
		fmt.Fprintf(&b, "[[gegevens]]\nid = \"extra-%d\"\nomschrijving = \"Aanvullende notitie %d over de ondersteuning in %s\"\n"+
			"categorie = \"leefgebieden\"\nbron = \"inwoner\"\ndoelen = [%q]\nuitvragen = true\nregistreren = \"nooit\"\n"+
			"noodzaak = \"Wordt in het gesprek gevraagd om de hulpvraag te begrijpen, maar niet vastgelegd.\"\n\n", k, k, gemeente, doel)
	}

	// A municipality fills in what the pack leaves to it: its suppliers and its processing agreements.
	for _, sys := range pk.systemen[base] {
		b.WriteString("[[systemen]]\n")
		for _, k := range []string{"naam", "leverancier", "verwerker", "overeenkomst", "locatie", "waarborg"} {
			v, ok := sys[k]
			switch {
			case k == "leverancier" && ok && strings.Contains(fmt.Sprint(v), "in te vullen"):
				fmt.Fprintf(&b, "leverancier = %q\n", "Softwarehuis "+gemeente+" BV")
			case k == "overeenkomst" && ok && strings.Contains(fmt.Sprint(v), "in te vullen"):
				fmt.Fprintf(&b, "overeenkomst = %q\n", fmt.Sprintf("Verwerkersovereenkomst VO-%d (VNG-model)", 2026000+i))
			case !ok:
			case k == "verwerker":
				fmt.Fprintf(&b, "verwerker = %v\n", v)
			default:
				fmt.Fprintf(&b, "%s = %q\n", k, v)
			}
		}
		b.WriteString("\n")
	}
	for _, id := range pk.invullen[base] {
		fmt.Fprintf(&b, "[[ontvangers]]\nid = %q\novereenkomst = %q\n\n", id,
			fmt.Sprintf("Verwerkersovereenkomst VO-%d-%s (VNG-model)", 2026000+i, id))
	}
	if r.IntN(2) == 0 {
		fmt.Fprintf(&b, "[[ontvangers]]\nid = \"regio-%d\"\nnaam = \"Regionale uitvoeringsorganisatie %s\"\nrol = \"verwerker\"\n"+
			"gegevens = [\"*\"]\novereenkomst = \"VO-%d\"\nland = \"NL\"\n\n", i, gemeente, 2026000+i)
	}
	fmt.Fprintf(&b, "[[risicos]]\nid = \"R%d\"\nomschrijving = \"Lokaal risico: gegevens van %s staan te lang in een gedeelde map\"\n"+
		"gevolg = \"Collega's zonder taak kunnen het dossier inzien.\"\nkans = %d\nimpact = %d\nmaatregelen = [\"MX\"]\nrest_kans = 1\nrest_impact = 2\n\n",
		90+r.IntN(9), gemeente, 1+r.IntN(4), 1+r.IntN(4))
	// Most questionnaires answer every open question; some are still work in progress.
	b.WriteString("[antwoorden]\n")
	for _, q := range pk.vragen {
		if r.IntN(10) > 0 {
			fmt.Fprintf(&b, "%q = %q\n", q, zinnen[r.IntN(len(zinnen))]+" "+zinnen[r.IntN(len(zinnen))])
		}
	}
	b.WriteString("\n")
	b.WriteString("[[maatregelen]]\nid = \"MX\"\nomschrijving = \"Gedeelde mappen opschonen en toegang per rol inrichten\"\n" +
		"soort = \"technisch\"\nstatus = \"in-uitvoering\"\neigenaar = \"Functioneel beheer\"\ngereed_op = 2027-06-30\n")
	return b.String()
}

func titel(base string) string {
	return strings.ToUpper(base[:1]) + strings.ReplaceAll(base[1:], "-", " ")
}

const config = `titel = "Privacy in het sociaal domein (regionaal platform)"
taal = "nl"
sjablonen = ["vng-sociaal-domein"]
uitvoer = "output"

[organisatie]
naam = "Regionaal platform sociaal domein"
adres = "Stationsplein 1, 1234 AB Voorbeeldstad"
email = "privacy@regio.example"
telefoon = "14 0999"

[organisatie.fg]
naam = "Functionaris gegevensbescherming"
email = "fg@regio.example"
`

const hugoSingle = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">Overzicht</a></header><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
`

const hugoList = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
`
