package model

import "testing"

// TestTekst: the citizen gets the plain words when there are any, professionals the omschrijving, and both the id
// when nothing else is written.
func TestTekst(t *testing.T) {
	for _, tc := range []struct {
		g           Gegeven
		inwoner     bool
		want        string
		description string
	}{
		{Gegeven{ID: "bsn", Omschrijving: "BSN van de inwoner", VoorInwoner: "Uw BSN"}, true, "Uw BSN", "citizen, plain words"},
		{Gegeven{ID: "bsn", Omschrijving: "BSN van de inwoner", VoorInwoner: "Uw BSN"}, false, "BSN van de inwoner", "professional"},
		{Gegeven{ID: "bsn", Omschrijving: "BSN van de inwoner", VoorInwoner: "  "}, true, "BSN van de inwoner", "blank plain words"},
		{Gegeven{ID: "bsn"}, true, "bsn", "nothing written"},
		{Gegeven{ID: "bsn", VoorInwoner: "Uw BSN"}, false, "bsn", "professional, only plain words"},
	} {
		if got := tc.g.Tekst(tc.inwoner); got != tc.want {
			t.Errorf("%s: Gegeven.Tekst = %q, want %q", tc.description, got, tc.want)
		}
		d := Doel{ID: tc.g.ID, Omschrijving: tc.g.Omschrijving, VoorInwoner: tc.g.VoorInwoner}
		if got := d.Tekst(tc.inwoner); got != tc.want {
			t.Errorf("%s: Doel.Tekst = %q, want %q", tc.description, got, tc.want)
		}
	}
}

func TestEntryID(t *testing.T) {
	v := &Verwerking{Gegevens: []Gegeven{{ID: "naw"}, {ID: "bsn"}}, Maatregelen: []Maatregel{{ID: "M1"}}}
	for _, tc := range []struct {
		list string
		i    int
		want string
	}{
		{"gegevens", 1, "bsn"}, {"maatregelen", 0, "M1"}, {"gegevens", 2, ""}, {"gegevens", -1, ""},
		{"doelen", 0, ""}, {"grondslagen", 0, ""},
	} {
		if got := v.EntryID(tc.list, tc.i); got != tc.want {
			t.Errorf("EntryID(%q, %d) = %q, want %q", tc.list, tc.i, got, tc.want)
		}
	}
}
