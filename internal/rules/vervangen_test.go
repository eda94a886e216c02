package rules

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/testsite"
)

// TestReplacedTemplateList: a finding caused by the questionnaire's own list without ids, which replaced the
// template's list, says so and names what the template had; the same finding without that cause does not.
func TestReplacedTemplateList(t *testing.T) {
	const replaced = "vervangt echter de hele lijst van het sjabloon"
	cases := []struct {
		name   string
		mutate func(v *model.Verwerking)
		code   string
		want   []string // in the finding's message; nil: the message does not mention a replaced list
	}{
		{"own retention list without the template's period", func(v *model.Verwerking) {
			v.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"naw"}, Termijn: model.Termijn{Aantal: 7, Eenheid: model.Jaren},
				Vanaf: "einde van de voorziening", Bron: "Wmo 2015"}}
		}, codeBewaartermijnOntbreekt, []string{`Het sjabloon "vng-test/wmo" heeft hiervoor wel een bewaartermijn van 15 jaar.`,
			"Uw eigen lijst `bewaartermijnen` in content/verwerkingen/wmo.toml " + replaced}},
		{"the list comes from the template", func(v *model.Verwerking) {
			v.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"naw"}, Termijn: model.Termijn{Aantal: 7, Eenheid: model.Jaren},
				Vanaf: "einde van de voorziening", Bron: "Wmo 2015"}}
			v.Pos = origins(v, map[string]string{"bewaartermijnen[0]": templateFile})
		}, codeBewaartermijnOntbreekt, nil},
		{"the template had no period for the gegeven either", func(v *model.Verwerking) {
			v.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"naw"}, Termijn: model.Termijn{Aantal: 7, Eenheid: model.Jaren},
				Vanaf: "einde van de voorziening", Bron: "Wmo 2015"}}
			v.Base.Bewaartermijnen = v.Bewaartermijnen
		}, codeBewaartermijnOntbreekt, nil},
		{"an empty own retention list", func(v *model.Verwerking) {
			v.Bewaartermijnen = []model.Bewaartermijn{}
			v.Pos = origins(v, map[string]string{"bewaartermijnen": siteFile})
		}, codeBewaartermijnOntbreekt, []string{"heeft hiervoor wel een bewaartermijn van 15 jaar.", "`bewaartermijnen`", replaced}},
		{"an empty own list, the template with several periods", func(v *model.Verwerking) {
			v.Base.Bewaartermijnen = append(slices.Clone(v.Base.Bewaartermijnen), model.Bewaartermijn{Gegevens: []string{"naw"},
				Termijn: model.Termijn{Aantal: 5, Eenheid: model.Jaren}})
			v.Bewaartermijnen = []model.Bewaartermijn{}
			v.Pos = origins(v, map[string]string{"bewaartermijnen": siteFile})
		}, codeBewaartermijnOntbreekt, []string{"heeft hiervoor wel 2 bewaartermijnen.", replaced}},
		{"own bases without the template's exception for health data", func(v *model.Verwerking) {
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"}, {Artikel: "wabb-10"}}
		}, codeBijzonderZonderUitzonder, []string{`heeft hiervoor wel de grondslag "uavg-30".`, "`grondslagen`", replaced}},
		{"two of the template's bases lost", func(v *model.Verwerking) {
			v.Base.Grondslagen = append(slices.Clone(v.Grondslagen), model.Grondslag{Artikel: "wmo-5-1-1"})
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"},
				{Artikel: "uavg-30", Categorieen: []string{"gezondheid"}}}
		}, codeBSNZonderGrondslag, []string{`de grondslagen "wabb-10" en "wmo-5-1-1".`, replaced}},
		{"a lost basis the template names twice is named once", func(v *model.Verwerking) {
			v.Base.Grondslagen = append(slices.Clone(v.Grondslagen), model.Grondslag{Artikel: "wabb-10", Doelen: []string{"leveren"}})
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"},
				{Artikel: "uavg-30", Categorieen: []string{"gezondheid"}}}
		}, codeBSNZonderGrondslag, []string{`heeft hiervoor wel de grondslag "wabb-10".`, replaced}},
		{"own bases without the template's BSN basis", func(v *model.Verwerking) {
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"},
				{Artikel: "uavg-30", Categorieen: []string{"gezondheid"}}}
		}, codeBSNZonderGrondslag, []string{`de grondslag "wabb-10"`, replaced}},
		{"own bases without an art. 6 basis", func(v *model.Verwerking) {
			v.Grondslagen = []model.Grondslag{{Artikel: "uavg-30", Categorieen: []string{"gezondheid"}}, {Artikel: "wabb-10"}}
		}, codeGrondslagOntbreekt, []string{`de grondslag "avg-6-1-e"`, replaced}},
		{"own bases for one purpose only", func(v *model.Verwerking) {
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2", Doelen: []string{"beoordelen"}},
				{Artikel: "uavg-30", Categorieen: []string{"gezondheid"}}, {Artikel: "wabb-10"}}
		}, codeDoelZonderGrondslag, nil}, // the own list keeps the basis, narrowed: no basis was lost
		{"a template of the chain replaced its base's list", func(v *model.Verwerking) {
			chainOf(v)
			v.Pos = origins(v, map[string]string{"bewaartermijnen[0]": templateFile})
		}, codeBewaartermijnOntbreekt, []string{`Het sjabloon "basis-test/wmo" heeft hiervoor wel een bewaartermijn van 15 jaar.`,
			"Het sjabloon \"vng-test/wmo\" vervangt echter met zijn eigen lijst `bewaartermijnen` in " + templateFile +
				" de hele lijst van \"basis-test/wmo\"", "Pas \"vng-test/wmo\" aan"}},
		{"the list is the first template's own", func(v *model.Verwerking) {
			chainOf(v)
			v.Pos = origins(v, map[string]string{"bewaartermijnen[0]": baseTemplateFile})
		}, codeBewaartermijnOntbreekt, nil},
		{"the site's own list, in a chain, is compared with the nearest template", func(v *model.Verwerking) {
			chainOf(v)
			v.Bewaartermijnen = []model.Bewaartermijn{}
			v.Pos = origins(v, map[string]string{"bewaartermijnen": siteFile})
		}, codeBewaartermijnOntbreekt, []string{`Het sjabloon "vng-test/wmo" heeft hiervoor wel een bewaartermijn van 7 jaar.`,
			"Uw eigen lijst `bewaartermijnen` in " + siteFile + " " + replaced}},
		{"a base lost in the chain", func(v *model.Verwerking) {
			chainOf(v)
			v.Base.Base.Grondslagen = slices.Clone(v.Grondslagen)
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"}, {Artikel: "wabb-10"}}
			v.Base.Grondslagen = v.Grondslagen
			v.Pos = origins(v, map[string]string{"grondslagen[0]": templateFile})
		}, codeBijzonderZonderUitzonder, []string{`Het sjabloon "basis-test/wmo" heeft hiervoor wel de grondslag "uavg-30".`,
			"Het sjabloon \"vng-test/wmo\" vervangt echter met zijn eigen lijst `grondslagen`"}},
		{"no template", func(v *model.Verwerking) {
			v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-e", Wet: "Wmo 2015, art. 2.3.2"}, {Artikel: "wabb-10"}}
			v.Base = nil
		}, codeBijzonderZonderUitzonder, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			site, v := testSite()
			base := *v
			base.Bewaartermijnen = slices.Clone(v.Bewaartermijnen)
			v.Base = &base
			tc.mutate(v)
			var found []Bevinding
			for _, b := range EvaluateVerwerking(site, v).Bevindingen {
				if b.Code == tc.code {
					found = append(found, b)
				}
			}
			if len(found) == 0 {
				t.Fatalf("no %s finding", tc.code)
			}
			for _, b := range found {
				if tc.want == nil && strings.Contains(b.Text(), replaced) {
					t.Errorf("message speaks of a replaced list:\n%s", b.Text())
				}
				for _, w := range tc.want {
					if !strings.Contains(b.Text(), w) {
						t.Errorf("message does not say %q:\n%s", w, b.Text())
					}
				}
			}
		})
	}
}

// baseTemplateFile holds the template that "vng-test/wmo" extends in chainOf.
const baseTemplateFile = "pia-templates/basis-test/verwerkingen/wmo.toml"

// chainOf makes the verwerking's template "vng-test/wmo" one that extends "basis-test/wmo", and lets
// "vng-test/wmo" replace its base's retention periods (15 years for everything) with one of 7 years for naw alone.
func chainOf(v *model.Verwerking) {
	root := *v.Base
	root.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"*"}, Termijn: model.Termijn{Aantal: 15, Eenheid: model.Jaren}}}
	root.File, root.Chain = baseTemplateFile, nil
	v.Base.Base, v.Base.File = &root, templateFile
	v.Base.Chain = []model.TemplateRef{{Ref: "basis-test/wmo", File: baseTemplateFile}}
	v.Base.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"naw"}, Termijn: model.Termijn{Aantal: 7, Eenheid: model.Jaren}}}
	v.Bewaartermijnen = v.Base.Bewaartermijnen
	v.Chain = append(slices.Clone(v.Chain), v.Base.Chain...)
}

// TestReplacedListInTheExample: with the loader's real positions, the example's Wmo questionnaire, which writes its
// own [[bewaartermijnen]], gets the hint once its periods leave out gegevens the template's periods had.
func TestReplacedListInTheExample(t *testing.T) {
	dir := testsite.CopyExample(t)
	file := filepath.Join(dir, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.ReplaceAll(string(src), `"huishouden", "gezondheid", "medisch-advies",`, `"huishouden",`)
	if edited == string(src) {
		t.Fatal("the example's Wmo questionnaire no longer lists gezondheid in its retention periods")
	}
	for _, edit := range []struct {
		src  string
		hint bool
	}{{string(src), false}, {edited, true}} {
		if err := os.WriteFile(file, []byte(edit.src), 0o644); err != nil {
			t.Fatal(err)
		}
		site, err := load.Load(dir, load.Options{Embedded: pia.Embedded()})
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, b := range EvaluateVerwerking(site, site.Verwerking("wmo-maatwerkvoorziening")).Bevindingen {
			if b.Code == codeBewaartermijnOntbreekt {
				msgs = append(msgs, b.Text())
			}
		}
		if !edit.hint {
			if len(msgs) > 0 {
				t.Fatalf("the example itself has %s findings: %q", codeBewaartermijnOntbreekt, msgs)
			}
			continue
		}
		if len(msgs) != 2 {
			t.Fatalf("want findings for gezondheid and medisch-advies, got %q", msgs)
		}
		for _, m := range msgs {
			if !strings.Contains(m, "wel een bewaartermijn van 15 jaar") ||
				!strings.Contains(m, "`bewaartermijnen` in content/verwerkingen/wmo-maatwerkvoorziening.toml vervangt echter") {
				t.Errorf("message does not explain the replaced list:\n%s", m)
			}
		}
	}
}
