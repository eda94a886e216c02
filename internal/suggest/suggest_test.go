package suggest

import "testing"

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "abc", 0}, {"registeren", "registreren", 1}, {"kitten", "sitting", 3}, {"ë", "e", 1}, {"", "abc", 3}} {
		if got := Distance(c.a, c.b); got != c.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

func TestClosest(t *testing.T) {
	keys := []string{"registreren", "uitvragen", "noodzaak", "doelen", "id"}
	for in, want := range map[string]string{"registeren": "registreren", "noodzak": "noodzaak", "doel": "doelen",
		"xyz": "", "i": "", "uitvrage": "uitvragen", "Noodzaak": "noodzaak"} {
		if got := Closest(in, keys); got != want {
			t.Errorf("Closest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMeant(t *testing.T) {
	names := []string{"wmo-maatwerkvoorziening", "jeugdwet-toegang", "participatiewet-levensonderhoud", "pw-a", "pw-b"}
	for s, want := range map[string]string{
		"wmo":                    "wmo-maatwerkvoorziening", // the only one it starts
		"jeugdwet-toegagn":       "jeugdwet-toegang",        // a typo
		"pw":                     "",                        // two start so
		"w":                      "",                        // too short to say
		"schuldhulpverlening":    "",
		"Participatiewet-levens": "participatiewet-levensonderhoud",
	} {
		if got := Meant(s, names); got != want {
			t.Errorf("Meant(%q) = %q, want %q", s, got, want)
		}
	}
}
