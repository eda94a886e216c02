package country

import (
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
)

// namesNL holds the Dutch short name of every officially assigned ISO 3166-1 alpha-2 code, and of the two unions pia
// accepts as a place. A name that takes an article in a sentence ("in de Verenigde Staten") is written with it; the
// article is left out where the name stands alone.
const namesNL = `
AD Andorra
AE de Verenigde Arabische Emiraten
AF Afghanistan
AG Antigua en Barbuda
AI Anguilla
AL Albanië
AM Armenië
AO Angola
AQ Antarctica
AR Argentinië
AS Amerikaans-Samoa
AT Oostenrijk
AU Australië
AW Aruba
AX Åland
AZ Azerbeidzjan
BA Bosnië en Herzegovina
BB Barbados
BD Bangladesh
BE België
BF Burkina Faso
BG Bulgarije
BH Bahrein
BI Burundi
BJ Benin
BL Saint-Barthélemy
BM Bermuda
BN Brunei
BO Bolivia
BQ Caribisch Nederland
BR Brazilië
BS de Bahama's
BT Bhutan
BV Bouveteiland
BW Botswana
BY Belarus
BZ Belize
CA Canada
CC de Cocoseilanden
CD de Democratische Republiek Congo
CF de Centraal-Afrikaanse Republiek
CG de Republiek Congo
CH Zwitserland
CI Ivoorkust
CK de Cookeilanden
CL Chili
CM Kameroen
CN China
CO Colombia
CR Costa Rica
CU Cuba
CV Kaapverdië
CW Curaçao
CX Christmaseiland
CY Cyprus
CZ Tsjechië
DE Duitsland
DJ Djibouti
DK Denemarken
DM Dominica
DO de Dominicaanse Republiek
DZ Algerije
EC Ecuador
EE Estland
EG Egypte
EH de Westelijke Sahara
ER Eritrea
ES Spanje
ET Ethiopië
FI Finland
FJ Fiji
FK de Falklandeilanden
FM Micronesia
FO de Faeröer
FR Frankrijk
GA Gabon
GB het Verenigd Koninkrijk
GD Grenada
GE Georgië
GF Frans-Guyana
GG Guernsey
GH Ghana
GI Gibraltar
GL Groenland
GM Gambia
GN Guinee
GP Guadeloupe
GQ Equatoriaal-Guinea
GR Griekenland
GS Zuid-Georgia en de Zuidelijke Sandwicheilanden
GT Guatemala
GU Guam
GW Guinee-Bissau
GY Guyana
HK Hongkong
HM de Heard- en McDonaldeilanden
HN Honduras
HR Kroatië
HT Haïti
HU Hongarije
ID Indonesië
IE Ierland
IL Israël
IM Isle of Man
IN India
IO het Brits Indische Oceaanterritorium
IQ Irak
IR Iran
IS IJsland
IT Italië
JE Jersey
JM Jamaica
JO Jordanië
JP Japan
KE Kenia
KG Kirgizië
KH Cambodja
KI Kiribati
KM de Comoren
KN Saint Kitts en Nevis
KP Noord-Korea
KR Zuid-Korea
KW Koeweit
KY de Kaaimaneilanden
KZ Kazachstan
LA Laos
LB Libanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Litouwen
LU Luxemburg
LV Letland
LY Libië
MA Marokko
MC Monaco
MD Moldavië
ME Montenegro
MF Saint-Martin
MG Madagaskar
MH de Marshalleilanden
MK Noord-Macedonië
ML Mali
MM Myanmar
MN Mongolië
MO Macau
MP de Noordelijke Marianen
MQ Martinique
MR Mauritanië
MS Montserrat
MT Malta
MU Mauritius
MV de Maldiven
MW Malawi
MX Mexico
MY Maleisië
MZ Mozambique
NA Namibië
NC Nieuw-Caledonië
NE Niger
NF Norfolk
NG Nigeria
NI Nicaragua
NL Nederland
NO Noorwegen
NP Nepal
NR Nauru
NU Niue
NZ Nieuw-Zeeland
OM Oman
PA Panama
PE Peru
PF Frans-Polynesië
PG Papoea-Nieuw-Guinea
PH de Filipijnen
PK Pakistan
PL Polen
PM Saint-Pierre en Miquelon
PN de Pitcairneilanden
PR Puerto Rico
PS de Palestijnse Gebieden
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Réunion
RO Roemenië
RS Servië
RU Rusland
RW Rwanda
SA Saoedi-Arabië
SB de Salomonseilanden
SC de Seychellen
SD Soedan
SE Zweden
SG Singapore
SH Sint-Helena, Ascension en Tristan da Cunha
SI Slovenië
SJ Spitsbergen en Jan Mayen
SK Slowakije
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalië
SR Suriname
SS Zuid-Soedan
ST Sao Tomé en Principe
SV El Salvador
SX Sint Maarten
SY Syrië
SZ Eswatini
TC de Turks- en Caicoseilanden
TD Tsjaad
TF de Franse Zuidelijke en Antarctische Gebieden
TG Togo
TH Thailand
TJ Tadzjikistan
TK Tokelau
TL Oost-Timor
TM Turkmenistan
TN Tunesië
TO Tonga
TR Turkije
TT Trinidad en Tobago
TV Tuvalu
TW Taiwan
TZ Tanzania
UA Oekraïne
UG Oeganda
UM de Kleine afgelegen eilanden van de Verenigde Staten
US de Verenigde Staten
UY Uruguay
UZ Oezbekistan
VA Vaticaanstad
VC Saint Vincent en de Grenadines
VE Venezuela
VG de Britse Maagdeneilanden
VI de Amerikaanse Maagdeneilanden
VN Vietnam
VU Vanuatu
WF Wallis en Futuna
WS Samoa
YE Jemen
YT Mayotte
ZA Zuid-Afrika
ZM Zambia
ZW Zimbabwe
EU de Europese Unie
EER de Europese Economische Ruimte
`

// Keys: "country.<code>" is the name on its own ("Verenigde Staten"), "country.<code>.zin" the name in a sentence
// when that differs ("de Verenigde Staten"); "country.onbekend" shows text that is no country pia knows.
func init() {
	m := map[string]string{
		"country.onbekend": "\"%s\" (land onbekend)",
	}
	for _, line := range strings.Split(strings.TrimSpace(namesNL), "\n") {
		code, name, _ := strings.Cut(line, " ")
		m["country."+code] = name
		for _, art := range []string{"de ", "het "} {
			if bare, ok := strings.CutPrefix(name, art); ok {
				m["country."+code], m["country."+code+".zin"] = bare, name
			}
		}
	}
	i18n.Register("nl", m)
}
