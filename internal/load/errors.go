package load

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

// Error is one load error: where, what, and how to fix it.
type Error struct {
	Pos model.Pos
	Msg string // what is wrong, in the site's language
	// Excerpt is the offending source line with a caret under the column, when known.
	Excerpt string
}

func (e *Error) Error() string {
	if e.Pos.File == "" {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}

// Errors is every load error found, sorted by file, line and column. Loading reports all errors of all files at
// once, so a user fixes them in one round.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// sort orders the errors and drops exact repeats (one broken template reached from several files).
func (es *Errors) sort() {
	es.sortOnly()
	out := (*es)[:0]
	for i, e := range *es {
		if i > 0 && e.Pos == (*es)[i-1].Pos && e.Msg == (*es)[i-1].Msg {
			continue
		}
		out = append(out, e)
	}
	*es = out
}

func (es Errors) sortOnly() {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i].Pos, es[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return es[i].Msg < es[j].Msg
	})
}

// AsErrors returns the load errors in err, or nil when err holds none.
func AsErrors(err error) Errors {
	var es Errors
	if errors.As(err, &es) {
		return es
	}
	var e *Error
	if errors.As(err, &e) {
		return Errors{e}
	}
	return nil
}

// collector gathers errors with messages in the site's language.
type collector struct {
	lang i18n.Lang
	errs Errors
}

// add records the message key with its arguments at pos.
func (c *collector) add(pos model.Pos, key string, args ...any) {
	c.errs = append(c.errs, &Error{Pos: pos, Msg: c.lang.T(key, args...)})
}

// excerptHalf is how many characters of a long line an excerpt shows on either side of the column.
const excerptHalf = 60

// excerpt returns line n of src with a caret under column col.
func excerpt(src []byte, line, col int) string {
	if line < 1 {
		return ""
	}
	lines := strings.Split(string(src), "\n")
	if line > len(lines) {
		return ""
	}
	l := Visible(strings.TrimRight(lines[line-1], "\r"))
	if col < 1 {
		return l
	}
	// A long line is shown around the column, so that the message stays readable.
	if rs := []rune(l); len(rs) > 2*excerptHalf {
		from, to := min(max(0, col-1-excerptHalf), len(rs)), min(len(rs), max(col-1+excerptHalf, 0))
		l = string(rs[from:to])
		if to < len(rs) {
			l += "…"
		}
		if from > 0 {
			l, col = "…"+l, col-from+1
		}
	}
	pad := make([]rune, 0, col)
	for i, r := range []rune(l) {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			pad = append(pad, '\t')
		} else {
			pad = append(pad, ' ')
		}
	}
	return l + "\n" + string(pad) + "^"
}

// Visible returns line with each control character other than a tab shown as its symbol (␀ for NUL, ␁ for 0x01,
// ␡ for DEL) and each byte that is not UTF-8 as �, as editors show it: one character for one, so that the caret
// under the line stays under the column.
func Visible(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r < 0x20 && r != '\t':
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune(0x2421)
		default:
			b.WriteString(line[i : i+n])
		}
		i += n
	}
	return b.String()
}
