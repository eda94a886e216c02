package main

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"cli.gebruik":            "Gebruik: pia <commando> [opties]\n\nCommando's:",
		"cli.gebruik.meer":       "\nMeer over een commando: pia <commando> -h",
		"cli.zie-help":           "Zie: pia %s -h",
		"cli.opties":             "Opties:",
		"cli.waarde":             "<waarde>",
		"cli.waarde.bron":        "<map>",
		"cli.waarde.uitvoer":     "<map>",
		"cli.waarde.formaat":     "<formaat>",
		"cli.waarde.adres":       "<adres>",
		"cli.waarde.poort":       "<getal>",
		"cli.waarde.naam":        "<naam>",
		"cli.waarde.sjabloon":    "<pakket>/<verwerking>",
		"cli.standaard":          "(standaard: %s)",
		"cli.synopsis.build":     "Gebruik: pia build [opties]",
		"cli.synopsis.check":     "Gebruik: pia check [opties]",
		"cli.synopsis.serve":     "Gebruik: pia serve [opties]",
		"cli.synopsis.new":       "Gebruik: pia new verwerking <id> --sjabloon <pakket>/<verwerking> [opties]",
		"cli.synopsis.init":      "Gebruik: pia init <map> [opties]",
		"cli.synopsis.sjablonen": "Gebruik: pia sjablonen [<pakket>/<verwerking> | <bestand>[:regel]] [opties]",
		"cli.synopsis.uitleg":    "Gebruik: pia uitleg <onderwerp> | <code> …",
		"cli.synopsis.version":   "Gebruik: pia version",
		"cli.help.build":         "bouw de site (HTML en PDF) in de uitvoermap",
		"cli.help.check":         "laad en controleer de vragenlijsten; schrijft niets",
		"cli.help.serve":         "bouw, bekijk in de browser en bouw opnieuw bij elke wijziging",
		"cli.help.new":           "nieuwe vragenlijst: pia new verwerking <id> --sjabloon <pakket>/<verwerking>",
		"cli.help.init":          "nieuwe site in een map: pia init <map>",
		"cli.uitleg.new": "maak een nieuwe vragenlijst in content/verwerkingen die voortbouwt op een sjabloon, met " +
			"de vragen van het sjabloon als commentaar",
		"cli.uitleg.init": "maak een nieuwe site in een map: pia.toml, een eerste vragenlijst en een pagina over " +
			"het privacybeleid",
		"cli.help.sjablonen":    "toon de sjabloonpakketten met hun versie, uitgever en verwerkingen",
		"cli.help.uitleg":       "leg de regels van pia check, de thema's en de sjabloonpakketten uit",
		"cli.help.version":      "toon de versie van pia",
		"cli.onbekend-commando": "onbekend commando %q",
		"cli.bedoelde-u":        "; bedoelde u %s?",
		// Words a user may type for a command (pia bouw), lower case, separated by spaces.
		"cli.woorden.build":            "bouw bouwen maak maken",
		"cli.woorden.check":            "controleer controleren controle toets toetsen",
		"cli.woorden.serve":            "bekijk bekijken start toon",
		"cli.woorden.new":              "nieuw nieuwe",
		"cli.woorden.init":             "begin",
		"cli.woorden.sjablonen":        "sjabloon pakketten",
		"cli.woorden.version":          "versie",
		"cli.te-veel-argumenten":       "onverwachte argumenten: %s",
		"cli.optie.onbekend":           "onbekende optie %s",
		"cli.optie.onbekend.suggestie": "onbekende optie %s; bedoelde u %s?",
		"cli.optie.zonder-waarde":      "de optie %s heeft een waarde nodig: %s",
		"cli.optie.leeg":               "de waarde van %s is leeg; geef een waarde: %s",
		"cli.optie.ongeldig":           "ongeldige waarde %s voor %s",
		"cli.optie.twee-keer":          "%s staat twee keer op de regel, de tweede keer met %s; geef de optie één keer",
		"cli.optie.ongeldig.getal":     "ongeldige waarde %s voor %s: geef een geheel getal",
		"cli.optie.ongeldig.lijst":     "ongeldige waarde %s voor %s: geef een of meer waarden, met komma's ertussen",
		"cli.optie.ongeldig.bereik":    "de waarde %s voor %s valt buiten het bereik",
		"cli.optie.ongeldig.schakelaar": "ongeldige waarde %s voor %s: deze optie staat aan als u haar noemt " +
			"en heeft geen waarde nodig",
		"cli.optie.vorm":          "%s is geen geldige optie; een optie begint met -- gevolgd door haar naam",
		"cli.optie.anders":        "ongeldige optie (%s)",
		"cli.optie.bron":          "map van de site (met pia.toml)",
		"cli.optie.formaat-check": "uitvoer: tekst of json",
		"cli.optie.streng":        "ook waarschuwingen laten falen (exitcode 1)",
		"cli.optie.sjabloon":      "sjabloon waarop de verwerking voortbouwt (zie pia sjablonen)",
		"cli.optie.init-sjabloon": "sjabloon voor de eerste verwerking van de nieuwe site",
		"cli.optie.naam":          "naam van de organisatie",
		"cli.formaat-check":       "onbekend formaat %q; kies tekst of json",
		"cli.optie.verwerking":    "alleen deze verwerkingen (ids met komma's ertussen; * past op elk stuk, zoals in wmo-*)",
		"cli.optie.ernst":         "alleen bevindingen vanaf deze ernst: fout, waarschuwing of advies",
		"cli.optie.code":          "alleen bevindingen met deze codes (met komma's ertussen; zie pia uitleg regels)",
		"cli.waarde.verwerking":   "<ids>",
		"cli.waarde.ernst":        "<ernst>",
		"cli.waarde.code":         "<codes>",
		"cli.selectie.patroon":    "%q is geen geldig patroon voor --verwerking; gebruik een id of een id met *, zoals wmo-*",
		"cli.selectie.ernst":      "onbekende ernst %q voor --ernst; kies fout, waarschuwing of advies",
		"cli.selectie.code":       "pia kent geen regel met code %q (zie pia uitleg regels)",
		"cli.selectie.verwerking": "geen verwerking van deze site past bij --verwerking %s",
		"cli.selectie.zoals":      "; bedoelde u %s? Met * erin past een patroon op meer ids, zoals %s",
		"cli.selectie":            "Selectie: %s.",
		"cli.selectie.streng": "--streng laat waarschuwingen falen, maar --ernst fout toont ze niet; laat een van " +
			"beide weg (--ernst waarschuwing --streng toont en telt fouten en waarschuwingen)",
		"cli.selectie.verwerkingen":       "%d van de %d verwerkingen",
		"cli.selectie.vanaf-fout":         "alleen fouten",
		"cli.selectie.vanaf-waarschuwing": "alleen fouten en waarschuwingen",
		"cli.selectie.codes":              "codes %[2]s",
		"cli.selectie.codes.een":          "code %[2]s",
		"cli.version.dev":                 "(ontwikkelversie)",

		"cli.check.laadfouten":       "%d laadfouten: pia kan de site pas lezen als deze zijn opgelost.",
		"cli.check.laadfouten.een":   "%d laadfout: pia kan de site pas lezen als deze is opgelost.",
		"cli.check.thema":            "%s\npia build kan de site zo niet bouwen; los dit eerst op.",
		"cli.check.site":             "Site (%s)",
		"cli.check.via":              "via %s",
		"cli.check.bron":             "Bron: %s",
		"cli.check.oplossing":        "Wat te doen: %s",
		"cli.check.dpia-ja":          "DPIA verplicht",
		"cli.check.dpia-nee":         "DPIA niet verplicht",
		"cli.check.risico":           "hoogste risico: %s, na maatregelen: %s",
		"cli.check.niveau-geen":      "geen",
		"cli.check.geen-bevindingen": "geen bevindingen",
		"cli.check.samenvatting":     "%d verwerkingen: %s.",
		"cli.geen-verwerkingen": "Er staan nog geen vragenlijsten in content/verwerkingen/. Maak er een met " +
			"pia new verwerking <id> --sjabloon <pakket>/<verwerking>; pia sjablonen toont de sjablonen die er zijn.",
		"cli.check.samenvatting.een": "%d verwerking: %s.",
		"cli.telling":                "%s, %s, %s",
		"cli.telling.fout":           "%d fouten", "cli.telling.fout.een": "%d fout",
		"cli.telling.waarschuwing": "%d waarschuwingen", "cli.telling.waarschuwing.een": "%d waarschuwing",
		"cli.telling.advies": "%d adviezen", "cli.telling.advies.een": "%d advies",
		"cli.telling.verwerking": "%d verwerkingen", "cli.telling.verwerking.een": "%d verwerking",
		"cli.telling.pagina": "%d pagina's", "cli.telling.pagina.een": "%d pagina",
		"cli.telling.pdf": "%d PDF's", "cli.telling.pdf.een": "%d PDF",

		"cli.new.gebruik":               "gebruik: pia new verwerking <id> --sjabloon <pakket>/<verwerking>",
		"cli.new.id":                    "id %q is ongeldig: gebruik alleen kleine letters, cijfers en streepjes",
		"cli.new.geen-sjabloon":         "geef met --sjabloon aan op welk sjabloon de verwerking voortbouwt, bijvoorbeeld --sjabloon vng-sociaal-domein/wmo-maatwerkvoorziening (zie pia sjablonen)",
		"cli.new.bestaat":               "%s bestaat al; pia overschrijft geen vragenlijst. Kies een ander id of verwijder het bestand eerst",
		"cli.new.id-bestaat":            "verwerking %q bestaat al (in %s); elke verwerking heeft een eigen id. Kies een ander id",
		"cli.nieuw.laadfouten":          "%d fouten; er is niets geschreven. pia sjablonen toont de sjablonen die er zijn.",
		"cli.nieuw.laadfouten.een":      "%d fout; er is niets geschreven. pia sjablonen toont de sjablonen die er zijn.",
		"cli.nieuw.laadfouten-kort":     "%d fouten; er is niets geschreven.",
		"cli.nieuw.laadfouten-kort.een": "%d fout; er is niets geschreven.",
		"cli.nieuw.geen-bestand":        "%s is een map; pia wil daar een vragenlijst of ander bestand maken. Verwijder of hernoem de map en probeer het opnieuw",
		"cli.new.klaar":                 "Vragenlijst gemaakt: %s\nVul de vragen in en controleer met: %s",

		"cli.bron.bestaat-niet": "de map %s bestaat niet; geef met --bron de map van de site op (de map met pia.toml)",
		"cli.bron.geen-map":     "%s is een bestand; geef met --bron de map van de site op (de map met pia.toml)",
		"cli.init.gebruik":      "gebruik: pia init <map>",
		"cli.init.leeg":         "de naam van de map is leeg; geef de map voor de nieuwe site, bijvoorbeeld: pia init mijn-site",
		"cli.init.bestaat":      "in %s staat al een pia.toml; pia init maakt alleen nieuwe sites",
		"cli.init.in-site": "%s ligt in %s/ van de site in %s: die site zou de bestanden van de nieuwe site als " +
			"de zijne lezen. Kies een map buiten die site, bijvoorbeeld %s",
		"cli.init.deze-map": "deze map",
		"cli.init.bestand":  "%s is een bestand; geef een map op (die nog niet bestaat of leeg is) voor de nieuwe site",
		"cli.init.sjabloon": "sjabloon %q heeft niet de vorm <pakket>/<verwerking>",
		"cli.init.behouden": "Deze bestanden stonden er al; pia liet ze ongemoeid: %s",
		"cli.init.klaar": "Nieuwe site gemaakt in %s.\nVul pia.toml aan (vooral de naam van de organisatie en de functionaris " +
			"gegevensbescherming) en content/privacybeleid.md, dan: pia check --bron %s en pia build --bron %s",
		"cli.init.klaar-hier": "Nieuwe site gemaakt in deze map (%s).\nVul pia.toml aan (vooral de naam van de " +
			"organisatie en de functionaris gegevensbescherming) en content/privacybeleid.md, dan: pia check en pia build",
		"cli.init.config": `titel = "Privacy in het sociaal domein"
taal = "nl"
thema = "default"
sjablonen = [%[2]s]
uitvoer = "output"
# Grondslagen, bewaartermijnen en AP-categorieën die het pakket als onzeker markeert en die uw jurist heeft
# gecontroleerd, met hun id, bijvoorbeeld ["wmo-5-1-1", "bt-wmo"]. pia check vraagt er dan niet meer naar.
geverifieerd = []

[organisatie]
# De naam waaronder inwoners uw organisatie kennen, zoals "Gemeente Voorbeeldstad". Elk document noemt hem.
naam = %[1]s
# Wie volgens de wet verantwoordelijk is voor de gegevens, als dat niet de organisatie zelf is. Bij taken van de
# gemeente in het sociaal domein is dat meestal het college, bijvoorbeeld
# "Het college van burgemeester en wethouders van Voorbeeldstad". Het register en de privacyverklaringen noemen het.
verantwoordelijke = ""
adres = ""
website = ""
telefoon = ""
email = ""

# De functionaris gegevensbescherming (FG). Elke privacyverklaring noemt hoe inwoners de FG bereiken:
# vul naam en e-mail of telefoon in.
[organisatie.fg]
naam = ""
email = ""
telefoon = ""
`,
		"cli.init.pagina": `+++
titel = "Privacybeleid"
gewicht = 10
+++

Beschrijf hier de uitgangspunten van het privacybeleid van uw organisatie voor het sociaal domein: hoe u omgaat met
de gegevens van inwoners die hulp vragen. Deze pagina staat in het menu van de site; haal haar weg als u haar niet
gebruikt.
`,
		"cli.uitleg.onderwerpen": "Waarover wilt u uitleg?\n" +
			"  pia uitleg regels              alle regels van pia check: code, ernst, wanneer en de bron\n" +
			"  pia uitleg <code>              één regel, zoals pia uitleg grondslag-ontbreekt\n" +
			"  pia uitleg <woord>             de regels met dat woord in hun code, zoals pia uitleg bewaartermijn\n" +
			"  pia uitleg themas              hoe u het uiterlijk van de site en de PDF's aanpast\n" +
			"  pia uitleg sjabloonpakketten   hoe een sjabloonpakket in elkaar zit",
		"cli.uitleg.onbekend": "pia heeft geen uitleg over %q; kies regels, themas, sjabloonpakketten of de code " +
			"van een regel",
		"cli.uitleg.bron": "Bron: %s",
		"cli.uitleg.sjablonen": "toon de sjabloonpakketten met hun versie, uitgever en verwerkingen, en welke " +
			"pia.toml kiest; met <pakket>/<verwerking> het sjabloon zelf, met een plek uit pia check " +
			"(zoals '(ingebouwd)/pia-templates/…/wmo-maatwerkvoorziening.toml:325') de regels eromheen",
		"cli.sjablonen.welk-bestand": "%q is geen sjabloon: geef <pakket>/<verwerking>, zoals " +
			"vng-sociaal-domein/wmo-maatwerkvoorziening, of een bestand onder pia-templates/ zoals pia check het noemt",
		"cli.sjablonen.geen-pakket":   "er is geen sjabloonpakket %q",
		"cli.sjablonen.geen-sjabloon": "sjabloon %q bestaat niet in pakket %s",
		"cli.sjablonen.geen-bestand":  "%s bestaat niet",
		"cli.sjablonen.is-map":        "%s is een map; geef een bestand daarin, zoals pia check het noemt",
		"cli.sjablonen.lezen":         "kan %s niet lezen: %s",
		"cli.sjablonen.regelnummer": "in %q staat na de dubbele punt geen regelnummer; schrijf %[2]s:12 voor regel 12, " +
			"of %[2]s:12:5 voor regel 12, kolom 5",
		"cli.sjablonen.geen-regel":    "%s heeft geen regel %d; het bestand heeft %d regels",
		"cli.check.ingebouwd":         "Een plek in %s staat in een pakket dat in pia zelf zit; bekijk die zo: %s",
		"cli.sjablonen.geen":          "Geen sjabloonpakketten gevonden.",
		"cli.sjablonen.map":           "map: %s",
		"cli.sjablonen.gekozen":       "in gebruik: pia.toml kiest dit pakket",
		"cli.sjablonen.gekozen-basis": "in gebruik als basis van %s, dat pia.toml kiest",
		"cli.sjablonen.niet-gekozen":  "niet in gebruik: zet %q in sjablonen in pia.toml om het te kiezen",
		"cli.sjablonen.andere-versie": "niet in gebruik: pia.toml kiest versie %s; zet %q in sjablonen om deze te kiezen",
		"cli.sjablonen.basis":         "bouwt voort op: %s %s",
		"cli.sjablonen.gebruikt": "gebruikt sjablonen van: %s (een site die dit pakket kiest, zet die ook in " +
			"sjablonen in pia.toml)",
	})
}

func init() {
	i18n.Register("nl", map[string]string{
		"cli.optie.uitvoer":          "map waarin de site wordt gebouwd (standaard uitvoer uit pia.toml)",
		"cli.optie.formaat-build":    "wat wordt gemaakt: html, pdf of html,pdf",
		"cli.formaat-build":          "onbekend formaat %q; kies html, pdf of html,pdf",
		"cli.build.niets-geschreven": "Er is niets geschreven; de vorige uitvoer is ongewijzigd.",
		"cli.build.mislukt":          "bouwen mislukt: %s\nDe vorige uitvoer is ongewijzigd.",
		"cli.build.afgebroken":       "Afgebroken: er is niets geschreven; de vorige uitvoer is niet veranderd.",
		"cli.build.restant": "Let op: de nieuwe site staat op zijn plaats, maar pia kon de vorige uitvoer niet " +
			"verwijderen (%s). Die staat nog in %s; verwijder die map zelf.",
		"cli.build.klaar":     "Gebouwd: %s, %s, %s; bevindingen: %s (%s s) → %s",
		"cli.build.zie-check": "Bekijk de bevindingen met: %s",
	})
}

func init() {
	i18n.Register("nl", map[string]string{
		"cli.optie.adres": "adres waarop de server luistert; 127.0.0.1 is alleen deze computer",
		"cli.optie.poort": "poort van de server",
		"cli.serve.poort": "poort %d bestaat niet; kies een getal tussen 1 en 65535",
		"cli.serve.luisteren": "kan niet luisteren op %s: %s. Kies een andere poort met --poort, of een ander " +
			"adres met --adres",
		"cli.serve.poort-bezet": "kan niet luisteren op %s: een ander programma gebruikt die poort al (draait pia " +
			"serve misschien al?). Kies een andere poort met --poort, bijvoorbeeld --poort %d",
		"cli.serve.poort-toegang": "kan niet luisteren op %s: geen toestemming. Poorten onder 1024 vragen " +
			"beheerdersrechten; kies met --poort een poort boven 1024",
		"cli.serve.adres-onbekend": "kan niet luisteren op %s: dat is geen adres van deze computer. Gebruik " +
			"--adres 127.0.0.1 (alleen deze computer) of --adres 0.0.0.0 (ook andere computers in het netwerk)",
		"cli.serve.adres-poort": "%s bevat ook een poort, maar de poort hoort bij --poort: " +
			"gebruik %s",
		"cli.serve.adres-alleen-poort": "%s is een poort, maar de poort hoort bij --poort: gebruik %s (alleen deze " +
			"computer), of %s (ook andere computers in het netwerk)",
		"cli.serve.start-met-fouten": "pia start toch: de pagina's tonen deze fouten tot u ze in de bestanden hebt opgelost.",
		"cli.serve.renderfout":       "De site is gelezen, maar pia kan de pagina's niet maken: %s",
		"cli.serve.start-met-fout":   "pia start toch: de pagina's tonen deze fout tot u die in het bestand hebt opgelost.",
		"cli.serve.alle-adressen":    "%s (en op elk netwerkadres van deze computer)",
		"cli.serve.netwerk": "Let op: wie deze computer via het netwerk bereikt, kan de site zien, ook documenten " +
			"die nog concept zijn. Zonder --adres is de site alleen op deze computer te zien.",
		"cli.serve.klaar":   "De site staat op %s — pia bouwt opnieuw zodra u een bestand opslaat. Stop met Ctrl-C.",
		"cli.serve.gestopt": "Server gestopt.",
		"cli.serve.bezig":   "pia leest en bouwt de site. Op %s ziet u nu dat pia bezig is; de site verschijnt daar vanzelf.",
		"cli.serve.niet-volgen": "De site blijft bereikbaar, maar pia bouwt niet opnieuw als u een bestand opslaat. " +
			"Stop met Ctrl-C en start pia serve opnieuw als dit is opgelost.",
	})
}
