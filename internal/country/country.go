// Package country knows the countries a questionnaire may name as the place of a system or a recipient: every
// officially assigned ISO 3166-1 alpha-2 code, its name in Dutch (nl.go) and English, and whether it lies in the
// European Economic Area. The rules use it to decide whether data leave the EEA; the documents to name the country
// in words a reader knows.
package country

import (
	"sort"
	"strings"
	"sync"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/suggest"
)

// Status places a country with respect to the European Economic Area.
type Status int

const (
	Unknown Status = iota // text that is no country pia knows; it may lie outside the EEA
	Inside                // a member of the EEA, a part of one, or the EU or EEA itself
	Outside               // a country or territory outside the EEA
)

// Place is the outcome of reading a country field.
type Place struct {
	Code   string // ISO 3166-1 alpha-2 code ("GR" for "EL", "GB" for "UK"), "EU" or "EER"; "" when unknown
	Text   string // the field as written, without surrounding space
	Status Status
}

// eea lists the codes inside the European Economic Area: the EU-27, Iceland, Liechtenstein and Norway, the parts of
// EU member states that have an ISO code of their own and belong to the Union (Åland and the outermost regions
// Guadeloupe, French Guiana, Martinique, Réunion, Mayotte and Saint-Martin, TFEU art. 349 and 355), and the two
// unions themselves. Overseas territories outside the Union (Aruba, Curaçao, Sint Maarten, Caribisch Nederland,
// Greenland, the Faroe Islands, Svalbard, ...) are outside.
var eea = setOf(`AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO
	AX GP GF MQ RE YT MF EU EER`)

// namesEN holds the English short name of every code, for fields written in English. They are only read, never
// shown: the documents name a country in their own language.
const namesEN = `AD Andorra|AE United Arab Emirates|AF Afghanistan|AG Antigua and Barbuda|AI Anguilla|AL Albania|
AM Armenia|AO Angola|AQ Antarctica|AR Argentina|AS American Samoa|AT Austria|AU Australia|AW Aruba|AX Aland Islands|
AZ Azerbaijan|BA Bosnia and Herzegovina|BB Barbados|BD Bangladesh|BE Belgium|BF Burkina Faso|BG Bulgaria|BH Bahrain|
BI Burundi|BJ Benin|BL Saint Barthelemy|BM Bermuda|BN Brunei|BO Bolivia|BQ Caribbean Netherlands|BR Brazil|
BS Bahamas|BT Bhutan|BV Bouvet Island|BW Botswana|BY Belarus|BZ Belize|CA Canada|CC Cocos Islands|
CD Democratic Republic of the Congo|CF Central African Republic|CG Republic of the Congo|CH Switzerland|
CI Ivory Coast|CK Cook Islands|CL Chile|CM Cameroon|CN China|CO Colombia|CR Costa Rica|CU Cuba|CV Cape Verde|
CW Curacao|CX Christmas Island|CY Cyprus|CZ Czechia|DE Germany|DJ Djibouti|DK Denmark|DM Dominica|
DO Dominican Republic|DZ Algeria|EC Ecuador|EE Estonia|EG Egypt|EH Western Sahara|ER Eritrea|ES Spain|ET Ethiopia|
FI Finland|FJ Fiji|FK Falkland Islands|FM Micronesia|FO Faroe Islands|FR France|GA Gabon|GB United Kingdom|
GD Grenada|GE Georgia|GF French Guiana|GG Guernsey|GH Ghana|GI Gibraltar|GL Greenland|GM Gambia|GN Guinea|
GP Guadeloupe|GQ Equatorial Guinea|GR Greece|GS South Georgia and the South Sandwich Islands|GT Guatemala|GU Guam|
GW Guinea-Bissau|GY Guyana|HK Hong Kong|HM Heard Island and McDonald Islands|HN Honduras|HR Croatia|HT Haiti|
HU Hungary|ID Indonesia|IE Ireland|IL Israel|IM Isle of Man|IN India|IO British Indian Ocean Territory|IQ Iraq|
IR Iran|IS Iceland|IT Italy|JE Jersey|JM Jamaica|JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan|KH Cambodia|KI Kiribati|
KM Comoros|KN Saint Kitts and Nevis|KP North Korea|KR South Korea|KW Kuwait|KY Cayman Islands|KZ Kazakhstan|
LA Laos|LB Lebanon|LC Saint Lucia|LI Liechtenstein|LK Sri Lanka|LR Liberia|LS Lesotho|LT Lithuania|LU Luxembourg|
LV Latvia|LY Libya|MA Morocco|MC Monaco|MD Moldova|ME Montenegro|MF Saint Martin|MG Madagascar|
MH Marshall Islands|MK North Macedonia|ML Mali|MM Myanmar|MN Mongolia|MO Macao|MP Northern Mariana Islands|
MQ Martinique|MR Mauritania|MS Montserrat|MT Malta|MU Mauritius|MV Maldives|MW Malawi|MX Mexico|MY Malaysia|
MZ Mozambique|NA Namibia|NC New Caledonia|NE Niger|NF Norfolk Island|NG Nigeria|NI Nicaragua|NL Netherlands|
NO Norway|NP Nepal|NR Nauru|NU Niue|NZ New Zealand|OM Oman|PA Panama|PE Peru|PF French Polynesia|
PG Papua New Guinea|PH Philippines|PK Pakistan|PL Poland|PM Saint Pierre and Miquelon|PN Pitcairn Islands|
PR Puerto Rico|PS Palestine|PT Portugal|PW Palau|PY Paraguay|QA Qatar|RE Reunion|RO Romania|RS Serbia|RU Russia|
RW Rwanda|SA Saudi Arabia|SB Solomon Islands|SC Seychelles|SD Sudan|SE Sweden|SG Singapore|
SH Saint Helena, Ascension and Tristan da Cunha|SI Slovenia|SJ Svalbard and Jan Mayen|SK Slovakia|SL Sierra Leone|
SM San Marino|SN Senegal|SO Somalia|SR Suriname|SS South Sudan|ST Sao Tome and Principe|SV El Salvador|
SX Sint Maarten|SY Syria|SZ Eswatini|TC Turks and Caicos Islands|TD Chad|
TF French Southern and Antarctic Lands|TG Togo|TH Thailand|TJ Tajikistan|TK Tokelau|TL Timor-Leste|
TM Turkmenistan|TN Tunisia|TO Tonga|TR Turkey|TT Trinidad and Tobago|TV Tuvalu|TW Taiwan|TZ Tanzania|UA Ukraine|
UG Uganda|UM United States Minor Outlying Islands|US United States|UY Uruguay|UZ Uzbekistan|VA Vatican City|
VC Saint Vincent and the Grenadines|VE Venezuela|VG British Virgin Islands|VI United States Virgin Islands|
VN Vietnam|VU Vanuatu|WF Wallis and Futuna|WS Samoa|YE Yemen|YT Mayotte|ZA South Africa|ZM Zambia|ZW Zimbabwe|
EU European Union|EER European Economic Area`

// aliases are other ways people write a country: codes the EU or ISO reserve for it, and common longer or older
// names, in Dutch and English.
var aliases = map[string]string{
	"EL": "GR", "UK": "GB", "EEA": "EER", "EUROPESE UNIE": "EU", "USA": "US", "VS": "US",
	"UNITED STATES OF AMERICA": "US", "VERENIGDE STATEN VAN AMERIKA": "US", "GREAT BRITAIN": "GB",
	"GROOT-BRITTANNIE": "GB", "ENGELAND": "GB", "ENGLAND": "GB", "HOLLAND": "NL", "CZECH REPUBLIC": "CZ",
	"TSJECHISCHE REPUBLIEK": "CZ", "COTE D'IVOIRE": "CI", "TURKIYE": "TR", "WIT-RUSLAND": "BY", "SWAZILAND": "SZ",
	"SOUTH KOREA": "KR", "REPUBLIC OF KOREA": "KR", "RUSSIAN FEDERATION": "RU", "VIET NAM": "VN",
	"BURMA": "MM", "EAST TIMOR": "TL", "CABO VERDE": "CV", "HOLY SEE": "VA", "VATICAN": "VA", "MACAU": "MO",
	"PALESTINA": "PS", "FAROE": "FO", "FAEROER": "FO", "DR CONGO": "CD", "CONGO-KINSHASA": "CD",
	"CONGO-BRAZZAVILLE": "CG", "SCHOTLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "NOORD-IERLAND": "GB",
	"NORTHERN IRELAND": "GB", "AMERIKA": "US", "AMERICA": "US",
}

// index maps every accepted spelling, folded (see fold), to its code; names lists the official names (not the
// aliases) to suggest from.
var index = sync.OnceValues(func() (map[string]string, []string) {
	m := map[string]string{}
	var names []string
	add := func(text, code string, official bool) {
		k := fold(text)
		if _, dup := m[k]; !dup {
			m[k] = code
			if official && len(k) > 3 {
				names = append(names, k)
			}
		}
	}
	for _, e := range strings.Split(namesEN, "|") {
		code, name, _ := strings.Cut(strings.TrimSpace(e), " ")
		add(code, code, false)
		add(name, code, true)
		add(i18n.Default.T("country."+code), code, true)
	}
	for a, code := range aliases {
		add(a, code, false)
	}
	sort.Strings(names)
	return m, names
})

// Parse reads a country field: an ISO code or a name in Dutch or English, in any case, with or without an article
// ("de Verenigde Staten"). Empty counts as the Netherlands. A code that ISO has not assigned, such as "XX", is
// unknown, as is any other text.
func Parse(s string) Place {
	p := Place{Text: strings.TrimSpace(s)}
	if p.Text == "" {
		p.Code = "NL"
	} else {
		m, _ := index()
		p.Code = m[fold(p.Text)]
	}
	switch {
	case p.Code == "":
		p.Status = Unknown
	case eea[p.Code]:
		p.Status = Inside
	default:
		p.Status = Outside
	}
	return p
}

// Name is the country's name on its own ("Verenigde Staten"), or the text as written when it is unknown.
func (p Place) Name(l i18n.Lang) string {
	if p.Code == "" {
		return p.Text
	}
	return l.T("country." + p.Code)
}

// InSentence is the name as it stands in a sentence, with its article where it takes one ("de Verenigde
// Staten"), or the text as written when it is unknown.
func (p Place) InSentence(l i18n.Lang) string {
	if p.Code == "" {
		return p.Text
	}
	if k := "country." + p.Code + ".zin"; i18n.Has(l, k) || i18n.Has(i18n.Default, k) {
		return l.T(k)
	}
	return p.Name(l)
}

// Label is the name with its code, for reports and registers ("Verenigde Staten (US)"); text that is no country
// is quoted and marked as such.
func (p Place) Label(l i18n.Lang) string {
	if p.Code == "" {
		return l.T("country.onbekend", p.Text)
	}
	return p.Name(l) + " (" + p.Code + ")"
}

// Suggest gives the code of the country whose name s is likely a typo of ("Zwitserlnd": "CH"), or "". A wrong
// guess does harm (accepted, it may turn a transfer outside the EEA into none), so Suggest guesses only when one
// country is clearly meant:
//   - not for two or three letters: nearly every such text is one letter away from several codes;
//   - not for text that names several places ("Ierland/VS");
//   - only from the official names, at most one edit per five letters, and one edit for a country in the EEA;
//   - not when names of two countries are equally close.
func Suggest(s string) string {
	k := fold(s)
	n := len([]rune(k))
	if n <= 3 || strings.ContainsAny(k, "/,;&+") || strings.Contains(k, " EN ") || strings.Contains(k, " AND ") {
		return ""
	}
	m, names := index()
	best, bestD, tie := "", 1<<30, false
	for _, name := range names {
		d := suggest.Distance(k, name)
		switch {
		case d < bestD:
			best, bestD, tie = m[name], d, false
		case d == bestD && m[name] != best:
			tie = true
		}
	}
	limit := max(1, n/5)
	if eea[best] {
		limit = 1
	}
	if best == "" || tie || bestD > limit {
		return ""
	}
	return best
}

// fold makes the spellings of one name equal: upper case, single spaces, no leading article, no accents
// ("de  Verenigde staten" and "DE VERENIGDE STATEN"; "België" and "Belgie").
func fold(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(s), " "))
	for _, art := range []string{"DE ", "HET ", "THE "} {
		if rest, ok := strings.CutPrefix(s, art); ok && rest != "" {
			s = rest
			break
		}
	}
	return strings.Map(func(r rune) rune {
		if b, ok := unaccented[r]; ok {
			return b
		}
		return r
	}, s)
}

// unaccented maps the accented capitals of the names to their plain letters.
var unaccented = map[rune]rune{'Å': 'A', 'Ä': 'A', 'Á': 'A', 'À': 'A', 'Ã': 'A', 'Ç': 'C', 'É': 'E', 'È': 'E',
	'Ë': 'E', 'Ê': 'E', 'Í': 'I', 'Ï': 'I', 'Î': 'I', 'Ó': 'O', 'Ö': 'O', 'Ô': 'O', 'Ø': 'O', 'Ü': 'U', 'Ú': 'U'}

func setOf(fields string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(fields) {
		m[f] = true
	}
	return m
}
