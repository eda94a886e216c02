package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

// fuzzDocument puts the input everywhere a questionnaire's text can go: a Markdown text, a table cell, a list
// item, a notice, a definition and a heading.
func fuzzDocument(src string) *document.Document {
	return &document.Document{
		Kind: document.KindPIA, ID: "fuzz", Title: "Fuzz " + src, Lang: "nl", Status: model.StatusConcept,
		Versie: "1", Organisatie: src, Summary: src,
		Meta: []document.Field{{Label: src, Value: document.MD(src)}},
		Body: []document.Block{
			document.Section{Anchor: "a", Number: "1", Title: src, Blocks: []document.Block{
				document.Text{Inline: document.MD(src)},
				document.Text{Inline: document.Plain(src)},
				document.Table{Caption: src, Header: []string{"Nr.", src}, Rows: []document.Row{
					{Cells: []document.Inline{document.Plain("1"), document.MD(src)}, Tone: document.ToneFout},
					{Cells: []document.Inline{document.Plain(src)}},
				}},
				document.List{Items: []document.Inline{document.MD(src), document.Plain(src)}},
				document.Notice{Title: src, Blocks: []document.Block{document.Text{Inline: document.MD(src)}}},
				document.Definitions{Items: []document.Field{{Label: src, Value: document.MD(src)}}},
				document.RiskMatrix{Caption: src, Points: []document.RiskPoint{{ID: src, Kans: 2, Impact: 3}}},
			}},
		},
	}
}

func fuzzSeeds() []string {
	var nested strings.Builder
	for i := range 20 {
		nested.WriteString(strings.Repeat("  ", i) + "- niveau\n")
	}
	var huge strings.Builder
	huge.WriteString("| a | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n")
	for range 80 {
		huge.WriteString("| een | twee | " + strings.Repeat("lang", 30) + " | 4 | 5 | 6 | 7 | 8 |\n")
	}
	return []string{
		"",
		"|",
		"[^1]",
		"[^1]\n\n[^1]: noot",
		"***a**b*c_d__e___f~~g~~",
		"*a **b *c **d*** e** f* g",
		strings.Repeat("x", 200),
		strings.Repeat("€ë", 300),
		"https://example.org/" + strings.Repeat("pad/", 80),
		nested.String(),
		strings.Repeat("> ", 30) + "citaat",
		huge.String(),
		"| a |\n| - |\n| " + strings.Repeat("b", 500) + " |",
		"# Kop\n## Kop 2\n###### Kop 6\n\n---\n\n```\ncode\n\tmet tab\n```",
		"<script>alert(1)</script> <b>vet</b> [x](javascript:alert(1)) ![alt](x.png) <https://a.nl>",
		"\x00\x01\t\r\n\u00ad\u200b\ufeff\U0001F600 中文 \xff\xfe",
		"1. een\n2. twee\n\n   999999999. ver\n",
		"&amp; &#x27; &#0; &nbsp; \\* \\_",
		"a  \nb\\\nc",
		"[link](#a) [ander](#bestaat-niet) [rel](../x/) [mail](mailto:fg@gemeente.nl)",
	}
}

func FuzzMarkdownToPDF(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	r := New(testFonts(f), Options{})
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 20000 {
			return // questionnaire answers are far shorter; keep each run fast
		}
		var buf bytes.Buffer
		if err := r.Render(fuzzDocument(src), &buf); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatalf("%q: no PDF", src)
		}
	})
}

// TestFuzzSeedsOnPage checks that the fuzz seeds keep everything on the page and give valid PDFs.
func TestFuzzSeedsOnPage(t *testing.T) {
	for _, s := range fuzzSeeds() {
		checkOnPage(t, fuzzDocument(s))
	}
}
