package load

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/i18n"
)

// TestLoadErrors checks every kind of load error: its position (file:line:col) and the essence of its message.
func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name  string
		files string
		want  []string // each a prefix "file:line:col: message-part" that one error must contain
	}{
		{"syntax", `
-- content/verwerkingen/a.toml --
naam = "Wmo
domein = "wmo"
`, []string{`content/verwerkingen/a.toml:1:12: TOML-fout`}},
		{"an id too long for a file name", `
-- content/verwerkingen/a.toml --
id = "` + strings.Repeat("a", 201) + `"
naam = "x"
-- content/verwerkingen/` + strings.Repeat("b", 201) + `.toml --
naam = "y"
-- content/verwerkingen/c.toml --
id = "` + strings.Repeat("c", 200) + `"
naam = "z"
`, []string{
			`content/verwerkingen/a.toml:1:1: het id "` + strings.Repeat("a", 40) + `…" is 201 tekens lang`,
			`content/verwerkingen/` + strings.Repeat("b", 201) + `.toml:1:1: het id "` + strings.Repeat("b", 40) + `…" is 201 tekens lang`,
		}},
		{"questionnaire with another extension", `
-- content/verwerkingen/a.toml --
naam = "x"
-- content/verwerkingen/Wmo.TOML --
naam = "y"
-- content/verwerkingen/jeugd.toml.txt --
naam = "z"
-- content/verwerkingen/README.md --
Niet gelezen, en dat is goed.
`, []string{
			`content/verwerkingen/Wmo.TOML: Wmo.TOML wordt niet gelezen: de naam van een vragenlijst bestaat uit kleine letters, cijfers en streepjes en eindigt op .toml. Hernoem het bestand naar wmo.toml`,
			`content/verwerkingen/jeugd.toml.txt: jeugd.toml.txt wordt niet gelezen`,
		}},
		{"page with another extension", `
-- content/verwerkingen/a.toml --
naam = "x"
-- content/Uitleg.MD --
# Uitleg
-- content/over/pagina.markdown --
# Pagina
-- content/goed.md --
# Goed
`, []string{
			`content/Uitleg.MD: Uitleg.MD wordt niet gelezen: een pagina is een bestand met een naam van kleine letters, cijfers en streepjes die eindigt op .md. Hernoem het bestand naar uitleg.md`,
			`content/over/pagina.markdown: pagina.markdown wordt niet gelezen`,
		}},
		{"control character from an escape", `
-- content/verwerkingen/a.toml --
naam = "Wmo\u001b[31m"
samenvatting = """
Regel één\tmet tab.
Regel twee."""
[[doelen]]
id = "d"
omschrijving = "x\by"
`, []string{
			`content/verwerkingen/a.toml:1:1: naam bevat een onzichtbaar stuurteken (U+001B)`,
			`content/verwerkingen/a.toml:7:1: omschrijving bevat een onzichtbaar stuurteken (U+0008)`,
		}},
		{"quotes nested past the limit", `
-- content/verwerkingen/a.toml --
naam = "x"
samenvatting = """
Eerste regel.
` + strings.Repeat(">", 40) + ` tekst"""
-- content/pagina.md --
+++
titel = "Pagina"
+++
Tekst.

| a | b |
|` + strings.Repeat("-|", 65) + `
-- content/links.md --
Één ` + strings.Repeat("[a](", 300) + `
-- content/verwerkingen/b.toml --
[[doelen]]
id = "d"
omschrijving = "` + strings.Repeat("![a](", 257) + `"
[antwoorden]
"B.12.2" = "` + strings.Repeat("> ", 33) + `"
-- content/verwerkingen/c.toml --
beschrijving = """
| a | b |
|---|---|
` + strings.Repeat("| x | y |\n", 10001) + `"""
`, []string{
			`content/verwerkingen/c.toml:1:1: beschrijving heeft een tabel die op regel 10003 van de tekst al 20002 cellen telt; pia staat er hoogstens 20000 toe`,
			`content/verwerkingen/a.toml:2:1: samenvatting zet op regel 2 van de tekst 40 citaten (>) of lijsten in elkaar; pia staat er hoogstens 32 toe`,
			`content/pagina.md:7:1: deze tabel heeft 65 kolommen; pia staat er hoogstens 64 toe`,
			`content/links.md:1:1031: deze regel heeft 300 links ([tekst](adres)); pia staat er hoogstens 256 op één regel toe`,
			`content/verwerkingen/b.toml:5:1: B.12.2 zet op regel 1 van de tekst 33 citaten`,
			`content/verwerkingen/b.toml:3:1: omschrijving heeft op regel 1 van de tekst 257 links ([tekst](adres)); pia staat er hoogstens 256 op één regel toe`,
		}},
		{"wrong type", `
-- content/verwerkingen/a.toml --
naam = "x"
aantal_betrokkenen = "veel"
`, []string{`content/verwerkingen/a.toml:2:1: aantal_betrokkenen moet een geheel getal zijn, maar is de tekst "veel"`}},
		{"output folder of only spaces", `
-- pia.toml --
titel = "x"
uitvoer = "  "
-- content/verwerkingen/a.toml --
naam = "x"
`, []string{`pia.toml:2:1: uitvoer = "  " is geen bruikbare mapnaam`}},
		{"year that is a typing error", `
-- content/verwerkingen/a.toml --
datum = 0026-11-01
`, []string{`content/verwerkingen/a.toml:1:1: het jaar van datum is 26; dat lijkt een tikfout. Schrijf een datum tussen 1990 en 2200`}},
		{"date as string", `
-- content/verwerkingen/a.toml --
datum = "2026-11-01"
`, []string{`content/verwerkingen/a.toml:1:1: datum moet een datum zonder aanhalingstekens, zoals 2026-11-01 zijn`}},
		{"unknown key with suggestion", `
-- content/verwerkingen/a.toml --
naam = "x"
[[gegevens]]
id = "naw"
registeren = "altijd"
`, []string{`content/verwerkingen/a.toml:4:1: onbekende sleutel "registeren" in [[gegevens]]; bedoelde u "registreren"?`}},
		{"unknown key without suggestion", `
-- content/verwerkingen/a.toml --
kleur = "blauw"
`, []string{`content/verwerkingen/a.toml:1:1: onbekende sleutel "kleur"; toegestaan zijn: aantal_betrokkenen`}},
		{"enum", `
-- content/verwerkingen/a.toml --
status = "klaar"
`, []string{`content/verwerkingen/a.toml:1:1: ongeldige waarde "klaar" voor status; toegestaan: concept, definitief, vastgesteld`}},
		{"enum with suggestion", `
-- content/verwerkingen/a.toml --
[[ontvangers]]
id = "x"
rol = "verwerkr"
`, []string{`content/verwerkingen/a.toml:3:1: ongeldige waarde "verwerkr" voor rol; toegestaan: verwerker, derde, gezamenlijk-verantwoordelijke. Bedoelde u "verwerker"?`}},
		{"score out of range", `
-- content/verwerkingen/a.toml --
[[risicos]]
id = "R1"
kans = 5
`, []string{`content/verwerkingen/a.toml:3:1: kans is 5, maar moet tussen 1 en 4 liggen`}},
		{"termijn", `
-- content/verwerkingen/a.toml --
[[bewaartermijnen]]
gegevens = ["*"]
termijn = "15 eeuwen"
`, []string{`content/verwerkingen/a.toml:3:1: ongeldige waarde voor termijn: termijn "15 eeuwen" heeft een onbekende eenheid "eeuwen"; gebruik dagen, weken, maanden of jaar`}},
		{"termijn without unit", `
-- content/verwerkingen/a.toml --
[[bewaartermijnen]]
gegevens = ["*"]
termijn = "15"
`, []string{`content/verwerkingen/a.toml:3:1: ongeldige waarde voor termijn: termijn "15" heeft niet de vorm "<aantal> dagen|weken|maanden|jaar", bijvoorbeeld "15 jaar"`}},
		{"termijn not a whole number", `
-- content/verwerkingen/a.toml --
[[bewaartermijnen]]
gegevens = ["*"]
termijn = "1,5 jaar"
`, []string{`content/verwerkingen/a.toml:3:1: ongeldige waarde voor termijn: termijn "1,5 jaar" begint niet met een geheel aantal; gebruik "<aantal> dagen|weken|maanden|jaar", bijvoorbeeld "15 jaar"`}},
		{"termijn too large", `
-- content/verwerkingen/a.toml --
[[bewaartermijnen]]
gegevens = ["*"]
termijn = "99999999999999999999 jaar"
`, []string{`content/verwerkingen/a.toml:3:1: ongeldige waarde voor termijn: termijn "99999999999999999999 jaar": het aantal is te groot; schrijf een kleiner aantal, zoals "15 jaar"`}},
		{"duplicate ids", `
-- content/verwerkingen/a.toml --
[[doelen]]
id = "a"
[[doelen]]
id = "a"
`, []string{`content/verwerkingen/a.toml:4:1: id "a" komt twee keer voor in doelen (eerder op regel 2)`}},
		{"bad id characters", `
-- content/verwerkingen/a.toml --
[[gegevens]]
id = "naam adres"
`, []string{`content/verwerkingen/a.toml:2:1: id "naam adres" bevat ongeldige tekens`}},
		{"missing id", `
-- content/verwerkingen/a.toml --
[[gegevens]]
id = "naw"
[[gegevens]]
omschrijving = "zonder id"
[[risicos]]
id = ""
`, []string{`content/verwerkingen/a.toml:3:1: het 2e item van [[gegevens]] heeft geen id`,
			`content/verwerkingen/a.toml:6:1: het 1e item van [[risicos]] heeft geen id`}},
		{"lists without ids need none", `
-- content/verwerkingen/a.toml --
[[gegevens]]
id = "naw"
[[bewaartermijnen]]
gegevens = ["*"]
termijn = "15 eeuwen"
`, []string{`content/verwerkingen/a.toml:5:1: ongeldige waarde voor termijn`}},
		{"id escaping the output folder", `
-- content/verwerkingen/a.toml --
id = "../../etc"
`, []string{`content/verwerkingen/a.toml:1:1: id "../../etc" mag geen / of .. bevatten`}},
		{"uppercase verwerking id", `
-- content/verwerkingen/a.toml --
id = "Wmo"
`, []string{`content/verwerkingen/a.toml:1:1: id "Wmo" is ongeldig`}},
		{"bad file name", `
-- content/verwerkingen/Wmo Oud.toml --
naam = "x"
`, []string{`content/verwerkingen/Wmo Oud.toml: bestandsnaam "Wmo Oud.toml" is ongeldig`}},
		{"duplicate verwerking id", `
-- content/verwerkingen/a.toml --
naam = "a"
-- content/verwerkingen/b.toml --
id = "a"
`, []string{`content/verwerkingen/b.toml:1:1: verwerking "a" bestaat al (in content/verwerkingen/a.toml)`}},
		{"files of a pack that would not be read", `
-- pia-templates/basis/verwerkingen/nieuw.TOML --
naam = "x"
-- pia-templates/basis/catalogus/extra/a.toml --
-- pia-templates/basis/teksten/oud/privacyverklaring-fg.md --
Tekst.
`, []string{`pia-templates/basis/verwerkingen/nieuw.TOML: nieuw.TOML wordt niet gelezen: pia leest alleen bestanden die op .toml eindigen, in kleine letters. Hernoem het naar nieuw.toml`,
			`pia-templates/basis/catalogus/extra: de map extra wordt niet gelezen: pia leest in pia-templates/basis/catalogus alleen de bestanden zelf`,
			`pia-templates/basis/teksten/oud: de map oud wordt niet gelezen`}},
		{"a dotted key of the wrong type", `
-- content/verwerkingen/a.toml --
naam = "a"
informeren.wanneer = 5
`, []string{`content/verwerkingen/a.toml:2:1: wanneer moet een tekst tussen aanhalingstekens zijn, maar is het getal 5. Zet de waarde tussen aanhalingstekens, zo: informeren.wanneer = "5"`}},
		{"a table written as a list of tables", `
-- pia.toml --
titel = "Site"
[[organisatie]]
naam = "Gemeente"
`, []string{`pia.toml:2:1: organisatie moet een tabel ([…]-blok) zijn, maar is een lijst van tabellen. Schrijf [organisatie] met één paar haken`}},
		{"a question without its text", `
-- pia-templates/basis/vragen.toml --
[[vragen]]
id = "Z.1"
toelichting = "Alleen uitleg."
`, []string{`pia-templates/basis/vragen.toml:1:1: vraag "Z.1" heeft geen tekst`}},
		{"a pack without a version, and one with a number", `
-- pia.toml --
titel = "Site"
sjablonen = ["a", "b"]
[organisatie]
naam = "Gemeente"
-- pia-templates/a/pack.toml --
naam = "a"
-- pia-templates/b/pack.toml --
naam = "b"
versie = 1
`, []string{`pia-templates/a/pack.toml:1:1: pack.toml heeft geen versie`,
			`pia-templates/b/pack.toml:2:1: versie moet een tekst tussen aanhalingstekens zijn`}},
		{"duplicate verwerking id that sorts first", `
-- content/verwerkingen/a.toml --
naam = "a"
id = "z"
-- content/verwerkingen/z.toml --
naam = "z"
`, []string{`content/verwerkingen/a.toml:2:1: verwerking "z" bestaat al (in content/verwerkingen/z.toml)`}},
		{"missing template", `
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmoo"
`, []string{`content/verwerkingen/a.toml:1:1: sjabloon "wmoo" bestaat niet in pakket basis; bedoelde u "wmo"?`}},
		{"missing pack", `
-- content/verwerkingen/a.toml --
sjabloon = "vng/wmo"
`, []string{`content/verwerkingen/a.toml:1:1: sjabloonpakket "vng" bestaat niet; beschikbaar: basis`}},
		{"pack folder whose pack.toml has another name", `
-- pia-templates/eigen/pack.toml --
naam = "Eigen Pakket"
versie = "1.0.0"
-- content/verwerkingen/a.toml --
sjabloon = "eigen/wmo"
`, []string{`content/verwerkingen/a.toml:1:1: sjabloonpakket "eigen" bestaat niet: de map pia-templates/eigen noemt zich in pack.toml "Eigen Pakket"`}},
		{"malformed template reference", `
-- content/verwerkingen/a.toml --
sjabloon = "wmo"
`, []string{`content/verwerkingen/a.toml:1:1: sjabloon "wmo" heeft niet de vorm pakket/verwerking`}},
		{"circular templates", `
-- pia-templates/basis/verwerkingen/een.toml --
sjabloon = "basis/twee"
-- pia-templates/basis/verwerkingen/twee.toml --
sjabloon = "basis/een"
-- content/verwerkingen/a.toml --
sjabloon = "basis/een"
`, []string{`pia-templates/basis/verwerkingen/twee.toml:1:1: sjablonen breiden elkaar in een kring uit (basis/een → basis/twee → basis/een)`}},
		{"two files on a circular template", `
-- pia-templates/basis/verwerkingen/een.toml --
sjabloon = "basis/twee"
-- pia-templates/basis/verwerkingen/twee.toml --
sjabloon = "basis/een"
-- content/verwerkingen/a.toml --
sjabloon = "basis/een"
-- content/verwerkingen/b.toml --
sjabloon = "basis/een"
`, []string{`pia-templates/basis/verwerkingen/twee.toml:1:1: sjablonen breiden elkaar in een kring uit (basis/een → basis/twee → basis/een)`}},
		{"two files on a missing template", `
-- content/verwerkingen/a.toml --
sjabloon = "basis/weg"
-- content/verwerkingen/b.toml --
sjabloon = "basis/weg"
`, []string{`content/verwerkingen/a.toml:1:1: sjabloon "weg" bestaat niet`, `content/verwerkingen/b.toml:1:1: sjabloon "weg" bestaat niet`}},
		{"verwijder without template", `
-- content/verwerkingen/a.toml --
[[gegevens]]
id = "x"
verwijder = true
`, []string{`content/verwerkingen/a.toml:3:1: onbekende sleutel "verwijder"`}},
		{"unknown key in pia.toml", `
-- pia.toml --
titel = "Test"
sjablonen = ["basis"]
[organisatie]
naaam = "Gemeente"
`, []string{`pia.toml:4:1: onbekende sleutel "naaam" in [organisatie]; bedoelde u "naam"?`}},
		{"several files at once", `
-- content/verwerkingen/a.toml --
status = "klaar"
-- content/verwerkingen/b.toml --
naam = 
-- content/verwerkingen/c.toml --
domein = "zorg"
`, []string{`content/verwerkingen/a.toml:1:1: ongeldige waarde "klaar"`,
			`content/verwerkingen/b.toml:1:8: TOML-fout`,
			`content/verwerkingen/c.toml:1:1: ongeldige waarde "zorg" voor domein`}},
		{"unclosed front matter", `
-- content/pagina.md --
+++
titel = "x"
`, []string{`content/pagina.md:1:1: de voorwerk-tabel begint met +++ maar sluit niet af`}},
		{"front matter error has file line", `
-- content/pagina.md --
+++
titel = "x"
gewigt = 3
+++
Tekst
`, []string{`content/pagina.md:3:1: onbekende sleutel "gewigt"; bedoelde u "gewicht"?`}},
		{"front matter below the first line", `
-- content/pagina.md --
titel = "x"
gewicht = 2
+++
Tekst
`, []string{`content/pagina.md:3:1: hier staat een regel +++, maar de pagina begint niet met +++`}},
		{"front matter below blank lines", `
-- content/pagina.md --


+++
titel = "x"
+++
Tekst
-- content/ingesprongen.md --
  +++
titel = "y"
+++
Tekst
-- content/regel.md --
Tekst.

+++
`, []string{`content/pagina.md:3:1: hier staat een regel +++, maar de pagina begint niet met +++`,
			`content/ingesprongen.md:1:1: hier staat een regel +++, maar de pagina begint niet met +++`}},
		{"front matter in YAML", `
-- content/pagina.md --
---
titel: Over ons
---
Tekst
`, []string{`content/pagina.md:1:1: de pagina begint met voorwerk in YAML (tussen ---), dat pia niet leest`}},
		{"page not in UTF-8", `
-- content/pagina.md --
+++
titel = "x"
+++
Tekst ` + "\xe9\xe9n" + ` regel
`, []string{`content/pagina.md:4:7: het bestand is niet als UTF-8 opgeslagen (byte 0xe9)`}},
		{"a text of a pack not in UTF-8", `
-- pia-templates/basis/teksten/privacyverklaring-fg.md --
Onze functionaris: ` + "caf\xe9" + `
`, []string{`pia-templates/basis/teksten/privacyverklaring-fg.md:1:23: het bestand is niet als UTF-8 opgeslagen (byte 0xe9)`}},
		{"a text of a pack in UTF-16 without its mark", `
-- pia-templates/basis/teksten/privacyverklaring-fg.md --
` + "O\x00n\x00z\x00" + `
`, []string{`pia-templates/basis/teksten/privacyverklaring-fg.md:1:2: het bestand bevat nul-bytes en is waarschijnlijk als UTF-16 opgeslagen`}},
		{"unknown placeholders in a text", `
-- pia-templates/basis/teksten/privacyverklaring-fg.md --
Onze functionaris is {fg.naam} ({fg.email}).
Bel {fg.nam} of {organisatie.telefoon}; {geen plaatshouder} en {} blijven tekst.
Zie {iets.heel.anders}.
`, []string{`pia-templates/basis/teksten/privacyverklaring-fg.md:2:5: onbekende plaatshouder {fg.nam}; bedoelde u {fg.naam}?`,
			`pia-templates/basis/teksten/privacyverklaring-fg.md:3:5: onbekende plaatshouder {iets.heel.anders}; de documenten vullen alleen deze in: {organisatie.naam}, {organisatie.adres}`}},
		{"a text of a pack past the limits", `
-- pia-templates/basis/teksten/privacyverklaring-fg.md --
Onze functionaris is {fg.naam}.

` + strings.Repeat("> ", 50) + `
`, []string{`pia-templates/basis/teksten/privacyverklaring-fg.md:3:65: deze regel zet 50 citaten (>) of lijsten in elkaar; pia staat er hoogstens 32 toe`}},
		{"placeholders not closed or in double braces", `
-- pia-templates/basis/teksten/privacyverklaring-fg.md --
Dat is {fg.naam. Deze persoon let op.
Mail {{fg.email}} of bel {fg.telefoon}.
{ fg.naam }, {x en {organisatie.naam} blijven zo.
`, []string{`pia-templates/basis/teksten/privacyverklaring-fg.md:1:8: de plaatshouder {fg.naam is niet afgesloten: zonder } komt hij zo in de documenten. Schrijf {fg.naam}`,
			`pia-templates/basis/teksten/privacyverklaring-fg.md:2:6: dubbele accolades om {fg.email}: de buitenste komen in de documenten. Schrijf één paar: {fg.email}`}},
		{"catalogue: kind of a basis unknown", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taal"
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:6:1: grondslag avg-6-1-e heeft soort "publieke-taal", maar die soort staat niet in [[soorten]] van de catalogus; bedoelde u "publieke-taak"?`}},
		{"catalogue: kind defined in another file", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"

[[grondslagen]]
id = "avg-6-1-c"
soort = "wet"
-- pia-templates/basis/catalogus/soorten.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
[[soorten]]
id = "wettelijke-verplichting"
art6 = true
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:7:1: grondslag avg-6-1-c heeft soort "wet", maar die soort staat niet in [[soorten]] van de catalogus; kies uit: publieke-taak, wettelijke-verplichting`}},
		{"catalogue: right of a kind unknown", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
rechten = ["inzage", "bezwaarr"]
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
-- pia-templates/basis/catalogus/rechten.toml --
[[rechten]]
id = "inzage"
[[rechten]]
id = "bezwaar"
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:4:22: soort publieke-taak noemt recht "bezwaarr", maar dat recht staat niet in [[rechten]] van de catalogus, zodat geen privacyverklaring het noemt; bedoelde u "bezwaar"?`}},
		{"catalogue: rights named, none defined", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
rechten = ["inzage", "bezwaar"]
[[soorten]]
id = "wettelijke-verplichting"
art6 = true
rechten = ["inzage"]
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:4:1: soort publieke-taak noemt rechten (inzage, bezwaar), maar de catalogus heeft geen [[rechten]]`}},
		{"catalogue: category of a basis unknown", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
[[soorten]]
id = "art9-uitzondering"
[[categorieen]]
id = "gezondheid"
bijzonder = "art9"
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
[[grondslagen]]
id = "uavg-30"
soort = "art9-uitzondering"
dekt = ["art9"]
categorieen = ["gezondheid", "gezondhied"]
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:16:30: grondslag uavg-30 noemt bij categorieen "gezondhied", maar die categorie staat niet in [[categorieen]] van de catalogus; bedoelde u "gezondheid"?`}},
		{"catalogue: what a basis covers unknown", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
dekt = ["bsn", "art-9"]
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:7:16: ongeldige waarde "art-9" voor dekt; toegestaan: art9, art10, bsn. Bedoelde u "art9"?`}},
		{"catalogue: an id twice in one file is one error", `
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
`, []string{`pia-templates/basis/catalogus/grondslagen.toml:8:1: id "avg-6-1-e" komt twee keer voor in grondslagen (eerder op regel 5)`}},
		{"catalogue: an id twice in two files", `
-- pia-templates/basis/catalogus/meer.toml --
[[grondslagen]]
id = "avg-6-1-e"
soort = "publieke-taak"
`, []string{`pia-templates/basis/catalogus/meer.toml:2:1: id "avg-6-1-e" staat twee keer in grondslagen van de catalogus (eerder in pia-templates/basis/catalogus/grondslagen.toml:5:1)`}},
		{"text with a name no document uses", `
-- pia-templates/basis/teksten/privacyverklaring-klaht.md --
Klachten.
-- pia-templates/basis/teksten/colofon.md --
Colofon.
`, []string{`pia-templates/basis/teksten/colofon.md: tekstblok colofon.md wordt door geen document gebruikt, dus deze tekst staat nergens; de documenten gebruiken: pia-inleiding, `,
			`pia-templates/basis/teksten/privacyverklaring-klaht.md: tekstblok privacyverklaring-klaht.md wordt door geen document gebruikt, dus deze tekst staat nergens; bedoelde u privacyverklaring-klacht.md?`}},
		{"text with another extension", `
-- pia-templates/basis/teksten/privacyverklaring-klacht.txt --
Klachten.
-- pia-templates/basis/teksten/Werkinstructie-Datalek.md --
Datalek.
`, []string{`pia-templates/basis/teksten/Werkinstructie-Datalek.md: Werkinstructie-Datalek.md wordt niet gelezen: de naam van een tekstblok bestaat uit kleine letters en streepjes en eindigt op .md. Hernoem het bestand naar werkinstructie-datalek.md`,
			`pia-templates/basis/teksten/privacyverklaring-klacht.txt: privacyverklaring-klacht.txt wordt niet gelezen`}},
		{"pack on a basis: question in an unknown section", `
-- pia.toml --
titel = "Test"
sjablonen = ["regio"]
-- pia-templates/regio/pack.toml --
naam = "regio"
versie = "1.0.0"
basis = "basis"
-- pia-templates/regio/vragen.toml --
[[vragen]]
id = "R.1"
sectie = "1"
vraag = "In een sectie van de basis"
[[vragen]]
id = "R.2"
sectie = "2"
vraag = "In een sectie die niet bestaat"
`, []string{`pia-templates/regio/vragen.toml:7:1: sectie "2" van vraag R.2 bestaat niet in [[secties]]`}},
		{"pack on a basis: kind of the pack's basis unknown", `
-- pia.toml --
titel = "Test"
sjablonen = ["regio"]
-- pia-templates/regio/pack.toml --
naam = "regio"
versie = "1.0.0"
basis = "basis"
-- pia-templates/regio/catalogus/grondslagen.toml --
[[grondslagen]]
id = "apv"
soort = "publieke-taak"
[[grondslagen]]
id = "apv-2"
soort = "publiek"
`, []string{`pia-templates/regio/catalogus/grondslagen.toml:6:1: grondslag apv-2 heeft soort "publiek", maar die soort staat niet in [[soorten]] van de catalogus; kies uit: publieke-taak`}},
		{"pack language and report part that pia does not know", `
-- pia.toml --
titel = "Test"
sjablonen = ["regio"]
-- pia-templates/regio/pack.toml --
naam = "regio"
versie = "1.0.0"
taal = "NL"
-- pia-templates/regio/vragen.toml --
[[secties]]
id = "1"
deel = "a"
titel = "Voorstel"
[[secties]]
id = "2"
deel = "E"
titel = "Anders"
`, []string{`pia-templates/regio/pack.toml:3:1: ongeldige waarde "NL" voor taal; toegestaan: nl, en. Bedoelde u "nl"?`,
			`pia-templates/regio/vragen.toml:3:1: ongeldige waarde "a" voor deel; toegestaan: A, B, C, D. Bedoelde u "A"?`,
			`pia-templates/regio/vragen.toml:7:1: ongeldige waarde "E" voor deel; toegestaan: A, B, C, D`}},
		{"answer ids without quotes, a number for an answer, a Dutch thousands separator", `
-- content/verwerkingen/a.toml --
naam = "x"
aantal_betrokkenen = 10.000
[antwoorden]
A.3.2 = "Alleen leefgebieden met een hulpvraag"
"A.4" = 5
`, []string{`content/verwerkingen/a.toml:2:1: aantal_betrokkenen moet een geheel getal zijn, maar is het kommagetal 10.000. Een punt tussen de duizendtallen maakt er in TOML een kommagetal van; schrijf het getal zonder punt, zo: aantal_betrokkenen = 10000`,
			`content/verwerkingen/a.toml:4:1: A.3.2 staat niet tussen aanhalingstekens en wordt daardoor gelezen als tabellen in elkaar (een punt scheidt in TOML tabellen). Zet de sleutel tussen aanhalingstekens: "A.3.2" = "…"`,
			`content/verwerkingen/a.toml:5:1: "A.4" moet een tekst tussen aanhalingstekens zijn, maar is het getal 5. Zet de waarde tussen aanhalingstekens, zo: "A.4" = "5"`}},
		{"a version as a number, a decimal where a whole number belongs", `
-- content/verwerkingen/a.toml --
naam = "x"
versie = 1.0 # eerste
[[risicos]]
id = "R1"
kans = 2.5
`, []string{`content/verwerkingen/a.toml:2:1: versie moet een tekst tussen aanhalingstekens zijn, maar is het kommagetal 1.0. Zet de waarde tussen aanhalingstekens, zo: versie = "1.0"`,
			`content/verwerkingen/a.toml:5:1: kans moet een geheel getal zijn, maar is het kommagetal 2.5`}},
		{"reserved page name", `
-- content/register.md --
Tekst
`, []string{`content/register.md: pagina "register" valt samen met een map die pia zelf maakt`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			archive := basePack + c.files
			_, errs := loadArchive(t, archive)
			if errs == nil {
				t.Fatalf("expected load errors, got none")
			}
			if len(errs) != len(c.want) {
				t.Errorf("got %d errors, want %d:\n%v", len(errs), len(c.want), errs)
			}
			for _, w := range c.want {
				found := false
				for _, e := range errs {
					if strings.HasPrefix(e.Error(), w) || strings.Contains(e.Error(), w) {
						found = true
					}
				}
				if !found {
					t.Errorf("no error matching\n  %s\ngot:\n%v", w, errs)
				}
			}
		})
	}
}

func TestPackCycle(t *testing.T) {
	_, errs := loadArchive(t, `
-- pia.toml --
sjablonen = ["a"]
-- pia-templates/a/pack.toml --
naam = "a"
versie = "1.0.0"
basis = "b"
-- pia-templates/b/pack.toml --
naam = "b"
versie = "1.0.0"
basis = "a"
`)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "pia-templates/b/pack.toml:3:1: sjabloonpakketten bouwen in een kring op elkaar voort (a → b → a)") {
		t.Fatalf("errors = %v", errs)
	}
}

// pia sjablonen lists every pack; a cycle among them is reported as pia check reports it, once, and so is a basis
// that does not exist. The sound pack is still listed.
func TestPacksReportBases(t *testing.T) {
	fsys := siteFS(t, `
-- pia-templates/a/pack.toml --
naam = "a"
versie = "1.0.0"
basis = "b"
-- pia-templates/b/pack.toml --
naam = "b"
versie = "1.0.0"
basis = "a"
-- pia-templates/c/pack.toml --
naam = "c"
versie = "1.0.0"
basis = "bb"
-- pia-templates/d/pack.toml --
naam = "d"
versie = "1.0.0"
`)
	packs, errs := Packs("site", Options{SiteFS: fsys})
	want := []string{
		"pia-templates/b/pack.toml:3:1: sjabloonpakketten bouwen in een kring op elkaar voort (a → b → a)",
		`pia-templates/c/pack.toml:3:1: sjabloonpakket "bb" bestaat niet`,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d = %v, want %s", i, errs[i], w)
		}
	}
	if len(packs) != 4 || packs[3].Naam != "d" {
		t.Errorf("packs = %v", packs)
	}
}

func TestSyntaxErrorHasExcerpt(t *testing.T) {
	_, errs := loadArchive(t, basePack+`
-- content/verwerkingen/a.toml --
naam = "ok"
domein = wmo
`)
	if len(errs) != 1 {
		t.Fatalf("errors = %v", errs)
	}
	e := errs[0]
	if e.Pos.Line != 2 || e.Pos.Col != 10 {
		t.Errorf("position %v", e.Pos)
	}
	if e.Excerpt != "domein = wmo\n         ^" {
		t.Errorf("excerpt:\n%s", e.Excerpt)
	}
}

// An entry that removes an inherited one whose id the template lacks removes nothing: with a typo, data the
// author meant to drop stays in every document. It is an error at the id, with a suggestion.
func TestVerwijderUnknownID(t *testing.T) {
	_, errs := loadArchive(t, basePack+`
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"

[[gegevens]]
id = "gezondheid"
verwijder = true

[[gegevens]]
id = "netwrek"
verwijder = true

[[doelen]]
id = "iets-anders"
verwijder = true
`)
	want := []string{
		`content/verwerkingen/a.toml:8:1: verwijder = true bij "netwrek", maar het sjabloon heeft in gegevens geen item met dat id; er wordt dus niets verwijderd. Bedoelde u "netwerk"?`,
		`content/verwerkingen/a.toml:12:1: verwijder = true bij "iets-anders", maar het sjabloon heeft in doelen geen item met dat id; er wordt dus niets verwijderd`,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %v\nwant %s", i, errs[i], w)
		}
	}
}

// What pia.toml names must exist and be usable, so that pia check finds what would stop or spoil the build.
func TestConfigErrors(t *testing.T) {
	for _, c := range []struct{ name, config, want string }{
		{"basis_url without scheme", `basis_url = "privacy.voorbeeldstad.nl"`, `pia.toml:1:1: basis_url "privacy.voorbeeldstad.nl" is geen volledig webadres`},
		{"basis_url javascript", `basis_url = "javascript:alert(1)//"`, `pia.toml:1:1: basis_url "javascript:alert(1)//" is geen volledig webadres`},
		{"basis_url text", `basis_url = "geen url"`, `pia.toml:1:1: basis_url "geen url" is geen volledig webadres`},
		{"missing logo", "[organisatie]\nnaam = \"x\"\nlogo = \"static/Logo.svg\"", `pia.toml:3:1: het logo "static/Logo.svg" bestaat niet`},
		{"missing theme", `thema = "donker"`, `pia.toml:1:1: thema "donker" bestaat niet`},
		{"logo above the site", "[organisatie]\nlogo = \"../gedeeld/logo.svg\"", `pia.toml:2:1: het logo "../gedeeld/logo.svg" staat buiten de site`},
		{"logo at an absolute path", "[organisatie]\nlogo = \"/etc/logo.svg\"", `pia.toml:2:1: het logo "/etc/logo.svg" staat buiten de site`},
		{"logo with backslashes", "[organisatie]\nlogo = 'static\\logo.svg'", `pia.toml:2:1: het logo "static\\logo.svg" staat buiten de site`},
		{"logo that is no image", "[organisatie]\nlogo = \"index.html\"", `pia.toml:2:1: het logo "index.html" is geen afbeelding`},
		{"logo whose content is no png", "[organisatie]\nlogo = \"static/x.png\"\n-- static/x.png --\nnotpng",
			`pia.toml:2:1: het logo static/x.png is geen afbeelding (PNG, JPEG, GIF, WebP of SVG)`},
		{"logo whose content is no svg", "[organisatie]\nlogo = \"static/x.svg\"\n-- static/x.svg --\n<html></html>",
			`pia.toml:2:1: het logo static/x.svg is geen afbeelding`},
		{"website javascript", "[organisatie]\nwebsite = \"javascript:alert(1)\"", `pia.toml:2:1: website "javascript:alert(1)" is geen volledig webadres`},
		{"website that is a mail address", "[organisatie]\nwebsite = \"info@voorbeeldstad.nl\"", `pia.toml:2:1: website "info@voorbeeldstad.nl" is geen volledig webadres`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load("site", Options{SiteFS: siteFS(t, "-- pia.toml --\n"+c.config+"\n"), Embedded: fstest.MapFS{
				"themes/default/page.html": {Data: []byte("x")}}})
			errs := AsErrors(err)
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), c.want) {
				t.Fatalf("errors = %v\nwant %s", err, c.want)
			}
		})
	}
	// A full address, a logo written with ./, and the tool's own theme are fine.
	_, err := Load("site", Options{SiteFS: siteFS(t, "-- pia.toml --\nbasis_url = \"https://privacy.voorbeeldstad.nl/\"\n"+
		"[organisatie]\nnaam = \"x\"\nlogo = \"./static/logo.svg\"\nwebsite = \"https://www.voorbeeldstad.nl/privacy?a=1\"\n"+
		"-- static/logo.svg --\n<svg/>\n"),
		Embedded: fstest.MapFS{"themes/default/page.html": {Data: []byte("x")}}})
	if err != nil {
		t.Errorf("a valid pia.toml: %v", err)
	}
}

// TestTitleDefault: a site without titel is named after its organisation, so that no page has an empty title.
func TestTitleDefault(t *testing.T) {
	for _, c := range []struct{ config, want string }{
		{"[organisatie]\nnaam = \"Gemeente Oost\"", "Privacy bij Gemeente Oost"},
		{"titel = \"  \"", "Privacy"},
		{"titel = \"Eigen titel\"\n[organisatie]\nnaam = \"Gemeente Oost\"", "Eigen titel"},
	} {
		site, err := Load("site", Options{SiteFS: siteFS(t, "-- pia.toml --\n"+c.config+"\n")})
		if err != nil {
			t.Fatal(err)
		}
		if site.Config.Titel != c.want {
			t.Errorf("%q: titel %q, want %q", c.config, site.Config.Titel, c.want)
		}
	}
}

// TestLanguageWithoutTexts: a taal pia has no texts in is kept as asked, and the documents are written, and
// labelled, in Dutch.
func TestLanguageWithoutTexts(t *testing.T) {
	site, err := Load("site", Options{SiteFS: siteFS(t, "-- pia.toml --\ntaal = \"en\"\n")})
	if err != nil {
		t.Fatal(err)
	}
	if i18n.Lang("en").Available() {
		t.Skip("pia has English texts")
	}
	if site.Config.Taal != "nl" || site.Config.TaalGevraagd != "en" {
		t.Errorf("taal %q, asked %q; want nl and en", site.Config.Taal, site.Config.TaalGevraagd)
	}
}

// TestWebsiteWithoutScheme: a host name is taken as its web address.
func TestWebsiteWithoutScheme(t *testing.T) {
	site, err := Load("site", Options{SiteFS: siteFS(t, "-- pia.toml --\n[organisatie]\nwebsite = \"www.voorbeeldstad.nl/privacy\"\n")})
	if err != nil {
		t.Fatal(err)
	}
	if w := site.Config.Organisatie.Website; w != "https://www.voorbeeldstad.nl/privacy" {
		t.Errorf("website %q", w)
	}
}

// pia sjablonen checks each pack as a site that chooses it sees it: catalogue entries that refer to entries the
// pack and its bases do not have, and verwerkingen whose template chain does not resolve, are reported in the
// pack's files, also for a pack no site has chosen yet.
func TestPacksReportCrossReferences(t *testing.T) {
	fsys := siteFS(t, `
-- pia-templates/basis/pack.toml --
naam = "basis"
versie = "1.0.0"
-- pia-templates/basis/catalogus/grondslagen.toml --
[[soorten]]
id = "publieke-taak"
art6 = true
-- pia-templates/eigen/pack.toml --
naam = "eigen"
versie = "1.0.0"
basis = "basis"
-- pia-templates/eigen/catalogus/grondslagen.toml --
[[grondslagen]]
id = "avg-6-1-e"
soort = "publiek-taak"
-- pia-templates/eigen/verwerkingen/wmo.toml --
sjabloon = "basis/bestaat-niet"
naam = "Wmo"
`)
	_, errs := Packs("site", Options{SiteFS: fsys})
	want := []string{
		`pia-templates/eigen/catalogus/grondslagen.toml:3:1: grondslag avg-6-1-e heeft soort "publiek-taak", maar die soort staat niet in [[soorten]] van de catalogus; bedoelde u "publieke-taak"?`,
		`pia-templates/eigen/verwerkingen/wmo.toml:1:1: sjabloon "bestaat-niet" bestaat niet in pakket basis`,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d = %v\nwant %s", i, errs[i], w)
		}
	}
}

// TestKeyAfterTable: in TOML a key written after a [table] header belongs to that table, so a key a user adds at the
// end of a file lands in its last table. When the key, or its value, is not valid there but would be at the top of
// the file, the message says to move it up; a genuine mistake keeps its own message.
func TestKeyAfterTable(t *testing.T) {
	const top = "Is %s bedoeld voor het hele bestand? Zet die regel dan bovenaan, vóór de eerste [tabel]: " +
		"alles na een kop als %s hoort bij die tabel"
	const file = "content/verwerkingen/a.toml"
	cases := []struct {
		name, files string
		want        string // the one error, whole
	}{
		{"enum value of the file's own status below [[maatregelen]]", `
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
[[maatregelen]]
id = "M1"
omschrijving = "x"

status = "definitief"
`, file + `:6:1: ongeldige waarde "definitief" voor status; toegestaan: gepland, in-uitvoering, gereed. ` +
			fmt.Sprintf(top, "status", "[[maatregelen]]")},
		{"unknown key below [informeren]", `
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
[informeren]
wanneer = "Bij het eerste contact"
status = "definitief"
`, file + `:4:1: onbekende sleutel "status" in [informeren]; toegestaan zijn daar: hoe, verplichting, wanneer. ` +
			fmt.Sprintf(top, "status", "[informeren]")},
		{"key of the file below [antwoorden]", `
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
[antwoorden]
"A.3.2" = "x"
naam = "Mijn naam"
`, file + `:4:1: naam onder [antwoorden] is geen vraag: daar staan alleen antwoorden, elk onder de id van zijn vraag. ` +
			fmt.Sprintf(top, "naam", "[antwoorden]")},
		{"number of the file below [antwoorden], after a comment on the header", `
-- content/verwerkingen/a.toml --
[ antwoorden ]  # open vragen
aantal_betrokkenen = 5
`, file + `:2:1: aantal_betrokkenen onder [ antwoorden ] is geen vraag: daar staan alleen antwoorden, elk onder de id van zijn vraag. ` +
			fmt.Sprintf(top, "aantal_betrokkenen", "[ antwoorden ]")},
		{"pia.toml: key after [organisatie.fg]", `
-- pia.toml --
titel = "Test"
sjablonen = ["basis"]
[organisatie]
naam = "Gemeente Test"
[organisatie.fg]
naam = "F. G."
email = "fg@test.nl"
thema = "donker"
`, `pia.toml:8:1: onbekende sleutel "thema" in [organisatie.fg]; toegestaan zijn daar: email, naam, telefoon. ` +
			fmt.Sprintf(top, "thema", "[organisatie.fg]")},
		{"unknown key that is no key of the file either", `
-- content/verwerkingen/a.toml --
[informeren]
kleur = "blauw"
`, file + `:2:1: onbekende sleutel "kleur" in [informeren]; toegestaan zijn daar: hoe, verplichting, wanneer`},
		{"status that is no status of the file either", `
-- content/verwerkingen/a.toml --
[[maatregelen]]
id = "M1"
status = "klaar"
`, file + `:3:1: ongeldige waarde "klaar" voor status; toegestaan: gepland, in-uitvoering, gereed`},
		{"key in an inline table", `
-- content/verwerkingen/a.toml --
informeren = { wanneer = "x", status = "concept" }
`, file + `:1:31: onbekende sleutel "status" in [informeren]; toegestaan zijn daar: hoe, verplichting, wanneer`},
		{"dotted key", `
-- content/verwerkingen/a.toml --
informeren.status = "concept"
`, file + `:1:1: onbekende sleutel "status" in [informeren]; toegestaan zijn daar: hoe, verplichting, wanneer`},
		{"dotted key below a header", `
-- pia.toml --
titel = "Test"
sjablonen = ["basis"]
[organisatie]
fg.thema = "donker"
`, `pia.toml:4:1: onbekende sleutel "thema" in [organisatie.fg]; toegestaan zijn daar: email, naam, telefoon`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := loadArchive(t, basePack+c.files)
			if len(errs) != 1 || errs[0].Error() != c.want {
				t.Errorf("errors:\n%v\nwant:\n%s", errs, c.want)
			}
		})
	}
}

// TestAnswerToQuestionNamedAsKey: an answer whose question id is also a key of the file is an answer, in a full load
// and when one file is loaded again.
func TestAnswerToQuestionNamedAsKey(t *testing.T) {
	fsys := siteFS(t, basePack+`
-- pia.toml --
titel = "Test"
sjablonen = ["regio"]
[organisatie.fg]
naam = "F. G."
-- pia-templates/regio/pack.toml --
naam = "regio"
versie = "1.0.0"
basis = "basis"
-- pia-templates/regio/vragen.toml --
[[vragen]]
id = "domein"
sectie = "1"
vraag = "Welk domein?"
-- pia-templates/regio/verwerkingen/wmo-regio.toml --
sjabloon = "basis/wmo"
[antwoorden]
domein = "Het sociaal domein in de regio"
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
[antwoorden]
domein = "Het sociaal domein"
-- content/verwerkingen/b.toml --
sjabloon = "regio/wmo-regio"
`)
	r := NewReloader("site", Options{SiteFS: fsys})
	site, err := r.Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := site.Verwerking("a").Antwoorden["domein"]; got != "Het sociaal domein" {
		t.Errorf("answer %q", got)
	}
	// A pack's template answers its pack's question too.
	if got := site.Verwerking("b").Antwoorden["domein"]; got != "Het sociaal domein in de regio" {
		t.Errorf("the template's answer %q", got)
	}
	fsys["content/verwerkingen/a.toml"] = &fstest.MapFile{Data: []byte("[antwoorden]\ndomein = \"Zorg\"\n")}
	site, _, err = r.Reload([]string{"content/verwerkingen/a.toml"})
	if err != nil {
		t.Fatal(err)
	}
	if got := site.Verwerking("a").Antwoorden["domein"]; got != "Zorg" {
		t.Errorf("answer after reloading %q", got)
	}
}

// TestAnswerWrittenAsTable: an answer is a text. One written as a table is told so, with the form to use; an id
// without quotes, which TOML reads as tables in tables, is told to quote it.
func TestAnswerWrittenAsTable(t *testing.T) {
	const file = "content/verwerkingen/a.toml"
	const table = `het antwoord op vraag %s staat hier als tabel, maar een antwoord is een tekst. Schrijf het onder [antwoorden] als "%s" = "…"`
	const dotted = `%s staat niet tussen aanhalingstekens en wordt daardoor gelezen als tabellen in elkaar (een punt scheidt in TOML tabellen). Zet de sleutel tussen aanhalingstekens: "%s" = "…"`
	cases := []struct{ name, src, want string }{
		{"header with a quoted id", "sjabloon = \"basis/wmo\"\n[antwoorden.\"A.3.2\"]\ntekst = \"x\"\n",
			file + ":2:1: " + fmt.Sprintf(table, "A.3.2", "A.3.2")},
		{"header with an id without dots", "[antwoorden.B1]\ntekst = \"x\"\ntoelichting = \"y\"\n",
			file + ":1:1: " + fmt.Sprintf(table, "B1", "B1")},
		{"header with an id without quotes", "[antwoorden.A.3.2]\ntekst = \"x\"\n",
			file + ":1:1: " + fmt.Sprintf(table, "A.3.2", "A.3.2")},
		{"inline table", "[antwoorden]\n\"A.1\" = { tekst = \"x\" }\n",
			file + ":2:1: " + fmt.Sprintf(table, "A.1", "A.1")},
		{"inline table, id without dots", "[antwoorden]\nB1 = { tekst = \"x\" }\n",
			file + ":2:1: " + fmt.Sprintf(table, "B1", "B1")},
		{"quoted id with a dotted part", "[antwoorden]\n\"A.1\".tekst = \"x\"\n",
			file + ":2:1: " + fmt.Sprintf(table, "A.1", "A.1")},
		{"id without quotes", "[antwoorden]\nA.3.2 = \"x\"\n",
			file + ":2:1: " + fmt.Sprintf(dotted, "A.3.2", "A.3.2")},
		{"id without quotes, from the top", "antwoorden.A.3.2 = \"x\"\n",
			file + ":1:1: " + fmt.Sprintf(dotted, "A.3.2", "A.3.2")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := loadArchive(t, basePack+"-- content/verwerkingen/a.toml --\n"+c.src)
			if len(errs) != 1 || errs[0].Error() != c.want {
				t.Errorf("errors:\n%v\nwant:\n%s", errs, c.want)
			}
		})
	}
}

// TestLogoIsImage: what a browser shows as an image is a logo, whatever its extension says; text and HTML are not.
func TestLogoIsImage(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	utf16 := []byte{0xff, 0xfe}
	for _, r := range `<svg xmlns="http://www.w3.org/2000/svg"/>` {
		utf16 = append(utf16, byte(r), 0)
	}
	for name, c := range map[string]struct {
		b    []byte
		want bool
	}{
		"png":                         {png, true},
		"jpeg":                        {[]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), true},
		"svg after a long comment":    {[]byte("<?xml version=\"1.0\"?><!--" + strings.Repeat("x", 5000) + "--><svg/>"), true},
		"svg with a namespace prefix": {[]byte("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>"), true},
		"svg in UTF-16":               {utf16, true},
		"text":                        {[]byte("notpng\n"), false},
		"html":                        {[]byte("<!doctype html><html><body>logo</body></html>"), false},
		"empty":                       {nil, false},
	} {
		if got := logoIsImage(c.b); got != c.want {
			t.Errorf("%s: %v, want %v", name, got, c.want)
		}
	}
}
