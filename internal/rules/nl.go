package rules

import "github.com/pia-nl/pia/internal/i18n"

// Dutch messages of the rules. Per rule: "rules.<code>.bron" (the law or finding), "rules.<code>.uitleg" (one line
// for docs/regels.md) and one or more messages "rules.<code>.<variant>" that say what is wrong and why it matters,
// in words for the readers of the report, and after ¶ (i18n.Sep) what to change in the files (see Bevinding).
func init() {
	i18n.Register("nl", map[string]string{
		// The sources of data (`bron` of a gegeven) in words, for the reports and the rules' reasons.
		"bron.inwoner":             "de inwoner zelf",
		"bron.brp":                 "de Basisregistratie Personen (BRP)",
		"bron.ketenpartner":        "organisaties waarmee de gemeente samenwerkt",
		"bron.zorgaanbieder":       "zorgaanbieders",
		"bron.medisch-adviseur":    "de onafhankelijke medisch adviseur die de gemeente om advies vraagt",
		"bron.eigen-administratie": "de eigen administratie van de gemeente",
		"bron.suwinet":             "Suwinet (gegevens van onder meer UWV, SVB en de Belastingdienst)",
		"bron.belastingdienst":     "de Belastingdienst",
		"bron.verhuurder":          "verhuurders en andere organisaties die een betalingsachterstand melden",
		"bron.school":              "school",
		"bron.uwv":                 "UWV",
		"bron.svb":                 "de Sociale Verzekeringsbank (SVB)",
		"bron.cak":                 "het CAK",
		"bron.huisarts":            "de huisarts",
		"bron.veilig-thuis":        "Veilig Thuis",
		"bron.inlichtingenbureau":  "het Inlichtingenbureau",
		"bron.werkgever":           "de werkgever van de inwoner",
		"bron.politie-justitie":    "politie, justitie en de jeugdreclassering",
		"bron.jeugdbescherming":    "Veilig Thuis, de Raad voor de Kinderbescherming en de gecertificeerde instelling",
		"bron.vaste-lasten":        "energieleveranciers, drinkwaterbedrijven en zorgverzekeraars",
		"bron.signaalpartner":      "de huisarts, de woningcorporatie of de school van de inwoner",

		// Shared fragments. Most follow a sentence and start with a space; a suggestion ("Bedoelde u …?") starts the
		// part of a finding that says what to change, so it ends with the space instead.
		"rules.kandidaten":           " Uitzonderingen in de catalogus die dit dekken: %s.",
		"rules.bedoelde-u":           "Bedoelde u %s? ",
		"rules.geen-keuze":           "er zijn er nog geen",
		"rules.noot":                 " Noot in de catalogus: %s.",
		"rules.het-sjabloon":         "het sjabloon",
		"rules.alle-gegevens":        "alle gegevens",
		"rules.en-meer":              "%s en %d andere",
		"rules.geen-gegevens":        "geen gegevens",
		"rules.rol-onbekend":         "niet ingevuld",
		"rules.leverancier-onbekend": "leverancier niet ingevuld",
		"rules.soort.art9":           "bijzonder persoonsgegeven (AVG art. 9)",
		"rules.soort.art10":          "strafrechtelijk gegeven (AVG art. 10)",
		"rules.soort.bsn":            "burgerservicenummer",
		"rules.soort.gevoelig":       "zeer persoonlijk gegeven (WP248)",
		"rules.wie.ontvanger":        "Ontvanger %s",
		"rules.wie.bewaartermijn":    "Bewaartermijn %d",
		"rules.wie.toegang":          "De toegang voor rol %s",

		// Added to a finding when the questionnaire's own list replaced a template list that had what is missing.
		"rules.lijst-vervangen": "Het sjabloon %s heeft hiervoor wel %s. Uw eigen lijst `%s` in %s vervangt echter de " +
			"hele lijst van het sjabloon: een lijst zonder id's wordt niet aangevuld. Neem uit het sjabloon over wat u " +
			"wilt behouden.",
		"rules.lijst-vervangen.keten": "Het sjabloon %[1]s heeft hiervoor wel %[2]s. Het sjabloon %[3]s vervangt " +
			"echter met zijn eigen lijst `%[4]s` in %[5]s de hele lijst van %[1]s: een lijst zonder id's wordt niet " +
			"aangevuld. Pas %[3]s aan, of schrijf de hele lijst in uw eigen bestand.",
		"rules.lijst-vervangen.termijn":     "een bewaartermijn",
		"rules.lijst-vervangen.termijn-van": "een bewaartermijn van %s",
		"rules.lijst-vervangen.termijnen":   "%d bewaartermijnen",
		"rules.lijst-vervangen.grondslag":   "de grondslag %s",
		"rules.lijst-vervangen.grondslagen": "de grondslagen %s en %s",

		"rules.besluitvorming.beide":           "geautomatiseerde besluitvorming en profilering",
		"rules.besluitvorming.geautomatiseerd": "geautomatiseerde besluitvorming",
		"rules.besluitvorming.profilering":     "profilering",

		// DPIA determination.
		"rules.dpia.reden.opgegeven":            "Aangegeven door de opsteller van de PIA.",
		"rules.dpia.reden.gevoelig":             "De verwerking bevat gevoelige gegevens: %s.",
		"rules.dpia.reden.kwetsbaar":            "De betrokkenen zijn kwetsbaar: %s.",
		"rules.dpia.reden.profilering":          "De verwerking evalueert of scoort personen (profilering).",
		"rules.dpia.reden.geautomatiseerd":      "Er worden besluiten genomen door een computer alleen (geautomatiseerde besluitvorming).",
		"rules.dpia.reden.grootschalig":         "Het gaat om %s betrokkenen per jaar; vanaf %s geldt de verwerking als grootschalig.",
		"rules.dpia.reden.koppelen":             "De gegevens komen uit %d bronnen buiten de inwoner en de eigen administratie: %s.",
		"rules.dpia.item-categorie":             "%s: categorie %s, %s",
		"rules.dpia.item-kwetsbaar":             "%s is kwetsbaar",
		"rules.dpia.item-minderjarig":           "%s is minderjarig",
		"rules.dpia.item-kwetsbaar-minderjarig": "%s is kwetsbaar en minderjarig",
		"rules.dpia.verplicht.criteria":         "Er zijn %d criteria uit de WP248-richtsnoeren van toepassing (%s); vanaf twee criteria is een DPIA in de regel nodig.",
		"rules.dpia.verplicht.ap":               "De verwerking valt onder de lijst van de Autoriteit Persoonsgegevens van verwerkingen waarvoor altijd een DPIA nodig is (%s).",
		"rules.dpia.niet.een":                   "Eén criterium uit WP248 is van toepassing (%s) en de verwerking staat niet op de AP-lijst; de vuistregel vraagt er twee. Soms is één criterium al genoeg: leg vast waarom geen DPIA nodig is.",
		"rules.dpia.niet.geen":                  "Geen criterium uit WP248 is van toepassing en de verwerking staat niet op de AP-lijst.",
		"rules.dpia.kort.criteria":              "criteria uit WP248: %s",
		"rules.dpia.kort.ap":                    "AP-lijst: %s",

		// grondslag-ontbreekt
		"rules.grondslag-ontbreekt.bron":   "AVG art. 6 lid 1; AP 2016",
		"rules.grondslag-ontbreekt.uitleg": "De verwerking heeft geen grondslag uit AVG art. 6 lid 1.",
		"rules.grondslag-ontbreekt.geen": "Deze verwerking heeft geen grondslag uit AVG art. 6 lid 1. ¶ Voeg onder [[grondslagen]] een " +
			"grondslag uit art. 6 lid 1 toe; voor een wettelijke taak is dat meestal \"avg-6-1-e\" (taak van " +
			"algemeen belang) of \"avg-6-1-c\" (wettelijke verplichting), met in `wet` het artikel dat de taak " +
			"regelt.",
		"rules.grondslag-ontbreekt.geen-art6": "Deze verwerking heeft geen grondslag uit AVG art. 6 lid 1. De grondslagen die er staan (%s) zijn " +
			"uitzonderingen of aanvullende grondslagen die alleen naast een grondslag uit art. 6 gelden. ¶ Voeg " +
			"onder [[grondslagen]] een grondslag uit AVG art. 6 lid 1 toe; voor een wettelijke taak is dat " +
			"meestal \"avg-6-1-e\" of \"avg-6-1-c\", met in `wet` het artikel dat de taak regelt.",

		// toestemming-bij-publieke-taak
		"rules.toestemming-bij-publieke-taak.bron":   "AVG art. 6 lid 1 en overweging 43; AP 2016",
		"rules.toestemming-bij-publieke-taak.uitleg": "Toestemming is een grondslag van een verwerking voor een publieke taak.",
		"rules.toestemming-bij-publieke-taak.bericht": "Grondslag %s is toestemming, maar deze verwerking dient een publieke taak. Wie hulp of een " +
			"uitkering nodig heeft, is afhankelijk van de gemeente; toestemming is dan zelden vrij gegeven (AVG " +
			"overweging 43) en kan op elk moment worden ingetrokken. De AP noemde het in 2016 een misvatting dat " +
			"gemeenten toestemming nodig hebben. ¶ Vervang deze grondslag door de wettelijke taak (\"avg-6-1-e\" " +
			"of \"avg-6-1-c\", met het wetsartikel). Vraagt u toestemming voor iets anders, zoals het opheffen van " +
			"een beroepsgeheim bij het delen, beschrijf dat dan in de werkinstructie en niet als grondslag.",

		// gerechtvaardigd-belang-overheid
		"rules.gerechtvaardigd-belang-overheid.bron":   "AVG art. 6 lid 1, laatste alinea",
		"rules.gerechtvaardigd-belang-overheid.uitleg": "Gerechtvaardigd belang is een grondslag van een verwerking voor een publieke taak.",
		"rules.gerechtvaardigd-belang-overheid.bericht": "Grondslag %s is gerechtvaardigd belang, maar deze verwerking dient een publieke taak. Een overheid " +
			"mag zich bij het uitvoeren van haar taken niet op gerechtvaardigd belang beroepen (AVG art. 6 lid " +
			"1, laatste alinea). ¶ Gebruik de wettelijke taak (\"avg-6-1-e\" of \"avg-6-1-c\", met het wetsartikel), " +
			"of zet `publieke_taak = false` als dit echt geen overheidstaak is.",

		// grondslag-zonder-wet
		"rules.grondslag-zonder-wet.bron":   "AVG art. 6 lid 3",
		"rules.grondslag-zonder-wet.uitleg": "Een grondslag wettelijke verplichting of publieke taak noemt het wetsartikel niet (`wet`).",
		"rules.grondslag-zonder-wet.bericht": "Grondslag %s (%s) moet berusten op een concrete wettelijke taak of " +
			"verplichting (AVG art. 6 lid 3), maar het wetsartikel ontbreekt. ¶ " +
			"Noteer het wetsartikel in `wet`, bijvoorbeeld \"Wmo 2015, art. 2.3.2\"; \"gemeentelijke taak\" in het " +
			"algemeen is niet genoeg.",

		// bijzonder-zonder-uitzondering
		"rules.bijzonder-zonder-uitzondering.bron":   "AVG art. 9 lid 1 en 2, art. 10; UAVG art. 22-33",
		"rules.bijzonder-zonder-uitzondering.uitleg": "Een bijzonder (art. 9) of strafrechtelijk (art. 10) gegeven wordt verwerkt zonder uitzondering die die categorie dekt.",
		"rules.bijzonder-zonder-uitzondering.bericht": "Gegeven %s valt in de categorie %s, een %s. Zulke gegevens mag de gemeente alleen verwerken als de " +
			"wet daarvoor een uitzondering maakt, en geen grondslag van deze verwerking is zo'n uitzondering " +
			"voor deze categorie. ¶ Voeg onder [[grondslagen]] een uitzondering toe die deze categorie dekt, of " +
			"neem de categorie op in `categorieen` van een uitzondering die u al gebruikt.%s",

		// bsn-zonder-grondslag
		"rules.bsn-zonder-grondslag.bron":   "UAVG art. 46; Wet algemene bepalingen burgerservicenummer art. 10",
		"rules.bsn-zonder-grondslag.uitleg": "Het BSN wordt verwerkt zonder wettelijke grondslag voor het gebruik ervan.",
		"rules.bsn-zonder-grondslag.bericht": "Gegeven %s is een burgerservicenummer (categorie %s). Het BSN mag " +
			"alleen worden gebruikt om een wet uit te voeren die dat regelt (UAVG art. 46), en geen grondslag van " +
			"deze verwerking dekt het gebruik van het BSN. ¶ " +
			"Voeg onder [[grondslagen]] een grondslag toe die het BSN dekt, zoals Wabb art. 10 of het " +
			"verwerkingsartikel van de sectorwet.%s",

		// doel-ontbreekt
		"rules.doel-ontbreekt.bron":   "AVG art. 5 lid 1 onder b; AP 2016",
		"rules.doel-ontbreekt.uitleg": "De verwerking heeft geen doel, of een gegeven is aan geen doel gekoppeld.",
		"rules.doel-ontbreekt.geen": "Deze verwerking noemt geen doel, terwijl de doelen welbepaald en uitdrukkelijk omschreven moeten " +
			"zijn (AVG art. 5 lid 1 onder b). ¶ Beschrijf onder [[doelen]] waarvoor de gegevens nodig zijn, en " +
			"koppel elk gegeven aan zijn doelen.",
		"rules.doel-ontbreekt.gegeven": "Gegeven %s is aan geen doel gekoppeld. ¶ " +
			"Zet in `doelen` het doel of de doelen waarvoor dit gegeven nodig is (kies uit: %s), of schrap het " +
			"gegeven als het voor geen doel nodig is.",

		// vragenlijst-onvolledig
		"rules.vragenlijst-onvolledig.bron": "AVG art. 30 lid 1 en art. 35 lid 7 onder a",
		"rules.vragenlijst-onvolledig.uitleg": "De vragenlijst noemt geen naam of geen persoonsgegevens (fout), of geen status " +
			"(waarschuwing; de documenten zijn dan een concept), of, in een definitief rapport, geen datum, opsteller of " +
			"proceseigenaar, of niet wat een ontvanger krijgt, over wie een gegeven gaat of wie een systeem als verwerker " +
			"beheert (waarschuwing).",
		"rules.vragenlijst-onvolledig.naam": "Deze verwerking heeft geen naam. De naam staat boven elk document en in het register; zonder naam " +
			"staat daar alleen het id. ¶ Zet bovenaan het bestand naam = \"…\", bijvoorbeeld \"Wmo: melding, " +
			"onderzoek en maatwerkvoorziening\".",
		"rules.vragenlijst-onvolledig.status": "Deze verwerking zegt niet of de documenten een concept zijn of definitief. pia behandelt ze als " +
			"concept, met de band en het watermerk. ¶ Zet bovenaan het bestand status = \"concept\", \"definitief\" " +
			"of \"vastgesteld\".",
		"rules.vragenlijst-onvolledig.gegevens": "Deze verwerking noemt geen persoonsgegevens. Zonder gegevens zegt het rapport niets over wat de " +
			"gemeente vastlegt, en de privacyverklaring ook niet. ¶ Beschrijf onder [[gegevens]] welke gegevens " +
			"u gebruikt, of laat het bestand een sjabloon uitbreiden (sjabloon = \"pakket/verwerking\") dat ze " +
			"noemt.",

		"rules.vragenlijst-onvolledig.leverancier": "Systeem %s wordt door een verwerker beheerd, maar de vragenlijst noemt geen leverancier. Het " +
			"register noemt elke verwerker (AVG art. 30), en met dat bedrijf sluit de gemeente de " +
			"verwerkersovereenkomst. ¶ Het systeem heeft verwerker = true: zet in `leverancier` het bedrijf dat " +
			"het systeem voor u beheert.",
		"rules.vragenlijst-onvolledig.betrokkenen": "Gegeven %s gaat volgens het sjabloon over %s, maar die " +
			"betrokkenen zijn in deze verwerking verwijderd, zodat het gegeven over niemand meer gaat. ¶ " +
			"Verwijder ook het gegeven ([[gegevens]] met zijn id en verwijder = true), of zet in `betrokkenen` " +
			"over wie het wel gaat.",
		"rules.vragenlijst-onvolledig.titelpagina": "Deze verwerking is %s, maar de titelpagina van het rapport mist: %s. ¶ Vul bovenaan het bestand in " +
			"wat ontbreekt (%[2]s): datum = 2026-11-01 (de datum van deze versie), opsteller = \"…\" (wie het " +
			"rapport schreef) en proceseigenaar = \"…\" (wie voor de verwerking verantwoordelijk is).",
		"rules.vragenlijst-onvolledig.ontvanger": "Ontvanger %s krijgt volgens de vragenlijst geen gegevens. Dat " +
			"gebeurt ook als het enige gegeven is verwijderd dat hij volgens het sjabloon kreeg. ¶ " +
			"Zet in `gegevens` wat deze ontvanger krijgt. Krijgt hij bij deze verwerking niets, laat hem dan " +
			"vervallen: [[ontvangers]] met zijn id en verwijder = true.",

		// doel-zonder-grondslag
		"rules.doel-zonder-grondslag.bron": "AVG art. 6 lid 1 en art. 13 lid 1 onder c; AP 2016",
		"rules.doel-zonder-grondslag.uitleg": "De grondslagen uit art. 6 zeggen in `doelen` voor welke doelen ze gelden, " +
			"maar een doel valt onder geen ervan.",
		"rules.doel-zonder-grondslag.bericht": "Doel %s valt onder geen grondslag uit AVG art. 6 lid 1: de grondslagen %s gelden volgens de " +
			"vragenlijst alleen voor andere doelen. Zonder grondslag mag de gemeente de gegevens niet voor dit " +
			"doel gebruiken. ¶ Zet %[1]s in `doelen` van de grondslag waarop het doel steunt, of laat `doelen` " +
			"weg bij een grondslag die voor alle doelen geldt.",
		"rules.doel-zonder-grondslag.bericht-een": "Doel %s valt onder geen grondslag uit AVG art. 6 lid 1: de grondslag %s geldt volgens de " +
			"vragenlijst alleen voor andere doelen. Zonder grondslag mag de gemeente de gegevens niet voor dit " +
			"doel gebruiken. ¶ Zet %[1]s in `doelen` van grondslag %[2]s als het doel daarop steunt, laat " +
			"`doelen` weg als die grondslag voor alle doelen geldt, of voeg de grondslag toe waarop dit doel " +
			"steunt.",

		// grondslag-niet-per-doel
		"rules.grondslag-niet-per-doel.bron": "AVG art. 13 lid 1 onder c; AP 2016",
		"rules.grondslag-niet-per-doel.uitleg": "Er zijn meer grondslagen uit art. 6 en meer doelen, maar er staat niet " +
			"welke grondslag voor welk doel geldt.",
		"rules.grondslag-niet-per-doel.bericht": "Deze verwerking steunt op meer grondslagen uit AVG art. 6 lid 1 (%s) en heeft meer doelen, maar " +
			"zegt niet welke grondslag voor welk doel geldt. De AP vraagt dat het rapport en de " +
			"privacyverklaring per doel de grondslag noemen. ¶ Zet bij een grondslag die maar voor een deel van " +
			"de doelen geldt in `doelen` voor welke (kies uit: %s); een grondslag zonder `doelen` geldt voor " +
			"alle doelen. Gelden ze echt allemaal voor alle doelen, noem dan bij één ervan alle doelen, zodat de " +
			"documenten dat ook zeggen.",
		"rules.grondslag-niet-per-doel.toestemming": "Grondslag %s is toestemming naast een andere grondslag uit AVG art. 6 lid 1, maar zegt niet voor " +
			"welke doelen van deze verwerking de toestemming wordt gevraagd. Toestemming geldt alleen voor een " +
			"bepaald doel (AVG art. 6 lid 1 onder a). Nu zegt het rapport dat toestemming voor alle doelen " +
			"geldt, en de privacyverklaring dat het om een deel gaat. ¶ Zet in `doelen` van deze grondslag voor " +
			"welke doelen u toestemming vraagt (kies uit: %s).",

		// doel-zonder-gegevens
		"rules.doel-zonder-gegevens.bron":   "AVG art. 5 lid 1 onder b; AP 2016",
		"rules.doel-zonder-gegevens.uitleg": "Aan een doel is geen enkel gegeven gekoppeld (doelbinding niet te volgen).",
		"rules.doel-zonder-gegevens.bericht": "Aan doel %s is geen enkel gegeven gekoppeld. Zo is niet te zien welke gegevens voor dit doel worden " +
			"gebruikt (doelbinding, AVG art. 5 lid 1 onder b). ¶ Zet %[1]s in `doelen` van de gegevens die voor " +
			"dit doel nodig zijn, of schrap het doel.",

		// registratie-zonder-noodzaak
		"rules.registratie-zonder-noodzaak.bron":   "AVG art. 5 lid 1 onder c; AP 2018 (zelfredzaamheidsmatrix)",
		"rules.registratie-zonder-noodzaak.uitleg": "Een gegeven mag worden vastgelegd, maar `noodzaak` zegt niet waarom dat nodig is.",
		"rules.registratie-zonder-noodzaak.bericht": "Gegeven %s mag worden vastgelegd, maar er staat niet bij " +
			"waarom dat nodig is (AVG art. 5 lid 1 onder c). ¶ " +
			"Het gegeven heeft registreren = \"%s\". Leg in `noodzaak` uit waarom dit gegeven nodig is voor het " +
			"doel en waarom minder gegevens niet volstaan.",

		// registratie-ruimer-dan-nodig
		"rules.registratie-ruimer-dan-nodig.bron": "AVG art. 5 lid 1 onder c; AP 2018 (zelfredzaamheidsmatrix Nijmegen en Zaanstad); " +
			"Kamervragen 2018Z03949",
		"rules.registratie-ruimer-dan-nodig.uitleg":               "Een gegeven wordt altijd vastgelegd terwijl het sjabloon bij-hulpbehoefte of nooit zegt, of een bijzonder of strafrechtelijk gegeven wordt altijd vastgelegd.",
		"rules.registratie-ruimer-dan-nodig.mag-bij-hulpbehoefte": "alleen mag worden vastgelegd als er een hulpbehoefte is",
		"rules.registratie-ruimer-dan-nodig.mag-nooit":            "niet mag worden vastgelegd",
		"rules.registratie-ruimer-dan-nodig.sjabloon": "Gegeven %[1]s wordt altijd vastgelegd, terwijl het volgens het sjabloon %[2]s %[5]s. De AP vond in " +
			"2018 dat gemeenten meer vastlegden dan nodig om hulp te bepalen (zelfredzaamheidsmatrix): leg " +
			"alleen vast wat nodig is om hulp toe te kennen en te leveren.%[4]s ¶ Zet `registreren` terug op " +
			"\"%[3]s\". Is altijd vastleggen hier echt nodig, motiveer dat dan in `noodzaak`; deze waarschuwing " +
			"blijft ter controle staan.",
		"rules.registratie-ruimer-dan-nodig.ook-art9": " Het is bovendien een bijzonder gegeven (categorie %s): dat " +
			"mag alleen worden vastgelegd als het nodig is (AVG art. 9), en zonder hulpvraag is het dat niet.",
		"rules.registratie-ruimer-dan-nodig.ook-art10": " Het is bovendien een strafrechtelijk gegeven (categorie %s): " +
			"dat mag alleen worden vastgelegd als het nodig is (AVG art. 10), en zonder hulpvraag is het dat niet.",
		"rules.registratie-ruimer-dan-nodig.bijzonder": "Gegeven %s, categorie %s, wordt altijd vastgelegd. Van " +
			"bijzondere en strafrechtelijke gegevens mag alleen worden vastgelegd wat nodig is om hulp toe te " +
			"kennen en te leveren; als er geen hulpvraag is, mag het niet worden vastgelegd (AP 2018, " +
			"zelfredzaamheidsmatrix). ¶ " +
			"Zet `registreren` op \"bij-hulpbehoefte\". Is het in elk dossier echt nodig, motiveer dat dan in " +
			"`noodzaak`; deze waarschuwing blijft ter controle staan.",

		// registreren-ontbreekt
		"rules.registreren-ontbreekt.bron":   "AVG art. 5 lid 1 onder c en art. 24; AP 2018 (zelfredzaamheidsmatrix)",
		"rules.registreren-ontbreekt.uitleg": "Bij een gegeven staat niet of het mag worden vastgelegd (`registreren`).",
		"rules.registreren-ontbreekt.bericht": "Bij gegeven %s staat niet of het mag worden vastgelegd. Zo kan de " +
			"werkinstructie de professional niet concreet zeggen wat hij mag vastleggen (AP 2018). ¶ " +
			"Zet `registreren` op \"altijd\", \"bij-hulpbehoefte\" of \"nooit\".",

		// categorie-ontbreekt
		"rules.categorie-ontbreekt.bron":   "AVG art. 9, art. 10 en art. 30 lid 1 onder c; UAVG art. 46",
		"rules.categorie-ontbreekt.uitleg": "Een gegeven heeft geen categorie, zodat niet is na te gaan of het bijzonder, strafrechtelijk of een BSN is.",
		"rules.categorie-ontbreekt.bericht": "Gegeven %s heeft geen categorie. Zo kan pia niet nagaan of het een " +
			"bijzonder of strafrechtelijk gegeven of een BSN is, en noemt het verwerkingsregister de categorie " +
			"niet. ¶ " +
			"Zet `categorie` op een categorie uit de catalogus, bijvoorbeeld \"identificatie\", \"contact\" of " +
			"\"gezondheid\".",

		// bewaartermijn-ontbreekt
		"rules.bewaartermijn-ontbreekt.bron":   "AVG art. 5 lid 1 onder e en art. 30 lid 1 onder f",
		"rules.bewaartermijn-ontbreekt.uitleg": "Voor een gegeven dat wordt vastgelegd geldt geen bewaartermijn.",
		"rules.bewaartermijn-ontbreekt.geen": "Deze verwerking legt gegevens vast (%s), maar heeft geen bewaartermijnen (AVG art. 5 lid 1 onder " +
			"e). ¶ Voeg [[bewaartermijnen]] toe met `gegevens`, `termijn`, `vanaf` en `bron`.",
		"rules.bewaartermijn-ontbreekt.gegeven": "Voor gegeven %s, dat wordt vastgelegd, geldt geen bewaartermijn. " +
			"¶ " +
			"Neem %s op in `gegevens` van een van de [[bewaartermijnen]], of voeg een bewaartermijn toe.",
		"rules.bewaartermijn-ontbreekt.termijn": "De bewaartermijn voor %s zegt niet hoe lang de gegevens worden " +
			"bewaard. ¶ " +
			"Vul `termijn` in, bijvoorbeeld \"15 jaar\".",

		// bewaartermijn-wijkt-af
		"rules.bewaartermijn-wijkt-af.bron":      "AVG art. 5 lid 1 onder e; Archiefwet 1995 art. 5; Selectielijst gemeenten 2020",
		"rules.bewaartermijn-wijkt-af.uitleg":    "Een bewaartermijn wijkt af van de wettelijke of standaardtermijn uit de catalogus en noemt geen `bron`.",
		"rules.bewaartermijn-wijkt-af.wettelijk": "wettelijke termijn",
		"rules.bewaartermijn-wijkt-af.standaard": "standaardtermijn",
		"rules.bewaartermijn-wijkt-af.bericht": "De bewaartermijn voor %s is %s, maar de %s %s (%s) is %s, en er " +
			"staat geen bron bij die de afwijking verklaart. ¶ " +
			"Noteer in `bron` waarop deze termijn berust, of neem de termijn van %[4]s over.",
		"rules.bewaartermijn-wijkt-af.eenheid": "De bewaartermijn voor %s is %s, en de %s %s (%s) is %s. Dagen en " +
			"weken zijn niet precies om te rekenen naar maanden en jaren (een maand telt 28 tot 31 dagen, een jaar " +
			"365 of 366), dus pia kan niet nagaan of de termijn gelijk is, en er staat geen bron bij. ¶ " +
			"Schrijf de termijn in dezelfde eenheid als de termijn van %[4]s, of noteer in `bron` waarop deze " +
			"termijn berust.",

		// bewaartermijn-zonder-bron
		"rules.bewaartermijn-zonder-bron.bron":   "AVG art. 5 lid 1 onder e; Archiefwet 1995 art. 5; Selectielijst gemeenten 2020",
		"rules.bewaartermijn-zonder-bron.uitleg": "Een bewaartermijn noemt geen `bron` en de catalogus heeft geen standaardtermijn om die mee te vergelijken.",
		"rules.bewaartermijn-zonder-bron.bericht": "Bij de bewaartermijn voor %s, van %s, staat geen bron, en de " +
			"catalogus heeft geen standaardtermijn voor domein %s. ¶ " +
			"Noteer in `bron` waarop de termijn berust (een wet of de Selectielijst), of verwijs met `standaard` " +
			"naar een termijn uit de catalogus.",

		// ontvanger-zonder-grondslag
		"rules.ontvanger-zonder-grondslag.bron":   "AVG art. 5 lid 1 onder b, art. 6 en art. 30 lid 1 onder d",
		"rules.ontvanger-zonder-grondslag.uitleg": "Een ontvanger die geen verwerker is, krijgt gegevens zonder grondslag voor het verstrekken.",
		"rules.ontvanger-zonder-grondslag.bericht": "Ontvanger %s, met rol %s, krijgt gegevens, maar er staat geen " +
			"grondslag voor het verstrekken bij. ¶ " +
			"Noteer in `grondslag` het wetsartikel dat de verstrekking toestaat of verplicht. Werkt de ontvanger " +
			"alleen in uw opdracht, zet dan `rol` op \"verwerker\" en vul `overeenkomst` in.",

		// verstrekking-te-ruim
		"rules.verstrekking-te-ruim.bron":   "AVG art. 5 lid 1 onder b en c; VNG Stappenplan privacybeleid sociaal domein (DAT-informatie)",
		"rules.verstrekking-te-ruim.uitleg": "Een ontvanger die geen verwerker is, krijgt alle gegevens (\"*\" of elk gegeven bij naam).",
		"rules.verstrekking-te-ruim.alle-ids": "Ontvanger %s, met rol %s, krijgt elk gegeven van deze verwerking. " +
			"Een derde mag alleen de gegevens krijgen die nodig zijn voor zijn deel van de taak (doelbinding en " +
			"minimale gegevensverwerking, AVG art. 5 lid 1 onder b en c). ¶ " +
			"In `gegevens` staan ze allemaal; dat is even ruim als \"*\". Noem daar alleen de gegevens die de " +
			"ontvanger nodig heeft.",
		"rules.verstrekking-te-ruim.bericht": "Ontvanger %s, met rol %s, krijgt alle gegevens. Een derde mag " +
			"alleen de gegevens krijgen die nodig zijn voor zijn deel van de taak (doelbinding en minimale " +
			"gegevensverwerking, AVG art. 5 lid 1 onder b en c). ¶ " +
			"In `gegevens` staat \"*\". Noem daar alleen de gegevens die de ontvanger nodig heeft.",

		// verwerker-zonder-overeenkomst
		"rules.verwerker-zonder-overeenkomst.bron":   "AVG art. 28 lid 3",
		"rules.verwerker-zonder-overeenkomst.uitleg": "Een verwerker (ontvanger of systeem) heeft geen verwerkersovereenkomst.",
		"rules.verwerker-zonder-overeenkomst.ontvanger": "Ontvanger %s is een verwerker, maar er staat geen " +
			"verwerkersovereenkomst bij (AVG art. 28 lid 3). ¶ " +
			"Noteer in `overeenkomst` welke overeenkomst geldt, of sluit er een.",
		"rules.verwerker-zonder-overeenkomst.systeem": "Systeem %s wordt door een verwerker beheerd (%s), maar er " +
			"staat geen verwerkersovereenkomst bij (AVG art. 28 lid 3). ¶ " +
			"Noteer in `overeenkomst` welke overeenkomst geldt, of sluit er een.",

		// doorgifte-zonder-waarborg
		"rules.doorgifte-zonder-waarborg.bron":   "AVG art. 44-46 en art. 13 lid 1 onder f",
		"rules.doorgifte-zonder-waarborg.uitleg": "Een ontvanger of systeem buiten de Europese Economische Ruimte heeft geen `waarborg`.",
		"rules.doorgifte-zonder-waarborg.ontvanger": "Ontvanger %s zit in %s, buiten de Europese Economische " +
			"Ruimte, en er staat geen waarborg bij: een adequaatheidsbesluit (AVG art. 45) of passende waarborgen " +
			"zoals standaardcontractbepalingen (art. 46). ¶ " +
			"Noteer in `waarborg` waarop de doorgifte berust.",
		"rules.doorgifte-zonder-waarborg.systeem": "Systeem %s staat in %s, buiten de Europese Economische Ruimte, " +
			"en er staat geen waarborg bij: een adequaatheidsbesluit (AVG art. 45) of passende waarborgen zoals " +
			"standaardcontractbepalingen (art. 46). ¶ " +
			"Noteer bij het systeem in `waarborg` waarop de doorgifte berust, of kies een locatie binnen de EER.",
		"rules.doorgifte-zonder-waarborg.onbekend-land": "Het land %s van ontvanger %s is geen land dat pia kent, " +
			"dus pia kan niet nagaan of gegevens de Europese Economische Ruimte verlaten. ¶ " +
			"%sGebruik een ISO-landcode zoals \"NL\".",
		"rules.doorgifte-zonder-waarborg.onbekend-locatie": "De locatie %s van systeem %s is geen land dat pia " +
			"kent, dus pia kan niet nagaan of gegevens de Europese Economische Ruimte verlaten. ¶ " +
			"%sGebruik een ISO-landcode zoals \"NL\".",
		"rules.doorgifte-zonder-waarborg.onbekend-land-waarborg": "Het land %s van ontvanger %s is geen land dat " +
			"pia kent. Er staat wel een waarborg bij, maar de privacyverklaring kan het land zo niet noemen: daar " +
			"staat nu dat de gegevens misschien naar een land buiten de Europese Economische Ruimte gaan. ¶ " +
			"%sGebruik een ISO-landcode zoals \"US\".",
		"rules.doorgifte-zonder-waarborg.onbekend-locatie-waarborg": "De locatie %s van systeem %s is geen land " +
			"dat pia kent. Er staat wel een waarborg bij, maar de privacyverklaring kan het land zo niet noemen: " +
			"daar staat nu dat de gegevens misschien in een land buiten de Europese Economische Ruimte staan. ¶ " +
			"%sGebruik een ISO-landcode zoals \"US\".",
		"rules.doorgifte-zonder-waarborg.bedoelde-u": "Bedoelde u \"%s\" (%s)? ",

		// toegang-ontbreekt, toegang-te-ruim
		"rules.toegang-ontbreekt.bron":   "AVG art. 5 lid 1 onder f, art. 25 en art. 32; VNG Stappenplan (voorbeeld Leeuwarden)",
		"rules.toegang-ontbreekt.uitleg": "De verwerking zegt niet wie welke gegevens mag inzien (`[[toegang]]`).",
		"rules.toegang-ontbreekt.bericht": "Deze verwerking zegt niet wie welke gegevens mag inzien. Elke rol hoort alleen de gegevens te zien " +
			"die hij nodig heeft, en alleen de eigen professional het hele dossier (AVG art. 5 lid 1 onder f en " +
			"art. 32). ¶ Voeg [[toegang]] toe per rol, met de gegevens die die rol nodig heeft.",
		"rules.toegang-te-ruim.bron":   "AVG art. 5 lid 1 onder f, art. 25 en art. 32; VNG Stappenplan (voorbeeld Leeuwarden)",
		"rules.toegang-te-ruim.uitleg": "Een rol mag alle gegevens (\"*\") inzien en de toelichting zegt niet hoe de toegang is beperkt.",
		"rules.toegang-te-ruim.bericht": "Rol %s mag alle gegevens inzien, en er staat niet bij hoe die toegang is " +
			"beperkt. ¶ " +
			"In `gegevens` staat \"*\". Noem daar alleen wat deze rol nodig heeft, of leg in `toelichting` uit hoe " +
			"de toegang is beperkt (bijvoorbeeld \"alleen de eigen cliënten\").",

		// informeren-ontbreekt
		"rules.informeren-ontbreekt.bron":   "AVG art. 12, 13 en 14; AP 2016",
		"rules.informeren-ontbreekt.uitleg": "Niet beschreven is hoe en wanneer de inwoner wordt geïnformeerd, of bij een gegeven staat geen `bron`.",
		"rules.informeren-ontbreekt.geen": "Deze verwerking beschrijft niet hoe en wanneer de inwoner wordt geïnformeerd (AVG art. 13 en 14). ¶ " +
			"Voeg [informeren] toe met `wanneer` (bijvoorbeeld \"bij het eerste contact, voor het gesprek\") en " +
			"`hoe` (bijvoorbeeld [\"gesprek\", \"folder\", \"website\"]).",
		"rules.informeren-ontbreekt.wanneer": "Er staat niet wanneer de inwoner wordt geïnformeerd. Dat moet bij " +
			"het verzamelen (AVG art. 13), of uiterlijk binnen een maand als de gegevens niet van de inwoner zelf " +
			"komen (art. 14). ¶ " +
			"Vul in [informeren] `wanneer` in.",
		"rules.informeren-ontbreekt.hoe": "Er staat niet hoe de inwoner wordt geïnformeerd (AVG art. 12 en 13). ¶ " +
			"Vul in [informeren] `hoe` in, bijvoorbeeld [\"gesprek\", \"folder\", \"website\"].",
		"rules.informeren-ontbreekt.bron-gegeven": "Bij gegeven %s staat niet waar het vandaan komt. Komt een " +
			"gegeven niet van de inwoner zelf, dan moet de privacyverklaring de bron noemen (AVG art. 14 lid 2 " +
			"onder f). ¶ " +
			"Vul `bron` in, bijvoorbeeld \"inwoner\", \"brp\" of de ketenpartner.",

		// geautomatiseerd-zonder-waarborg
		"rules.geautomatiseerd-zonder-waarborg.bron":   "AVG art. 22 en art. 13 lid 2 onder f",
		"rules.geautomatiseerd-zonder-waarborg.uitleg": "Geautomatiseerde besluitvorming of profilering zonder beschreven `waarborgen`.",
		"rules.geautomatiseerd-zonder-waarborg.bericht": "Deze verwerking gebruikt %s, maar noemt geen waarborgen: hoe een mens het besluit beoordeelt, hoe " +
			"de inwoner zijn standpunt kan geven en het besluit kan aanvechten (AVG art. 22 lid 3), en hoe de " +
			"gemeente uitlegt hoe het werkt (art. 13 lid 2 onder f). ¶ Beschrijf de waarborgen in `waarborgen` " +
			"onder [besluitvorming].",

		// dpia-verplicht-zonder-risicoanalyse
		"rules.dpia-verplicht-zonder-risicoanalyse.bron":   "AVG art. 35 lid 1, 3, 4 en 7; WP248 rev.01; AP-lijst DPIA (Stcrt. 2019, 64418)",
		"rules.dpia-verplicht-zonder-risicoanalyse.uitleg": "Een DPIA is verplicht (twee of meer WP248-criteria of een categorie van de AP-lijst), maar er zijn geen risico's beschreven.",
		"rules.dpia-verplicht-zonder-risicoanalyse.bericht": "Voor deze verwerking is een DPIA verplicht (%s), maar er zijn geen risico's beschreven (AVG art. 35 " +
			"lid 7 onder c en d). ¶ Voeg [[risicos]] toe met kans, impact, maatregelen en restrisico.",

		// risico-zonder-maatregel
		"rules.risico-zonder-maatregel.bron":   "AVG art. 35 lid 7 onder d",
		"rules.risico-zonder-maatregel.uitleg": "Een risico boven \"laag\" heeft geen maatregel.",
		"rules.risico-zonder-maatregel.bericht": "Risico %s heeft niveau %s (kans %d × impact %d), maar er is geen " +
			"maatregel aan gekoppeld (AVG art. 35 lid 7 onder d). ¶ " +
			"Zet in `maatregelen` de maatregelen die het risico verkleinen, en beschrijf ze onder [[maatregelen]].",

		// beveiliging-ontbreekt
		"rules.beveiliging-ontbreekt.bron": "AVG art. 32 lid 1; art. 30 lid 1 onder g; art. 35 lid 7 onder d",
		"rules.beveiliging-ontbreekt.uitleg": "Geen maatregel is als beveiligingsmaatregel aangemerkt (`beveiliging = true`). " +
			"Waarschuwing als een DPIA verplicht is, anders advies.",
		"rules.beveiliging-ontbreekt.geen-maatregelen": "Deze verwerking beschrijft geen maatregelen, en dus ook niet hoe de gegevens zijn beveiligd. Elke " +
			"verwerking vraagt passende beveiliging (AVG art. 32), en het register noemt die maatregelen (art. " +
			"30 lid 1 onder g). ¶ Beschrijf onder [[maatregelen]] hoe de gegevens zijn beveiligd, zoals " +
			"autorisatie, logging van inzage, versleuteling of geheimhouding, en zet bij elke zo'n maatregel " +
			"`beveiliging = true`. Een maatregel die voor de hele gemeente geldt, zoals werken volgens de BIO, " +
			"mag u ook opnemen.",
		"rules.beveiliging-ontbreekt.niet-aangemerkt": "Geen van de maatregelen van deze verwerking is als beveiligingsmaatregel aangemerkt. Elke " +
			"verwerking vraagt passende beveiliging (AVG art. 32), en het register noemt die maatregelen (art. " +
			"30 lid 1 onder g). ¶ Zet `beveiliging = true` bij de maatregelen die de gegevens beveiligen, zoals " +
			"autorisatie, logging van inzage, versleuteling of geheimhouding. Staat zo'n maatregel er nog niet " +
			"bij, voeg hem dan toe onder [[maatregelen]]; een maatregel die voor de hele gemeente geldt, zoals " +
			"werken volgens de BIO, mag ook.",

		// risico-niet-gescoord
		"rules.risico-niet-gescoord.bron":   "AVG art. 35 lid 7 onder c",
		"rules.risico-niet-gescoord.uitleg": "Een risico heeft geen volledige score voor kans en impact, of het restrisico is maar half gescoord.",
		"rules.risico-niet-gescoord.inherent": "Risico %s heeft geen volledige score voor kans en impact. ¶ " +
			"Vul `kans` en `impact` in, elk van 1 (verwaarloosbaar) tot 4 (maximaal).",
		"rules.risico-niet-gescoord.rest": "Bij risico %s is het restrisico maar half gescoord. ¶ " +
			"Vul zowel `rest_kans` als `rest_impact` in (1 tot 4), of laat beide weg.",

		// tabel-vervangt-sjabloon
		"rules.tabel-vervangt-sjabloon.bron": "AVG art. 13 en 14 (wat de inwoner hoort); samenvoegregel van pia",
		"rules.tabel-vervangt-sjabloon.uitleg": "Een tabel die de vragenlijst zelf schrijft (zoals `[rechten]`, " +
			"`[informeren]` of `[antwoorden]`) vervangt die van het sjabloon helemaal, en laat een sleutel weg die het " +
			"sjabloon wel invult.",
		"rules.tabel-vervangt-sjabloon.bericht": "Deze verwerking beschrijft %[5]s zelf, en vervangt daarmee helemaal wat het sjabloon %[3]s daarover " +
			"zegt. Wat het sjabloon daar verder invult, valt weg; dat kan tekst zijn die de inwoner moet krijgen " +
			"(AVG art. 13 en 14). ¶ Uw eigen tabel %[1]s in %[2]s vervangt die van het sjabloon helemaal: pia " +
			"vult een eigen tabel niet aan met sleutels uit het sjabloon. Daarmee vervalt wat het sjabloon " +
			"invult bij %[4]s. Neem dat in uw tabel over als u het wilt houden.",
		"rules.tabel-vervangt-sjabloon.entries": "Deze verwerking geeft eigen antwoorden op vragen, en vervangt " +
			"daarmee alle antwoorden van het sjabloon %[3]s: wat het sjabloon verder antwoordt, vervalt. ¶ " +
			"Uw eigen tabel %[1]s in %[2]s vervangt die van het sjabloon helemaal: pia vult een eigen tabel niet " +
			"aan met antwoorden uit het sjabloon. Daarmee vervalt wat het sjabloon antwoordt op %[4]s. Neem dat " +
			"over in uw tabel als u het wilt houden.",
		"rules.tabel-vervangt-sjabloon.deel":                         "een onderdeel",
		"rules.tabel-vervangt-sjabloon.deel-informeren":              "hoe de inwoner wordt geïnformeerd",
		"rules.tabel-vervangt-sjabloon.deel-rechten":                 "de rechten van de inwoner",
		"rules.tabel-vervangt-sjabloon.deel-besluitvorming":          "de geautomatiseerde besluitvorming",
		"rules.tabel-vervangt-sjabloon.deel-dpia":                    "de toets of een DPIA nodig is",
		"rules.tabel-vervangt-sjabloon.deel-advies_fg":               "het advies van de FG",
		"rules.tabel-vervangt-sjabloon.deel-raadpleging_betrokkenen": "de raadpleging van betrokkenen",
		"rules.tabel-vervangt-sjabloon.deel-besluit":                 "het besluit over de DPIA",
		"rules.tabel-vervangt-sjabloon.oorzaak": "Het sjabloon %[3]s vult dit wel in, maar uw eigen tabel %[1]s in %[2]s " +
			"vervangt die van het sjabloon helemaal: pia vult een eigen tabel niet aan met sleutels uit het sjabloon. " +
			"Neem het over uit het sjabloon.",
		"rules.en": "%s en %s",

		// voor-inwoner-uit-sjabloon
		"rules.voor-inwoner-uit-sjabloon.bron": "AVG art. 12 lid 1 en art. 13 lid 1 onder c",
		"rules.voor-inwoner-uit-sjabloon.uitleg": "De verwerking, een gegeven, een doel of een ontvanger heeft een eigen " +
			"`naam`, `omschrijving` of `voorwaarde`, maar de tekst voor de inwoner (`naam_voor_inwoner`, `voor_inwoner`, " +
			"`voorwaarde_voor_inwoner`) komt nog uit het sjabloon.",
		"rules.voor-inwoner-uit-sjabloon.naam": "Deze verwerking heeft een eigen naam, maar de naam voor de inwoner komt uit het sjabloon: " +
			"„%[1]s”%[2]s Die naam hoort bij het sjabloon, dus de privacyverklaring gebruikt hier de eigen naam " +
			"van de verwerking. ¶ Zet in uw bestand een eigen `naam_voor_inwoner` in de woorden van de inwoner; " +
			"die wordt dan de titel.",
		"rules.voor-inwoner-uit-sjabloon.gegeven": "Gegeven %[1]s heeft een eigen omschrijving, maar de tekst voor de inwoner komt nog uit het " +
			"sjabloon: „%[2]s”%[3]s De privacyverklaring toont die tekst. ¶ Controleer of de tekst voor de " +
			"inwoner uit het sjabloon nog zegt wat uw omschrijving zegt, en zet anders bij dit gegeven een eigen " +
			"`voor_inwoner`.",
		"rules.voor-inwoner-uit-sjabloon.doel": "Doel %[1]s heeft een eigen omschrijving, maar de tekst voor de inwoner komt nog uit het sjabloon: " +
			"„%[2]s”%[3]s De privacyverklaring toont die tekst. ¶ Controleer of de tekst voor de inwoner uit het " +
			"sjabloon nog zegt wat uw omschrijving zegt, en zet anders bij dit doel een eigen `voor_inwoner`.",
		"rules.voor-inwoner-uit-sjabloon.ontvanger-naam": "Ontvanger %[1]s heeft een eigen naam, maar de naam voor de inwoner komt nog uit het sjabloon: " +
			"„%[2]s”%[3]s De privacyverklaring toont die naam. ¶ Controleer of de naam voor de inwoner uit het " +
			"sjabloon nog past, en zet anders bij deze ontvanger een eigen `naam_voor_inwoner`.",
		"rules.voor-inwoner-uit-sjabloon.ontvanger-voorwaarde": "Ontvanger %[1]s heeft een eigen voorwaarde, maar de voorwaarde voor de inwoner komt nog uit het " +
			"sjabloon: „%[2]s”%[3]s De privacyverklaring toont die zin. ¶ Controleer of de voorwaarde voor de " +
			"inwoner uit het sjabloon nog zegt wat uw voorwaarde zegt, en zet anders bij deze ontvanger een " +
			"eigen `voorwaarde_voor_inwoner`.",

		// verplichting-ontbreekt
		"rules.verplichting-ontbreekt.bron": "AVG art. 13 lid 2 onder e",
		"rules.verplichting-ontbreekt.uitleg": "Gegevens komen van de inwoner, maar `[informeren]` zegt niet of hij ze moet geven en wat er " +
			"gebeurt als hij dat niet doet (`verplichting`).",
		"rules.verplichting-ontbreekt.bericht": "Deze verwerking vraagt gegevens aan de inwoner, maar zegt niet of hij die moet geven. ¶ Vul in " +
			"[informeren] `verplichting` in: moet de inwoner de gegevens geven (een wettelijke plicht, zoals de " +
			"inlichtingenplicht in de Participatiewet) of is het vrijwillig, en wat gebeurt er als hij ze niet " +
			"geeft? De privacyverklaring neemt deze tekst over.",

		// hoog-restrisico
		"rules.hoog-restrisico.bron":   "AVG art. 36 lid 1",
		"rules.hoog-restrisico.uitleg": "Een restrisico blijft \"hoog\": voorafgaande raadpleging van de AP is nodig (art. 36).",
		"rules.hoog-restrisico.gescoord": "Risico %s blijft ook na maatregelen hoog (restkans %d × restimpact %d). " +
			"Blijft dat zo, dan moet de Autoriteit Persoonsgegevens worden geraadpleegd voordat de verwerking " +
			"begint (AVG art. 36 lid 1). ¶ " +
			"Neem extra maatregelen die het restrisico verlagen, of raadpleeg de AP.",
		"rules.hoog-restrisico.ongescoord": "Risico %s is hoog (kans %d × impact %d) en het restrisico is niet " +
			"gescoord, dus geldt het risico zelf als restrisico. Blijft het restrisico hoog, dan moet de " +
			"Autoriteit Persoonsgegevens worden geraadpleegd voordat de verwerking begint (AVG art. 36 lid 1). ¶ " +
			"Scoor `rest_kans` en `rest_impact` met de maatregelen erbij; blijft het hoog, raadpleeg dan de AP.",

		// onbekende-verwijzing
		"rules.onbekende-verwijzing.bron":   "pia: elke verwijzing naar een id moet bestaan",
		"rules.onbekende-verwijzing.uitleg": "Een id verwijst naar niets: een doel, betrokkene, gegeven, maatregel, vraag of item uit de catalogus.",
		"rules.onbekende-verwijzing.doel": "Gegeven %s verwijst naar doel %s, maar dat doel bestaat niet in deze " +
			"verwerking. ¶ " +
			"%sKies uit: %s, of voeg het doel toe onder [[doelen]].",
		"rules.onbekende-verwijzing.betrokkene": "Gegeven %s verwijst naar betrokkene %s, maar die bestaat niet in " +
			"deze verwerking. ¶ " +
			"%sKies uit: %s, of voeg de betrokkene toe onder [[betrokkenen]].",
		"rules.onbekende-verwijzing.categorie": "Gegeven %s heeft categorie %s, maar die staat niet in de " +
			"catalogus. ¶ " +
			"%sKies uit: %s.",
		"rules.onbekende-verwijzing.gegeven": "%s verwijst naar gegeven %s, maar dat gegeven bestaat niet in deze " +
			"verwerking. ¶ " +
			"%sKies uit: %s, gebruik \"*\" voor alle gegevens, of voeg het gegeven toe onder [[gegevens]].",
		"rules.onbekende-verwijzing.standaard": "De bewaartermijn voor %s verwijst naar standaardtermijn %s, maar " +
			"die staat niet in de catalogus. ¶ " +
			"%sKies in `standaard` uit: %s.",
		"rules.onbekende-verwijzing.maatregel": "Risico %s verwijst naar maatregel %s, maar die bestaat niet. ¶ " +
			"%sKies uit: %s, of voeg de maatregel toe onder [[maatregelen]].",
		"rules.onbekende-verwijzing.grondslag": "Grondslag %s staat niet in de catalogus van de gekozen " +
			"sjabloonpakketten. ¶ " +
			"%sGebruik een id uit de catalogus, zoals \"avg-6-1-e\", \"uavg-30\" of \"wabb-10\".",
		"rules.onbekende-verwijzing.grondslag-categorie": "Grondslag %s noemt de categorie %s, maar die staat niet " +
			"in de catalogus. ¶ " +
			"%sKies in `categorieen` uit: %s.",
		"rules.onbekende-verwijzing.grondslag-doel": "Grondslag %s noemt het doel %s, maar dat is geen doel van " +
			"deze verwerking. ¶ " +
			"%sKies in `doelen` uit: %s, of voeg het doel toe onder [[doelen]].",
		"rules.onbekende-verwijzing.criterium": "Als criterium voor de DPIA staat %s genoemd, maar dat is geen " +
			"criterium uit de catalogus. ¶ " +
			"%sKies in `criteria` onder [dpia] uit: %s.",
		"rules.onbekende-verwijzing.ap": "Als categorie van de AP-lijst staat %s genoemd, maar die categorie staat " +
			"niet in de AP-lijst van de catalogus. ¶ " +
			"%sKies in `ap_lijst` onder [dpia] uit: %s.",
		"rules.onbekende-verwijzing.antwoord": "Er staat een antwoord op vraag %s, maar die vraag hoort niet bij " +
			"het sjabloon van deze verwerking. ¶ " +
			"%sControleer het id in [antwoorden], of verwijder het antwoord.",
		"rules.onbekende-verwijzing.antwoord-veld": "Het antwoord op vraag %s staat bij de open vragen, maar die " +
			"vraag wordt in een eigen veld beantwoord. ¶ " +
			"Het antwoord staat in [antwoorden]; zet het in het veld `%s`.",
		"rules.onbekende-verwijzing.vraag-veld": "Vraag %s van pakket %s verwijst naar veld %s, maar een " +
			"verwerking heeft dat veld niet. ¶ " +
			"Pas `veld` in vragen.toml aan, of laat het weg om er een open vraag van te maken.",

		// fg-advies-ontbreekt
		"rules.fg-advies-ontbreekt.bron":   "AVG art. 35 lid 2",
		"rules.fg-advies-ontbreekt.uitleg": "Er is geen advies van de functionaris gegevensbescherming (fout bij definitief of vastgesteld, anders advies), of het advies is van na het besluit (waarschuwing).",
		"rules.fg-advies-ontbreekt.geen": "Deze verwerking heeft geen advies van de functionaris gegevensbescherming (AVG art. 35 lid 2). ¶ " +
			"Vraag de FG om advies en leg het vast onder [advies_fg] met `datum`, `oordeel` en `tekst`.",
		"rules.fg-advies-ontbreekt.na-besluit": "Het advies van de FG is van %s, na het besluit van %s. Het " +
			"besluit over de verwerking hoort te volgen op het advies van de FG (AVG art. 35 lid 2). ¶ " +
			"Klopt een van beide datums niet, verbeter die dan; anders neemt u het besluit opnieuw, nu het advies " +
			"er is.",
		"rules.fg-advies-ontbreekt.oordeel": "Bij het advies van de FG staat geen oordeel (AVG art. 35 lid 2). ¶ " +
			"Vul in [advies_fg] `oordeel` in: \"positief\", \"positief-met-voorwaarden\" of \"negatief\".",

		// raadpleging-ontbreekt
		"rules.raadpleging-ontbreekt.bron":   "AVG art. 35 lid 9",
		"rules.raadpleging-ontbreekt.uitleg": "Bij een verplichte DPIA staat niet of betrokkenen zijn geraadpleegd, of waarom niet.",
		"rules.raadpleging-ontbreekt.geen": "Voor deze verwerking is een DPIA verplicht, maar er staat niet of betrokkenen of hun " +
			"vertegenwoordigers (zoals de adviesraad sociaal domein) om hun mening zijn gevraagd (AVG art. 35 " +
			"lid 9). ¶ Vul [raadpleging_betrokkenen] in met `gedaan`, `wie` en `uitkomst`, of met `gedaan = " +
			"false` en de `reden`.",
		"rules.raadpleging-ontbreekt.reden": "Betrokkenen zijn niet geraadpleegd, en er staat niet waarom (AVG " +
			"art. 35 lid 9). ¶ " +
			"Vul in [raadpleging_betrokkenen] `reden` in.",
		"rules.raadpleging-ontbreekt.wie": "Er staat dat betrokkenen zijn geraadpleegd, maar niet wie. ¶ " +
			"Vul in [raadpleging_betrokkenen] `wie` en `uitkomst` in.",

		// besluit-ontbreekt
		"rules.besluit-ontbreekt.bron":   "AVG art. 5 lid 2, art. 24 en art. 35; Model DPIA Rijksdienst",
		"rules.besluit-ontbreekt.uitleg": "Een vastgestelde verwerking heeft geen (volledig) besluit: datum, door wie, wie het restrisico aanvaardt.",
		"rules.besluit-ontbreekt.geen": "Volgens de vragenlijst is de DPIA van deze verwerking vastgesteld, maar er staat niet wanneer en " +
			"door wie, wie het restrisico aanvaardt en of het advies van de FG is gevolgd. ¶ De status is " +
			"\"vastgesteld\", maar er is geen [besluit]. Voeg het toe met `datum` en `door` (wanneer en door wie), " +
			"`restrisico_aanvaard_door` en `fg_advies_gevolgd`, of zet de status terug op \"definitief\".",
		"rules.besluit-ontbreekt.veld": "Volgens de vragenlijst is de DPIA van deze verwerking vastgesteld, maar het besluit zegt niet %s. ¶ " +
			"De status is \"vastgesteld\", maar in [besluit] ontbreekt `%s`. Vul het in.",
		"rules.besluit-ontbreekt.veld-datum":                    "wanneer de DPIA is vastgesteld",
		"rules.besluit-ontbreekt.veld-door":                     "wie de DPIA heeft vastgesteld",
		"rules.besluit-ontbreekt.veld-restrisico_aanvaard_door": "wie het restrisico aanvaardt",
		"rules.besluit-ontbreekt.veld-fg_advies_gevolgd":        "of het advies van de FG is gevolgd",

		// fg-advies-afwijking-zonder-motivering
		"rules.fg-advies-afwijking-zonder-motivering.bron":   "AVG art. 35 lid 2 en art. 5 lid 2 (verantwoordingsplicht)",
		"rules.fg-advies-afwijking-zonder-motivering.uitleg": "Het advies van de FG is niet gevolgd en het besluit zegt niet waarom.",
		"rules.fg-advies-afwijking-zonder-motivering.bericht": "Het besluit zegt dat het advies van de FG niet is " +
			"gevolgd, maar niet waarom. Wie van het advies afwijkt, legt vast waarom (AVG art. 35 lid 2 en art. 5 " +
			"lid 2). ¶ " +
			"Vul in [besluit] `motivering` in.",

		// herbeoordeling
		"rules.herbeoordeling-ontbreekt.bron":   "AVG art. 35 lid 11; WP248 rev.01 (ongeveer elke drie jaar, niet geverifieerd)",
		"rules.herbeoordeling-ontbreekt.uitleg": "Het besluit noemt geen datum voor de volgende beoordeling van de DPIA, of een datum die niet na het besluit ligt.",
		"rules.herbeoordeling-ontbreekt.voor-besluit": "De herbeoordeling van de DPIA staat op %s, en dus niet na het besluit van %s; een herbeoordeling " +
			"hoort na het besluit te komen. ¶ Zet in `herbeoordeling` onder [besluit] de datum waarop de DPIA " +
			"opnieuw wordt beoordeeld, uiterlijk op %s.",
		"rules.herbeoordeling-ontbreekt.bericht": "Het besluit zegt niet wanneer de DPIA opnieuw wordt beoordeeld. " +
			"Dat hoort uiterlijk op %s te gebeuren, en eerder als het risico verandert (AVG art. 35 lid 11; de " +
			"termijn van drie jaar komt uit WP248 en is niet geverifieerd). ¶ " +
			"Vul in [besluit] `herbeoordeling` in, uiterlijk op %[1]s.",
		"rules.herbeoordeling-te-laat.bron":   "AVG art. 35 lid 11; WP248 rev.01 (ongeveer elke drie jaar, niet geverifieerd)",
		"rules.herbeoordeling-te-laat.uitleg": "De herbeoordeling ligt meer dan drie jaar na het besluit.",
		"rules.herbeoordeling-te-laat.bericht": "De herbeoordeling (%s) ligt meer dan drie jaar na het besluit " +
			"(%s). De DPIA hoort uiterlijk op %s opnieuw te worden beoordeeld, en eerder als het risico verandert " +
			"(AVG art. 35 lid 11; de termijn van drie jaar komt uit WP248 en is niet geverifieerd). ¶ " +
			"Kies in `herbeoordeling` onder [besluit] een datum uiterlijk op %[3]s.",

		// onzekere-bron
		"rules.onzekere-bron.bron":       "pia-catalogus: vermelding gemarkeerd als niet geverifieerd (onzeker)",
		"rules.onzekere-bron.bron-tekst": "de tekst zelf: gemarkeerd als nog te verifiëren",
		"rules.onzekere-bron.uitleg":     "De verwerking steunt op een grondslag of standaardbewaartermijn die in de catalogus onzeker is, of een tekst zegt zelf dat iets nog geverifieerd moet worden (waarschuwing bij definitief of vastgesteld, anders advies).",
		"rules.onzekere-bron.tekst": "Een tekst in de documenten van deze verwerking zegt zelf dat er nog iets gecontroleerd moet worden: " +
			"„%[1]s”%[2]s %[4]s ¶ Verbeter de tekst zo nodig na de controle door een jurist, en haal dan de " +
			"opmerking weg dat hij nog gecontroleerd moet worden.%[3]s%[5]s",
		"rules.onzekere-bron.controle": "Laat een jurist dit controleren voordat het document definitief wordt.",
		"rules.onzekere-bron.controle.definitief": "Het document staat al op definitief: laat een jurist dit alsnog " +
			"controleren, en pas het document aan als de controle iets verandert.",
		"rules.onzekere-bron.controle.vastgesteld": "Het document is al vastgesteld: laat een jurist dit alsnog " +
			"controleren, en laat het document opnieuw vaststellen als de controle iets verandert.",
		"rules.onzekere-bron.meer":          " Verderop in dezelfde tekst staan nog %d van zulke opmerkingen; haal die ook weg.",
		"rules.onzekere-bron.meer.een":      " Verderop in dezelfde tekst staat nog %d zo'n opmerking; haal die ook weg.",
		"rules.overschrijven.gecontroleerd": "de gecontroleerde tekst",
		"rules.overschrijven.ingevuld":      "uw eigen tekst",
		"rules.overschrijven.zonder-html":   "de tekst zonder HTML",
		"rules.overschrijven.id": " De tekst komt uit het sjabloon: zet in uw eigen bestand een item in %s " +
			"met id = %s en daarin %s met %s; de andere velden van het item komen uit het sjabloon.",
		"rules.overschrijven.lijst": " De tekst komt uit het sjabloon, uit de lijst %s. Zo'n lijst zonder " +
			"id's vervangt u in zijn geheel: neem alle items van het sjabloon over in uw eigen bestand, met %s.",
		"rules.overschrijven.veld": " De tekst komt uit het sjabloon: zet %s met %s in uw eigen bestand.",
		"rules.overschrijven.tabel": " De tekst komt uit het sjabloon, uit de tabel [%[1]s]. Een tabel in uw " +
			"eigen bestand vervangt die van het sjabloon in zijn geheel: neem alle sleutels van [%[1]s] uit het sjabloon " +
			"over in uw eigen bestand, met %[2]s.",
		"rules.onzekere-bron.grondslag": "Grondslag %[1]s (%[2]s) is in de catalogus als onzeker gemarkeerd: het artikel of de inhoud is niet " +
			"geverifieerd.%[3]s %[4]s ¶ Heeft een jurist de grondslag gecontroleerd, zet dan in pia.toml " +
			"geverifieerd = [%[1]s] (met de andere gecontroleerde id's).",
		"rules.onzekere-bron.bewaartermijn": "Standaardbewaartermijn %[1]s (%[2]s), die geldt voor %[3]s, is in de catalogus als onzeker " +
			"gemarkeerd.%[4]s %[5]s ¶ Heeft een jurist de standaardbewaartermijn gecontroleerd, zet dan in " +
			"pia.toml geverifieerd = [%[1]s] (met de andere gecontroleerde id's).",

		// nog-in-te-vullen
		"rules.nog-in-te-vullen.bron": "de tekst zelf: gemarkeerd als nog in te vullen",
		"rules.nog-in-te-vullen.uitleg": "Een tekst zegt nog dat de gemeente hem moet invullen, zoals „(in te vullen " +
			"door de gemeente)”: het register en de documenten tonen dan die aanwijzing in plaats van het antwoord " +
			"(fout bij definitief of vastgesteld, anders waarschuwing).",
		"rules.nog-in-te-vullen.bericht": "Een tekst in de documenten van deze verwerking is nog niet ingevuld: „%[1]s”%[2]s Zo staat hij nu " +
			"in het register en in de documenten. ¶ Vervang in dit veld de aanwijzing om de tekst in te vullen " +
			"door wat bij uw organisatie geldt.%[3]s",

		// html-in-tekst
		"rules.html-in-tekst.bron": "de tekst zelf: de documenten nemen geen HTML over",
		"rules.html-in-tekst.uitleg": "Een tekst of een pagina onder content/ bevat een HTML-tag, zoals <b> of <br>. " +
			"pia neemt geen HTML over: in Markdown valt de tag weg, in een gewone tekst staat hij er letterlijk. " +
			"Een opmerking (<!-- … -->) en een link tussen punthaken (<https://…>) tellen niet mee.",
		"rules.html-in-tekst.tekst": "Een tekst van deze verwerking bevat opmaakcode (HTML): %s. De documenten nemen die code niet over, " +
			"dus de inwoner of de medewerker leest de tekst anders dan bedoeld. ¶ Schrijf de opmaak in Markdown: " +
			"**vet**, *schuin*, een lege regel voor een nieuwe alinea, [tekst](https://…) voor een link.%s",
		"rules.html-in-tekst.pagina": "De pagina bevat HTML: %s. pia neemt geen HTML over in de site: de tag en " +
			"wat hij doet, vallen weg. ¶ " +
			"Schrijf de opmaak in Markdown: **vet**, *schuin*, een lege regel voor een nieuwe alinea, " +
			"[tekst](https://…) voor een link.",

		// vraag-onbeantwoord
		"rules.vraag-onbeantwoord.bron":   "Vragenlijst van het sjabloonpakket; AVG art. 35 lid 7",
		"rules.vraag-onbeantwoord.uitleg": "Een open vraag van het sjabloon is niet beantwoord, of het veld van een verplichte vraag is leeg (fout als de vraag verplicht is).",
		"rules.vraag-onbeantwoord.open": "Vraag %s is nog niet beantwoord: „%s” ¶ " +
			"Zet het antwoord in [antwoorden] onder dit id.",
		"rules.vraag-onbeantwoord.veld": "Vraag %[1]s is verplicht, maar nog niet beantwoord: „%[3]s” ¶ " +
			"De vraag wordt beantwoord in het veld `%[2]s`, maar dat is leeg. Vul het veld in.",

		// taal-niet-beschikbaar
		"rules.taal-niet-beschikbaar.bron":   "WCAG 2.1 succescriterium 3.1.1 (taal van de pagina)",
		"rules.taal-niet-beschikbaar.uitleg": "pia.toml vraagt een taal waarin pia nog geen teksten heeft; de documenten blijven in het Nederlands.",
		"rules.taal-niet-beschikbaar.tekst": "De site vraagt taal %s, maar pia heeft nog geen teksten in die taal. " +
			"De documenten en pagina's zijn daarom in het Nederlands en zeggen dat ook (taal %s), zodat een " +
			"voorleesprogramma ze goed uitspreekt. ¶ " +
			"In pia.toml staat taal = %[1]s; zet daar taal = \"nl\" om dit advies weg te nemen.",

		// pakket-andere-taal
		"rules.pakket-andere-taal.bron": "AVG art. 12 lid 1 (beknopt, transparant, begrijpelijk, in duidelijke en eenvoudige taal)",
		"rules.pakket-andere-taal.uitleg": "Een gekozen sjabloonpakket (of zijn basis) is in een andere taal geschreven dan de " +
			"documenten van de site, zodat de documenten twee talen door elkaar gebruiken.",
		"rules.pakket-andere-taal.tekst": "Sjabloonpakket %s is in het %s geschreven, maar de documenten van deze " +
			"site zijn in het %s. De teksten uit het pakket, zoals de uitleg over rechten en klachten, komen " +
			"onvertaald in de privacyverklaringen en rapporten. ¶ " +
			"Het pakket noemt zijn taal in pack.toml (taal). Kies in sjablonen een pakket in de taal van de site, " +
			"of vertaal de teksten in een eigen pakket dat op dit pakket voortbouwt en zet daar de taal van de " +
			"site.",
		"rules.pakket-andere-taal.nl": "Nederlands",
		"rules.pakket-andere-taal.en": "Engels",

		// organisatie-ontbreekt
		"rules.organisatie-ontbreekt.bron": "AVG art. 13 lid 1 onder a, art. 14 lid 1 onder a en art. 30 lid 1 onder a",
		"rules.organisatie-ontbreekt.uitleg": "pia.toml noemt de naam van de organisatie niet, of geen adres, telefoonnummer, " +
			"e-mailadres of website (fout), of geen e-mailadres en geen adres om een verzoek of klacht heen te sturen " +
			"(waarschuwing).",
		"rules.organisatie-ontbreekt.naam": "De naam van de organisatie ontbreekt. Elke privacyverklaring zegt wie " +
			"verantwoordelijk is voor de gegevens (AVG art. 13 lid 1 onder a), en het register noemt de " +
			"verwerkingsverantwoordelijke (art. 30 lid 1 onder a). Zonder naam staat er een gat in de tekst. ¶ " +
			"Vul in pia.toml onder [organisatie] `naam` in.",
		"rules.organisatie-ontbreekt.email": "Het e-mailadres van de organisatie, %s, is geen e-mailadres. Elke " +
			"privacyverklaring geeft het als link. ¶ " +
			"Schrijf het in `email` onder [organisatie] zoals privacy@gemeente.nl, zonder naam of spaties.",
		"rules.organisatie-ontbreekt.schriftelijk": "Bij de organisatie (%s) staat geen e-mailadres en geen adres. " +
			"De privacyverklaringen zeggen inwoners dat zij een verzoek of klacht kunnen sturen, maar dan niet " +
			"waarheen. ¶ " +
			"Vul in [organisatie] `email` of `adres` in.",
		"rules.organisatie-ontbreekt.bereik": "Bij de organisatie (%s) staat geen adres, telefoonnummer, e-mailadres of website, terwijl elke " +
			"privacyverklaring moet zeggen hoe de inwoner de organisatie bereikt (AVG art. 13 lid 1 onder a). ¶ " +
			"Vul in [organisatie] ten minste één van `adres`, `telefoon`, `email` en `website` in.",

		// privacyverklaring-onvolledig
		"rules.privacyverklaring-onvolledig.bron": "AVG art. 13 lid 2 onder b en d, art. 14 lid 2 onder c en e, en art. 77",
		"rules.privacyverklaring-onvolledig.uitleg": "De gekozen sjabloonpakketten hebben geen rechten in hun catalogus, zodat " +
			"de privacyverklaringen de rechten van de inwoner niet noemen, of geen tekst over klachten " +
			"(`privacyverklaring-klacht`), zodat ze alleen in een vaste zin naar de Autoriteit Persoonsgegevens verwijzen " +
			"(waarschuwing).",
		"rules.privacyverklaring-onvolledig.rechten": "De gekozen sjabloonpakketten beschrijven geen rechten van de inwoner, zoals inzage en bezwaar. " +
			"Daardoor noemt geen privacyverklaring die rechten, terwijl elke verklaring dat moet doen (AVG art. " +
			"13 lid 2 onder b). ¶ De catalogus van de gekozen pakketten heeft geen [[rechten]]. Voeg de rechten " +
			"toe aan de catalogus van een pakket, zoals catalogus/rechten.toml van vng-sociaal-domein, en noem " +
			"bij elke soort grondslag welke rechten gelden, of kies in sjablonen een pakket dat ze heeft.",
		"rules.privacyverklaring-onvolledig.klacht": "De gekozen sjabloonpakketten hebben geen tekst over klachten. De privacyverklaringen zeggen daarom " +
			"alleen in een vaste zin dat de inwoner een klacht kan indienen bij de Autoriteit Persoonsgegevens " +
			"(AVG art. 13 lid 2 onder d), en niet hoe hij eerst bij de organisatie zelf terechtkan. ¶ De gekozen " +
			"pakketten missen de tekst teksten/%s.md. Voeg die toe aan een pakket, of kies in sjablonen een " +
			"pakket dat hem heeft.",

		// contact-fg-ontbreekt
		"rules.contact-fg-ontbreekt.bron":   "AVG art. 13 lid 1 onder b, art. 14 lid 1 onder b en art. 37 lid 7",
		"rules.contact-fg-ontbreekt.uitleg": "pia.toml noemt geen functionaris gegevensbescherming met e-mailadres of telefoonnummer.",
		"rules.contact-fg-ontbreekt.naam": "Er is geen functionaris gegevensbescherming (FG) opgegeven, terwijl " +
			"elke privacyverklaring moet zeggen hoe de inwoner de FG bereikt (AVG art. 13 lid 1 onder b). ¶ " +
			"Vul in pia.toml onder [organisatie.fg] `naam` en `email` of `telefoon` in.",
		"rules.contact-fg-ontbreekt.email": "Het e-mailadres van de functionaris gegevensbescherming, %s, is geen " +
			"e-mailadres. Elke privacyverklaring geeft het als link. ¶ " +
			"Schrijf het in `email` onder [organisatie.fg] zoals fg@gemeente.nl, zonder naam of spaties.",
		"rules.contact-fg-ontbreekt.bereik": "Bij de functionaris gegevensbescherming (%s) staat geen e-mailadres " +
			"of telefoonnummer, terwijl elke privacyverklaring moet zeggen hoe de inwoner de FG bereikt (AVG art. " +
			"13 lid 1 onder b). ¶ " +
			"Vul in [organisatie.fg] `email` of `telefoon` in.",
	})
}
