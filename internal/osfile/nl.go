package osfile

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"osfile.bericht":              "%s: %s",
		"osfile.op.mkdir":             "kan de map %s niet aanmaken",
		"osfile.op.open":              "kan %s niet openen",
		"osfile.op.read":              "kan %s niet lezen",
		"osfile.op.write":             "kan %s niet schrijven",
		"osfile.op.rename":            "kan %s niet op zijn plaats zetten",
		"osfile.op.remove":            "kan %s niet verwijderen",
		"osfile.op.unlinkat":          "kan %s niet verwijderen",
		"osfile.op.stat":              "kan %s niet bekijken",
		"osfile.op.lstat":             "kan %s niet bekijken",
		"osfile.op.anders":            "fout bij %s",
		"osfile.errno.toegang":        "geen toestemming (controleer de rechten op het bestand en de map)",
		"osfile.errno.vol":            "de schijf is vol",
		"osfile.errno.alleen-lezen":   "de schijf is alleen-lezen",
		"osfile.errno.geen-map":       "een deel van het pad is een bestand, geen map",
		"osfile.errno.is-map":         "dat is een map, geen bestand",
		"osfile.errno.bestaat-niet":   "het bestaat niet, of de map waarin het staat bestaat niet",
		"osfile.errno.bestaat":        "het bestaat al",
		"osfile.errno.te-lang":        "de naam is te lang",
		"osfile.errno.lus":            "het is een snelkoppeling (symbolische link) die in een kring naar zichzelf wijst",
		"osfile.errno.poort-bezet":    "een ander programma gebruikt dit adres en deze poort al",
		"osfile.errno.adres-onbekend": "dit adres hoort niet bij deze computer",
		"osfile.errno.io": "de schijf of het netwerk gaf een leesfout (is het een apparaat- of systeembestand, of een " +
			"netwerkschijf die wegviel?)",
		"osfile.errno.ongeldig": "het systeem weigert dit pad of deze bewerking (een ongeldige naam, of een " +
			"bestand dat niet gelezen kan worden)",
		"osfile.errno.bezet": "het is in gebruik (bijvoorbeeld een gekoppelde schijf of volume); kies een map daarin of ernaast",
		"osfile.link-weg": "het is een link naar een bestand of map dat er niet (meer) is; sluit de schijf weer aan " +
			"(een netwerkschijf?) of zet de link goed",
		"osfile.geen-bestand": "het is geen gewoon bestand maar een pipe, apparaat of socket (ook als een snelkoppeling " +
			"ernaar wijst); pia leest alleen gewone bestanden, haal het weg of vervang het door een bestand",
	})
}
