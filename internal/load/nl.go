package load

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"load.geen-config": "geen pia.toml gevonden; dit is geen site. Maak een nieuwe site met `pia init <map>` " +
			"of geef de sitemap op met --bron",
		"load.lezen": "kan het bestand niet lezen: %s",
		"load.map-lezen": "kan de map %s niet lezen: %s. pia bouwt niet verder, want dan zou de site de " +
			"verwerkingen en pagina's uit die map missen",
		"load.pack.map-lezen": "kan de map %s niet lezen: %s. pia bouwt niet verder, want zonder die map zou het " +
			"sjabloonpakket ongemerkt onvolledig zijn, of zou pia het meegeleverde pakket gebruiken",
		"load.link-weg": "%s is een link naar een map of bestand dat er niet (meer) is; sluit de schijf weer aan (een " +
			"netwerkschijf?) of zet de link goed",
		"load.syntax": "TOML-fout: %s",
		"load.toml.woord": "hier hoort een waarde, maar er staat %s. Zet tekst tussen aanhalingstekens " +
			"(\"zoals dit\"); alleen true, false, getallen en datums staan er zonder",
		"load.toml.woord-janee": "hier hoort een waarde, maar er staat %s. Voor ja of nee schrijft u true of false, " +
			"in kleine letters en zonder aanhalingstekens; tekst zet u tussen aanhalingstekens (\"zoals dit\")",
		"load.toml.waarde":     "hier hoort een waarde, maar er staat %s",
		"load.toml.eof-waarde": "het bestand houdt op waar nog een waarde hoort",
		"load.toml.tekst-open": "de tekst is niet afgesloten: het aanhalingsteken aan het eind ontbreekt op deze " +
			"regel. Een tekst over meerdere regels zet u tussen \"\"\" en \"\"\"",
		"load.toml.tekst-open3": "de tekst die hier met \"\"\" begint, wordt nergens afgesloten; zet \"\"\" aan " +
			"het eind van de tekst",
		"load.toml.tekst-open3-enkel": "de tekst die hier met ''' begint, wordt nergens afgesloten; zet ''' aan " +
			"het eind van de tekst",
		"load.toml.escape": "%s is geen geldige code in een tekst tussen %s, waar een backslash een code als \\n " +
			"begint. %s",
		"load.toml.hex2": "na \\%s horen twee hexadecimale cijfers. %s",
		"load.toml.hex4": "na \\%s horen vier hexadecimale cijfers, zoals \\u00e9 voor é. %s",
		"load.toml.hex8": "na \\%s horen acht hexadecimale cijfers. %s",
		"load.toml.backslash": "Bedoelt u een gewone backslash (zoals in C:\\Users), schrijf dan \\\\ of zet de " +
			"tekst tussen enkele aanhalingstekens ('…')",
		"load.toml.backslash3": "Bedoelt u een gewone backslash (zoals in C:\\Users), schrijf dan \\\\ of zet de " +
			"tekst tussen drie enkele aanhalingstekens ('''…''') in plaats van \"\"\"…\"\"\"",
		"load.toml.hex-teken": "%s is geen geldig teken",
		"load.toml.dubbel": "%s staat al eerder in dit bestand; een sleutel of tabel mag maar één keer " +
			"voorkomen. Voeg de twee samen of haal er één weg",
		"load.toml.al-tabel":     "%s is al eerder als tabel gebruikt en kan hier niet opnieuw beginnen",
		"load.toml.geen-lijst":   "%s is al eerder gebruikt en kan hier geen lijst van tabellen ([[…]]) worden",
		"load.toml.geen-tabel":   "%s heeft al een waarde en kan daarom geen tabel zijn",
		"load.toml.is":           "na de sleutel hoort een =, maar er staat %s. Schrijf sleutel = waarde op één regel",
		"load.toml.is-eof":       "het bestand houdt op na een sleutel zonder = en waarde",
		"load.toml.sleutel-leeg": "voor de = staat geen sleutel; schrijf sleutel = waarde",
		"load.toml.sleutel-punt": "een sleutel mag niet met een punt beginnen of eindigen",
		"load.toml.lijst": "in een lijst staat tussen twee waarden een komma en aan het eind een ], maar hier " +
			"staat %s",
		"load.toml.komma": "hier staat een komma waar een waarde hoort; haal de komma weg of zet er een waarde voor",
		"load.toml.inline": "in een tabel tussen { en } staat tussen twee velden een komma en aan het eind een }, " +
			"maar hier staat %s",
		"load.toml.inline-open": "de tabel die hier met { begint, wordt niet afgesloten; zet de velden erin op " +
			"dezelfde regel en sluit af met }, zoals a = { b = 1 }",
		"load.toml.inline-regel": "een tabel tussen { en } moet op één regel staan; schrijf een lange tabel " +
			"als [naam]-blok",
		"load.toml.regeleinde": "na de waarde hoort de regel op te houden (of verder te gaan met een # opmerking), " +
			"maar er staat %s. Zet elke sleutel op een eigen regel",
		"load.toml.regeleinde-aanhalingsteken": "de tekst houdt op bij een aanhalingsteken dat in de tekst hoort, en " +
			"daarna gaat de regel verder. Zet de tekst tussen de andere soort aanhalingstekens, zo: %s",
		"load.toml.regeleinde-tekst": "%s is tekst, geen getal: zet het tussen aanhalingstekens, zo: %s",
		"load.toml.regeleinde-datum": "schrijf een datum als jaar-maand-dag met streepjes en zonder aanhalingstekens, " +
			"zo: %s",
		"load.toml.regeleinde-komma": "in een kommagetal staat een punt, geen komma; schrijf zo: %s",
		"load.toml.regeleinde-getal": "in een getal staat geen spatie; schrijf het aan elkaar, zo: %s",
		"load.toml.tabellen-naam":    "een [[naam]]-regel eindigt met ]], maar hier staat %s",
		"load.toml.tabelnaam-leeg":   "de naam tussen [ en ] is leeg of eindigt met een punt",
		"load.toml.tabelnaam":        "de naam van een tabel eindigt met ], maar hier staat %s",
		"load.toml.datum": "%s is geen geldige datum; schrijf jaar-maand-dag zonder aanhalingstekens, " +
			"zoals 2026-11-01",
		"load.toml.datum-omgekeerd": "%s is geen geldige datum: het jaar staat voorop, dan de maand en de dag. " +
			"Bedoelt u %s?",
		"load.toml.datum-omgekeerd-ongeldig": "%s is geen geldige datum: het jaar staat voorop, dan de maand en de dag, " +
			"zoals 2026-11-01",
		"load.toml.datum-teken": "%s is geen geldige datum: schrijf jaar-maand-dag met streepjes. " +
			"Bedoelt u %s?",
		"load.toml.datum-teken-ongeldig": "%s is geen geldige datum: schrijf jaar-maand-dag met streepjes, " +
			"zoals 2026-11-01",
		"load.toml.datum-dag-nul":   "%s is geen geldige datum: de dagen van een maand tellen vanaf 01",
		"load.toml.datum-maand":     "%s is geen geldige datum: een maand %d bestaat niet. Schrijf jaar-maand-dag, zoals 2026-11-01",
		"load.toml.datum-dag":       "%s is geen geldige datum: die maand heeft %d dagen",
		"load.toml.datum-cijfers":   "%s is geen geldige datum: maand en dag hebben elk twee cijfers. Bedoelt u %s?",
		"load.toml.getal-groot":     "het getal %s valt buiten het bereik dat pia kan lezen",
		"load.toml.getal-nul":       "%s is geen geldig getal: een getal begint niet met een 0",
		"load.toml.getal-streep":    "%s is geen geldig getal: een _ staat alleen tussen twee cijfers",
		"load.toml.kommagetal":      "%s is geen geldig getal; schrijf een kommagetal met een punt, zoals 1.5",
		"load.toml.kommagetal-punt": "een kommagetal begint met een cijfer: schrijf 0.5, niet .5",
		"load.toml.getal":           "%s is geen geldig getal",
		"load.toml.cijfer":          "hier hoort een cijfer, maar er staat %s",
		"load.toml.stuurteken": "het bestand bevat hier een onzichtbaar stuurteken (%s); haal het weg. Zo'n " +
			"teken komt vaak mee bij kopiëren en plakken uit een ander programma",
		"load.toml.spatie": "hier staat %s: die ziet eruit als een gewone spatie, maar TOML leest hem niet zo. " +
			"Zo'n spatie komt vaak mee bij kopiëren uit een tekstverwerker of webpagina; vervang hem door een " +
			"gewone spatie",
		"load.toml.harde-spatie":  "een harde spatie (U+00A0)",
		"load.toml.andere-spatie": "een bijzondere spatie (U+%04X)",
		"load.toml.onzichtbaar": "het bestand bevat hier een onzichtbaar teken (U+%04X); haal het weg. Zo'n " +
			"teken komt vaak mee bij kopiëren en plakken uit een ander programma",
		"load.toml.krul": "Krullende aanhalingstekens (“ ” „ ‘ ’) zijn in TOML geen aanhalingstekens; een " +
			"tekstverwerker zet ze vaak in de plaats van rechte. Typ rechte aanhalingstekens: \"…\"",
		"load.toml.utf8": "het bestand is niet als UTF-8 opgeslagen (byte %s). Sla het op als UTF-8; de " +
			"meeste editors kunnen dat bij 'Opslaan als'",
		"load.toml.utf16": "het bestand bevat nul-bytes en is waarschijnlijk als UTF-16 opgeslagen. Sla het op " +
			"als UTF-8",
		"load.toml.anders":        "het bestand is hier geen geldige TOML (%s)",
		"load.toml.einde-regel":   "het einde van de regel",
		"load.toml.einde-bestand": "het einde van het bestand",
		"load.toml.niets":         "niets",
		"load.bestandsnaam": "bestandsnaam %q is ongeldig: gebruik alleen kleine letters, cijfers en streepjes " +
			"(bijvoorbeeld wmo-maatwerkvoorziening.toml)",
		"load.link-map": "%s is een symbolische link naar een map; pia volgt zulke links niet, zodat wat erin staat " +
			"niet op de site zou komen. Zet de map zelf hier neer, of kopieer de bestanden",
		"load.vragenlijst-buiten": "%s wordt niet gelezen: vragenlijsten staan in %s/ of in een submap daarvan. " +
			"Verplaats het bestand daarheen, of haal het uit content/",
		"load.extensie": "%s wordt niet gelezen: de naam van een vragenlijst bestaat uit kleine letters, cijfers " +
			"en streepjes en eindigt op .toml. Hernoem het bestand naar %s",
		"load.pagina.extensie": "%s wordt niet gelezen: een pagina is een bestand met een naam van kleine letters, " +
			"cijfers en streepjes die eindigt op .md. Hernoem het bestand naar %s",
		"load.stuurteken": "%s bevat een onzichtbaar stuurteken (U+%04X), meestal via een escape als \\u001b of " +
			"\\b; haal het weg",
		"load.markdown.nesting": "%s zet op regel %d van de tekst %d citaten (>) of lijsten in elkaar; pia staat er " +
			"hoogstens %d toe, omdat de opmaak van zo'n regel minuten kan duren. Haal de tekens > of de lijsttekens " +
			"aan het begin van die regel weg",
		"load.markdown.columns": "%s heeft op regel %d van de tekst een tabel van %d kolommen; pia staat er " +
			"hoogstens %d toe, omdat de opmaak van zo'n tabel minuten kan duren. Verdeel de tabel over meer tabellen",
		"load.markdown.links": "%s heeft op regel %d van de tekst %d links ([tekst](adres)); pia staat er hoogstens %d op " +
			"één regel toe, omdat de opmaak van zo'n regel minuten kan duren. Verdeel de links over meer regels",
		"load.markdown.cells": "%s heeft een tabel die op regel %d van de tekst al %d cellen telt; pia staat er hoogstens %d " +
			"toe, omdat de PDF een tabel in zijn geheel opmaakt. Verdeel de tabel over meer tabellen, of zet zulke " +
			"gegevens in een bijlage",
		"load.pagina.cells": "op deze regel telt de tabel al %d cellen; pia staat er hoogstens %d toe, omdat de PDF een " +
			"tabel in zijn geheel opmaakt. Verdeel de tabel over meer tabellen",
		"load.pagina.links": "deze regel heeft %d links ([tekst](adres)); pia staat er hoogstens %d op één regel toe, omdat " +
			"de opmaak van zo'n regel minuten kan duren. Verdeel de links over meer regels",
		"load.pagina.nesting": "deze regel zet %d citaten (>) of lijsten in elkaar; pia staat er hoogstens %d toe, " +
			"omdat de opmaak van zo'n regel minuten kan duren. Haal de tekens > of de lijsttekens aan het begin weg",
		"load.pagina.columns": "deze tabel heeft %d kolommen; pia staat er hoogstens %d toe, omdat de opmaak van " +
			"zo'n tabel minuten kan duren. Verdeel de tabel over meer tabellen",
		"load.te-diep": "hier is het bestand dieper genest dan pia leest: ten hoogste %d lagen van lijsten en " +
			"tabellen tussen { }, en niet meer delen in een sleutel met punten. Een vragenlijst heeft er maar een paar nodig",
		"load.type":       "%s moet %s zijn, maar is %s",
		"load.type.tekst": "een tekst tussen aanhalingstekens",
		"load.type.bool":  "true of false",
		"load.type.getal": "een geheel getal",
		"load.type.getal-punt": "Een punt tussen de duizendtallen maakt er in TOML een kommagetal van; schrijf " +
			"het getal zonder punt, zo: %s",
		"load.type.tekst-zo": "Zet de waarde tussen aanhalingstekens, zo: %s",
		"load.type.tabel-zo": "Schrijf [%s] met één paar haken, één keer: [[…]] maakt een lijst van tabellen",
		"load.sleutel-met-punten": "%s staat niet tussen aanhalingstekens en wordt daardoor gelezen als tabellen in " +
			"elkaar (een punt scheidt in TOML tabellen). Zet de sleutel tussen aanhalingstekens: \"%s\" = \"…\"",
		"load.antwoord.tabel": "het antwoord op vraag %s staat hier als tabel, maar een antwoord is een tekst. " +
			"Schrijf het onder %s als \"%s\" = \"…\"",
		"load.type.datum":       "een datum zonder aanhalingstekens, zoals 2026-11-01",
		"load.type.lijst":       "een lijst, zoals [\"a\", \"b\"]",
		"load.type.tabellen":    "een lijst van tabellen ([[…]]-blokken)",
		"load.type.tabel":       "een tabel ([…]-blok)",
		"load.type.onbekend":    "een geldige waarde",
		"load.is.tekst":         "de tekst %q",
		"load.is.getal":         "het getal %d",
		"load.is.kommagetal":    "het kommagetal %g",
		"load.is.kommagetal-zo": "het kommagetal %s",
		"load.is.bool":          "%t",
		"load.is.datum":         "een datum",
		"load.is.lijst":         "een lijst",
		"load.is.tabellen":      "een lijst van tabellen",
		"load.is.tabel":         "een tabel",
		"load.datum.jaar": "het jaar van %s is %d; dat lijkt een tikfout. Schrijf een datum tussen %d en %d, zoals " +
			"2026-11-01",
		"load.datum.tijd": "%s moet een datum zonder tijd zijn, zoals 2026-11-01",
		"load.waarde":     "ongeldige waarde voor %s: %s",
		"load.enum":       "ongeldige waarde %q voor %s; toegestaan: %s",
		"load.termijn.vorm": "termijn %q heeft niet de vorm \"<aantal> dagen|weken|maanden|jaar\", " +
			"bijvoorbeeld \"15 jaar\"",
		"load.termijn.te-groot": "termijn %q: het aantal is te groot; schrijf een kleiner aantal, zoals \"15 jaar\"",
		"load.termijn.geen-getal": "termijn %q begint niet met een geheel aantal; gebruik \"<aantal> " +
			"dagen|weken|maanden|jaar\", bijvoorbeeld \"15 jaar\"",
		"load.termijn.eenheid":       "termijn %q heeft een onbekende eenheid %q; gebruik dagen, weken, maanden of jaar",
		"load.enum.suggestie":        "ongeldige waarde %q voor %s; toegestaan: %s. Bedoelde u %q?",
		"load.bereik":                "%s is %d, maar moet tussen %d en %d liggen (1 verwaarloosbaar, 2 beperkt, 3 aanzienlijk, 4 maximaal)",
		"load.negatief":              "%s mag niet negatief zijn (%d)",
		"load.onbekend":              "onbekende sleutel %q; toegestaan zijn: %s",
		"load.onbekend.suggestie":    "onbekende sleutel %q; bedoelde u %q?",
		"load.onbekend.in":           "onbekende sleutel %q in %s; toegestaan zijn daar: %s",
		"load.onbekend.in.suggestie": "onbekende sleutel %q in %s; bedoelde u %q?",
		"load.bovenaan": "Is %s bedoeld voor het hele bestand? Zet die regel dan bovenaan, vóór de eerste " +
			"[tabel]: alles na een kop als %s hoort bij die tabel",
		"load.antwoord.geen-vraag": "%s onder %s is geen vraag: daar staan alleen antwoorden, elk onder de id " +
			"van zijn vraag",
		"load.verwijder.onbekend": "verwijder = true bij %q, maar het sjabloon heeft in %s geen item met dat id; " +
			"er wordt dus niets verwijderd. Controleer het id of haal dit item weg",
		"load.verwijder.onbekend.suggestie": "verwijder = true bij %q, maar het sjabloon heeft in %s geen item met " +
			"dat id; er wordt dus niets verwijderd. Bedoelde u %q?",
		"load.id.tekens": "id %q bevat ongeldige tekens: begin met een letter of cijfer en gebruik verder alleen " +
			"letters, cijfers, punt, liggend streepje of streepje",
		"load.id.ontbreekt": "het %de item van [[%s]] heeft geen id; geef elk item een eigen id, zoals " +
			"id = \"gezondheid\": daarmee verwijzen andere velden ernaar en wordt het met het sjabloon samengevoegd",
		"load.id.dubbel": "id %q komt twee keer voor in %s (eerder op regel %d); geef elk item een eigen id",
		"load.id.pad": "id %q mag geen / of .. bevatten: een id wordt een mapnaam in de uitvoer en mag daar niet " +
			"buiten komen",
		"load.id.verwerking": "id %q is ongeldig: gebruik alleen kleine letters, cijfers en streepjes, beginnend " +
			"met een letter of cijfer",
		"load.id.lang": "het id %q is %d tekens lang; het wordt de naam van bestanden en mappen in de uitvoer, " +
			"zoals pdf/<id>-privacyverklaring.pdf, en mag hoogstens %d tekens hebben. Kies een korter id of een " +
			"kortere bestandsnaam",
		"load.id.leeg": "id is leeg; laat id weg (dan is het id de bestandsnaam, %q) of geef een id, met alleen " +
			"kleine letters, cijfers en streepjes",
		"load.id.dubbel-verwerking": "verwerking %q bestaat al (in %s); elke verwerking heeft een eigen id",
		"load.thema":                "thema %q is ongeldig: gebruik de naam van een map onder themes/",
		"load.thema.lezen": "kan de map %s van het thema niet lezen: %s. pia stopt hier, in plaats van ongemerkt het " +
			"meegeleverde thema te gebruiken",
		"load.thema.onbekend": "thema %q bestaat niet: maak de map themes/%s/ in de site aan, of kies in pia.toml " +
			"een bestaand thema (standaard: default)",
		"load.logo.buiten": "het logo %q staat buiten de site; zet het bestand in de site, bijvoorbeeld in " +
			"static/, en geef het pad vanaf de map met pia.toml, met / tussen de mappen (zoals static/logo.svg)",
		"load.logo.soort": "het logo %q is geen afbeelding die een browser toont; gebruik een .svg-, .png-, " +
			".jpg-, .gif- of .webp-bestand",
		"load.logo": "het logo %q bestaat niet; zet het bestand in de site (het pad is relatief aan de map met " +
			"pia.toml) of pas organisatie.logo aan",
		"load.logo.inhoud": "het logo %s is geen afbeelding (PNG, JPEG, GIF, WebP of SVG), al zegt de naam van wel; de " +
			"pagina's zouden een kapotte afbeelding tonen. Vervang het door de afbeelding zelf",
		"load.uitvoer.naam": "uitvoer = %q is geen bruikbare mapnaam: alleen spaties, of een regeleinde of ander " +
			"stuurteken. Laat uitvoer weg voor de map output, of geef een naam zoals \"output\"",
		"load.uitvoer.site": "de uitvoermap %q is de map van de site zelf, of bevat die: daar staan uw eigen " +
			"bestanden, en pia vervangt de uitvoermap bij elke build. Kies een map ernaast of erin, zoals " +
			"uitvoer = \"output\"",
		"load.uitvoer.bron": "de uitvoermap %q ligt in %s van de site: pia leest die map, en zou zijn eigen " +
			"uitvoer bij de volgende build weer inlezen. Kies een map buiten content/, static/, themes/ en " +
			"pia-templates/, zoals uitvoer = \"output\"",
		"load.uitvoer.bestand": "de uitvoer %q is een bestand, geen map; pia schrijft de site in een map en " +
			"overschrijft geen bestanden. Kies een map, zoals uitvoer = \"output\"",
		"load.uitvoer.vreemd": "de uitvoermap %q bestaat al en is niet door pia gemaakt (er staat geen %s in); pia " +
			"vervangt alleen eigen uitvoer. Kies een andere map, zoals uitvoer = \"output\", of maak deze map leeg " +
			"als er niets in staat wat u nog nodig hebt",
		"load.basis-url": "basis_url %q is geen volledig webadres; schrijf het adres van de site met https:// " +
			"ervoor, zoals \"https://privacy.voorbeeldstad.nl\", of laat basis_url weg voor relatieve links",
		"load.titel-standaard":     "Privacy",
		"load.titel-standaard-van": "Privacy bij %s",
		"load.website": "website %q is geen volledig webadres; schrijf het met https:// ervoor, zoals " +
			"\"https://www.voorbeeldstad.nl\"",
		"load.pack.geen-pack-toml": "pakket %s heeft geen pack.toml; elk sjabloonpakket beschrijft zich in pack.toml",
		"load.pack.naam":           "pakketnaam %q is ongeldig: gebruik alleen kleine letters, cijfers en streepjes",
		"load.pack.versie":         "versie %q is geen semver-versie; schrijf bijvoorbeeld \"1.0.0\"",
		"load.pack.submap": "de map %s wordt niet gelezen: pia leest in %s alleen de bestanden zelf, geen mappen " +
			"daaronder. Zet de bestanden een map hoger",
		"load.pack.extensie": "%s wordt niet gelezen: pia leest alleen bestanden die op .toml eindigen, in kleine " +
			"letters. Hernoem het naar %s",
		"load.pack.versie-ontbreekt": "pack.toml heeft geen versie; zet er een in, zoals versie = \"1.0.0\": een site " +
			"kiest er een versie van het pakket mee",
		"load.pack.onbekend": "sjabloonpakket %q bestaat niet; beschikbaar: %s",
		"load.pack.andere-naam": "sjabloonpakket %q bestaat niet: de map %s noemt zich in pack.toml %q. Zet in " +
			"pack.toml naam = de naam van de map (kleine letters, cijfers en streepjes), of gebruik hier de naam uit pack.toml",
		"load.pack.onbekend.suggestie": "sjabloonpakket %q bestaat niet; bedoelde u %q?",
		"load.pack.versie-leeg": "na de @ van sjabloonpakket %s staat geen versie; beschikbaar: %s. Schrijf een " +
			"versie na de @, of laat de @ weg voor de nieuwste (%q)",
		"load.pack.versie-onbekend": "sjabloonpakket %s heeft geen versie %s; beschikbaar: %s",
		"load.pack.cyclus":          "sjabloonpakketten bouwen in een kring op elkaar voort (%s); haal één basis weg",
		"load.sjabloon.vorm": "sjabloon %q heeft niet de vorm pakket/verwerking, bijvoorbeeld " +
			"\"vng-sociaal-domein/wmo-maatwerkvoorziening\"",
		"load.sjabloon.leeg": "sjabloon is leeg; laat sjabloon weg of noem een sjabloon als pakket/id, zoals " +
			"\"vng-sociaal-domein/wmo-maatwerkvoorziening\"",
		"load.sjabloon.niet-gekozen":       "sjabloonpakket %q staat niet in sjablonen in pia.toml; voeg het daar toe: %s",
		"load.sjabloon.onbekend":           "sjabloon %q bestaat niet in pakket %s; beschikbaar: %s",
		"load.sjabloon.onbekend.suggestie": "sjabloon %q bestaat niet in pakket %s; bedoelde u %q?",
		"load.sjabloon.cyclus": "sjablonen breiden elkaar in een kring uit (%s); verwijder één van de " +
			"sjabloon-verwijzingen",
		"load.vraag.tekst":          "vraag %q heeft geen tekst; zet de vraag zelf in vraag = \"…\"",
		"load.vraag.id":             "vraag zonder id; geef elke vraag een id zoals \"A.1\"",
		"load.vraag.sectie":         "sectie %q van vraag %s bestaat niet in [[secties]]",
		"load.vraag.veld":           "veld %q van een vraag bestaat niet in een verwerking",
		"load.vraag.veld.suggestie": "veld %q van een vraag bestaat niet in een verwerking; bedoelde u %q?",
		"load.geverifieerd": "%q in geverifieerd is geen grondslag, bewaartermijn of AP-categorie uit de catalogus " +
			"van de gekozen sjabloonpakketten. Noem hier de id's van de onzekere items die uw jurist heeft " +
			"gecontroleerd: %s",
		"load.geverifieerd.suggestie": "%q in geverifieerd is geen grondslag, bewaartermijn of AP-categorie uit de " +
			"catalogus van de gekozen sjabloonpakketten; bedoelde u %q?",
		"load.catalogus.id":     "item zonder id in %s; elk catalogus-item heeft een id",
		"load.catalogus.dubbel": "id %q staat twee keer in %s van de catalogus (eerder in %s)",
		"load.catalogus.soort":  "grondslag %s heeft soort %q, maar die soort staat niet in [[soorten]] van de catalogus%s",
		"load.catalogus.categorie": "grondslag %s noemt bij categorieen %q, maar die categorie staat niet in " +
			"[[categorieen]] van de catalogus%s",
		"load.catalogus.recht": "soort %s noemt recht %q, maar dat recht staat niet in [[rechten]] van de " +
			"catalogus, zodat geen privacyverklaring het noemt%s",
		"load.catalogus.beperkt": "soort %s beperkt recht %q, maar geeft dat recht niet: het staat niet in rechten " +
			"van die soort, en een soort kan alleen een recht beperken dat zij geeft%s",
		"load.catalogus.geen-rechten": "soort %s noemt rechten (%s), maar de catalogus heeft geen [[rechten]], " +
			"zodat geen privacyverklaring ze noemt; voeg de rechten toe aan de catalogus (vng-sociaal-domein heeft " +
			"ze in catalogus/rechten.toml)",
		"load.catalogus.bedoelde": "; bedoelde u %q?",
		"load.catalogus.kies":     "; kies uit: %s",
		"load.catalogus.geen":     "; de catalogus heeft geen [[%s]]: voeg ze toe of haal %q hier weg",
		"load.tekst.extensie": "%s wordt niet gelezen: de naam van een tekstblok bestaat uit kleine letters en " +
			"streepjes en eindigt op .md. Hernoem het bestand naar %s",
		"load.tekst.naam.suggestie": "tekstblok %s wordt door geen document gebruikt, dus deze tekst staat " +
			"nergens; bedoelde u %s? Hernoem het bestand dan",
		"load.tekst.naam": "tekstblok %s wordt door geen document gebruikt, dus deze tekst staat nergens; de " +
			"documenten gebruiken: %s. Hernoem het bestand of haal het weg",
		"load.plaatshouder.suggestie": "onbekende plaatshouder {%s}; bedoelde u {%s}? Zonder correctie staat de " +
			"tekst met accolades en al in de documenten",
		"load.plaatshouder": "onbekende plaatshouder {%s}; de documenten vullen alleen deze in: %s",
		"load.plaatshouder.open": "de plaatshouder {%[1]s is niet afgesloten: zonder } komt hij zo in de documenten. " +
			"Schrijf {%[1]s}",
		"load.plaatshouder.dubbel": "dubbele accolades om {%[1]s}: de buitenste komen in de documenten. Schrijf één paar: {%[1]s}",
		"load.pagina.naam": "pagina %q heeft een ongeldige naam: gebruik alleen kleine letters, cijfers en " +
			"streepjes in bestands- en mapnamen onder content/",
		"load.pagina.gereserveerd": "pagina %q valt samen met een map die pia zelf maakt; kies een andere naam",
		"load.pagina.voorwerk": "de voorwerk-tabel begint met +++ maar sluit niet af; zet een regel met alleen " +
			"+++ onder de TOML-sleutels",
		"load.pagina.voorwerk-later": "hier staat een regel +++, maar de pagina begint niet met +++. Het voorwerk " +
			"(titel, beschrijving, gewicht) hoort bovenaan: zet een regel met alleen +++ op de eerste regel. " +
			"Anders verschijnen de TOML-sleutels als tekst op de pagina",
		"load.pagina.voorwerk-yaml": "de pagina begint met voorwerk in YAML (tussen ---), dat pia niet leest. " +
			"Schrijf het als TOML tussen twee regels met alleen +++, met bijvoorbeeld titel = \"Over ons\" ertussen",
	})
}
