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
