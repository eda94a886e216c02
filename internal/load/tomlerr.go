package load

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

// tomlPattern maps one of the TOML parser's English messages to a message key. The key's arguments are the
// pattern's submatches, each passed through the named conversion: 'q' for a quoted value out of the message (a
// rune like '\n' or a string like "Wmo"), which is shown as the user wrote it; 's' for text taken as it is.
type tomlPattern struct {
	re   *regexp.Regexp
	key  string
	args string
}

// tomlPatterns covers the messages of BurntSushi/toml v1 that a person editing a questionnaire can run into. A message
// that matches none is shown as the parser gives it, after a Dutch lead-in.
var tomlPatterns = func() []tomlPattern {
	raw := []struct{ re, key, args string }{
		{`^expected value but found ("(?:[^"\\]|\\.)*") instead$`, "load.toml.woord", "q"},
		{`^expected value but found ('(?:[^'\\]|\\.)*') instead$`, "load.toml.waarde", "q"},
		{`^unexpected EOF; expected value$`, "load.toml.eof-waarde", ""},
		{`^strings cannot contain newlines$`, "load.toml.tekst-open", ""},
		{`^unexpected EOF; expected '"'$`, "load.toml.tekst-open", ""},
		{`^unexpected EOF; expected "'"$`, "load.toml.tekst-open", ""},
		{`^unexpected EOF; expected '"""'$`, "load.toml.tekst-open3", ""},
		{`^unexpected EOF; expected "'''"$`, "load.toml.tekst-open3-enkel", ""},
		{`^invalid escape in string '(.*)'$`, "load.toml.escape", "s"},
		{`^invalid escape: '(.*)'$`, "load.toml.escape", "s"},
		{`^expected two hexadecimal digits after '\\(.)'`, "load.toml.hex2", "s"},
		{`^expected four hexadecimal digits after '\\(.)'`, "load.toml.hex4", "s"},
		{`^expected eight hexadecimal digits after '\\(.)'`, "load.toml.hex8", "s"},
		{`^Escaped character '(.*)' is not valid UTF-8\.$`, "load.toml.hex-teken", "s"},
		{`^Key '(.*)' has already been defined\.$`, "load.toml.dubbel", "s"},
		{`^Key '(.*)' was already created as a hash\.$`, "load.toml.al-tabel", "s"},
		{`^Key '(.*)' was already created and cannot be used as an array\.$`, "load.toml.geen-lijst", "s"},
		{`^"(.*)" is not a table$`, "load.toml.geen-tabel", "s"},
		{`^expected '\.' or '=', but got ('(?:[^'\\]|\\.)*') instead$`, "load.toml.is", "q"},
		{`^unexpected EOF; expected key separator '='$`, "load.toml.is-eof", ""},
		{`^unexpected '=': key name appears blank$`, "load.toml.sleutel-leeg", ""},
		{`^unexpected '='$`, "load.toml.sleutel-leeg", ""},
		{`^unexpected '\.': keys cannot start with a '\.'$`, "load.toml.sleutel-punt", ""},
		{`^unexpected '\.'$`, "load.toml.sleutel-punt", ""},
		{`^expected a comma \(','\) or array terminator \('\]'\), but got (.*)$`, "load.toml.lijst", "q"},
		{`^unexpected comma$`, "load.toml.komma", ""},
		{`^expected a comma or an inline table terminator '\}', but got (.*) instead$`, "load.toml.inline", "q"},
		{`^newlines not allowed within inline tables$`, "load.toml.inline-regel", ""},
		{`^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`,
			"load.toml.regeleinde", "q"},
		{`^expected end of table array name delimiter '\]', but got (.*) instead$`, "load.toml.tabellen-naam", "q"},
		{`^unexpected (end of table name|table separator) \(table names cannot be empty\)$`,
			"load.toml.tabelnaam-leeg", ""},
		{`^expected '\.' or '\]' to end table name, but got (.*) instead$`, "load.toml.tabelnaam", "q"},
		{`^invalid datetime: ("(?:[^"\\]|\\.)*")$`, "load.toml.datum", "q"},
		{`^(\S+) is out of range for \w+$`, "load.toml.getal-groot", "s"},
		{`^Invalid integer ("(?:[^"\\]|\\.)*"): cannot have leading zeroes$`, "load.toml.getal-nul", "q"},
		{`^Invalid (?:integer|float) ("(?:[^"\\]|\\.)*"): underscores must be surrounded by digits$`,
			"load.toml.getal-streep", "q"},
		{`^Invalid float ("(?:[^"\\]|\\.)*"): cannot have leading zeroes$`, "load.toml.getal-nul", "q"},
		{`^Invalid float ("(?:[^"\\]|\\.)*"): '\.' must be followed by one or more digits$`, "load.toml.kommagetal", "q"},
		{`^Invalid float value: ("(?:[^"\\]|\\.)*")$`, "load.toml.kommagetal", "q"},
		{`^invalid float: '(.*)'$`, "load.toml.kommagetal", "s"},
		{`^floats must start with a digit, not '\.'$`, "load.toml.kommagetal-punt", ""},
		{`^(?s:not an? (?:binary|octal|hexadecimal) number|cannot use sign with non-decimal numbers): '(.*?)\n?'$`,
			"load.toml.getal", "s"},
		{`^expected a digit but got ('(?:[^'\\]|\\.)*')$`, "load.toml.cijfer", "q"},
		{`^TOML files cannot contain control characters: '(0x[0-9a-f]+)'$`, "load.toml.stuurteken", "s"},
		{`^invalid UTF-8 byte: (0x[0-9a-f]+)$`, "load.toml.utf8", "s"},
		{`^files cannot contain NULL bytes`, "load.toml.utf16", ""},
	}
	ps := make([]tomlPattern, len(raw))
	for i, r := range raw {
		ps[i] = tomlPattern{re: regexp.MustCompile(r.re), key: r.key, args: r.args}
	}
	return ps
}()

// tomlError turns a TOML syntax error into a load error: in the user's language, at the character it is about,
// with the line it is on.
func tomlError(lang i18n.Lang, file string, src []byte, pe toml.ParseError) *Error {
	src = withoutBOM(src)
	pos := tomlPos(file, src, pe)
	msg := tomlMessage(lang, src, pe)
	if curlyQuoted(pe.Message, lineFrom(src, pos.Line, 1)) {
		msg += ". " + lang.T("load.toml.krul")
	}
	// A date written with slashes or dots (2026/11/01) is told as a date, where it starts, with the date meant.
	if m, at, ok := dateWithSeparators(lang, src, pe.Position.Start); ok {
		pos, msg = offsetPos(file, src, at), m
	}
	return &Error{Pos: pos, Msg: lang.T("load.syntax", msg), Excerpt: excerpt(src, pos.Line, pos.Col)}
}

// curlyQuotes are the quotes a word processor puts in place of straight ones, which TOML does not take as quotes.
const curlyQuotes = "“”„‘’‚"

// curlyQuoted reports whether a TOML parser's message is about a curly quote: it stopped at one, or a text on the
// line of the error is not closed and the line has one (a text opened with " and closed with ”).
func curlyQuoted(msg string, line []byte) bool {
	for _, q := range curlyQuotes {
		if strings.Contains(msg, "'"+string(q)+"'") {
			return true
		}
	}
	unclosed := msg == "strings cannot contain newlines" || msg == `unexpected EOF; expected '"'` ||
		msg == `unexpected EOF; expected "'"`
	return unclosed && bytes.ContainsAny(line, curlyQuotes)
}

// tomlMessage puts a TOML syntax error in src in the user's language, with what to do about it.
func tomlMessage(lang i18n.Lang, src []byte, pe toml.ParseError) string {
	msg := pe.Message
	if msg == "" {
		msg = pe.Error()
	}
	for _, p := range tomlPatterns {
		m := p.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		args := make([]any, 0, len(p.args))
		for i, conv := range p.args {
			if conv == 'q' {
				if r, ok := oddSpace(m[i+1]); ok {
					// The character is the problem, whatever the parser expected in its place.
					return oddSpaceMessage(lang, r)
				}
				args = append(args, shownToken(lang, m[i+1]))
			} else {
				args = append(args, m[i+1])
			}
		}
		switch p.key {
		case "load.toml.escape", "load.toml.hex2", "load.toml.hex4", "load.toml.hex8":
			// A backslash meant as itself: the way out depends on the quotes the text is in.
			quotes, hint := `"…"`, lang.T("load.toml.backslash")
			if multi, _ := basicStringAt(src, pe.Position.Start); multi {
				quotes, hint = `"""…"""`, lang.T("load.toml.backslash3")
			}
			if p.key == "load.toml.escape" {
				args = append(args, quotes)
			}
			return lang.T(p.key, append(args, hint)...)
		case "load.toml.woord":
			if yesNo[strings.ToLower(m[1][1:len(m[1])-1])] {
				return lang.T("load.toml.woord-janee", args...)
			}
		case "load.toml.datum":
			if key, dargs := dateProblem(m[1][1 : len(m[1])-1]); key != "" {
				return lang.T(key, append(args, dargs...)...)
			}
		case "load.toml.sleutel-leeg":
			// An inline table opened at the end of a line: the parser reads on and stumbles later.
			if before := bytes.TrimRight(src[:min(max(int(pe.Position.Start), 0), len(src))], " \t\r\n"); len(before) > 0 &&
				before[len(before)-1] == '{' {
				return lang.T("load.toml.inline-open")
			}
		case "load.toml.regeleinde":
			if key, hargs := lineGoesOn(src, int(pe.Position.Start)); key != "" {
				return lang.T(key, hargs...)
			}
		}
		return lang.T(p.key, args...)
	}
	return lang.T("load.toml.anders", msg)
}

var (
	numberStart  = regexp.MustCompile(`^[+-]?[0-9][0-9_.]*$`)
	digitStart   = regexp.MustCompile(`^[0-9]`)
	decimalComma = regexp.MustCompile(`^[+-]?[0-9]+,[0-9]+$`)
	monthNames   = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
		"oktober", "november", "december"}
	spokenDate = regexp.MustCompile(`^([0-9]{1,2}) (` + strings.Join(monthNames, "|") + `) ([0-9]{4})$`)
)

// lineGoesOn says why a value in src is followed by more on its line, where the parser stopped at byte off, for
// the three mistakes people make most: a quote inside a text (naam = "Het "team" helpt"), text that starts with a
// number (termijn = 15 jaar) and a number with a space in it (4 000). It returns a message key and its arguments,
// with the line as it should be, or "" when the line is something else (two keys on one line).
func lineGoesOn(src []byte, off int) (string, []any) {
	if off < 0 || off > len(src) {
		return "", nil
	}
	ls := bytes.LastIndexByte(src[:off], '\n') + 1
	le := bytes.IndexByte(src[off:], '\n')
	if le < 0 {
		le = len(src)
	} else {
		le += off
	}
	eq := bytes.IndexByte(src[ls:off], '=')
	if eq < 0 {
		return "", nil
	}
	key := strings.TrimSpace(string(src[ls : ls+eq]))
	value := strings.TrimSpace(string(src[ls+eq+1 : le]))
	before := strings.TrimSpace(string(src[ls+eq+1 : off]))
	after := strings.TrimSpace(string(src[off:le]))
	if key == "" || before == "" || after == "" {
		return "", nil
	}
	// Another key after the value is two keys on one line, which the plain message is about.
	anotherKey := strings.Contains(after, "=")
	switch q := before[0]; {
	case (q == '"' || q == '\'') && len(before) >= 2 && before[len(before)-1] == q && src[off] != ' ' && src[off] != '\t' &&
		strings.HasSuffix(value, string(q)):
		// The text ends at a quote that was meant inside it: show it between the other kind of quotes, or, when it
		// has both kinds, with the double quotes written as \".
		inner := value[1 : len(value)-1]
		var fixed string
		switch {
		case q == '"' && !strings.Contains(inner, "'"):
			fixed = "'" + inner + "'"
		case q == '\'' && !strings.ContainsAny(inner, `"\`):
			fixed = `"` + inner + `"`
		default:
			fixed = `"` + strings.ReplaceAll(strings.ReplaceAll(inner, `\`, `\\`), `"`, `\"`) + `"`
		}
		return "load.toml.regeleinde-aanhalingsteken", []any{key + " = " + fixed}
	case anotherKey || !numberStart.MatchString(before):
		// Not a number that goes on: the plain message.
	case decimalComma.MatchString(value):
		return "load.toml.regeleinde-komma", []any{key + " = " + strings.Replace(value, ",", ".", 1)}
	case digitStart.MatchString(after) && numberStart.MatchString(strings.ReplaceAll(value, " ", "")):
		return "load.toml.regeleinde-getal", []any{key + " = " + strings.ReplaceAll(value, " ", "")}
	case unicode.IsLetter(firstRune(after)) && !strings.ContainsAny(value, `"#`):
		if m := spokenDate.FindStringSubmatch(strings.ToLower(value)); m != nil {
			day, _ := strconv.Atoi(m[1])
			year, _ := strconv.Atoi(m[3])
			month := slices.Index(monthNames, m[2]) + 1
			if day >= 1 && day <= daysIn(year, month) {
				return "load.toml.regeleinde-datum", []any{fmt.Sprintf("%s = %04d-%02d-%02d", key, year, month, day)}
			}
		}
		return "load.toml.regeleinde-tekst", []any{"«" + value + "»", key + ` = "` + value + `"`}
	}
	return "", nil
}

// firstRune is the first character of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// yesNo are words people write for true or false.
var yesNo = map[string]bool{"true": true, "false": true, "ja": true, "nee": true, "waar": true, "onwaar": true,
	"yes": true, "no": true, "j": true, "n": true}

var (
	dayFirst  = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})$`)
	yearFirst = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
)

// dateProblem says what is wrong with a date the TOML parser rejected, when it can: the message key and its
// arguments after the date itself.
func dateProblem(d string) (string, []any) {
	if m := dayFirst.FindStringSubmatch(d); m != nil {
		year, _ := strconv.Atoi(m[3])
		month, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[1])
		if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
			return "load.toml.datum-omgekeerd-ongeldig", nil // no date to suggest: 31-02-2026
		}
		return "load.toml.datum-omgekeerd", []any{fmt.Sprintf("%04d-%02d-%02d", year, month, day)}
	}
	m := yearFirst.FindStringSubmatch(d)
	if m == nil {
		return "", nil
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	switch {
	case month < 1 || month > 12:
		return "load.toml.datum-maand", []any{month}
	case day < 1:
		return "load.toml.datum-dag-nul", nil
	case day > daysIn(year, month):
		return "load.toml.datum-dag", []any{daysIn(year, month)}
	case len(m[2]) < 2 || len(m[3]) < 2:
		return "load.toml.datum-cijfers", []any{fmt.Sprintf("%04d-%02d-%02d", year, month, day)}
	}
	return "", nil
}

// daysIn is the number of days of the month in the year.
func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// shownToken turns a value the TOML parser quoted in Go syntax back into what the user typed, naming a line end and
// the end of the file in words.
func shownToken(lang i18n.Lang, q string) string {
	if q == "EOF" || q == "end of file" {
		return lang.T("load.toml.einde-bestand")
	}
	s := q
	if u, err := strconv.Unquote(q); err == nil {
		s = u
	} else if len(q) >= 2 && (q[0] == '\'' || q[0] == '"') && q[len(q)-1] == q[0] {
		s = q[1 : len(q)-1] // quoted as it is, not in Go syntax
	}
	switch s {
	case "\n", "\r":
		return lang.T("load.toml.einde-regel")
	case "":
		return lang.T("load.toml.niets")
	}
	return "«" + s + "»"
}

// oddSpace returns the character a TOML parser quoted (in Go syntax, as '\u00a0') when it is a space other than
// the ordinary one, or a character that shows as nothing: it looks like a space or like nothing on the screen.
func oddSpace(q string) (rune, bool) {
	s, err := strconv.Unquote(q)
	if err != nil || utf8.RuneCountInString(s) != 1 {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r, r != ' ' && unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp, unicode.Cf)
}

// oddSpaceMessage names a space other than the ordinary one, or an invisible character, and says what to do.
func oddSpaceMessage(lang i18n.Lang, r rune) string {
	switch {
	case r == 0xa0:
		return lang.T("load.toml.spatie", lang.T("load.toml.harde-spatie"))
	case unicode.Is(unicode.Zs, r):
		return lang.T("load.toml.spatie", lang.T("load.toml.andere-spatie", r))
	}
	return lang.T("load.toml.onzichtbaar", r)
}

// tomlPos finds the line and column of a TOML syntax error in src (after its byte order mark) from its byte offset.
// The parser's own line is one too far for an error at a line end, and its column counts bytes; pia counts
// characters, as editors do. An unclosed multi-line string is reported where it opens rather than at the end of the
// file, where the parser notices it, and a bad escape at its backslash rather than where its text starts.
func tomlPos(file string, src []byte, pe toml.ParseError) model.Pos {
	start := pe.Position.Start
	switch {
	case escapeMessage(pe.Message) != "":
		// The parser gives where the text starts; the fault is at a backslash further on, maybe lines further.
		if i := badEscape(src, start, escapeMessages[escapeMessage(pe.Message)]); i >= 0 {
			start = i
		}
	case strings.HasSuffix(pe.Message, `expected '"""'`):
		start = bytes.LastIndex(src, []byte(`"""`))
	case strings.HasSuffix(pe.Message, `expected "'''"`):
		start = bytes.LastIndex(src, []byte(`'''`))
	case strings.HasPrefix(pe.Message, "TOML files cannot contain control characters"):
		start = firstControl(src, max(start, 0)) // the parser gives the character before it
	case strings.HasPrefix(pe.Message, "invalid UTF-8 byte"):
		start = firstInvalidUTF8(src, start)
	case strings.HasPrefix(pe.Message, "files cannot contain NULL bytes"):
		start = 0 // the whole file is in another encoding
	case strings.HasPrefix(pe.Message, "unexpected '='") && start >= 0 && start <= len(src):
		// An inline table left open at a line end: point at its {.
		if i := bytes.LastIndexFunc(src[:start], func(r rune) bool { return !unicode.IsSpace(r) }); i >= 0 && src[i] == '{' {
			start = i
		}
	}
	if start < 0 || start > len(src) || (start == 0 && pe.Position.Line > 1) {
		return model.Pos{File: file, Line: pe.Position.Line, Col: pe.Position.Col}
	}
	if start == len(src) && start > 0 {
		start-- // at the end of the file: point at its last character, usually the final line end
	}
	if strings.HasPrefix(pe.Message, "expected a top-level item to end with") {
		// The parser stops after the value, before the blanks that lead to what it did not expect.
		for start < len(src)-1 && (src[start] == ' ' || src[start] == '\t') {
			start++
		}
	}
	return offsetPos(file, src, start)
}

// offsetPos is the position of the byte at offset i of src, its column counted in characters.
func offsetPos(file string, src []byte, i int) model.Pos {
	before := src[:i]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return model.Pos{File: file, Line: 1 + bytes.Count(before, []byte{'\n'}), Col: 1 + utf8.RuneCount(before[lineStart:])}
}

// firstControl returns the offset of the first control character in src from offset from on that the TOML parser
// refuses (any but a tab and a line end, and a carriage return not followed by a newline), or from when there is
// none.
func firstControl(src []byte, from int) int {
	for i := from; i < len(src); i++ {
		c := src[i]
		if c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && (c != '\r' || i+1 == len(src) || src[i+1] != '\n') {
			return i
		}
	}
	return from
}

// firstInvalidUTF8 returns the offset of the first byte in src that is not UTF-8, or def when there is none.
func firstInvalidUTF8(src []byte, def int) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return def
}

// withoutBOM is src after its byte order mark, if any. The TOML parser skips one (UTF-8's, or UTF-16's, which then
// fails on its NUL bytes) and counts its offsets from after it; an editor does not show it either.
func withoutBOM(src []byte) []byte {
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		return src[3:]
	case bytes.HasPrefix(src, []byte("\xff\xfe")), bytes.HasPrefix(src, []byte("\xfe\xff")):
		return src[2:]
	}
	return src
}

// escapeMessages are the starts of the TOML parser's messages about an escape in a text between double quotes,
// each with whether the parser finds it while reading the text (lexing) or only after (see badEscape).
var escapeMessages = map[string]bool{
	"invalid escape in string":   true,
	"expected two hexadecimal":   true,
	"expected four hexadecimal":  true,
	"expected eight hexadecimal": true,
	"invalid escape: ":           false,
	"Escaped character":          false,
}

// escapeMessage returns the start of msg that is in escapeMessages, or "".
func escapeMessage(msg string) string {
	for p := range escapeMessages {
		if strings.HasPrefix(msg, p) {
			return p
		}
	}
	return ""
}

// basicStringAt reports whether src[start] is the first character of a text between double quotes: ok when it is,
// multi when that text is between three.
func basicStringAt(src []byte, start int) (multi, ok bool) {
	if start < 1 || start > len(src) || src[start-1] != '"' {
		return false, false
	}
	return start >= 3 && string(src[start-3:start]) == `"""`, true
}

// hexDigits is the number of hexadecimal digits after \x, \u and \U.
var hexDigits = map[byte]int{'x': 2, 'u': 4, 'U': 8}

// badEscape returns the offset of the backslash of the first escape that the TOML parser rejects in the text
// between double quotes that starts at src[start], or -1. The parser checks a text twice: while reading it
// (lexing) it rejects unknown escapes and missing hexadecimal digits; after that it rejects a code that is no
// character and a backslash before a blank that does not end a line. With lexing unset, only the second kind counts.
func badEscape(src []byte, start int, lexing bool) int {
	multi, ok := basicStringAt(src, start)
	if !ok {
		return -1
	}
	for i := start; i < len(src); i++ {
		switch c := src[i]; {
		case multi && bytes.HasPrefix(src[i:], []byte(`"""`)), !multi && (c == '"' || c == '\n'):
			return -1 // the end of the text
		case c != '\\':
			continue
		}
		if i+1 >= len(src) {
			return -1
		}
		switch e := src[i+1]; e {
		case 'b', 't', 'n', 'f', 'r', 'e', '"', '\\':
			i++
		case 'x', 'u', 'U':
			n := hexDigits[e]
			hex := src[i+2 : min(i+2+n, len(src))]
			if len(hex) < n || strings.Trim(string(hex), "0123456789abcdefABCDEF") != "" {
				if lexing {
					return i
				}
			} else if code, _ := strconv.ParseUint(string(hex), 16, 32); !utf8.ValidRune(rune(code)) && !lexing {
				return i
			}
			i += 1 + n
		case ' ', '\t', '\r', '\n':
			j := i + 1
			for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
				j++
			}
			switch {
			case multi && j < len(src) && src[j] == '\n':
				i = j // a backslash at the end of a line: the text goes on after the line's end
			case e == ' ' || e == '\t':
				if !lexing {
					return i
				}
				i++
			default:
				if lexing {
					return i
				}
				return -1
			}
		default:
			if lexing {
				return i
			}
			i++
		}
	}
	return -1
}
