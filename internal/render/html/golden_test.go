package html

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; run go test -update if the change is meant.\n%s", name,
			firstDiff(string(want), string(got)))
	}
	if strings.Contains(string(got), "[html.") {
		t.Errorf("%s: a UI text has no i18n key", name)
	}
}

// firstDiff shows the first differing line.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + a + "\ngot  " + b
		}
	}
	return ""
}

// renderBody renders blocks as the body of a PIA page.
func renderBody(t *testing.T, r *Renderer, blocks ...document.Block) []byte {
	t.Helper()
	w := getWriter(r, "verwerkingen/x/index.html", "nl")
	defer putWriter(w)
	w.blocks(blocks, 0)
	if w.err != nil {
		t.Fatal(w.err)
	}
	return bytes.Clone(w.buf.Bytes())
}

func TestGoldenBlocks(t *testing.T) {
	r := defaultTheme(t)
	pia := samplePIA()
	cases := map[string][]document.Block{
		"section": {document.Section{Anchor: "rechtsgrond", Number: "11", Title: "Rechtsgrond", Blocks: []document.Block{
			document.Section{Title: "Bijzondere persoonsgegevens", Blocks: []document.Block{
				document.Section{Title: "Diep", Blocks: []document.Block{document.Section{Title: "Dieper", Blocks: []document.Block{
					document.Section{Title: "Diepst", Blocks: []document.Block{document.Section{Title: "Nog dieper"}}}}}}},
			}},
		}}},
		"text": {
			document.Text{Inline: document.Plain("Eerste alinea.\n\nTweede alinea met <tekens> & \"aanhalingstekens\".")},
			document.Text{Inline: document.MD("Een **Markdown**-tekst met een [link](https://www.voorbeeldstad.nl).\n\n" +
				"## Kop in Markdown\n\n- een\n- twee")},
		},
		"list": {
			document.List{Items: []document.Inline{document.Plain("een"), document.MD("*twee*")}},
			document.List{Ordered: true, Items: []document.Inline{document.Plain("eerst"), document.Plain("dan")}},
		},
		"definitions": {document.Definitions{Items: []document.Field{
			{Label: "Grondslag", Value: document.Plain("AVG art. 6 lid 1 onder e")},
			{Label: "Toelichting", Value: document.MD("Eerste alinea.\n\nTweede alinea.")},
		}}},
		"table": {
			pia.Body[1].(document.Section).Blocks[1].(document.Section).Blocks[0],
			document.Table{Header: []string{"A", "B"}, Rows: []document.Row{
				{Cells: []document.Inline{document.Plain("zonder bijschrift")}, Tone: document.ToneFout},
			}},
		},
		"notice": {document.Notice{Tone: document.ToneFout, Title: "Grondslag ontbreekt", Blocks: []document.Block{
			document.Text{Inline: document.Plain("Er is geen grondslag uit artikel 6 AVG.")},
		}}, document.Notice{Blocks: []document.Block{document.Text{Inline: document.Plain("Zonder titel en toon.")}}}},
		"riskmatrix": {pia.Body[3].(document.Section).Blocks[0].(document.Section).Blocks[1],
			document.RiskMatrix{Caption: "Vol", Points: []document.RiskPoint{
				{ID: "R1", Kans: 4, Impact: 4}, {ID: "R2", Kans: 4, Impact: 4}, {ID: "R3", Kans: 4, Impact: 4},
				{ID: "R4", Kans: 4, Impact: 4}, {ID: "R10-lang", Kans: 4, Impact: 4}, {ID: "R0", Label: "Niet gescoord"},
			}}},
		"linklist": {pia.Body[4].(document.Section).Blocks[1]},
	}
	for name, blocks := range cases {
		t.Run(name, func(t *testing.T) {
			golden(t, "blocks/"+name+".golden", renderBody(t, r, blocks...))
		})
	}
}

func TestGoldenPages(t *testing.T) {
	r := defaultTheme(t)
	for _, d := range sampleDocs() {
		b, err := r.Page(d)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "pages/"+string(d.Kind)+".golden", b)
	}
	b, err := r.SearchPage()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "pages/zoeken.golden", b)
	idx, err := SearchIndex(sampleDocs())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "zoekindex.golden", idx)
}

func TestConceptBanner(t *testing.T) {
	r := defaultTheme(t)
	d := samplePIA()
	b, _ := r.Page(d)
	if !strings.Contains(string(b), `class="concept-banner"`) {
		t.Error("concept document without banner")
	}
	d.Status = model.StatusVastgesteld
	b, _ = r.Page(d)
	if strings.Contains(string(b), `class="concept-banner"`) {
		t.Error("final document with concept banner")
	}
}
