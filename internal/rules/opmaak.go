package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/model"
)

// checkHTML: the text s at path holds an HTML tag. The documents take no HTML over: in a Markdown text goldmark
// leaves the tag out (with whatever it was meant to do), in a plain text it shows as written. Either way the citizen
// or the professional reads something else than the writer meant. checkOnzeker calls it in its walk over the texts.
func (c *checker) checkHTML(path, s string) {
	if !strings.Contains(s, "<") {
		return
	}
	if at, tag := markdown.RawHTML(s); at >= 0 {
		c.add(codeHTMLInTekst, path, "tekst", tag, c.howToOverride(path, "rules.overschrijven.zonder-html"))
	}
}

// pageHTML reports the first HTML tag of a Markdown page under content/, at its line and column.
func pageHTML(p *model.Page) (pos model.Pos, tag string, ok bool) {
	at, tag := markdown.RawHTML(p.Body)
	if at < 0 {
		return model.Pos{}, "", false
	}
	before := p.Body[:at]
	line := p.BodyLine + strings.Count(before, "\n")
	col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return model.Pos{File: p.File, Line: line, Col: col}, tag, true
}
