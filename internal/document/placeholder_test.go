package document

import (
	"regexp"
	"strings"
	"testing"
)

// placeholderPattern is the placeholder syntax as a regular expression, the reference fillPlaceholders is held to.
var placeholderPattern = regexp.MustCompile(`\{([a-z]+(?:\.[a-z]+)*)\}`)

func fillByPattern(src string, value func(string) (string, bool)) string {
	return placeholderPattern.ReplaceAllStringFunc(src, func(m string) string {
		if v, ok := value(m[1 : len(m)-1]); ok {
			return escapeMarkdown(v)
		}
		return m
	})
}

// testValue knows some names, and gives values with Markdown and braces in them.
func testValue(name string) (string, bool) {
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
