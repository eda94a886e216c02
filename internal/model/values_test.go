package model

import "testing"

func TestParseTermijn(t *testing.T) {
	cases := []struct {
		in     string
		want   Termijn
		days   int
		text   string
		hasErr bool
	}{
		{"15 jaar", Termijn{15, Jaren}, 15 * 365, "15 jaar", false},
		{"1 maand", Termijn{1, Maanden}, 30, "1 maand", false},
		{"6 maanden", Termijn{6, Maanden}, 180, "6 maanden", false},
		{"2 weken", Termijn{2, Weken}, 14, "2 weken", false},
		{"1 dag", Termijn{1, Dagen}, 1, "1 dag", false},
		{"20 Jaren", Termijn{20, Jaren}, 20 * 365, "20 jaar", false},
		{"vijftien jaar", Termijn{}, 0, "", true},
		{"15 eeuwen", Termijn{}, 0, "", true},
		{"15", Termijn{}, 0, "", true},
		{"-1 jaar", Termijn{}, 0, "", true},
	}
	for _, c := range cases {
		got, err := ParseTermijn(c.in)
		if (err != nil) != c.hasErr {
			t.Errorf("%q: err %v", c.in, err)
			continue
		}
		if got != c.want || got.InDagen() != c.days || got.String() != c.text {
			t.Errorf("%q: %+v days %d text %q", c.in, got, got.InDagen(), got.String())
		}
	}
}

func TestDatum(t *testing.T) {
	d := Datum{2026, 11, 1}
	if d.String() != "2026-11-01" || d.Lang() != "1 november 2026" || d.IsZero() {
		t.Errorf("%s %s", d, d.Lang())
	}
	if (Datum{}).String() != "" || !(Datum{}).IsZero() {
		t.Error("zero date")
	}
	if !d.Before(Datum{2027, 1, 1}) || (Datum{2027, 1, 1}).Before(d) {
		t.Error("Before")
	}
}

func TestPositionsFallBackToParent(t *testing.T) {
	p := NewPositions(PosMap{"": {File: "a.toml", Line: 1, Col: 1}, "gegevens[2]": {File: "a.toml", Line: 30, Col: 1},
		"gegevens[2].doelen": {File: "a.toml", Line: 33, Col: 1}})
	for path, line := range map[string]int{"gegevens[2].doelen[1]": 33, "gegevens[2].noodzaak": 30, "informeren": 1,
		"gegevens[2]": 30} {
		if got := p.Of(path).Line; got != line {
			t.Errorf("%s: line %d, want %d", path, got, line)
		}
	}
	if got := (Positions{}).Of("gegevens"); got != (Pos{}) {
		t.Errorf("zero Positions: %v", got)
	}
	if s := (Pos{File: "a.toml", Line: 3, Col: 7}).String(); s != "a.toml:3:7" {
		t.Errorf("%s", s)
	}
	if s := (Pos{File: "a.toml"}).String(); s != "a.toml" {
		t.Errorf("%s", s)
	}
}

func TestRiskLevel(t *testing.T) {
	want := [5][5]Niveau{}
	for k := 1; k <= 4; k++ {
		for i := 1; i <= 4; i++ {
			switch p := k * i; {
			case p <= 3:
				want[k][i] = NiveauLaag
			case p <= 6:
				want[k][i] = NiveauMidden
			default:
				want[k][i] = NiveauHoog
			}
			if got := RiskLevel(Score(k), Score(i)); got != want[k][i] {
				t.Errorf("kans %d impact %d: %s", k, i, got)
			}
		}
	}
	if RiskLevel(0, 3) != NiveauGeen {
		t.Error("unscored must be geen")
	}
}
