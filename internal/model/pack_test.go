package model

import "testing"

// TestLifts: a basis lifts a prohibition only when its catalogue entry covers the kind, and both the entry's and the
// verwerking's restriction to categories allow the category. The rules (bijzonder-zonder-uitzondering) and the
// PIA's table of special data both decide with it.
func TestLifts(t *testing.T) {
	cat := &Catalogus{Grondslagen: []CatGrondslag{
		{ID: "uavg-30", Dekt: []string{"art9"}, Categorieen: []string{"gezondheid"}},
		{ID: "avg-9-2-g", Dekt: []string{"art9", "art10"}},
		{ID: "avg-6-1-e"},
	}}
	cases := []struct {
		g         Grondslag
		kind      Bijzonder
		categorie string
		want      bool
	}{
		{Grondslag{Artikel: "uavg-30"}, BijzonderArt9, "gezondheid", true},
		{Grondslag{Artikel: "uavg-30"}, BijzonderArt9, "religie", false},     // the catalogue restricts it
		{Grondslag{Artikel: "uavg-30"}, BijzonderArt10, "gezondheid", false}, // another kind
		{Grondslag{Artikel: "avg-9-2-g"}, BijzonderArt10, "strafrechtelijk", true},
		{Grondslag{Artikel: "avg-9-2-g", Categorieen: []string{"gezondheid"}}, BijzonderArt9, "gezondheid", true},
		{Grondslag{Artikel: "avg-9-2-g", Categorieen: []string{"gezondheid"}}, BijzonderArt9, "religie", false}, // the verwerking restricts it
		{Grondslag{Artikel: "avg-6-1-e"}, BijzonderArt9, "gezondheid", false},                                   // covers nothing
		{Grondslag{Artikel: "onbekend"}, BijzonderArt9, "gezondheid", false},
	}
	for _, c := range cases {
		if got := cat.Lifts(c.g, c.kind, c.categorie); got != c.want {
			t.Errorf("%s (%v) for %s %s: %v, want %v", c.g.Artikel, c.g.Categorieen, c.kind, c.categorie, got, c.want)
		}
	}
}
