package document

import (
	"regexp"
	"strings"
	"testing"
	"unsafe"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// placeholderPattern is the placeholder syntax as a regular expression, the reference fillPlaceholders is held to.
var placeholderPattern = regexp.MustCompile(`\{([a-z]+(?:\.[a-z]+)*)\}`)

func fillByPattern(src string, value func(string, bool) (string, bool)) string {
	var b strings.Builder
	done := 0
	for _, m := range placeholderPattern.FindAllStringIndex(src, -1) {
		if v, ok := value(src[m[0]+1:m[1]-1], standsAlone(src, m[0], m[1])); ok {
			b.WriteString(src[done:m[0]])
			b.WriteString(v)
			done = m[1]
		}
	}
	b.WriteString(src[done:])
	return b.String()
}

// testValue knows some names, and gives values with Markdown and braces in them; a placeholder that stands alone
// gets its value in angle brackets.
func testValue(name string, alone bool) (string, bool) {
	v, ok := testValueOf(name)
	if ok && alone {
		v = "<" + v + ">"
	}
	return v, ok
}

func testValueOf(name string) (string, bool) {
	switch name {
	case "organisatie.naam":
		return "Gemeente *Voorbeeldstad*", true
	case "a":
		return "{a}", true
	case "fg.email":
		return "fg@voorbeeld.nl", true
	}
	return "", false
}

func TestFillPlaceholders(t *testing.T) {
	for _, src := range []string{
		"", "geen", "{organisatie.naam}", "Wij, {organisatie.naam}, en {fg.email}.", "{onbekend} blijft", "{a}{a}{a}",
		"{a.}", "{.a}", "{a..b}", "{A}", "{a b}", "{{a}}", "{", "}", "{a", "a}", "{organisatie.naam", "x{a}y{}z",
		"{organisatie.naam}{onbekend.veld}{a}", "é{a}é",
	} {
		if got, want := fillPlaceholders(src, testValue), fillByPattern(src, testValue); got != want {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
	}
}

func FuzzFillPlaceholders(f *testing.F) {
	for _, s := range []string{"{organisatie.naam}", "{a.}{a}", "{{a}}", "x{a.b.c}y", "\xff{a}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if got, want := fillPlaceholders(src, testValue), fillByPattern(src, testValue); got != want {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
		if !strings.Contains(src, "{") && fillPlaceholders(src, testValue) != src {
			t.Errorf("%q changed without a placeholder", src)
		}
	})
}

// TestTekstFilledOncePerSite: a text with only the site's placeholders is filled once and shared; a change of the
// site's details gives the new values, and a text with a verwerking's placeholders is filled for each verwerking.
func TestTekstFilledOncePerSite(t *testing.T) {
	site := &model.Site{Config: model.Config{Titel: "Site", Organisatie: model.Organisatie{Naam: "Gemeente A"}},
		Teksten: map[string]string{
			"org":   "Verantwoordelijk is {organisatie.naam} ({site.titel}).",
			"eigen": "Over {verwerking.naam} van {organisatie.naam}.",
		}}
	b := func(s *model.Site, naam string) *builder {
		return newBuilder(s, &rules.Resultaat{Verwerking: &model.Verwerking{ID: naam, Naam: naam}})
	}
	x, _ := b(site, "wmo").tekst("org")
	y, _ := b(site, "jeugd").tekst("org")
	if x.Text != "Verantwoordelijk is Gemeente A (Site)." || y.Text != x.Text {
		t.Fatalf("filled texts %q and %q", x.Text, y.Text)
	}
	if unsafe.StringData(x.Text) != unsafe.StringData(y.Text) {
		t.Error("the same text was filled twice for one site")
	}
	other := *site
	other.Config.Organisatie.Naam = "Gemeente B"
	if z, _ := b(&other, "wmo").tekst("org"); z.Text != "Verantwoordelijk is Gemeente B (Site)." {
		t.Errorf("after a change of the organisation: %q", z.Text)
	}
	for _, naam := range []string{"wmo", "jeugd"} {
		if e, _ := b(site, naam).tekst("eigen"); e.Text != "Over "+naam+" van Gemeente A." {
			t.Errorf("%s: %q", naam, e.Text)
		}
	}
}
