package country

import (
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/i18n"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in     string
		code   string
		status Status
	}{
		{"", "NL", Inside},
		{"  ", "NL", Inside},
		{"NL", "NL", Inside},
		{"nl", "NL", Inside},
		{"EL", "GR", Inside},
		{"gr", "GR", Inside},
		{"Griekenland", "GR", Inside},
		{"Schotland", "GB", Outside},
		{"Noord-Ierland", "GB", Outside},
		{"Amerika", "US", Outside},
		{"EU", "EU", Inside},
		{"EEA", "EER", Inside},
		{"Europese Unie", "EU", Inside},
		{"Nederland", "NL", Inside},
		{"the Netherlands", "NL", Inside},
		{"Duitsland", "DE", Inside},
		{"GERMANY", "DE", Inside},
		{"België", "BE", Inside},
		{"Belgie", "BE", Inside},
		{"Réunion", "RE", Inside}, // an outermost region of the EU
		{"US", "US", Outside},
		{" us ", "US", Outside},
		{"Verenigde Staten", "US", Outside},
		{"de  Verenigde staten", "US", Outside},
		{"United States", "US", Outside},
		{"USA", "US", Outside},
		{"GB", "GB", Outside},
		{"UK", "GB", Outside},
		{"Verenigd Koninkrijk", "GB", Outside},
		{"Zwitserland", "CH", Outside},
		{"switzerland", "CH", Outside},
		{"IN", "IN", Outside},
		{"Curaçao", "CW", Outside},
		{"Curacao", "CW", Outside},
		{"Groenland", "GL", Outside},
		{"XX", "", Unknown},
		{"QQ", "", Unknown},
		{"NK", "", Unknown},
		{"ZZ", "", Unknown},
		{"Zwitserlnd", "", Unknown},
		{"de cloud", "", Unknown},
		{"Verweggistan", "", Unknown},
	} {
		p := Parse(tc.in)
		if p.Code != tc.code || p.Status != tc.status {
			t.Errorf("Parse(%q) = %q, %v; want %q, %v", tc.in, p.Code, p.Status, tc.code, tc.status)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		in, name, sentence, label string
	}{
		{"US", "Verenigde Staten", "de Verenigde Staten", "Verenigde Staten (US)"},
		{"gb", "Verenigd Koninkrijk", "het Verenigd Koninkrijk", "Verenigd Koninkrijk (GB)"},
		{"PH", "Filipijnen", "de Filipijnen", "Filipijnen (PH)"},
		{"CH", "Zwitserland", "Zwitserland", "Zwitserland (CH)"},
		{"India", "India", "India", "India (IN)"},
		{"EL", "Griekenland", "Griekenland", "Griekenland (GR)"},
		{"", "Nederland", "Nederland", "Nederland (NL)"},
		{" XX ", "XX", "XX", `"XX" (land onbekend)`},
	} {
		p := Parse(tc.in)
		if got := p.Name(i18n.Default); got != tc.name {
			t.Errorf("Name(%q) = %q, want %q", tc.in, got, tc.name)
		}
		if got := p.InSentence(i18n.Default); got != tc.sentence {
			t.Errorf("InSentence(%q) = %q, want %q", tc.in, got, tc.sentence)
		}
		if got := p.Label(i18n.Default); got != tc.label {
			t.Errorf("Label(%q) = %q, want %q", tc.in, got, tc.label)
		}
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{"Zwitserlnd": "CH", "Verenigde Staaten": "US", "Untied States": "US",
		"Duitsand": "DE", "NK": "", "XX": "", "NLD": "", "de cloud": "", "Verweggistan": "",
		// no guess that may turn a place outside the EEA into one inside it, and none where two countries are meant
		"Schotlnd": "", "Duitslnad": "", "Hollland": "", "Ierland/VS": "", "Ierland en VS": "", "Congo": "", "Korea": ""} {
		if got := Suggest(in); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTable: every officially assigned ISO 3166-1 alpha-2 code has a Dutch and an English name, the EEA has its 30
// members, and no spelling points at two countries.
func TestTable(t *testing.T) {
	var codes []string
	for _, e := range strings.Split(namesEN, "|") {
		code, name, _ := strings.Cut(strings.TrimSpace(e), " ")
		if code == "EU" || code == "EER" {
			continue
		}
		if len(code) != 2 || code != strings.ToUpper(code) || name == "" {
			t.Errorf("bad entry %q", e)
		}
		if n := i18n.T("country." + code); strings.HasPrefix(n, "[") {
			t.Errorf("%s has no Dutch name", code)
		}
		codes = append(codes, code)
	}
	if len(codes) != 249 {
		t.Errorf("%d codes, want the 249 ISO 3166-1 assigns", len(codes))
	}
	for _, k := range i18n.Keys("nl") {
		if c, ok := strings.CutPrefix(k, "country."); ok && len(c) == 2 && Parse(c).Code != c {
			t.Errorf("Dutch name for %s, which is not in the table", c)
		}
	}
	members := 0
	for _, c := range strings.Fields(`AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE
		IS LI NO`) {
		if Parse(c).Status == Inside {
			members++
		}
	}
	if members != 30 {
		t.Errorf("%d EEA members inside, want 30", members)
	}
	seen := map[string]string{}
	for _, e := range strings.Split(namesEN, "|") {
		code, en, _ := strings.Cut(strings.TrimSpace(e), " ")
		for _, n := range []string{code, en, i18n.T("country." + code)} {
			if other, dup := seen[fold(n)]; dup && other != code {
				t.Errorf("%q is both %s and %s", n, other, code)
			}
			seen[fold(n)] = code
		}
	}
	for a, code := range aliases {
		if other, dup := seen[fold(a)]; dup && other != code {
			t.Errorf("alias %q is %s, but the table says %s", a, code, other)
		}
		if Parse(code).Code != code {
			t.Errorf("alias %q points at unknown %s", a, code)
		}
	}
}
