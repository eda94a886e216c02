package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/model"
)

// quote puts an id between double quotes, as the user writes it in TOML.
func quote(s string) string { return `"` + s + `"` }

func quoted(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = quote(x)
	}
	return out
}

// quoteList writes ids as "a", "b", "c".
func quoteList(xs []string) string { return strings.Join(quoted(xs), ", ") }

// item names an entry by id and description: "gezondheid" (Gezondheid en beperkingen).
func item(id, omschrijving string) string {
	if blank(omschrijving) {
		return quote(id)
	}
	return quote(id) + " (" + inParens(omschrijving) + ")"
}

// inParens prepares text to stand between parentheses: brackets replace its own, as Dutch typesetting does, so
// that "(… door het college (Wmo))" reads "(… door het college [Wmo])".
func inParens(s string) string { return parensToBrackets.Replace(strings.TrimSpace(s)) }

var parensToBrackets = strings.NewReplacer("(", "[", ")", "]")

// orID returns the title, or the id when there is no title.
func orID(titel, id string) string {
	if blank(titel) {
		return id
	}
	return titel
}

// gegeven names a gegeven in messages.
func (c *checker) gegeven(g model.Gegeven) string { return item(g.ID, g.Omschrijving) }

// doelIDs lists the verwerking's purposes for messages.
func (c *checker) doelIDs() string {
	return keuze(c, ids(c.v.Doelen, func(d model.Doel) string { return d.ID }))
}

// lowerFirst lowers the first letter, for a title used inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// andList joins names as Dutch does: "a", "a en b", "a, b en c".
func andList(c *checker, names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return c.t("rules.en", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// quoteStop is the full stop after a closing quote that ends a sentence: none when the quoted text ends with one
// itself, so that no second stop follows the quote.
func quoteStop(q string) string {
	if !strings.HasSuffix(q, "…") && strings.ContainsRune(".!?", lastRune(q)) {
		return ""
	}
	return "."
}
