package model

import (
	"errors"
	"testing"
)

func TestParseTermijn(t *testing.T) {
	cases := []struct {
		in     string
		want   Termijn
		text   string
		hasErr bool
	}{
		{"15 jaar", Termijn{15, Jaren}, "15 jaar", false},
		{"1 maand", Termijn{1, Maanden}, "1 maand", false},
		{"6 maanden", Termijn{6, Maanden}, "6 maanden", false},
		{"2 weken", Termijn{2, Weken}, "2 weken", false},
		{"1 dag", Termijn{1, Dagen}, "1 dag", false},
		{"20 Jaren", Termijn{20, Jaren}, "20 jaar", false},
		{"vijftien jaar", Termijn{}, "", true},
		{"15 eeuwen", Termijn{}, "", true},
		{"15", Termijn{}, "", true},
		{"-1 jaar", Termijn{}, "", true},
		{"99999999999999999999 jaar", Termijn{}, "", true},
	}
	for _, c := range cases {
		got, err := ParseTermijn(c.in)
		if (err != nil) != c.hasErr {
			t.Errorf("%q: err %v", c.in, err)
			continue
		}
		if got != c.want || got.String() != c.text {
			t.Errorf("%q: %+v text %q", c.in, got, got.String())
		}
	}
}

// Each way a period can be written wrong has its own reason, so that the loader can say how to fix it; a number
// too large to count with is told as such, not as one that is no whole number.
func TestParseTermijnReasons(t *testing.T) {
	cases := []struct {
		in   string
		want TermijnFout
		unit string
	}{
		{"15", TermijnVorm, ""},
		{"15 jaar extra", TermijnVorm, ""},
		{"", TermijnVorm, ""},
		{"99999999999999999999 jaar", TermijnTeGroot, ""},
		{"9999999999999999999 dagen", TermijnTeGroot, ""},
		{"999999999999999999 jaar", TermijnTeGroot, ""},
		{"-99999999999999999999 jaar", TermijnGeenGetal, ""},
		{"-1 jaar", TermijnGeenGetal, ""},
		{"1,5 jaar", TermijnGeenGetal, ""},
		{"15 eeuwen", TermijnEenheid, "eeuwen"},
	}
	for _, c := range cases {
		_, err := ParseTermijn(c.in)
		var te *TermijnError
		if !errors.As(err, &te) || te.Fout != c.want || te.Eenheid != c.unit || te.Tekst != c.in {
			t.Errorf("%q: %#v", c.in, err)
		}
	}
}

func TestTermijnSamePeriod(t *testing.T) {
	cases := []struct {
		a, b        string
		same, exact bool
	}{
		{"15 jaar", "15 jaar", true, true},
		{"180 maanden", "15 jaar", true, true},
		{"240 maanden", "20 jaar", true, true},
		{"12 maanden", "1 jaar", true, true},
		{"181 maanden", "15 jaar", false, true},
		{"5 jaar", "15 jaar", false, true},
		{"14 dagen", "2 weken", true, true},
		{"15 dagen", "2 weken", false, true},
		{"0 dagen", "0 jaar", true, true},
		// Days and weeks do not convert exactly to months and years.
		{"30 dagen", "1 maand", false, false},
		{"365 dagen", "1 jaar", false, false},
		{"5475 dagen", "15 jaar", false, false},
		{"52 weken", "1 jaar", false, false},
		{"0 dagen", "1 jaar", false, true},
	}
	for _, c := range cases {
		a, b := mustTermijn(t, c.a), mustTermijn(t, c.b)
		for _, pair := range [][2]Termijn{{a, b}, {b, a}} {
			same, exact := pair[0].SamePeriod(pair[1])
			if same != c.same || exact != c.exact {
				t.Errorf("%s vs %s: same %v exact %v, want %v %v", pair[0], pair[1], same, exact, c.same, c.exact)
			}
		}
	}
}

func mustTermijn(t *testing.T, s string) Termijn {
	t.Helper()
	v, err := ParseTermijn(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
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
