package markdown

import (
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// dutchQuotes reads single quotes around Dutch words that begin with t, e, n or l, such as 'toestemming' or
// 'nooit'. goldmark's typographer takes a quote before those letters for an English elision ('twas, 'em, 'net) and
// prints a closing quote there. Here such a quote opens, unless it is a Dutch elision itself: 't (het) or 'n (een)
// followed by a space or punctuation. The quote that closes it is printed here too; every other quote is left to
// the typographer, which runs after this parser.
type dutchQuotes struct {
	open, close []byte
}

var openQuotesKey = parser.NewContextKey()

func (q *dutchQuotes) Trigger() []byte { return []byte{'\''} }

func (q *dutchQuotes) Parse(_ ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if len(line) == 0 || line[0] != '\'' {
		return nil
	}
	before := block.PrecendingCharacter()
	next := ' ' // the end of the text closes a quote like a space
	if len(line) > 1 {
		next, _ = utf8.DecodeRune(line[1:])
	}
	open, _ := pc.Get(openQuotesKey).(int)
	switch {
	case len(line) > 1 && (unicode.IsSpace(before) || unicode.IsPunct(before)) && isElisionLetter(line[1]) &&
		!isDutchElision(line):
		pc.Set(openQuotesKey, open+1)
		return q.quote(block, q.open)
	case open > 0 && !unicode.IsSpace(before) && (unicode.IsSpace(next) || unicode.IsPunct(next)):
		pc.Set(openQuotesKey, open-1)
		return q.quote(block, q.close)
	}
	return nil
}

func (q *dutchQuotes) quote(block text.Reader, s []byte) ast.Node {
	node := ast.NewString(s)
	node.SetCode(true)
	block.Advance(1)
	return node
}

// isElisionLetter reports whether goldmark's typographer reads a quote before c as an English elision.
func isElisionLetter(c byte) bool { return c == 't' || c == 'e' || c == 'n' || c == 'l' }

// isDutchElision reports whether line starts with 't or 'n as a word of its own ("'t is", "zo'n", "'n keer").
func isDutchElision(line []byte) bool {
	if line[1] != 't' && line[1] != 'n' {
		return false
	}
	if len(line) == 2 {
		return true
	}
	r, _ := utf8.DecodeRune(line[2:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}
