package model

// Placeholders are the names a pack's text may put between braces, such as {organisatie.naam}; the documents fill
// in the site's or the verwerking's value. The loader refuses a text with any other name, so that a typo does not
// reach a published privacy statement.
var Placeholders = []string{
	"organisatie.naam", "organisatie.adres", "organisatie.website", "organisatie.telefoon", "organisatie.email",
	"organisatie.verantwoordelijke",
	"fg.naam", "fg.email", "fg.telefoon", "site.titel", "verwerking.naam", "verwerking.id",
}

// PlaceholderEnd returns the index just past the placeholder that starts with the '{' at src[i], or -1 when none
// starts there: one or more runs of a-z separated by single dots, then '}'.
func PlaceholderEnd(src string, i int) int {
	j := i + 1
	for {
		start := j
		for j < len(src) && 'a' <= src[j] && src[j] <= 'z' {
			j++
		}
		if j == start || j == len(src) {
			return -1
		}
		switch src[j] {
		case '}':
			return j + 1
		case '.':
			j++
		default:
			return -1
		}
	}
}
