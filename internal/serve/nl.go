package serve

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"serve.log.deel":      "gewijzigd: %[2]s — %[1]d bestanden opnieuw gemaakt in %[3]s ms",
		"serve.log.deel.een":  "gewijzigd: %[2]s — %[1]d bestand opnieuw gemaakt in %[3]s ms",
		"serve.log.alles":     "gewijzigd: %s — alles opnieuw gebouwd (%d bestanden) in %s ms",
		"serve.log.en-andere": "%s en %d andere",
		"serve.log.onbekend":  "te veel wijzigingen tegelijk om ze een voor een te volgen",
		"serve.volgen":        "pia kan de bestanden van de site niet volgen: %s",
		"serve.volgen.map": "pia kan de map %s niet volgen: %s. Wat u daarin opslaat, ziet pia niet tot u " +
			"pia serve opnieuw start.",
		"serve.volgen.en-andere": "%s (en %d andere mappen)",
		"serve.volgen.grens-mappen": "het systeem volgt al zoveel mappen als het toestaat. Sluit andere programma's " +
			"die mappen volgen (editors, synchronisatie), of verhoog de grens (Linux: sysctl fs.inotify.max_user_watches)",
		"serve.volgen.grens-programmas": "al zoveel programma's volgen bestanden als het systeem toestaat. Sluit er " +
			"een paar, of verhoog de grens (Linux: sysctl fs.inotify.max_user_instances)",
		"serve.log.fout":      "gewijzigd: %s — kan niet bouwen; de vorige pagina's blijven staan:",
		"serve.overlay.titel": "pia kan de site niet bouwen",
		"serve.overlay.uitleg": "U ziet de laatste goede versie. Herstel het bestand en sla op: de pagina laadt " +
			"dan vanzelf opnieuw.",
		"serve.overlay.uitleg-geen-site": "pia heeft de site nog niet kunnen bouwen, dus er is nog niets te zien. Herstel het bestand en " +
			"sla op: de pagina laadt dan vanzelf opnieuw.",
		"serve.methode":          "alleen GET en HEAD",
		"serve.renderfout.titel": "Deze pagina kon niet worden gemaakt",
		"serve.renderfout":       "Herstel de fout en sla op: de pagina laadt dan vanzelf opnieuw.",
		"serve.404":              "Pagina niet gevonden",
		"serve.404.terug":        "Naar het overzicht",
		"serve.bezig.titel":      "pia bouwt de site",
		"serve.bezig.uitleg": "Even geduld: pia leest de vragenlijsten en maakt de pagina's. Deze pagina laadt " +
			"vanzelf opnieuw zodra de site klaar is.",
	})
}
