package build

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"build.nav.overzicht": "Overzicht",
		"build.stap.geladen":  "Geladen: %d verwerkingen en %d pagina's (%s s)",
		"build.voortgang":     "Documenten maken: %d van %d",
		"build.nav.privacy":   "Privacyverklaring",
		"build.nav.register":  "Register",
		"build.onveilig-pad":  "uitvoerpad %q zou buiten de uitvoermap komen; pia schrijft het niet",
		"build.link-kapot":    "%s is een snelkoppeling naar %s, en dat bestaat niet. Maak die map, of laat de snelkoppeling naar een bestaande map wijzen",
		"build.markering":     "Deze map is gemaakt door pia build en wordt bij elke build vervangen.\n",
		"build.logo":          "het logo %q uit pia.toml bestaat niet; zet het bestand in de site of pas organisatie.logo aan",
		"build.geen-uitvoermap": "de uitvoermap %s bestaat al en is niet door pia gemaakt (er staat geen %s in); " +
			"pia vervangt alleen eigen uitvoer. Kies een andere map (met --uitvoer of uitvoer in pia.toml), of maak " +
			"deze map leeg als er niets in staat wat u nog nodig hebt",
		"build.uitvoer-is-site": "de uitvoermap %s is de map van de site zelf, of bevat die: daar staan uw eigen " +
			"bestanden, en pia vervangt de uitvoermap bij elke build. Kies een map ernaast of erin, zoals output " +
			"(met --uitvoer of uitvoer in pia.toml)",
		"build.uitvoer-in-bron": "de uitvoermap %s ligt in %s van de site: pia leest die map, en zou zijn eigen uitvoer " +
			"bij de volgende build weer inlezen. Kies een map buiten content/, static/, themes/ en pia-templates/, " +
			"zoals output (met --uitvoer of uitvoer in pia.toml)",
		"build.uitvoer-is-bestand": "de uitvoer %s is een bestand, geen map; pia schrijft de site in een map en " +
			"overschrijft geen bestanden. Kies een map met --uitvoer",
	})
}
