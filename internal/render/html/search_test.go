package html

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/document"
)

func TestSearchIndex(t *testing.T) {
	long := strings.Repeat("woord ", maxExcerpt/5)
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

func TestMarkdownText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Een gewone zin.", "Een gewone zin."},
		{"**vet**heid en *schuin*", "vetheid en schuin"},
		{"Zie [de regeling](https://example.nl/a?b=1&c=2 \"titel > x\") en `code`.", "Zie de regeling en code."},
		{"# Kop\n\nAlinea een.\n\n- punt een\n- punt twee", "Kop Alinea een. punt een punt twee"},
		{"Tom & Jerry <script>x</script> \"aanhalingen\"", "Tom & Jerry x „aanhalingen”"},
		{"| a | b |\n|---|---|\n| cel1 | cel2 |", "a b cel1 cel2"},
		{"regel een\nregel twee", "regel een regel twee"},
		{"Zie ![Stroomschema \"van\" de gegevens](schema.png) hier.", "Zie Stroomschema „van” de gegevens hier."},
		{"Zie de AVG[^1] voor meer.\n\n[^1]: Verordening 2016/679.", "Zie de AVG voor meer. Verordening 2016/679."},
	} {
		if got := compact(markdownText(c.in), 1000); got != c.want {
			t.Errorf("markdownText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLargeIndexStaysLight: thousands of documents share the index budget, thirty keep their full excerpt.
func TestLargeIndexStaysLight(t *testing.T) {
	long := strings.Repeat("woord ", 20000)
	for _, c := range []struct{ docs, want int }{{30, maxExcerpt}, {300, indexBudget / 300}, {4000, 2000},
		{20000, minExcerpt}} {
		entries := make([]SearchEntry, c.docs)
		for i := range entries {
			text := compact(long, min(maxExcerpt, 2*c.want))
			if c.want == maxExcerpt {
				text = compact(strings.Repeat("woord ", maxExcerpt/5), maxExcerpt)
			}
			entries[i] = SearchEntry{e: searchEntry{Titel: "t", Pad: fmt.Sprintf("v/%05d/index.html", i), Tekst: text}}
		}
		b, err := IndexOf(entries)
		if err != nil {
			t.Fatal(err)
		}
		var got []searchEntry
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		n := utf8.RuneCountInString(got[0].Tekst)
		if n > c.want || n < c.want-10 {
			t.Errorf("%d documents: excerpt of %d characters, want about %d", c.docs, n, c.want)
		}
	}
}

// TestEntryForTakesTheExcerptLength: a build that knows its index keeps 500 characters per document collects no
// more than that, and the index of that many documents keeps the same text.
func TestEntryForTakesTheExcerptLength(t *testing.T) {
	d := &document.Document{Kind: document.KindPIA, ID: "x", Title: "t", Body: []document.Block{
		document.Text{Inline: document.Plain(strings.Repeat("woord ", 3000))}}}
	n := ExcerptLen(16000)
	e, ok := EntryFor(d, n)
	if !ok {
		t.Fatal("no entry")
	}
	if got := utf8.RuneCountInString(e.e.Tekst); got > n || got < n-10 {
		t.Errorf("excerpt of %d characters, want about %d", got, n)
	}
	full, _ := EntryFor(d, maxExcerpt)
	if got := compact(full.e.Tekst, n); got != e.e.Tekst {
		t.Errorf("short excerpt %q differs from the long one cut to size %q", e.e.Tekst, got)
	}
}

// TestCompactTwiceIsOnce: a cut text fits its length, so cutting it again to the same length changes nothing; also
// for text without a space to cut at.
func TestCompactTwiceIsOnce(t *testing.T) {
	for _, s := range []string{strings.Repeat("woord ", 300), strings.Repeat("x", 3000), "kort",
		strings.Repeat("ë", 20) + " " + strings.Repeat("ij", 900), "a  b\n\tc"} {
		for _, n := range []int{3, 10, 500, 666} {
			once := compact(s, n)
			if got := utf8.RuneCountInString(once); got > n && len(s) > n {
				t.Errorf("compact(%.10q…, %d) has %d characters", s, n, got)
			}
			if twice := compact(once, n); twice != once {
				t.Errorf("compact(%.10q…, %d) twice:\n %q\n %q", s, n, once, twice)
			}
		}
	}
}

// FuzzBodyTextPrefix: the text bodyText collects is the words of the blocks in order, one space between them, and
// what it collects up to 2n characters, cut to n, is the whole text cut to n; it stops at its limit. The fuzzer's
// text is spread over blocks of every kind that has text, with its own white space.
func FuzzBodyTextPrefix(f *testing.F) {
	f.Add(strings.Repeat("woord  \n ", 400), 20)
	f.Add("kop\x00  tekst met **vet** en een [link](https://example.org)\x00\t\tcel\x00ë ij €\x00x\x00y\x00z", 5)
	f.Add(" \u00a0\u2003 a", 2)
	f.Fuzz(func(t *testing.T, text string, n int) {
		n = 2 + int(uint(n)%600)
		var blocks []document.Block
		var words []string // what each block contributes, in order
		for i, p := range strings.Split(text, "\x00") {
			switch i % 7 {
			case 0:
				blocks = append(blocks, document.Section{Title: p})
				words = append(words, "", p)
			case 1:
				blocks = append(blocks, document.Text{Inline: document.MD(p)})
				words = append(words, markdownText(p))
			case 2:
				blocks = append(blocks, document.Table{Caption: p, Header: []string{p},
					Rows: []document.Row{{Cells: []document.Inline{document.Plain(p)}}}})
				words = append(words, p, p, p)
			case 3:
				blocks = append(blocks, document.List{Items: []document.Inline{document.Plain(p), document.MD(p)}})
				words = append(words, p, markdownText(p))
			case 4:
				blocks = append(blocks, document.Definitions{Items: []document.Field{{Label: p, Value: document.Plain(p)}}})
				words = append(words, p, p)
			case 5:
				blocks = append(blocks, document.Notice{Title: p, Blocks: []document.Block{document.Text{Inline: document.Plain(p)}}})
				words = append(words, p, p)
			default:
				blocks = append(blocks, document.LinkList{Items: []document.Link{{Text: p, Note: p}}},
					document.Text{Inline: document.Inline{Link: &document.Link{Text: p}}})
				words = append(words, p, p, p)
			}
		}
		whole := bodyText(blocks, 1<<30)
		if want := compact(strings.Join(words, " "), 1<<30); whole != want {
			t.Fatalf("bodyText collected %q, want the words %q", whole, want)
		}
		part := bodyText(blocks, 2*n)
		if got := utf8.RuneCountInString(part); got > 2*n {
			t.Fatalf("bodyText(…, %d) collected %d characters", 2*n, got)
		}
		if got, want := compact(part, n), compact(whole, n); got != want {
			t.Errorf("n=%d: from the first %d characters %q, from all %q", n, 2*n, got, want)
		}
	})
}

// TestIndexOfEntriesFromRendering: entries made by EntryFor bring their JSON along; the index made of them is
// the index made of the same entries written out at the end, whether the index keeps their excerpts or cuts them
// shorter, and for text that needs escaping.
func TestIndexOfEntriesFromRendering(t *testing.T) {
	text := strings.Repeat("Cliënt </script> & „woord” \u2028 ", 400)
	for _, c := range []struct{ docs, excerpt int }{{3, maxExcerpt}, {3000, ExcerptLen(3000)}, {3000, maxExcerpt},
		{20000, ExcerptLen(9000)}} {
		made := make([]SearchEntry, c.docs)
		bare := make([]SearchEntry, c.docs)
		for i := range made {
			d := &document.Document{Kind: document.KindPIA, ID: fmt.Sprintf("v%05d", c.docs-i), Title: "Titel <" + strconv.Itoa(i),
				Summary: "Samen & vatting", Body: []document.Block{document.Text{Inline: document.Plain(text[i%7:])}}}
			e, ok := EntryFor(d, c.excerpt)
			if !ok || e.json == nil {
				t.Fatal("EntryFor made no JSON")
			}
			made[i], bare[i] = e, SearchEntry{e: e.e}
		}
		got, err := IndexOf(made)
		if err != nil {
			t.Fatal(err)
		}
		want, err := IndexOf(bare)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%d documents, excerpt %d: the index of rendered entries differs from writing them at the end",
				c.docs, c.excerpt)
		}
		var back []searchEntry
		if err := json.Unmarshal(got, &back); err != nil || len(back) != c.docs {
			t.Fatalf("%d documents: %d entries read back, %v", c.docs, len(back), err)
		}
	}
}

// TestIndexIsEncodingJSON: the index is written byte for byte as json.Marshal writes its entries, empty or not.
func TestIndexIsEncodingJSON(t *testing.T) {
	for _, entries := range [][]searchEntry{
		{},
		{{Titel: "Eerste", Pad: "privacy/wmo/index.html"},
			{Titel: "Wmo </script> & <b>", Pad: "verwerkingen/wmo/index.html", Soort: "pia", Soortnaam: "PIA-rapport",
				Samenvatting: "Cliënt's \"gegevens\"\n\t\u2028", Tekst: "tekst \x01 \xff é"}}, // in the order of their paths
	} {
		var all []SearchEntry
		for _, e := range entries {
			all = append(all, SearchEntry{e: e})
		}
		got, err := IndexOf(all)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(entries)
		if err != nil {
			t.Fatal(err)
		}
		if want = append(want, '\n'); string(got) != string(want) {
			t.Errorf("index:\n%s\nencoding/json:\n%s", got, want)
		}
	}
}

// addByRune is textCollector.add as first written, a character at a time: the oracle of FuzzTextCollector.
func addByRune(c *textCollector, ss ...string) {
	for _, s := range ss {
		for _, r := range s {
			if c.full() {
				return
			}
			if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
				c.spaced = c.n > 0
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
			c.b.WriteRune(r)
			c.n++
		}
		c.spaced = c.n > 0
	}
}

func FuzzTextCollector(f *testing.F) {
	f.Add("Een  tekst\tmet\nwitruimte ", "en nog één", 12)
	f.Add("\xff\xfe ongeldig\u00a0utf-8\u2003", "", 5)
	f.Add("", "  ", 0)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		limit = limit%200 + 1
		if limit < 0 {
			limit = -limit
		}
		got, want := textCollector{limit: limit}, textCollector{limit: limit}
		got.add(a, b)
		got.add(b)
		addByRune(&want, a, b)
		addByRune(&want, b)
		if got.b.String() != want.b.String() || got.n != want.n || got.spaced != want.spaced {
			t.Errorf("add(%q, %q) limit %d: %q (%d), want %q (%d)", a, b, limit, got.b.String(), got.n, want.b.String(), want.n)
		}
	})
}
