package rules

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

func TestCatalogueSortedUniqueAndDocumented(t *testing.T) {
	cat := Catalogue()
	if len(cat) != len(rules) {
		t.Fatalf("Catalogue has %d rules, want %d", len(cat), len(rules))
	}
	keys := i18n.Keys("nl")
	for i, r := range cat {
		if i > 0 && cat[i-1].Code >= r.Code {
			t.Errorf("not sorted or duplicate: %s after %s", r.Code, cat[i-1].Code)
		}
		if r.Ernst.Rank() == 0 {
			t.Errorf("%s: severity %q", r.Code, r.Ernst)
		}
		for _, k := range []string{"bron", "uitleg"} {
			if !i18n.Has("nl", "rules."+r.Code+"."+k) {
				t.Errorf("%s: no Dutch %s", r.Code, k)
			}
		}
		if strings.HasPrefix(r.Uitleg, "[") || strings.HasPrefix(r.Bron, "[") {
			t.Errorf("%s: %q / %q", r.Code, r.Uitleg, r.Bron)
		}
		messages := 0
		for _, k := range keys {
			if strings.HasPrefix(k, "rules."+r.Code+".") && !strings.HasSuffix(k, ".bron") && !strings.HasSuffix(k, ".uitleg") {
				messages++
			}
		}
		if messages == 0 {
			t.Errorf("%s: no Dutch message registered", r.Code)
		}
	}
}

func TestSpecSeverities(t *testing.T) {
	want := map[string]Ernst{
		"grondslag-ontbreekt": Fout, "toestemming-bij-publieke-taak": Fout, "bijzonder-zonder-uitzondering": Fout,
		"bsn-zonder-grondslag": Fout, "doel-ontbreekt": Fout, "registratie-zonder-noodzaak": Fout,
		"registratie-ruimer-dan-nodig": Waarschuwing, "bewaartermijn-ontbreekt": Fout,
		"bewaartermijn-wijkt-af": Waarschuwing, "ontvanger-zonder-grondslag": Fout,
		"verwerker-zonder-overeenkomst": Fout, "doorgifte-zonder-waarborg": Fout, "informeren-ontbreekt": Fout,
		"geautomatiseerd-zonder-waarborg": Fout, "dpia-verplicht-zonder-risicoanalyse": Fout,
		"risico-zonder-maatregel": Waarschuwing, "hoog-restrisico": Fout, "onbekende-verwijzing": Fout,
		"fg-advies-ontbreekt": Fout, "vraag-onbeantwoord": Waarschuwing, "contact-fg-ontbreekt": Fout,
	}
	for code, e := range want {
		r, ok := ruleByCode[code]
		if !ok {
			t.Errorf("SPEC code %s missing", code)
			continue
		}
		if r.Ernst != e {
			t.Errorf("%s: default severity %s, want %s", code, r.Ernst, e)
		}
	}
}

// Every rule is triggered by at least one case of the rule table, with its code.
func TestCatalogueCoveredByCases(t *testing.T) {
	triggered := map[string]bool{}
	for _, c := range cases {
		for _, w := range c.want {
			triggered[w.code] = true
		}
	}
	for _, r := range Catalogue() {
		if !triggered[r.Code] {
			t.Errorf("rule %s is triggered by no test case", r.Code)
		}
	}
	for code := range triggered {
		if _, ok := ruleByCode[code]; !ok {
			t.Errorf("test case expects unknown code %s", code)
		}
	}
}

func TestRegelsDocListsEveryRule(t *testing.T) {
	// Both the rule documentation and the README list every code with its severity and one line.
	for _, file := range []string{"../../docs/regels.md", "../../README.md"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc := string(b)
		for _, r := range Catalogue() {
			row := "| `" + r.Code + "` | " + string(r.Ernst)
			if !strings.Contains(doc, row) {
				t.Errorf("%s has no row starting %q", file, row)
			}
		}
	}
}

func TestEveryRulesKeyIsUsedByAKnownCode(t *testing.T) {
	// Guard against typos in nl.go: a key "rules.<x>.<y>" where <x> is neither a rule nor a shared group.
	shared := []string{"kandidaten", "bedoelde-u", "geen-keuze", "noot", "het-sjabloon", "alle-gegevens",
		"geen-gegevens", "en-meer", "rol-onbekend", "leverancier-onbekend", "soort", "wie", "besluitvorming", "dpia", "overschrijven",
		"lijst-vervangen", "en"}
	for _, k := range i18n.Keys("nl") {
		if !strings.HasPrefix(k, "rules.") {
			continue
		}
		group := strings.SplitN(strings.TrimPrefix(k, "rules."), ".", 2)[0]
		if _, ok := ruleByCode[group]; !ok && !slices.Contains(shared, group) {
			t.Errorf("message key %s belongs to no rule", k)
		}
	}
}

func TestFieldPaths(t *testing.T) {
	v := completeVerwerking()
	v.Antwoorden["A.4"] = "ja"
	tests := []struct {
		path      string
		empty, ok bool
	}{
		{"samenvatting", true, true},
		{"opsteller", false, true},
		{"id", false, true},
		{"rechten.procedure", false, true},
		{"gegevens", false, true},
		{"gegevens[0].noodzaak", false, true},
		{"gegevens[3].noodzaak", true, true},
		{"gegevens[9].noodzaak", true, true},
		{"informeren", false, true},
		{"advies_fg.datum", false, true},
		{"besluit.herbeoordeling", false, true},
		{"raadpleging_betrokkenen.reden", true, true},
		{"besluitvorming.profilering", false, true}, // false is an answer
		{"besluitvorming", true, true},
		{"publieke_taak", true, true},
		{"antwoorden.A.4", false, true},
		{"antwoorden.X", true, true},
		{"samenvating", false, false},
		{"gegevens[x]", false, false},
		{"rechten.procedure.x", false, false},
		{"", false, false},
		{"File", false, false},
	}
	for _, tc := range tests {
		empty, ok := fieldEmpty(v, tc.path)
		if empty != tc.empty || ok != tc.ok {
			t.Errorf("%q: empty=%v ok=%v, want %v %v", tc.path, empty, ok, tc.empty, tc.ok)
		}
	}
	v.Informeren = nil
	if empty, ok := fieldEmpty(v, "informeren.wanneer"); !empty || !ok {
		t.Error("nil table counts as empty")
	}
	_ = model.Verwerking{}
}

func TestSuggestion(t *testing.T) {
	c := &checker{lang: i18n.Default}
	valid := []string{"avg-6-1-e", "avg-6-1-c", "uavg-30", "wabb-10"}
	for in, want := range map[string]string{"avg-6-1-x": "avg-6-1-e", "uavg30": "uavg-30", "iets-heel-anders": "",
		"AVG-6-1-E": "avg-6-1-e"} {
		got := c.suggestion(in, valid)
		if want == "" && got != "" || want != "" && !strings.Contains(got, `"`+want+`"`) {
			t.Errorf("suggestion(%q) = %q, want one naming %q", in, got, want)
		}
	}
}
