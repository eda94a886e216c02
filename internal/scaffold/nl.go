package scaffold

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"scaffold.kop":    "Verwerking %s",
		"scaffold.pakket": "Vragenlijst van sjabloonpakket %s %s (%s).",
		"scaffold.uitleg": "Vul de vragen van boven naar beneden in. Wat het sjabloon al invult, staat als " +
			"commentaar (met # ervoor) onder de vraag: laat het staan om de tekst van het sjabloon te houden, of haal " +
			"het # weg en pas de waarde aan. Controleer tussendoor met: pia check",
		"scaffold.deel":         "deel %s",
		"scaffold.verplicht":    "(verplicht)",
		"scaffold.keuze":        "Kies uit: %s",
		"scaffold.uit-sjabloon": "↑ uit het sjabloon; haal # weg om te wijzigen.",
		"scaffold.tabel-uit-sjabloon": "Het sjabloon vult [%s] al in (hieronder). Neemt u de tabel over, schrijf " +
			"dan alle sleutels: een tabel in dit bestand vervangt die van het sjabloon helemaal.",
		"scaffold.lijst-uit-sjabloon": "Uit het sjabloon (%d): %s. Een item met hetzelfde id wijzigt het geërfde " +
			"item veld voor veld; met verwijder = true laat u het vervallen; een nieuw id voegt een item toe.",
		"scaffold.lijst-vervangt": "Het sjabloon vult %d items in (hieronder); een lijst in dit bestand vervangt ze " +
			"allemaal. Wilt u er een wijzigen, haal dan bij alle items het # weg en pas aan wat bij u anders is.",
		"scaffold.lijst-vervangt.een": "Het sjabloon vult %d item in (hieronder); een lijst in dit bestand vervangt " +
			"het. Wilt u het wijzigen, haal dan het # weg en pas aan wat bij u anders is.",
		"scaffold.open-vragen": "Open vragen",
		"scaffold.open-uitleg": "De antwoorden op deze vragen komen in het PIA-rapport, in het onderdeel dat " +
			"bij de vraag staat. Markdown mag; gebruik \"\"\" voor een antwoord van meer regels.",
	})
}
