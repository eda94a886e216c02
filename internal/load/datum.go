package load

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"github.com/pia-nl/pia/internal/i18n"
)

// separatedDate matches a date written with slashes or dots, year first or last: 2026/11/01, 1.11.2026.
var separatedDate = regexp.MustCompile(`(\d{4})([/.])(\d{1,2})([/.])(\d{1,2})|(\d{1,2})([/.])(\d{1,2})([/.])(\d{4})`)

// dateKeys are the keys whose value is a date (model.Datum); TestDateKeys keeps the list complete.
var dateKeys = []string{"datum", "gereed_op", "herbeoordeling"}

// dateWithSeparators finds a date written with slashes or dots at the offset at in src where the TOML parser
// stopped, as the value of a date key. TOML reads a date only as year-month-day with dashes; at 2026/11/01 it stops
// at the slash, and at 01.11.2026 at the number, with a message about numbers that does not help. It returns the
// message for the date and the date's offset, or false when no such date is there. Another key's value that looks
// like one (versie = 2026.1.1) is no date.
func dateWithSeparators(lang i18n.Lang, src []byte, at int) (string, int, bool) {
	if at < 0 || at > len(src) {
		return "", 0, false
	}
	start := bytes.LastIndexByte(src[:at], '\n') + 1
	end := len(src)
	if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
		end = at + i
	}
	line := src[start:end]
	if inTable(src[:start], "antwoorden") {
		return "", 0, false // an answer is a text: the message about quotes fits
	}
	for _, m := range separatedDate.FindAllSubmatchIndex(line, -1) {
		from, to := start+m[0], start+m[1]
		if at < from || at >= to || from > start && isWordByte(src[from-1]) || to < end && isWordByte(src[to]) {
			continue
		}
		if !slices.Contains(dateKeys, keyBefore(line[:m[0]])) {
			continue
		}
		part := func(i int) string { return string(line[m[2*i]:m[2*i+1]]) }
		var year, month, day int
		switch {
		case m[2] >= 0 && part(2) == part(4):
			year, _ = strconv.Atoi(part(1))
			month, _ = strconv.Atoi(part(3))
			day, _ = strconv.Atoi(part(5))
		case m[12] >= 0 && part(7) == part(9):
			day, _ = strconv.Atoi(part(6))
			month, _ = strconv.Atoi(part(8))
			year, _ = strconv.Atoi(part(10))
		default:
			continue // two different separators: no date
		}
		shown := "«" + string(src[from:to]) + "»"
		if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
			return lang.T("load.toml.datum-teken-ongeldig", shown), from, true
		}
		return lang.T("load.toml.datum-teken", shown, fmt.Sprintf("%04d-%02d-%02d", year, month, day)), from, true
	}
	return "", 0, false
}

// isWordByte reports whether b continues a bare TOML value: then the match is part of a longer one.
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.' || b == '/' ||
		b == '-' || b == '_' || b == ':'
}

// keyBefore returns the key whose value follows prefix ("gereed_op = ", "besluit = { datum = "): the last part of a
// dotted or quoted key before the last =, or "".
func keyBefore(prefix []byte) string {
	eq := bytes.LastIndexByte(prefix, '=')
	if eq < 0 {
		return ""
	}
	key := bytes.TrimSpace(prefix[:eq])
	if i := bytes.LastIndexAny(key, "{,."); i >= 0 {
		key = bytes.TrimSpace(key[i+1:])
	}
	return string(bytes.Trim(key, `"'`))
}

// inTable reports whether the last table header in src (the lines before a key) is [name].
func inTable(src []byte, name string) bool {
	for len(src) > 0 {
		i := bytes.LastIndexByte(src[:len(src)-1], '\n') + 1
		line := bytes.TrimSpace(src[i:])
		if bytes.HasPrefix(line, []byte("[")) {
			return string(line) == "["+name+"]"
		}
		src = src[:i]
	}
	return false
}
