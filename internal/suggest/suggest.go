// Package suggest measures how alike two words are, for the "bedoelde u …?" hints of load errors and findings.
package suggest

import "strings"

// Distance is the Levenshtein distance between a and b, counted in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Closest returns the candidate closest to s by edit distance, ignoring case, when it is close enough to be a likely
// typo (at most two edits, or a third of s for longer words, and fewer than s has runes); otherwise "".
func Closest(s string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := Distance(strings.ToLower(s), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(2, len([]rune(s))/3)
	if bestD <= limit && bestD < len([]rune(s)) {
		return best
	}
	return ""
}

// Meant is Closest, or else the one candidate that starts with s, for a name typed short ("wmo" for
// "wmo-maatwerkvoorziening"); "" when there is none or more than one.
func Meant(s string, candidates []string) string {
	if c := Closest(s, candidates); c != "" {
		return c
	}
	found := ""
	for _, c := range candidates {
		if len(s) >= 2 && strings.HasPrefix(strings.ToLower(c), strings.ToLower(s)) {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}
