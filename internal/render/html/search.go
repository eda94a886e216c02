package html

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/parallel"
)

// maxExcerpt is the length in characters of a document's text in the search index: enough to find a document by
// the words it is about, small enough to keep the index light for a site of a hundred documents.
const maxExcerpt = 4000

// searchEntry is one document in the search index; zoeken.js reads these names.
type searchEntry struct {
	Titel        string `json:"titel"`
	Pad          string `json:"pad"` // output path, relative to the site root
	Soort        string `json:"soort"`
	Soortnaam    string `json:"soortnaam"`
	Samenvatting string `json:"samenvatting"`
	Tekst        string `json:"tekst"`
}

// SearchEntry is one document's entry in the search index. A build makes entries while it renders, so that the
// document trees need not be kept for the index.
type SearchEntry struct{ e searchEntry }

// EntryFor returns the search entry of a document; ok is false for documents without an HTML page.
func EntryFor(d *document.Document) (SearchEntry, bool) {
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
	return SearchEntry{searchEntry{
		Titel: d.Title, Pad: p, Soort: string(d.Kind), Soortnaam: lang.T("html.soort." + string(d.Kind)),
		Samenvatting: compact(d.Summary, maxExcerpt), Tekst: compact(bodyText(d.Body, 2*maxExcerpt), maxExcerpt),
	}}, true
}

// SearchIndex returns the JSON of the static search: per document its title, path, kind, summary and a compact
// excerpt of its text, sorted by path so that the same documents always give the same bytes.
func SearchIndex(docs []*document.Document) ([]byte, error) {
	all := make([]SearchEntry, len(docs))
	parallel.For(len(docs), func(i int) { all[i], _ = EntryFor(docs[i]) })
	return IndexOf(all)
}

// IndexOf returns the JSON index of entries, sorted by path; empty entries are left out.
func IndexOf(all []SearchEntry) ([]byte, error) {
	entries := make([]searchEntry, 0, len(all))
	for _, e := range all {
		if e.e.Pad != "" {
			entries = append(entries, e.e)
		}
	}
	slices.SortFunc(entries, func(a, b searchEntry) int { return strings.Compare(a.Pad, b.Pad) })
	// encoding/json escapes <, >, & and U+2028/2029, so the same bytes are also safe inside a script.
	b, err := json.Marshal(entries)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
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
	js := append([]byte("window.piaZoekindex = "), bytes.TrimSpace(idx)...)
	js = append(js, ";\n"...)
	return map[string][]byte{SearchIndexPath: idx, SearchScriptPath: js}
}

// bodyText collects the words of a body: headings, paragraphs, items, labels and cells, up to about limit bytes
// (the excerpt is cut anyway, so the rest of a long document is not parsed).
func bodyText(blocks []document.Block, limit int) string {
	var b strings.Builder
	add := func(ss ...string) {
		for _, s := range ss {
			if b.Len() >= limit {
				return
			}
			b.WriteString(s)
			b.WriteByte(' ')
		}
	}
	in := func(i document.Inline) {
		if b.Len() >= limit {
			return
		}
		if i.Link != nil && i.Text == "" {
			add(i.Link.Text)
		}
		if i.Markdown {
			add(markdownText(i.Text))
		} else {
			add(i.Text)
		}
	}
	document.Walk(blocks, func(bl document.Block, _ int) {
		switch x := bl.(type) {
		case document.Section:
			add(x.Number, x.Title)
		case document.Text:
			in(x.Inline)
		case document.List:
			for _, it := range x.Items {
				in(it)
			}
		case document.Definitions:
			for _, f := range x.Items {
				add(f.Label)
				in(f.Value)
			}
		case document.Table:
			add(x.Caption)
			add(x.Header...)
			for _, r := range x.Rows {
				for _, c := range r.Cells {
					in(c)
				}
			}
		case document.Notice:
			add(x.Title)
		case document.RiskMatrix:
			add(x.Caption, x.Alt)
		case document.LinkList:
			for _, l := range x.Items {
				add(l.Text, l.Note)
			}
		}
	})
	return b.String()
}

// markdownText is the plain text of Markdown: the words without markup.
func markdownText(src string) string {
	if markdown.PlainParagraph(src) {
		return src
	}
	var b strings.Builder
	source := []byte(src)
	_ = ast.Walk(markdown.Parse(src, ""), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch x := n.(type) {
		case *ast.Text:
			if entering {
				b.Write(x.Segment.Value(source))
				if x.SoftLineBreak() || x.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(x.Value)
			}
		default:
			if !entering && n.Type() == ast.TypeBlock {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// compact collapses white space and cuts the text at a word boundary after at most n characters.
func compact(s string, n int) string {
	var b strings.Builder
	b.Grow(min(len(s), 4*n))
	runes, space, truncated := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		need := 1
		if space {
			need = 2
		}
		if runes+need > n {
			truncated = true
			break
		}
		if space {
			b.WriteByte(' ')
			runes++
			space = false
		}
		b.WriteRune(r)
		runes++
	}
	out := b.String()
	if !truncated {
		return out
	}
	if i := strings.LastIndexByte(out, ' '); i > n/2 {
		out = out[:i]
	}
	return out + " …"
}
