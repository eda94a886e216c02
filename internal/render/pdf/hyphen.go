package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words wider than their column (a long compound in a narrow table column, a file name, a URL) must be broken.
// Cutting at the last character that fits gives "Burgerservicen-ummer"; these rules pick a better place nearby:
// after a hyphen, slash or dot, or else before a consonant that starts a syllable ("Burgerservicenum-mer"),
// marking the cut with a hyphen. A word with a hyphen, slash or dot of its own is cut only there, as long as a part
// between them fits on a line. No dictionary: a few Dutch spelling rules are good enough for a fallback.

// breakAfter are characters after which a word may be cut without adding a hyphen.
const breakAfter = "-/._?&=:\\–—"

func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouyàáâäèéêëìíîïòóôöùúûüýÿ", unicode.ToLower(r))
}

// breakWord returns how many bytes of s to put on a line with avail room, their width, and whether a hyphen
// must follow them (its width included). sep says whether s has separators (separated(s)); the caller, which
// breaks the rest of a word again and again, works it out once per word. It returns 0 when not even one character
// fits, or when s has separators, none of them within reach, and the line is not fresh (it holds text already):
// s then starts on the next line. It reads s only as far as a line reaches, so a word of a million characters
// takes as long as its lines.
func (m *measurer) breakWord(s string, f face, avail float64, fresh, sep bool) (n int, w float64, hyphen bool) {
	// Boundaries up to where the line is full: offs[k] is the byte offset before rune k, ws[k] the width so far.
	runes := m.bwRunes[:0]
	offs := append(m.bwOffs[:0], 0)
	ws := append(m.bwWs[:0], 0)
	defer func() { m.bwRunes, m.bwOffs, m.bwWs = runes[:0], offs[:0], ws[:0] }()
	full := false
	for i, r := range s {
		rw := m.width(string(r), f)
		if ws[len(ws)-1]+rw > avail+0.01 {
			full = true
			break
		}
		runes = append(runes, r)
		offs = append(offs, i+len(string(r)))
		ws = append(ws, ws[len(ws)-1]+rw)
	}
	if !full {
		return len(s), m.width(s, f), false
	}
	last := len(runes)
	if last == 0 {
		return 0, 0, false
	}
	// The rune after the last that fits, to see what follows a cut at last.
	var rest []rune
	for _, r := range s[offs[last]:] {
		rest = append(rest, r)
		if len(rest) == 2 {
			break
		}
	}
	at := func(k int) rune { // rune k of s, for k up to last+1
		if k < last {
			return runes[k]
		}
		if k-last < len(rest) {
			return rest[k-last]
		}
		return 0
	}
	// A file name, field path, rule code, URL or hyphenated word is cut only after its own separators, and never
	// gets a hyphen of its own: "wijk-team-integrale-intake.toml" would name a file that does not exist.
	// A part between separators that is longer than a whole line is cut as any other word.
	if sep {
		for k := last; k >= 2; k-- { // not after a separator that starts the word: no line holds only "-"
			if strings.ContainsRune(breakAfter, at(k-1)) {
				return offs[k], ws[k], false
			}
		}
		if !fresh {
			return 0, 0, false
		}
	}
	hw := m.width("-", f)
	// Look back over at most half the line for a good place.
	for k := last; k >= max(1, last/2); k-- {
		prev, next := at(k-1), at(k)
		if strings.ContainsRune(breakAfter, prev) {
			return offs[k], ws[k], false
		}
		if ws[k]+hw <= avail+0.01 && k >= 2 && syllable(at(k-2), prev, next, at(k+1)) {
			return offs[k], ws[k] + hw, true
		}
	}
	// No good place: cut at the last character that leaves room for the hyphen.
	k := last
	for k > 1 && ws[k]+hw > avail+0.01 {
		k--
	}
	if unicode.IsLetter(at(k-1)) && unicode.IsLetter(at(k)) && ws[k]+hw <= avail+0.01 {
		return offs[k], ws[k] + hw, true
	}
	return offs[last], ws[last], false
}

// separated reports whether a word has a separator of breakAfter inside it, not counting the punctuation that
// closes a sentence or clause. Tables ask it for every word of every cell, so it reads bytes rather than calling
// the strings package's set functions, which are slow for sets with characters outside ASCII.
func separated(s string) bool { return lastSeparator(s) >= 0 }

// lastSeparator is the byte offset of the last separator of breakAfter in s, not counting the punctuation that
// closes a sentence or clause, or -1. A part of s from offset i on is separated when lastSeparator(s) >= i.
func lastSeparator(s string) int {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if r >= utf8.RuneSelf && r != '”' && r != '’' || r < utf8.RuneSelf && !closing[r] {
			break
		}
		s = s[:len(s)-n]
	}
	last := -1
	for i := nextSeparator(s); i >= 0; {
		last = i
		_, size := utf8.DecodeRuneInString(s[i:])
		j := nextSeparator(s[i+size:])
		if j < 0 {
			break
		}
		i += size + j
	}
	return last
}

// nextSeparator is the byte offset of the first rune of breakAfter in s, or -1.
func nextSeparator(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf && separator[c]:
			return i
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94): // – and —
			return i
		}
	}
	return -1
}

var (
	separator = asciiSet(breakAfter)
	closing   = asciiSet(".,;:!?)]\"'")
)

func asciiSet(chars string) (set [utf8.RuneSelf]bool) {
	for _, r := range chars {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}

// syllable reports whether a word may be cut between prev and next (with before and after around them): next is
// a consonant that starts a syllable, followed by a vowel, and the cut does not split "ch", "ij" or a cluster
// that begins syllables ("tr", "bl": registratie is cut re-gistratie, not regist-ratie).
func syllable(before, prev, next, after rune) bool {
	if !unicode.IsLetter(before) || !unicode.IsLetter(prev) || !unicode.IsLetter(next) || !unicode.IsLetter(after) {
		return false
	}
	if isVowel(next) || !isVowel(after) {
		return false
	}
	p, n := unicode.ToLower(prev), unicode.ToLower(next)
	switch {
	case p == 'c' && n == 'h', p == 'i' && n == 'j':
		return false
	case strings.ContainsRune("bcdfgkptv", p) && (n == 'r' || n == 'l'):
		return false
	}
	return true
}
