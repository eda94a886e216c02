package load

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/model"
)

// keyPositions scans TOML source and returns the position of every key, table header, array-of-tables entry and
// array element, keyed by field path as the model uses it: "naam", "informeren", "informeren.hoe",
// "gegevens[2]", "gegevens[2].registreren", "gegevens[2].doelen[1]".
//
// BurntSushi/toml does not export key positions, so this small scanner finds them. It runs before the TOML parser
// (see scanKeys), so it must terminate and never panic on any input (it is fuzzed); its positions are used only for
// source that the parser accepts.
func keyPositions(src []byte, file string) model.PosMap {
	pos, _ := scanKeys(src, file)
	return pos
}

// maxDepth is how deeply pia lets values nest (arrays and inline tables) and how many parts a dotted key may have.
// The model needs three levels; the TOML parser takes time quadratic in the depth of inline tables and dotted keys
// (seconds for a few thousand levels, minutes and gigabytes for twenty thousand), so a deeper file is refused
// before it is parsed.
const maxDepth = 64

// scanKeys is keyPositions that also returns where the source first nests deeper than maxDepth, or nil.
func scanKeys(src []byte, file string) (model.PosMap, *model.Pos) {
	// Nearly every key has an "=", and arrays add an entry per element: sized so, the map is not rebuilt
	// several times while it grows.
	hint := min(bytes.Count(src, []byte{'='})*5/4, 1<<14)
	s := &keyScanner{src: src, file: file, line: 1, col: 1, out: make(model.PosMap, hint), arrays: map[string]int{}}
	s.scan()
	return s.out, s.tooDeep
}

// keyPositionsGeneral is keyPositions without bareKey's shortcut, for a test to compare.
func keyPositionsGeneral(src []byte, file string) model.PosMap {
	s := &keyScanner{src: src, file: file, line: 1, col: 1, out: model.PosMap{}, arrays: map[string]int{}, general: true}
	s.scan()
	return s.out
}

type keyScanner struct {
	src       []byte
	i         int
	line, col int
	file      string // display path, for the positions
	out       model.PosMap
	arrays    map[string]int // number of entries seen per array-of-tables path
	table     string         // current table path ("" for the root)
	general   bool           // read every key the general way (see bareKey)
	depth     int            // arrays and inline tables the scanner is in
	tooDeep   *model.Pos     // where the source first nests deeper than maxDepth
}

// nest enters an array or inline table. Past maxDepth the file is refused, so the scan stops there: going on
// would recurse once per level, and a file of millions of brackets would overflow the stack.
func (s *keyScanner) nest() {
	s.depth++
	if s.depth > maxDepth && s.tooDeep == nil {
		at := s.at()
		s.tooDeep = &at
	}
	if s.tooDeep != nil {
		s.i = len(s.src)
	}
}

// maxNesting is the depth of arrays and inline tables below which positions are recorded. The model nests two
// levels; deeper values are skipped without making their paths, which would otherwise grow with every level and
// take memory quadratic in the depth of a file like a = [[[[…]]]].
const maxNesting = 16

// at is the position the scanner is at.
func (s *keyScanner) at() model.Pos { return model.Pos{File: s.file, Line: s.line, Col: s.col} }

func (s *keyScanner) eof() bool { return s.i >= len(s.src) }

func (s *keyScanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.i]
}

func (s *keyScanner) advance() {
	if s.eof() {
		return
	}
	c := s.src[s.i]
	if c == '\n' {
		s.line++
		s.col = 1
		s.i++
		return
	}
	_, n := utf8.DecodeRune(s.src[s.i:])
	s.i += n
	s.col++
}

// skipTo moves on to src[j], counting lines and columns as advance would: values and comments, most of a
// questionnaire, are skipped a run at a time instead of a character at a time.
func (s *keyScanner) skipTo(j int) {
	seg := s.src[s.i:j]
	if k := bytes.LastIndexByte(seg, '\n'); k >= 0 {
		s.line += bytes.Count(seg, newline)
		s.col = 1 + utf8.RuneCount(seg[k+1:])
	} else {
		s.col += utf8.RuneCount(seg)
	}
	s.i = j
}

var newline = []byte{'\n'}

// skipToAny moves on to the next of the bytes in stops, or to the end.
func (s *keyScanner) skipToAny(stops string) {
	if k := bytes.IndexAny(s.src[s.i:], stops); k >= 0 {
		s.skipTo(s.i + k)
	} else {
		s.skipTo(len(s.src))
	}
}

func (s *keyScanner) hasPrefix(p string) bool {
	return bytes.HasPrefix(s.src[s.i:], []byte(p))
}

// skipSpace skips blanks and, when newlines is set, newlines and comments too.
func (s *keyScanner) skipSpace(newlines bool) {
	for !s.eof() {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.advance()
		case c == '#' && newlines:
			s.skipLine()
		case c == '\n' && newlines:
			s.advance()
		default:
			return
		}
	}
}

func (s *keyScanner) skipLine() { s.skipToAny("\n") }

func (s *keyScanner) scan() {
	for !s.eof() {
		start := s.i
		s.skipSpace(true)
		if s.eof() {
			return
		}
		if s.peek() == '[' {
			s.header()
		} else {
			s.keyValue(s.table)
		}
		s.skipSpace(false)
		if s.peek() == '#' {
			s.skipLine()
		}
		// Whatever is left on the line is not ours to understand; move on so the scan always progresses.
		if !s.eof() && s.peek() != '\n' {
			s.skipLine()
		}
		if s.i == start {
			s.advance()
		}
	}
}

func (s *keyScanner) header() {
	at := s.at()
	s.advance()
	array := s.peek() == '['
	if array {
		s.advance()
	}
	s.skipSpace(false)
	keys := s.keyParts()
	s.skipSpace(false)
	for !s.eof() && s.peek() == ']' {
		s.advance()
	}
	if len(keys) == 0 {
		return
	}
	path := s.resolve("", keys[:len(keys)-1], at)
	path = join(path, keys[len(keys)-1])
	s.mark(path, at)
	if array {
		n := s.arrays[path]
		s.arrays[path] = n + 1
		path += "[" + strconv.Itoa(n) + "]"
	} else if n, ok := s.arrays[path]; ok && n > 0 {
		path += "[" + strconv.Itoa(n-1) + "]"
	}
	s.table = path
	if _, seen := s.out[path]; !seen {
		s.out[path] = at
	}
}

// mark records at as the position of path unless it has one: implied tables get the first place they appear.
func (s *keyScanner) mark(path string, at model.Pos) {
	if _, seen := s.out[path]; !seen {
		s.out[path] = at
	}
}

// resolve joins keys onto prefix, descending into the last entry of arrays of tables as TOML does.
func (s *keyScanner) resolve(prefix string, keys []string, at model.Pos) string {
	path := prefix
	for _, k := range keys {
		path = join(path, k)
		s.mark(path, at)
		if n, ok := s.arrays[path]; ok && n > 0 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// keyValue reads `key = value` and records the key and, for arrays and inline tables, their elements.
func (s *keyScanner) keyValue(table string) {
	at := s.at()
	if path, ok := s.bareKey(table); ok {
		if s.depth > maxNesting {
			s.value(table)
			return
		}
		s.out[path] = at
		s.value(path)
		return
	}
	keys := s.keyParts()
	if len(keys) == 0 {
		return
	}
	s.skipSpace(false)
	if s.peek() != '=' {
		return
	}
	s.advance()
	s.skipSpace(false)
	if s.depth > maxNesting {
		s.value(table)
		return
	}
	path := join(s.resolveDotted(table, keys[:len(keys)-1], at), keys[len(keys)-1])
	s.out[path] = at
	s.value(path)
}

// bareKey reads the usual key, one bare word and then '=', and returns its path in table; for any other key it
// reads nothing and reports false, and keyParts reads it. It makes the path with one allocation, where the general
// way makes the list of parts, each part and then the path.
func (s *keyScanner) bareKey(table string) (string, bool) {
	start, line, col := s.i, s.line, s.col
	for !s.eof() && isBare(s.peek()) {
		s.i++ // bare characters are ASCII, never a newline
		s.col++
	}
	end := s.i
	s.skipSpace(false)
	if end == start || s.peek() != '=' || s.general {
		s.i, s.line, s.col = start, line, col
		return "", false
	}
	s.advance()
	s.skipSpace(false)
	if table == "" {
		return string(s.src[start:end]), true
	}
	return table + "." + string(s.src[start:end]), true
}

// resolveDotted joins dotted key parts onto a table path; dotted keys never address arrays of tables.
func (s *keyScanner) resolveDotted(table string, keys []string, at model.Pos) string {
	for _, k := range keys {
		table = join(table, k)
		s.mark(table, at)
	}
	return table
}

// keyParts reads a possibly dotted key of bare and quoted parts.
func (s *keyScanner) keyParts() []string {
	var parts []string
	at := s.at()
	for !s.eof() {
		if len(parts) > maxDepth && s.tooDeep == nil {
			s.tooDeep = &at
		}
		s.skipSpace(false)
		var part string
		switch c := s.peek(); {
		case c == '"':
			part = s.basicString()
		case c == '\'':
			part = s.literalString()
		case isBare(c):
			start := s.i
			for !s.eof() && isBare(s.peek()) {
				s.advance()
			}
			part = string(s.src[start:s.i])
		default:
			return parts
		}
		parts = append(parts, part)
		s.skipSpace(false)
		if s.peek() != '.' {
			return parts
		}
		s.advance()
	}
	return parts
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value skips one value, recording positions of array elements and inline-table keys under path.
func (s *keyScanner) value(path string) {
	switch {
	case s.hasPrefix(`"""`):
		s.multiline(`"""`, true)
	case s.hasPrefix(`'''`):
		s.multiline(`'''`, false)
	case s.peek() == '"':
		s.skipBasicString()
	case s.peek() == '\'':
		s.advance()
		s.skipToAny("'\n")
		if s.peek() == '\'' {
			s.advance()
		}
	case s.peek() == '[':
		s.array(path)
	case s.peek() == '{':
		s.inlineTable(path)
	default:
		for !s.eof() {
			c := s.peek()
			if c == ',' || c == ']' || c == '}' || c == '\n' || c == '#' {
				return
			}
			s.advance()
		}
	}
}

func (s *keyScanner) array(path string) {
	s.nest()
	defer func() { s.depth-- }()
	s.advance() // [
	for n := 0; !s.eof(); n++ {
		s.skipSpace(true)
		if s.eof() || s.peek() == ']' {
			break
		}
		start := s.i
		if s.depth > maxNesting {
			s.value(path)
		} else {
			s.out[path+"["+strconv.Itoa(n)+"]"] = s.at()
			s.value(path + "[" + strconv.Itoa(n) + "]")
		}
		s.skipSpace(true)
		if s.peek() == ',' {
			s.advance()
		} else if s.i == start {
			s.advance()
		}
	}
	if s.peek() == ']' {
		s.advance()
	}
}

func (s *keyScanner) inlineTable(path string) {
	s.nest()
	defer func() { s.depth-- }()
	s.advance() // {
	for !s.eof() {
		s.skipSpace(true)
		if s.eof() || s.peek() == '}' {
			break
		}
		start := s.i
		s.keyValue(path)
		s.skipSpace(true)
		if s.peek() == ',' {
			s.advance()
		} else if s.i == start {
			s.advance()
		}
	}
	if s.peek() == '}' {
		s.advance()
	}
}

// basicString reads "…" with escapes and returns its rough content (enough for quoted keys).
func (s *keyScanner) basicString() string {
	s.advance()
	var b strings.Builder
	for !s.eof() {
		c := s.peek()
		if c == '\\' {
			s.advance()
			if !s.eof() {
				b.WriteByte(s.peek())
				s.advance()
			}
			continue
		}
		if c == '"' || c == '\n' {
			if c == '"' {
				s.advance()
			}
			break
		}
		b.WriteByte(c)
		s.advance()
	}
	return b.String()
}

// skipBasicString skips "…" as basicString reads it, without keeping its content.
func (s *keyScanner) skipBasicString() {
	s.advance()
	for {
		s.skipToAny("\\\"\n")
		switch s.peek() {
		case '\\':
			s.advance()
			s.advance()
		case '"':
			s.advance()
			return
		default: // a newline or the end
			return
		}
	}
}

func (s *keyScanner) literalString() string {
	s.advance()
	start := s.i
	for !s.eof() && s.peek() != '\'' && s.peek() != '\n' {
		s.advance()
	}
	v := string(s.src[start:s.i])
	if s.peek() == '\'' {
		s.advance()
	}
	return v
}

func (s *keyScanner) multiline(delim string, escapes bool) {
	for range 3 {
		s.advance()
	}
	stops := delim[:1]
	if escapes {
		stops += `\`
	}
	for !s.eof() {
		s.skipToAny(stops)
		if s.eof() {
			return
		}
		if escapes && s.peek() == '\\' {
			s.advance()
			s.advance()
			continue
		}
		if s.hasPrefix(delim) {
			for range 3 {
				s.advance()
			}
			// Up to two extra quotes may close the string ("""a"""" is a followed by a quote).
			for k := 0; k < 2 && !s.eof() && s.peek() == delim[0]; k++ {
				s.advance()
			}
			return
		}
		s.advance()
	}
}
