package html

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

func TestSearchIndex(t *testing.T) {
	long := strings.Repeat("woord ", 2000)
	docs := []*document.Document{
		{Kind: document.KindPIA, ID: "x", Title: "Titel </script>", Summary: "Kort",
			Body: []document.Block{
				document.Section{Number: "2", Title: "Persoonsgegevens", Blocks: []document.Block{
					document.Text{Inline: document.MD("Een **vette** [link](https://a.nl) en `code`.\nVolgende regel.")},
					document.Notice{Title: "Let op", Blocks: []document.Block{document.Text{Inline: document.Plain(long)}}},
				}},
			}},
		nil,
		{Kind: document.Kind("onbekend"), Title: "zonder pad"},
	}
	files, err := SearchFiles(docs)
	if err != nil {
		t.Fatal(err)
	}
	var entries []searchEntry
	if err := json.Unmarshal(files[SearchIndexPath], &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("want 1 entry, got %d", len(entries))
	}
	e := entries[0]
	if e.Pad != "verwerkingen/x/index.html" || e.Soortnaam != "PIA-rapport" || e.Samenvatting != "Kort" {
		t.Errorf("entry: %+v", e)
	}
	if !strings.HasPrefix(e.Tekst, "2 Persoonsgegevens Een vette link en code. Volgende regel. Let op woord") {
		t.Errorf("text: %.100s", e.Tekst)
	}
	if n := len([]rune(e.Tekst)); n > maxExcerpt+2 || !strings.HasSuffix(e.Tekst, " …") {
		t.Errorf("text of %d characters, ends %q", n, e.Tekst[len(e.Tekst)-10:])
	}
	js := string(files[SearchScriptPath])
	if !strings.HasPrefix(js, "window.piaZoekindex = [{") || !strings.HasSuffix(js, "}];\n") {
		t.Errorf("script: %.60s … %s", js, js[len(js)-10:])
	}
	if strings.Contains(js, "</script>") {
		t.Error("the index script contains </script>")
	}
}
