package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

func TestDetermineDPIA(t *testing.T) {
	g := func(id, cat, bron string) model.Gegeven {
		return model.Gegeven{ID: id, Omschrijving: "Omschrijving " + id, Categorie: cat, Bron: bron}
	}
	tests := []struct {
		name      string
		v         model.Verwerking
		verplicht bool
		criteria  []string // in order
		apLijst   []string
		afgeleid  []bool
		reden     []string // substrings of the criteria's reasons, in order
		redenen   []string // substrings of the conclusion
	}{
		{name: "nothing", redenen: []string{"Geen criterium uit WP248 is van toepassing"}},
		{name: "art. 9 category alone is one criterion",
			v:        model.Verwerking{Gegevens: []model.Gegeven{g("gez", "gezondheid", "inwoner")}},
			criteria: []string{critGevoelig}, afgeleid: []bool{true},
			reden:   []string{`"gez" (Omschrijving gez): categorie Gezondheid, bijzonder persoonsgegeven (AVG art. 9)`},
			redenen: []string{"één criterium", "gevoelige gegevens"}},
		{name: "art. 10 category",
			v:        model.Verwerking{Gegevens: []model.Gegeven{g("straf", "strafrechtelijk", "")}},
			criteria: []string{critGevoelig}, afgeleid: []bool{true}, reden: []string{"strafrechtelijk gegeven"}},
		{name: "catalogue gevoelig category",
			v:        model.Verwerking{Gegevens: []model.Gegeven{g("schulden", "financieel", "")}},
			criteria: []string{critGevoelig}, afgeleid: []bool{true}, reden: []string{`"schulden" (Omschrijving schulden): categorie Financiële gegevens, zeer persoonlijk gegeven`}},
		{name: "BSN and ordinary data are not sensitive",
			v: model.Verwerking{Gegevens: []model.Gegeven{g("bsn", "bsn", ""), g("naw", "identificatie", ""),
				g("x", "onbekend", "")}}},
		{name: "vulnerable data subjects",
			v:        model.Verwerking{Betrokkenen: []model.Betrokkene{{ID: "cliënt", Kwetsbaar: true}, {ID: "ouder"}}},
			criteria: []string{critKwetsbaar}, afgeleid: []bool{true}, reden: []string{`"cliënt" is kwetsbaar`}},
		{name: "minors",
			v:        model.Verwerking{Betrokkenen: []model.Betrokkene{{ID: "jeugdige", Minderjarig: true}}},
			criteria: []string{critKwetsbaar}, reden: []string{`"jeugdige" is minderjarig`}, afgeleid: []bool{true}},
		{name: "profiling", v: model.Verwerking{Besluitvorming: model.Besluitvorming{Profilering: true}},
			criteria: []string{critEvaluatie}, afgeleid: []bool{true}, reden: []string{"profilering"}},
		{name: "automated decisions", v: model.Verwerking{Besluitvorming: model.Besluitvorming{Geautomatiseerd: true}},
			criteria: []string{critGeautomatiseerd}, afgeleid: []bool{true}, reden: []string{"besluiten genomen door een computer alleen"}},
		{name: "9 999 data subjects", v: model.Verwerking{AantalBetrokkenen: 9999}},
		{name: "10 000 data subjects", v: model.Verwerking{AantalBetrokkenen: 10000},
			criteria: []string{critGrootschalig}, afgeleid: []bool{true}, reden: []string{"10.000 betrokkenen"}},
		{name: "two outside sources",
			v: model.Verwerking{Gegevens: []model.Gegeven{g("a", "identificatie", "brp"),
				g("b", "identificatie", "ketenpartner"), g("c", "identificatie", "inwoner")}},
			criteria: []string{critKoppelen}, afgeleid: []bool{true}, reden: []string{"de Basisregistratie Personen (BRP); organisaties waarmee de gemeente samenwerkt."}},
		{name: "one outside source in two spellings, plus own sources",
			v: model.Verwerking{Gegevens: []model.Gegeven{g("a", "identificatie", "brp"), g("b", "identificatie", "BRP "),
				g("c", "identificatie", "inwoner"), g("d", "identificatie", "eigen-administratie"), g("e", "identificatie", "")}}},
		{name: "two criteria make a DPIA required",
			v: model.Verwerking{Gegevens: []model.Gegeven{g("gez", "gezondheid", "inwoner")},
				Betrokkenen: []model.Betrokkene{{ID: "c", Kwetsbaar: true}}},
			verplicht: true, criteria: []string{critGevoelig, critKwetsbaar}, afgeleid: []bool{true, true},
			redenen: []string{"2 criteria", "gevoelige gegevens, kwetsbare betrokkenen"}},
		{name: "declared plus derived",
			v: model.Verwerking{DPIA: model.DPIA{Criteria: []string{"innovatieve-technologie"}},
				Besluitvorming: model.Besluitvorming{Profilering: true}},
			verplicht: true, criteria: []string{critEvaluatie, "innovatieve-technologie"}, afgeleid: []bool{true, false},
			reden: []string{"profilering", "Aangegeven door de opsteller"}},
		{name: "declared and derived counts once",
			v: model.Verwerking{DPIA: model.DPIA{Criteria: []string{critEvaluatie, critEvaluatie}},
				Besluitvorming: model.Besluitvorming{Profilering: true}},
			criteria: []string{critEvaluatie}, afgeleid: []bool{true}},
		{name: "AP list alone",
			v:         model.Verwerking{DPIA: model.DPIA{APLijst: []string{"financiele-situatie", "financiele-situatie"}}},
			verplicht: true, apLijst: []string{"financiele-situatie"},
			redenen: []string{"Autoriteit Persoonsgegevens", "Financiële situatie"}},
		{name: "declared criteria the catalogue does not know do not count",
			v:       model.Verwerking{DPIA: model.DPIA{Criteria: []string{"bestaat-niet", "nog-een"}}},
			redenen: []string{"Geen criterium uit WP248 is van toepassing"}},
		{name: "an unknown declared criterion next to a derived one",
			v: model.Verwerking{DPIA: model.DPIA{Criteria: []string{"bestaat-niet"}},
				Besluitvorming: model.Besluitvorming{Profilering: true}},
			criteria: []string{critEvaluatie}, afgeleid: []bool{true}, redenen: []string{"één criterium"}},
		{name: "an AP-list id the catalogue does not know does not count",
			v:       model.Verwerking{DPIA: model.DPIA{APLijst: []string{"bestaat-niet"}}},
			redenen: []string{"Geen criterium uit WP248 is van toepassing"}},
		{name: "a known AP-list id next to an unknown one",
			v:         model.Verwerking{DPIA: model.DPIA{APLijst: []string{"bestaat-niet", "profilering"}}},
			verplicht: true, apLijst: []string{"profilering"}, redenen: []string{"Profilering"}},
	}
	site := &model.Site{Catalogus: testCatalogus()}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DetermineDPIA(site, &tc.v)
			if got.Verplicht != tc.verplicht {
				t.Errorf("verplicht = %v, want %v (%v)", got.Verplicht, tc.verplicht, got.Redenen)
			}
			var ids []string
			var afg []bool
			for _, c := range got.Criteria {
				ids = append(ids, c.ID)
				afg = append(afg, c.Afgeleid)
			}
			if !slices.Equal(ids, tc.criteria) {
				t.Errorf("criteria %v, want %v", ids, tc.criteria)
			}
			if !slices.Equal(got.APLijst, tc.apLijst) {
				t.Errorf("AP list %v, want %v", got.APLijst, tc.apLijst)
			}
			if tc.afgeleid != nil && !slices.Equal(afg, tc.afgeleid) {
				t.Errorf("afgeleid %v, want %v", afg, tc.afgeleid)
			}
			for i, s := range tc.reden {
				if i >= len(got.Criteria) || !strings.Contains(got.Criteria[i].Reden, s) {
					t.Errorf("reden %d does not contain %q: %+v", i, s, got.Criteria)
				}
			}
			all := strings.Join(got.Redenen, " ")
			if len(got.Redenen) == 0 {
				t.Error("no Redenen")
			}
			for _, s := range tc.redenen {
				if !strings.Contains(all, s) {
					t.Errorf("redenen %q do not contain %q", all, s)
				}
			}
			if strings.Contains(all, "%!") {
				t.Errorf("bad format: %q", all)
			}
		})
	}
}

func TestDPIAApListKeepsOrderWithoutDuplicates(t *testing.T) {
	site := &model.Site{Catalogus: testCatalogus()}
	got := DetermineDPIA(site, &model.Verwerking{DPIA: model.DPIA{APLijst: []string{"profilering", "", "fraudebestrijding", "profilering"}}})
	if !slices.Equal(got.APLijst, []string{"profilering", "fraudebestrijding"}) {
		t.Errorf("%v", got.APLijst)
	}
}

func TestRiskLevelMatrix(t *testing.T) {
	// Rows kans 1..4, columns impact 1..4: 1–3 laag, 4–6 midden, 8–16 hoog.
	const L, M, H = model.NiveauLaag, model.NiveauMidden, model.NiveauHoog
	want := [4][4]model.Niveau{
		{L, L, L, M},
		{L, M, M, H},
		{L, M, H, H},
		{M, H, H, H},
	}
	for k := 1; k <= 4; k++ {
		for i := 1; i <= 4; i++ {
			r := model.Risico{ID: "R", Kans: model.Score(k), Impact: model.Score(i), RestKans: model.Score(k), RestImpact: model.Score(i)}
			scores, hoogste, rest := ScoreRisicos([]model.Risico{r})
			if scores[0].Niveau != want[k-1][i-1] || scores[0].RestNiveau != want[k-1][i-1] {
				t.Errorf("kans %d × impact %d = %q/%q, want %q", k, i, scores[0].Niveau, scores[0].RestNiveau, want[k-1][i-1])
			}
			if hoogste != want[k-1][i-1] || rest != want[k-1][i-1] {
				t.Errorf("highest for a single risk %d×%d: %q/%q", k, i, hoogste, rest)
			}
		}
	}
}

func TestScoreRisicos(t *testing.T) {
	rs := []model.Risico{
		{ID: "R1", Kans: 2, Impact: 2, RestKans: 1, RestImpact: 1}, // midden → laag
		{ID: "R2", Kans: 4, Impact: 3, RestKans: 2, RestImpact: 3}, // hoog → midden
		{ID: "R3", Kans: 1, Impact: 3},                             // laag, rest unscored → laag
		{ID: "R4", Kans: 0, Impact: 3},                             // unscored
		{ID: "R5", Kans: 2, Impact: 3, RestKans: 1},                // midden, rest half scored → inherent
	}
	scores, hoogste, rest := ScoreRisicos(rs)
	want := []RisicoScore{
		{"R1", model.NiveauMidden, model.NiveauLaag},
		{"R2", model.NiveauHoog, model.NiveauMidden},
		{"R3", model.NiveauLaag, model.NiveauLaag},
		{"R4", model.NiveauGeen, model.NiveauGeen},
		{"R5", model.NiveauMidden, model.NiveauMidden},
	}
	if !slices.Equal(scores, want) {
		t.Errorf("scores %v, want %v", scores, want)
	}
	if hoogste != model.NiveauHoog || rest != model.NiveauMidden {
		t.Errorf("highest %q/%q", hoogste, rest)
	}
	if _, h, r := ScoreRisicos(nil); h != model.NiveauGeen || r != model.NiveauGeen {
		t.Errorf("no risks: %q/%q", h, r)
	}
}

func TestResultaatCarriesDPIAAndRisks(t *testing.T) {
	site, v := testSite()
	res := EvaluateVerwerking(site, v)
	var ids []string
	for _, c := range res.DPIA.Criteria {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{critGevoelig, critKwetsbaar}) || !slices.Equal(res.DPIA.APLijst, []string{"gezondheidsgegevens"}) {
		t.Errorf("DPIA %+v", res.DPIA)
	}
	if len(res.Risicos) != 2 || res.Risicos[0] != (RisicoScore{"R1", model.NiveauHoog, model.NiveauMidden}) {
		t.Errorf("risks %+v", res.Risicos)
	}
}
