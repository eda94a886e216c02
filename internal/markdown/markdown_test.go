package markdown

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestToHTML(t *testing.T) {
	cases := []struct{ name, in, want, notWant string }{
		{"raw html is not rendered", "Hallo <script>alert(1)</script> wereld", "Hallo", "<script>"},
		{"javascript link dropped", "[klik](javascript:alert(1))", "<p>klik</p>", "javascript"},
		{"obfuscated javascript link dropped", "[klik](JaVa\tScRiPt:alert(1))", "klik", "href"},
		{"data link dropped", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>", "data:"},
		{"autolink kept", "Zie <https://www.voorbeeldstad.nl> en <fg@voorbeeldstad.nl>.", `href="https://www.voorbeeldstad.nl"`, ""},
		{"https link kept", "[AP](https://autoriteitpersoonsgegevens.nl)", `<a href="https://autoriteitpersoonsgegevens.nl">AP</a>`, ""},
		{"relative link kept", "[contact](../contact/)", `href="../contact/"`, ""},
		{"dutch quotes", `Hij zei "hallo" en 'dag'`, "„hallo”", ""},
		{"single quotes around a word with t", "om 'toestemming voor het verwerken' te vragen", "‘toestemming voor het verwerken’", ""},
		{"single quotes around n, e and l", "'nooit', 'eigen' of 'liever niet'", "‘nooit’, ‘eigen’ of ‘liever niet’", ""},
		{"single quotes before other letters", "zeg 'ik geef toestemming'.", "‘ik geef toestemming’.", ""},
		{"dutch elisions stay apostrophes", "'t is zo'n dag, 'n keer in 't jaar, 's avonds", "’t is zo’n dag, ’n keer in ’t jaar, ’s avonds", ""},
		{"quote closes at the end", "Kies 'nee'", "<p>Kies ‘nee’</p>", ""},
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |\n", "<table>", ""},
		{"footnote", "Tekst[^1]\n\n[^1]: Voetnoot\n", `class="footnotes"`, ""},
		{"unicode heading id", "## Cliëntgegevens", `id="p-cliëntgegevens"`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := string(ToHTML(c.in, "p-"))
			if !strings.Contains(got, c.want) {
				t.Errorf("want %q in\n%s", c.want, got)
			}
			if c.notWant != "" && strings.Contains(got, c.notWant) {
				t.Errorf("must not contain %q:\n%s", c.notWant, got)
			}
		})
	}
}

func TestUniqueHeadingIDs(t *testing.T) {
	got := string(ToHTML("# Doel\n\n# Doel\n", ""))
	if !strings.Contains(got, `id="doel"`) || !strings.Contains(got, `id="doel-1"`) {
		t.Errorf("ids not unique: %s", got)
	}
}

func FuzzToHTML(f *testing.F) {
	for _, s := range []string{"# x", "[a](javascript:b)", "| a |\n|--|\n| <b> |", "* a\n  * b\n    * c", "[^x]\n\n[^x]: y",
		"![a](//x/y.png)", "![a](b.png) ![c](HTTPS://d/e)"} {
		f.Add(s)
	}
	imgSrc := regexp.MustCompile(`<img src="([^"]*)"`)
	f.Fuzz(func(t *testing.T, s string) {
		out := strings.ToLower(string(ToHTML(s, "")))
		if strings.Contains(out, "<script") || strings.Contains(out, `href="javascript:`) {
			t.Fatalf("unsafe output for %q: %s", s, out)
		}
		for _, m := range imgSrc.FindAllStringSubmatch(out, -1) {
			if src := html.UnescapeString(m[1]); !LocalURL(src) {
				t.Fatalf("image from another host for %q: %s", s, out)
			}
		}
	})
}

// goldmarkHTML renders with goldmark directly, bypassing the plain-text shortcut.
func goldmarkHTML(src string) string {
	var buf strings.Builder
	source := []byte(src)
	if err := Markdown().Renderer().Render(&buf, source, Parse(src, "")); err != nil {
		return ""
	}
	return buf.String()
}

func TestPlainParagraphShortcutMatchesGoldmark(t *testing.T) {
	plain := []string{"Naam en adres", "Om te weten wie het is, en waarom (kort).", "Gezondheid: alleen bij hulpvraag",
		"Cliëntgegevens ophalen uit de BRP", "Kosten: 15% van € 300", "Vanaf 1 januari 2026", "Wie/wat/waar?",
		"Zij zei „nee” – daarna… niets", "Artikel 5.1.1 Wmo 2015"}
	for _, s := range plain {
		if !PlainParagraph(s) {
			t.Errorf("%q should take the shortcut", s)
		}
		if got, want := string(ToHTML(s, "")), goldmarkHTML(s); got != want {
			t.Errorf("%q: shortcut %q, goldmark %q", s, got, want)
		}
	}
	for _, s := range []string{"1. lijst", "**vet**", "a  b", "Zie <x>", "Hij zei \"ja\"", "a -- b", "wacht...",
		"# kop", " spatie", "regel\nregel", "A & B", "don't"} {
		if PlainParagraph(s) {
			t.Errorf("%q must not take the shortcut", s)
		}
	}
}

func FuzzPlainParagraph(f *testing.F) {
	for _, s := range []string{"Naam en adres", "a.b", "Vanaf 1 januari", "x: y", "é€"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if PlainParagraph(s) {
			if got, want := string(ToHTML(s, "")), goldmarkHTML(s); got != want {
				t.Fatalf("%q: shortcut %q, goldmark %q", s, got, want)
			}
		}
	})
}

// TestConvertIDs: Convert gives the ids of the HTML it makes, and the prefix reaches heading and footnote ids alike,
// with the footnotes' links.
func TestConvertIDs(t *testing.T) {
	src := "# Doel\n\nTekst[^1].\n\n## Wie \"wij\" zijn\n\n[^1]: Een noot.\n"
	for _, prefix := range []string{"", "t2-"} {
		h := Convert(src, prefix)
		want := []string{prefix + "doel", prefix + "fnref:1", prefix + "wie-wij-zijn", prefix + "fn:1"}
		if !slices.Equal(h.IDs, want) {
			t.Errorf("prefix %q: ids %q, want %q", prefix, h.IDs, want)
		}
		for _, href := range []string{`href="#` + prefix + `fn:1"`, `href="#` + prefix + `fnref:1"`} {
			if !strings.Contains(h.Text, href) {
				t.Errorf("prefix %q: no %s in\n%s", prefix, href, h.Text)
			}
		}
		if h.Text != ToHTML(src, prefix) {
			t.Errorf("prefix %q: Convert and ToHTML differ", prefix)
		}
	}
	if h := Convert("Geen koppen, geen noten.", ""); h.IDs != nil {
		t.Errorf("ids %q in a text without any", h.IDs)
	}
}

// TestCacheStaysBounded: the conversion cache holds about two generations of its limit, keeps a text that is
// still used, and gives the same HTML as a fresh conversion.
func TestCacheStaysBounded(t *testing.T) {
	c := newGenCache(10_000)
	size := func() (n int) {
		g := c.gens.Load()
		for _, m := range []*sync.Map{g.cur, g.old} {
			m.Range(func(k, v any) bool { n += len(k.(cacheKey).src) + len(v.(HTML).Text); return true })
		}
		return n
	}
	hot := cacheKey{src: "**vaak** gebruikt"}
	c.put(hot, HTML{Text: toHTML(hot.src, "")})
	for i := range 5000 {
		k := cacheKey{src: fmt.Sprintf("tekst *%d*", i)}
		c.put(k, HTML{Text: toHTML(k.src, "")})
		if _, ok := c.get(hot); !ok {
			t.Fatalf("a text in use was dropped after %d others", i)
		}
		if n := size(); int64(n) > 2*c.limit+1000 {
			t.Fatalf("cache holds %d bytes, limit %d", n, c.limit)
		}
	}
	if _, ok := c.get(cacheKey{src: "tekst *0*"}); ok {
		t.Error("an old text that is no longer used is still cached")
	}
	if h, _ := c.get(hot); h.Text != "<p><strong>vaak</strong> gebruikt</p>\n" {
		t.Errorf("cached HTML %q", h)
	}
}

// TestImagesFromOtherHostsBecomeLinks checks that no page loads an image from another host: such an image becomes
// a link to it, with its alt text, while an image of the site itself stays.
func TestImagesFromOtherHostsBecomeLinks(t *testing.T) {
	cases := []struct{ src, want string }{
		{"![Logo](https://tracker.example/p.png)", `<p><a href="https://tracker.example/p.png">Logo</a></p>`},
		{"![Logo](//tracker.example/p.png \"Titel\")", `<p><a href="//tracker.example/p.png" title="Titel">Logo</a></p>`},
		{"![Logo](\\\\tracker.example/p.png)", `<a href=`},
		{"![Schema](../static/schema.png)", `<p><img src="../static/schema.png" alt="Schema"></p>`},
		{"![x](javascript:alert(1))", `<p>x</p>`},
		{"[![logo](https://tracker.example/l.png)](https://gemeente.example)", `<p><a href="https://gemeente.example">logo</a></p>`},
	}
	for _, c := range cases {
		got := ToHTML(c.src, "")
		if !strings.Contains(got, c.want) {
			t.Errorf("%s\n got %s\nwant %s", c.src, got, c.want)
		}
		if strings.Contains(c.src, "tracker") && strings.Contains(got, "<img") {
			t.Errorf("%s: an image from another host is still loaded: %s", c.src, got)
		}
	}
}

// RawHTML finds the HTML that the documents leave out, where it stands, and nothing else: not a comparison, an
// autolink, a comment, or a tag in code.
func TestRawHTML(t *testing.T) {
	for _, tc := range []struct {
		src  string
		at   int
		want string
	}{
		{"Kinderen < 18 jaar en a<b.", -1, ""},
		{"Zie <https://www.gemeente.nl> of <privacy@gemeente.nl>.", -1, ""},
		{"Tekst <!-- notitie voor de schrijver --> verder.", -1, ""},
		{"<!--\nnotitie\n-->\n\nTekst.", -1, ""},
		{"Schrijf `<b>` niet.\n\n    <i>code</i>\n", -1, ""},
		{"Dit is <b>belangrijk</b>.", 7, "<b>"},
		{"Eerste regel<br>tweede regel", 12, "<br>"},
		{"Alinea.\n\n<div class=\"kader\">\nTekst\n</div>\n", 9, `<div class="kader">`},
		{"Een <span style=\"color: red; font-weight: bold; font-size: 2em\">lange</span> tag.", 4,
			`<span style="color: red; font-weight: b…`},
		{"Tekst\n\n<script>alert(1)</script>\n", 7, "<script>"},
	} {
		at, tag := RawHTML(tc.src)
		if at != tc.at || tag != tc.want {
			t.Errorf("RawHTML(%q) = %d, %q; want %d, %q", tc.src, at, tag, tc.at, tc.want)
		}
		if at >= 0 && !strings.HasPrefix(tc.src[at:], "<") {
			t.Errorf("RawHTML(%q): offset %d is not at the tag", tc.src, at)
		}
	}
}
