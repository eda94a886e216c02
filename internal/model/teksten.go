package model

// Names of the text blocks the documents take from a pack's teksten/ folder (teksten/<name>.md).
const (
	TekstPIAInleiding                   = "pia-inleiding"
	TekstPIAOndertekening               = "pia-ondertekening"
	TekstPrivacyverklaringInleiding     = "privacyverklaring-inleiding"
	TekstPrivacyverklaringFG            = "privacyverklaring-fg"
	TekstPrivacyverklaringRechten       = "privacyverklaring-rechten"
	TekstPrivacyverklaringKlacht        = "privacyverklaring-klacht"
	TekstPrivacyverklaringMinderjarigen = "privacyverklaring-minderjarigen"
	TekstWerkinstructieInleiding        = "werkinstructie-inleiding"
	TekstWerkinstructieToestemming      = "werkinstructie-toestemming"
	TekstWerkinstructieDelen            = "werkinstructie-delen"
	TekstWerkinstructieVerzoeken        = "werkinstructie-verzoeken"
	TekstWerkinstructieDatalek          = "werkinstructie-datalek"
)

// TekstNamen are all the text blocks a pack can provide. The loader refuses a file in teksten/ with another name,
// so that a typo in a file name does not silently leave a text out of every document.
var TekstNamen = []string{
	TekstPIAInleiding, TekstPIAOndertekening,
	TekstPrivacyverklaringInleiding, TekstPrivacyverklaringFG, TekstPrivacyverklaringRechten,
	TekstPrivacyverklaringKlacht, TekstPrivacyverklaringMinderjarigen,
	TekstWerkinstructieInleiding, TekstWerkinstructieToestemming, TekstWerkinstructieDelen,
	TekstWerkinstructieVerzoeken, TekstWerkinstructieDatalek,
}
