package markdown

import (
	"strings"
	"unicode/utf8"
)

// Goldmark's time grows with the square of some constructs that no document needs: quotes and lists opened in one
// another on one line (">>>>…", "1. 1. 1. …"), tables of thousands of columns, and lines of thousands of links
// ("[a](" over and over: each looks for the end of its address up to the end of the line). A line of 400 000 ">"
// took it 37 s. Texts are checked against these limits when they are loaded, before anything parses them.
const (
	// MaxNesting is the largest number of quotes and lists a line may open in one another.
	MaxNesting = 32
	// MaxColumns is the largest number of columns of a table.
	MaxColumns = 64
	// MaxLinks is the largest number of links ("](") on one line.
	MaxLinks = 256
	// MaxCells is the largest number of cells of one table (columns times rows). A PDF lays out every cell of a
	// table before it breaks it over pages: 640 000 cells took 2.6 GB.
	MaxCells = 20_000
)

// Excess is where a text goes past a limit: its line and column (from 1, in characters), what (KindNesting,
// KindColumns, KindLinks or KindCells) and how many.
type Excess struct {
	Line, Col int
	Kind      string
	N         int
}

// The kinds of Excess.
const (
	KindNesting = "nesting"
	KindColumns = "columns"
	KindLinks   = "links"
	KindCells   = "cells"
)

// Excessive reports the first line of src that opens more than MaxNesting quotes and lists, that is the delimiter
// row of a table of more than MaxColumns columns, that has more than MaxLinks links, or that is the row of a table
// past MaxCells cells. It looks at the start of lines, the bytes of delimiter rows and, with strings.Count, at "](",
// so it is cheap for any text.
func Excessive(src string) (Excess, bool) {
	line := 0
	fence := ""           // the fence of the code block the line is in: goldmark parses nothing inside
	columns, rows := 0, 0 // of the table the line is in, if any
	for rest := src; len(rest) > 0; {
		line++
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		l = strings.TrimSuffix(l, "\r")
		if f, info := codeFence(l); fence == "" && f != "" {
			fence = f
			continue
		} else if fence != "" {
			// A fence closes with at least as many of the same characters, and nothing after them.
			if f != "" && f[0] == fence[0] && len(f) >= len(fence) && strings.TrimSpace(info) == "" {
				fence = ""
			}
			continue
		}
		switch {
		case columns > 0 && strings.TrimSpace(l) == "":
			columns = 0 // a blank line ends a table
		case columns > 0:
			if rows++; columns*rows > MaxCells {
				return Excess{Line: line, Col: 1, Kind: KindCells, N: columns * rows}, true
			}
		case strings.IndexByte(l, '|') >= 0:
			columns, rows = delimiterColumns(l), 0
		}
		if len(l) <= MaxNesting {
			continue // a container, a column or a link takes at least one byte
		}
		if n, col := nesting(l); n > MaxNesting && !thematicBreak(l) {
			return Excess{Line: line, Col: col, Kind: KindNesting, N: n}, true
		}
		if n := delimiterColumns(l); n > MaxColumns {
			return Excess{Line: line, Col: 1, Kind: KindColumns, N: n}, true
		}
		if n := strings.Count(l, "]("); n > MaxLinks {
			at := 0
			for range MaxLinks + 1 {
				at += strings.Index(l[at:], "](") + 2
			}
			return Excess{Line: line, Col: utf8.RuneCountInString(l[:at-2]) + 1, Kind: KindLinks, N: n}, true
		}
	}
	return Excess{}, false
}

// codeFence returns the fence that l opens or closes a fenced code block with ("```", "~~~~"), and what follows it
// on the line; "" when l is no fence: three or more backticks or tildes after at most three spaces.
func codeFence(l string) (fence, info string) {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return "", ""
	}
	n := len(t) - len(strings.TrimLeft(t, t[:1]))
	if n < 3 {
		return "", ""
	}
	return t[:n], t[n:]
}

// nesting counts the block quote markers and list items that l opens one inside the other, and gives the column
// of the one that goes past MaxNesting. It follows CommonMark loosely: each marker is ">" with an optional space,
// or a bullet "-", "+", "*" or an ordinal of up to nine digits with "." or ")", followed by a space or a tab, after
// any spaces and tabs.
func nesting(l string) (n, col int) {
	for i := 0; ; {
		at, next, ok := marker(l, i)
		if !ok {
			return n, col
		}
		n++
		if n == MaxNesting+1 {
			col = at + 1
		}
		i = next
	}
}

// thematicBreak reports whether l is a line of one of "-", "*" or "_" with spaces between, which CommonMark takes
// for a horizontal rule before it takes "- - -" for lists.
func thematicBreak(l string) bool {
	t := strings.TrimLeft(l, " \t")
	if t == "" || (t[0] != '-' && t[0] != '*' && t[0] != '_') {
		return false
	}
	return strings.Trim(t, string(t[0])+" \t") == ""
}

// marker reads one container marker in l from i on: where it starts and where what follows it starts.
func marker(l string, i int) (at, next int, ok bool) {
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i == len(l) {
		return 0, 0, false
	}
	at = i
	switch c := l[i]; {
	case c == '>':
		i++
		if i < len(l) && l[i] == ' ' {
			i++
		}
		return at, i, true
	case c == '-' || c == '+' || c == '*':
		i++
	case c >= '0' && c <= '9':
		for i < len(l) && i-at < 9 && l[i] >= '0' && l[i] <= '9' {
			i++
		}
		if i == len(l) || (l[i] != '.' && l[i] != ')') {
			return 0, 0, false
		}
		i++
	default:
		return 0, 0, false
	}
	if i == len(l) || (l[i] != ' ' && l[i] != '\t') {
		return 0, 0, false
	}
	return at, i + 1, true
}

// delimiterColumns returns the number of columns of l when it is the delimiter row of a table ("|---|:--:|"),
// and 0 otherwise.
func delimiterColumns(l string) int {
	pipes, dashes := 0, 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '|':
			pipes++
		case '-':
			dashes++
		case ':', ' ', '\t':
		default:
			return 0
		}
	}
	if pipes == 0 || dashes == 0 {
		return 0
	}
	t := strings.TrimSpace(l)
	cols := pipes + 1
	if strings.HasPrefix(t, "|") {
		cols--
	}
	if strings.HasSuffix(t, "|") && len(t) > 1 {
		cols--
	}
	return cols
}
