package pdf

import (
	"regexp"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

// FuzzPrintedText checks printedText against the regular expression it replaces.
func FuzzPrintedText(f *testing.F) {
	for _, s := range []string{"**vet** en _schuin_", "zie [de wet](https://wetten.nl) en `code`", "a ](b", "| x | y |",
		"](", "](()", "[a]([b](c))", "> # kop ~~weg~~"} {
		f.Add(s)
	}
	re := regexp.MustCompile(`\]\([^)]*\)|[*_` + "`" + `#>|~\[\]]`)
	f.Fuzz(func(t *testing.T, s string) {
		got := printedText(document.Inline{Text: s, Markdown: true})
		if want := re.ReplaceAllString(s, " "); got != want {
			t.Fatalf("printedText(%q) = %q, want %q", s, got, want)
		}
		if plain := printedText(document.Inline{Text: s}); plain != s {
			t.Fatalf("plain text changed: %q", plain)
		}
	})
}
