package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/model"
)

// A pack's text names the organisation's details with placeholders ("U kunt een klacht sturen naar
// {organisatie.email}."). A site need not fill in every detail (pia check asks for one way to reach the
// organisation, and for an e-mail or postal address to write to), so a text must not read "sturen naar ." or show
// a bullet "Telefoon:" with nothing after it. dropBlank takes out what a blank value leaves without sense, from
// small to large:
//
//   - in a list of placeholders ("{fg.naam}, {fg.email}, {fg.telefoon}"), the blank one with its comma;
//   - of two ways to reach someone joined by "of" ("Mail naar {organisatie.email} of bel
//     {organisatie.telefoon}.", "Bel {organisatie.telefoon} of mail naar {organisatie.email}."), the blank one
//     with its "of";
//   - alone between brackets, the brackets; after a colon at the end of a sentence, the colon;
//   - in a heading or a table row, the placeholder alone;
//   - after "via" or "op" at the end of a sentence that goes on making sense ("stuur het door naar het
//     privacyloket via {organisatie.email}."), that word and the placeholder;
//   - else the sentence around it, in its paragraph or list item;
//   - a list item with nothing left but its marker, a label ("**Waar**:", "E-mail:") or punctuation, goes whole.

// dropBlank returns src without the parts that the placeholders blank reports blank would leave empty.
func dropBlank(src string, blank func(name string) bool) string {
	for i := 0; i < len(src); {
		open := strings.IndexByte(src[i:], '{')
		if open < 0 {
			break
		}
		open += i
		end := model.PlaceholderEnd(src, open)
		if end < 0 || !blank(src[open+1:end-1]) {
			i = open + 1
			continue
		}
		src, i = dropAround(src, open, end)
		// What the removal joins may close a brace opened before it ("{lee{leeg}g}"): look again from there.
		if k := strings.LastIndexByte(src[:i], '{'); k >= 0 {
			i = k
		}
	}
	return src
}

// dropAround removes what the blank placeholder src[open:end] leaves without sense, and returns the text and where
// to look for the next placeholder.
func dropAround(src string, open, end int) (string, int) {
	// One of a list of placeholders: the placeholder and the comma that joins it to its neighbour.
	if strings.HasPrefix(src[end:], ", {") && model.PlaceholderEnd(src, end+2) > 0 {
		return src[:open] + src[end+2:], open
	}
	if strings.HasSuffix(src[:open], "}, ") {
		if s := strings.LastIndexByte(src[:open-2], '{'); s >= 0 && model.PlaceholderEnd(src, s) == open-2 {
			return src[:open-2] + src[end:], open - 2
		}
	}
	if out, i, ok := dropAlternative(src, open, end); ok {
		return out, i
	}
	// Alone between brackets ("de FG ({fg.naam}), die adviseert"): the brackets go with it, and the space before.
	if open > 0 && src[open-1] == '(' && end < len(src) && src[end] == ')' {
		from := open - 1
		if from > 0 && src[from-1] == ' ' {
			from--
		}
		return src[:from] + src[end+1:], from
	}
	// After a colon at the end of a sentence ("meld het bij de FG: {fg.naam}."): the colon goes with it, and the
	// sentence keeps what it says. A label in a list ("- E-mail: {fg.email}") is no sentence: it goes whole below.
	if end < len(src) && strings.IndexByte(".;!?", src[end]) >= 0 {
		if k := spaceBack(src, open, 0); k > 0 && src[k-1] == ':' {
			return src[:k-1] + src[end:], k - 1
		}
	}
	// In a heading or a table row only the placeholder goes: a sentence there is the whole heading or row.
	if isBoundary(lineAt(src, strings.LastIndexByte(src[:open], '\n')+1)) {
		return src[:open] + src[end:], open
	}
	// The sentence, within its block: the list item or paragraph it stands in.
	bs, be, item := blockAround(src, open)
	ss := sentenceStart(src, bs, open)
	// "… door naar het privacyloket via {…}." and "de folder op {…}." say what matters without the address: only
	// "via" or "op" and the placeholder go. Not where the sentence is about the address ("Op {…} leest u",
	// "per e-mail naar {…}").
	if end < len(src) && strings.IndexByte(".,;?!", src[end]) >= 0 {
		k := spaceBack(src, open, ss)
		for _, prep := range []string{"via", "op"} {
			w := k - len(prep)
			// Only a sentence that says enough before the address: "Kijk op {…}." or "U kunt ons bereiken via
			// {…}." says nothing without it.
			if w-1 > ss && src[w:k] == prep && isSpace(src[w-1]) && len(strings.Fields(src[ss:w])) >= 5 {
				return src[:w-1] + src[end:], w - 1
			}
		}
	}
	se := sentenceEnd(src, end, be)
	out := src[:ss] + src[se:]
	be -= se - ss
	if item {
		// A list item with only its marker, a label or punctuation left goes whole, with its line end.
		line := out[bs:be]
		if !hasContent(line) {
			stop := be
			if stop < len(out) && out[stop] == '\n' {
				stop++
			}
			return out[:bs] + out[stop:], bs
		}
	}
	// A paragraph left empty: its blank line goes too.
	if strings.TrimSpace(out[bs:be]) == "" {
		stop := be
		for stop < len(out) && out[stop] == '\n' {
			stop++
		}
		return out[:bs] + out[stop:], bs
	}
	return out, ss
}

// dropAlternative removes the blank placeholder src[open:end] when it is one of two alternatives joined by "of",
// with the words that belong to it alone, and reports whether it did:
//
//   - "{a} of {blank}", "{blank} of {a}": the placeholder and its "of"; in "{a}, {b} of {blank}" the comma becomes
//     the "of". Not after a verb for one way to reach someone ("Bel {telefoon} of {e-mail}."): "Bel {e-mail}."
//     would be wrong;
//   - "… {a} of bel {blank}." (at most four words between "of" and the placeholder, which ends the sentence or
//     the clause): from "of" on;
//   - "Bel {blank} of mail naar {a}." (one word before the placeholder, at the start of a sentence, and another
//     placeholder in the same clause after it): up to the next alternative, whose first letter becomes a capital.
//
// An alternative starts with a way to reach someone or a preposition (altWords): "of" before a subject ("Vraag
// {a} of u mag mailen naar {blank}.", "of dat kan") means "whether", and the sentence is left to the rules below.
func dropAlternative(src string, open, end int) (string, int, bool) {
	// Two placeholders.
	const or = " of "
	if strings.HasPrefix(src[end:], or+"{") && model.PlaceholderEnd(src, end+len(or)) > 0 && !afterChannelVerb(src, open) {
		return src[:open] + src[end+len(or):], open, true
	}
	if a := open - len(or); a > 0 && src[a:open] == or && src[a-1] == '}' {
		if s := strings.LastIndexByte(src[:a], '{'); s >= 0 && model.PlaceholderEnd(src, s) == a && !afterChannelVerb(src, s) {
			out := src[:a] + src[end:]
			// "{x}, {y} of {blank}": "{x} of {y}".
			if strings.HasSuffix(src[:s], "}, ") {
				if x := strings.LastIndexByte(src[:s-2], '{'); x >= 0 && model.PlaceholderEnd(src, x) == s-2 {
					out = src[:s-2] + or + src[s:a] + src[end:]
				}
			}
			return out, a, true
		}
	}
	bs, be, _ := blockAround(src, open)
	ss := sentenceStart(src, bs, open)
	// "… {a} of bel {blank}": the blank ends its sentence or clause, and a placeholder comes before the "of".
	if end == len(src) || strings.IndexByte(".,;!?\n", src[end]) >= 0 {
		before := src[ss:open]
		if k := strings.LastIndex(before, or); k > 0 {
			words := strings.Fields(before[k+len(or):])
			if len(words) >= 1 && len(words) <= 4 && altWord(words[0]) &&
				!strings.ContainsAny(before[k+len(or):], "{}.,;:!?()") &&
				strings.HasSuffix(strings.TrimRight(before[:k], ","), "}") {
				from := ss + k
				if src[from-1] == ',' {
					from--
				}
				return src[:from] + src[end:], from, true
			}
		}
	}
	// "Bel {blank} of mail naar {a}.": one word at the start of the sentence, a placeholder in the other half.
	lead := src[ss:open]
	if f := strings.Fields(lead); len(f) == 1 && altWord(f[0]) && strings.HasPrefix(src[end:], or) {
		rest := end + len(or)
		clause := src[rest:sentenceEnd(src, rest, be)]
		if c := strings.IndexAny(clause, ";:"); c >= 0 {
			clause = clause[:c]
		}
		next := strings.Fields(clause)
		if o := strings.IndexByte(clause, '{'); o >= 0 && model.PlaceholderEnd(src, rest+o) > 0 && len(next) > 0 && altWord(next[0]) {
			tail := src[rest:]
			if r, _ := utf8.DecodeRuneInString(lead); unicode.IsUpper(r) {
				r, size := utf8.DecodeRuneInString(tail)
				tail = string(unicode.ToUpper(r)) + tail[size:]
			}
			return src[:ss] + tail, ss, true
		}
	}
	return "", 0, false
}

// altWord reports whether word can start one of two ways to reach someone: a verb for a channel ("bel", "mailen")
// or a preposition before an address ("via", "op", "naar").
func altWord(word string) bool {
	w := strings.ToLower(strings.Trim(word, "*_"))
	switch w {
	case "via", "op", "naar", "per", "bij":
		return true
	}
	return channelVerb(w)
}

// channelVerb reports whether w, in small letters, is a verb for one way to reach someone.
func channelVerb(w string) bool {
	switch w {
	case "bel", "bellen", "belt", "mail", "mailen", "mailt", "e-mail", "e-mailen", "e-mailt", "stuur", "sturen",
		"stuurt", "schrijf", "schrijven", "schrijft", "kom", "komen", "komt", "langskomen", "app", "appen", "appt",
		"kijk", "kijken", "kijkt", "lees", "lezen", "leest", "bezoek", "bezoeken", "neem", "nemen":
		return true
	}
	return false
}

// afterChannelVerb reports whether the word before offset i (a placeholder) is a verb for one channel ("Bel
// {…}"): the placeholder after it cannot be swapped for another kind of address.
func afterChannelVerb(src string, i int) bool {
	before := strings.TrimRight(src[:i], " \t\r\n")
	word := before[strings.LastIndexAny(before, " \t\r\n")+1:]
	return channelVerb(strings.ToLower(strings.Trim(word, "*_")))
}

// blockAround returns the bounds of the list item line or the paragraph that offset i lies in, and whether it is
// a list item. A list item is taken to be one line with its continuation lines (indented), a paragraph the lines
// between blank lines or list items.
func blockAround(src string, i int) (start, end int, item bool) {
	start = strings.LastIndexByte(src[:i], '\n') + 1
	// Walk up over continuation lines to the line that starts the item or paragraph.
	for !isListItem(lineAt(src, start)) && start > 0 {
		prev := strings.LastIndexByte(src[:start-1], '\n') + 1
		pl := lineAt(src, prev)
		if strings.TrimSpace(pl) == "" || isListItem(pl) && indent(lineAt(src, start)) == 0 || isBoundary(pl) {
			break // a blank line, a paragraph after a list, a heading or a table
		}
		start = prev
	}
	item = isListItem(lineAt(src, start))
	// Walk down over the lines that continue it.
	end = start + len(lineAt(src, start))
	for end < len(src) {
		nl := lineAt(src, end+1)
		if strings.TrimSpace(nl) == "" || isListItem(nl) || item && indent(nl) == 0 || isBoundary(nl) {
			break
		}
		end += 1 + len(nl)
	}
	if end < i {
		// A line without indent between a list item and i ends the item above: the block is i's own line.
		start = strings.LastIndexByte(src[:i], '\n') + 1
		return start, start + len(lineAt(src, start)), false
	}
	return start, end, item
}

// lineAt is the line of src that starts at i, without its line end.
func lineAt(src string, i int) string {
	if i >= len(src) {
		return ""
	}
	if e := strings.IndexByte(src[i:], '\n'); e >= 0 {
		return src[i : i+e]
	}
	return src[i:]
}

func indent(line string) int { return len(line) - len(strings.TrimLeft(line, " \t")) }

// isBoundary reports whether a line is a heading or a table row, which no paragraph runs into.
func isBoundary(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, "|")
}

// isListItem reports whether a line starts a Markdown list item: "- ", "* ", "+ " or a number and ". " or ") ".
func isListItem(line string) bool {
	t := strings.TrimLeft(line, " \t")
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") {
		return true
	}
	digits := len(t) - len(strings.TrimLeft(t, "0123456789"))
	return digits > 0 && digits < 10 && (strings.HasPrefix(t[digits:], ". ") || strings.HasPrefix(t[digits:], ") "))
}

// listMarkerEnd is the offset after a list item's marker and its space in line, or 0.
func listMarkerEnd(line string) int {
	if !isListItem(line) {
		return 0
	}
	t := strings.TrimLeft(line, " \t")
	lead := len(line) - len(t)
	if t[0] == '-' || t[0] == '*' || t[0] == '+' {
		return lead + 2
	}
	digits := len(t) - len(strings.TrimLeft(t, "0123456789"))
	return lead + digits + 2
}

// sentenceStart is where the sentence that holds offset i begins: after the last sentence end before it in the
// block that starts at bs (after a list item's marker).
func sentenceStart(src string, bs, i int) int {
	start := bs + listMarkerEnd(lineAt(src, bs))
	for j := i - 1; j > start; j-- {
		if strings.IndexByte(".?!", src[j]) >= 0 && j+1 < i && isSpace(src[j+1]) && startsSentence(src[j+1:i]) &&
			!abbreviation(src[start:j+1]) {
			k := j + 1
			for k < i && isSpace(src[k]) {
				k++
			}
			return k
		}
	}
	return start
}

// sentenceEnd is where the sentence that holds offset i ends, with the white space after it, within the block
// that ends at be.
func sentenceEnd(src string, i, be int) int {
	for j := i; j < be; j++ {
		if strings.IndexByte(".?!", src[j]) < 0 {
			continue
		}
		if j+1 == be {
			return be
		}
		if isSpace(src[j+1]) && startsSentence(src[j+1:be]) && !abbreviation(src[:j+1]) {
			k := j + 1
			for k < be && isSpace(src[k]) {
				k++
			}
			return k
		}
	}
	return be
}

// startsSentence reports whether s, after white space, begins a sentence: a capital or a placeholder, not a number
// ("art. 5") or a small letter ("bijv. een").
func startsSentence(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r == '{' || r == '*' || r == '"' || r == '„' || r == '\''
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// spaceBack is the offset before the white space that ends src[:i], not before lo.
func spaceBack(src string, i, lo int) int {
	for i > lo && isSpace(src[i-1]) {
		i--
	}
	return i
}

// abbreviation reports whether s ends with a dot that shortens a word rather than ends a sentence: an initial
// in capitals ("R.") or a title or word Dutch texts shorten ("mr.", "dr.", "bijv.", "art.").
func abbreviation(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	word := s[:len(s)-1]
	if k := strings.LastIndexFunc(word, func(r rune) bool { return unicode.IsSpace(r) || r == '(' }); k >= 0 {
		word = word[k+1:]
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial; "u." ends a sentence
	}
	switch strings.ToLower(word) {
	case "mr", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "bijv", "art", "nr", "o.a", "e.d", "ca", "jl",
		"vgl", "zgn", "resp", "incl", "excl", "tel", "etc":
		return true
	}
	return false
}

// hasContent reports whether a list item line has more than its marker, a label and punctuation: letters or
// digits after the label ("**Waar de inwoner meer kan lezen**:", "E-mail:").
func hasContent(line string) bool {
	rest := line[listMarkerEnd(line):]
	if i := strings.LastIndexByte(rest, ':'); i >= 0 && strings.TrimSpace(rest[i+1:]) == "" {
		return false // only a label is left
	}
	return strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
