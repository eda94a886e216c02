package html

import (
	"bytes"
	stdhtml "html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/jsonstr"
	"github.com/pia-nl/pia/internal/largebuf"
	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/parallel"
)

// maxExcerpt is the length in characters of a document's text in the search index at most: the whole of a work
// instruction or a privacy statement and the first half of a report, so that a small site finds the words of their
// later parts too (a work instruction's part on data breaches lies well past its opening), while the index of a
// site of some hundreds of documents, which a browser loads whole at the first search, stays a few megabytes.
// Larger sites share the budget below.
const maxExcerpt = 30_000

// A browser loads the whole index before the first search, so a site of thousands of documents gets shorter
// excerpts: the text excerpts (not the titles and summaries) together stay within indexBudget characters, but no
// excerpt gets shorter than minExcerpt (the opening of a document names what it is about).
const (
	indexBudget = 8_000_000
	minExcerpt  = 500
)

// ExcerptLen is the length in characters of each document's text in an index of n documents. A build that knows
// how many documents it has passes it to EntryFor, so that it collects no more text than the index keeps.
func ExcerptLen(n int) int {
	if n == 0 {
		return maxExcerpt
	}
	return max(minExcerpt, min(maxExcerpt, indexBudget/n))
}

// searchEntry is one document in the search index; zoeken.js reads these names.
type searchEntry struct {
	Titel        string `json:"titel"`
	Pad          string `json:"pad"` // output path, relative to the site root
	Soort        string `json:"soort"`
	Soortnaam    string `json:"soortnaam"`
	Samenvatting string `json:"samenvatting"`
	Tekst        string `json:"tekst"`
}

// SearchEntry is one document's entry in the search index. A build makes entries while it renders, on all cores,
// so that the document trees need not be kept for the index and the index at the end is mostly a matter of
// putting the entries' JSON together.
type SearchEntry struct {
	e     searchEntry
	json  []byte // the entry as the index writes it, when made by EntryFor
	runes int    // the characters of e.Tekst, when json is set
}

// EntryFor returns the search entry of a document, with at most excerpt characters of its text (see ExcerptLen);
// ok is false for documents without an HTML page.
func EntryFor(d *document.Document, excerpt int) (SearchEntry, bool) {
	if d == nil {
		return SearchEntry{}, false
	}
	p := document.Path(d.Kind, d.ID, document.FormatHTML)
	if p == "" {
		return SearchEntry{}, false
	}
	lang := d.Lang
	if lang == "" {
		lang = "nl"
	}
	e := searchEntry{
		Titel: d.Title, Pad: p, Soort: string(d.Kind), Soortnaam: lang.T("html.soort." + string(d.Kind)),
		Samenvatting: compact(d.Summary, maxExcerpt), Tekst: compact(bodyText(d.Body, 2*excerpt), excerpt),
	}
	return SearchEntry{e: e, json: appendEntry(nil, e), runes: utf8.RuneCountInString(e.Tekst)}, true
}

// SearchIndex returns the JSON of the static search: per document its title, path, kind, summary and a compact
// excerpt of its text, sorted by path so that the same documents always give the same bytes.
func SearchIndex(docs []*document.Document) ([]byte, error) {
	all := make([]SearchEntry, len(docs))
	n := ExcerptLen(len(docs))
	parallel.For(len(docs), func(i int) { all[i], _ = EntryFor(docs[i], n) })
	return IndexOf(all)
}

// IndexOf returns the JSON index of entries, sorted by path; empty entries are left out. The excerpts are cut to
// fit the index budget (excerptLen).
func IndexOf(all []SearchEntry) ([]byte, error) {
	entries := make([]SearchEntry, 0, len(all))
	for _, e := range all {
		if e.e.Pad != "" {
			entries = append(entries, e)
		}
	}
	slices.SortFunc(entries, func(a, b SearchEntry) int { return strings.Compare(a.e.Pad, b.e.Pad) })
	if n := ExcerptLen(len(entries)); n < maxExcerpt {
		for i := range entries {
			// EntryFor made each text compact and cut it to the share it was given; only a text given a larger
			// share than this index has room for is cut again.
			e := &entries[i]
			if e.json != nil && e.runes <= n {
				continue
			}
			if utf8.RuneCountInString(e.e.Tekst) > n {
				e.e.Tekst = compact(e.e.Tekst, n)
				e.json = nil
			}
		}
	}
	size := 3
	for _, e := range entries {
		if e.json != nil {
			size += len(e.json) + 1
		} else {
			size += 80 + len(e.e.Titel) + len(e.e.Pad) + len(e.e.Soort) + len(e.e.Soortnaam) + len(e.e.Samenvatting) +
				len(e.e.Tekst)
		}
	}
	b := make([]byte, 0, size+size/16)
	b = append(b, '[')
	for i, e := range entries {
		if i > 0 {
			b = append(b, ',')
		}
		if e.json != nil {
			b = append(b, e.json...)
		} else {
			b = appendEntry(b, e.e)
		}
	}
	return append(b, ']', '\n'), nil
}

// appendEntry writes an entry as encoding/json writes it, which escapes <, >, & and U+2028/2029, so that the same
// bytes are also safe inside a script; written directly, as the index of a large site is some ten megabytes.
func appendEntry(b []byte, e searchEntry) []byte {
	if b == nil {
		b = make([]byte, 0, 80+len(e.Titel)+len(e.Pad)+len(e.Soort)+len(e.Soortnaam)+len(e.Samenvatting)+
			len(e.Tekst)*9/8)
	}
	b = jsonstr.AppendHTML(append(b, `{"titel":`...), e.Titel)
	b = jsonstr.AppendHTML(append(b, `,"pad":`...), e.Pad)
	b = jsonstr.AppendHTML(append(b, `,"soort":`...), e.Soort)
	b = jsonstr.AppendHTML(append(b, `,"soortnaam":`...), e.Soortnaam)
	b = jsonstr.AppendHTML(append(b, `,"samenvatting":`...), e.Samenvatting)
	b = jsonstr.AppendHTML(append(b, `,"tekst":`...), e.Tekst)
	return append(b, '}')
}

// SearchFiles returns the search index twice, keyed by output path: as JSON (SearchIndexPath) for servers and as
// a script that sets window.piaZoekindex (SearchScriptPath) for a site opened from disk, where fetch() is blocked.
func SearchFiles(docs []*document.Document) (map[string][]byte, error) {
	idx, err := SearchIndex(docs)
	if err != nil {
		return nil, err
	}
	return searchFiles(idx), nil
}

// SearchFilesOf is SearchFiles for entries made during rendering.
func SearchFilesOf(entries []SearchEntry) (map[string][]byte, error) {
	idx, err := IndexOf(entries)
	if err != nil {
		return nil, err
	}
	return searchFiles(idx), nil
}

func searchFiles(idx []byte) map[string][]byte {
	const prefix = "window.piaZoekindex = "
	list := bytes.TrimSpace(idx)
	js := largebuf.Append(append(make([]byte, 0, len(prefix)+len(list)+2), prefix...), list)
	js = append(js, ";\n"...)
	return map[string][]byte{SearchIndexPath: idx, SearchScriptPath: js}
}

// bodyText collects the words of a body: headings, paragraphs, items, labels and cells, with white space collapsed
// as compact does, up to limit characters. For n ≥ 1, compact(bodyText(b, 2*n), n) is compact of the whole text:
// compact looks at no more than n+1 characters of collapsed text, and the rest of a long document is not read.
func bodyText(blocks []document.Block, limit int) string {
	c := textCollector{limit: limit}
	c.b.Grow(min(limit, 1<<16))
	in := func(i document.Inline) {
		if c.full() {
			return
		}
		if i.Link != nil && i.Text == "" {
			c.add(i.Link.Text)
		}
		if i.Markdown {
			c.add(markdownText(i.Text))
		} else {
			c.add(i.Text)
		}
	}
	document.Walk(blocks, func(bl document.Block, _ int) {
		switch x := bl.(type) {
		case document.Section:
			c.add(x.Number, x.Title)
		case document.Text:
			in(x.Inline)
		case document.List:
			for _, it := range x.Items {
				in(it)
			}
		case document.Definitions:
			for _, f := range x.Items {
				c.add(f.Label)
				in(f.Value)
			}
		case document.Table:
			c.add(x.Caption)
			c.add(x.Header...)
			for _, r := range x.Rows {
				for _, cell := range r.Cells {
					in(cell)
				}
			}
		case document.Notice:
			c.add(x.Title)
		case document.RiskMatrix:
			c.add(x.Caption, x.Alt)
		case document.LinkList:
			for _, l := range x.Items {
				c.add(l.Text, l.Note)
			}
		}
	})
	return c.b.String()
}

// textCollector gathers text with its white space collapsed (none at the start, one space for every run) and
// stops at limit characters.
type textCollector struct {
	b      strings.Builder
	n      int // characters in b
	limit  int
	spaced bool // a space is due before the next character
}

func (c *textCollector) full() bool { return c.n >= c.limit }

// add appends strings, each followed by a space.
func (c *textCollector) add(ss ...string) {
	for _, s := range ss {
		for i := 0; i < len(s); {
			if c.full() {
				return
			}
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
				c.spaced = c.n > 0
				i += size
				continue
			}
			if c.spaced {
				c.b.WriteByte(' ')
				c.n++
				c.spaced = false
				if c.full() {
					return
				}
			}
			if r >= utf8.RuneSelf {
				c.b.WriteRune(r)
				c.n++
				i += size
				continue
			}
			// A run of ASCII letters, digits and marks goes in at once.
			j := i + 1
			for j < len(s) && j-i < c.limit-c.n && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			c.b.WriteString(s[i:j])
			c.n += j - i
			i = j
		}
		c.spaced = c.n > 0
	}
}

// markdownText is the plain text of Markdown: the words without markup. It is taken from the HTML that rendering
// the page has made already (markdown.ToHTML keeps it), so a text is not parsed a second time for the index.
func markdownText(src string) string {
	if markdown.PlainParagraph(src) {
		return src
	}
	return htmlText(markdown.ToHTML(src, ""))
}

// htmlText is the text of HTML as goldmark writes it (attribute values have their < and > escaped): tags are
// dropped, with a space for every tag that is not inline markup, an image counts as its alt text, footnote
// numbers and back-links are left out, and character references are decoded.
func htmlText(h string) string {
	var b strings.Builder
	b.Grow(len(h))
	for len(h) > 0 {
		lt := strings.IndexByte(h, '<')
		if lt < 0 {
			b.WriteString(h)
			break
		}
		b.WriteString(h[:lt])
		gt := strings.IndexByte(h[lt:], '>')
		if gt < 0 {
			break
		}
		tag := h[lt+1 : lt+gt]
		h = h[lt+gt+1:]
		name := strings.TrimPrefix(tag, "/")
		if i := strings.IndexAny(name, " /"); i >= 0 {
			name = name[:i]
		}
		switch {
		case name == "img":
			b.WriteByte(' ')
			b.WriteString(attr(tag, "alt"))
			b.WriteByte(' ')
		case name == "a" && (strings.Contains(tag, `class="footnote-ref"`) ||
			strings.Contains(tag, `class="footnote-backref"`)):
			if end := strings.Index(h, "</a>"); end >= 0 {
				h = h[end+len("</a>"):]
			}
		case !inlineTags[name]:
			b.WriteByte(' ')
		}
	}
	return stdhtml.UnescapeString(b.String())
}

// attr is the value of the attribute name in the inside of a tag, as goldmark writes it (name="value").
func attr(tag string, name string) string {
	key := " " + name + `="`
	i := strings.Index(tag, key)
	if i < 0 {
		return ""
	}
	v := tag[i+len(key):]
	if end := strings.IndexByte(v, '"'); end >= 0 {
		return v[:end]
	}
	return ""
}

// inlineTags are the tags of goldmark's HTML that sit inside a word ("**vet**heid").
var inlineTags = map[string]bool{"a": true, "em": true, "strong": true, "code": true, "del": true, "sup": true,
	"sub": true, "span": true}

// asciiSpace are the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// compact collapses white space and cuts the text at a word boundary, marked " …", to at most n characters.
func compact(s string, n int) string {
	c := textCollector{limit: n + 1} // one character more than fits tells that the text goes on
	c.b.Grow(min(len(s), 4*n))
	c.add(s)
	out := c.b.String()
	if c.n <= n {
		return out
	}
	// The cut text and " …" together stay within n characters, so that cutting again to n changes nothing.
	out = strings.TrimSuffix(firstRunes(out, n), " ")
	if i := strings.LastIndexByte(out, ' '); i > n/2 {
		return out[:i] + " …" // the last word is at least one character: with the space that leaves room for " …"
	}
	return firstRunes(out, max(n-2, 0)) + " …"
}

// firstRunes is the first n characters of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
