package build

import (
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryLinkArrives builds the example site, with footnotes in two texts of one PIA report, and follows every
// link and source in every page: each must reach a file of the output, and each #fragment an element of its page.
// No page may give two elements the same id.
func TestEveryLinkArrives(t *testing.T) {
	src := copyExample(t)
	file := filepath.Join(src, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	q := string(b)
	for _, field := range []string{"\n\"A.3.2\" = \"\"\"\n", "\nuitkomst = \"\"\"\n"} {
		i := strings.Index(q, field)
		if i < 0 {
			t.Fatalf("no %q in %s", strings.TrimSpace(field), file)
		}
		i += len(field)
		q = q[:i] + "Zie de wet[^1].\n\n[^1]: Wmo 2015, art. 2.3.2.\n\n" + q[i:]
	}
	if err := os.WriteFile(file, []byte(q), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, true)

	files := readTree(t, out)
	ids := map[string]map[string]bool{} // page → its ids
	idsOf := func(page string) map[string]bool {
		if m, ok := ids[page]; ok {
			return m
		}
		m := map[string]bool{}
		for _, id := range idAttr.FindAllStringSubmatch(string(files[page]), -1) {
			v := html.UnescapeString(id[1])
			if m[v] {
				t.Errorf("%s: id %q occurs twice", page, v)
			}
			m[v] = true
		}
		ids[page] = m
		return m
	}
	pages, links := 0, 0
	for page, body := range files {
		if !strings.HasSuffix(page, ".html") {
			continue
		}
		pages++
		idsOf(page)
		for _, m := range linkAttr.FindAllStringSubmatch(string(body), -1) {
			ref := html.UnescapeString(m[2])
			if urlScheme.MatchString(ref) || strings.HasPrefix(ref, "//") {
				continue // another site, mail or telephone
			}
			links++
			p, frag, _ := strings.Cut(ref, "#")
			target := page
			if p != "" {
				p, err := url.PathUnescape(p)
				if err != nil {
					t.Errorf("%s: %s=%q: %v", page, m[1], ref, err)
					continue
				}
				target = path.Join(path.Dir(page), p)
				if strings.HasPrefix(target, "../") || target == ".." {
					t.Errorf("%s: %s=%q leaves the output", page, m[1], ref)
					continue
				}
				if _, ok := files[target]; !ok {
					target = path.Join(target, "index.html")
				}
				if _, ok := files[target]; !ok {
					t.Errorf("%s: %s=%q reaches no file", page, m[1], ref)
					continue
				}
			}
			if frag == "" {
				continue
			}
			if f, err := url.PathUnescape(frag); err == nil {
				frag = f
			}
			if !strings.HasSuffix(target, ".html") || !idsOf(target)[frag] {
				t.Errorf("%s: %s=%q: %s has no element with id %q", page, m[1], ref, target, frag)
			}
		}
	}
	// The example has pages, PDFs and the register; a check that followed nothing would prove nothing.
	if pages < 25 || links < 500 {
		t.Fatalf("followed %d links in %d pages", links, pages)
	}
	pia := string(files["verwerkingen/wmo-maatwerkvoorziening/index.html"])
	if strings.Count(pia, `class="footnote-ref"`) != 2 {
		t.Errorf("the PIA report does not show both footnoted texts")
	}
}

var (
	idAttr    = regexp.MustCompile(`\sid="([^"]*)"`)
	linkAttr  = regexp.MustCompile(`\s(href|src)="([^"]*)"`)
	urlScheme = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)
)
