package pdf

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

// Markdown → PDF-text fixtures: each testdata/markdown/*.txt holds a description, the Markdown ("-- markdown --"),
// lines the extracted text must contain ("-- text --") and strings it must not ("-- absent --"). Whitespace is
// compared loosely: pdftotext spaces words by their position.

type fixture struct {
	markdown string
	text     []string
	absent   []string
}

func readFixture(t *testing.T, file string) fixture {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	var section string
	var md []string
	for _, ln := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if strings.HasPrefix(ln, "-- ") && strings.HasSuffix(ln, " --") {
			section = strings.Trim(ln, "- ")
			continue
		}
		switch section {
		case "markdown":
			md = append(md, ln)
		case "text":
			fx.text = append(fx.text, ln)
		case "absent":
			fx.absent = append(fx.absent, ln)
		case "":
		default:
			t.Fatalf("%s: unknown section %q", file, section)
		}
	}
	fx.markdown = strings.Join(md, "\n")
	return fx
}

var spaces = regexp.MustCompile(`\s+`)

func squeeze(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

func TestMarkdownFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/markdown/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			fx := readFixture(t, file)
			doc := &document.Document{Title: "Proef", Organisatie: "Gemeente", Versie: "1",
				Body: []document.Block{document.Text{Inline: document.MD(fx.markdown)}}}
			pages := pdfPages(t, writePDF(t, render(t, doc)))
			body := squeeze(strings.Join(pages[1:], "\n")) // the body starts after the title page
			for _, want := range fx.text {
				if !strings.Contains(body, squeeze(want)) {
					t.Errorf("text lacks %q:\n%s", want, body)
				}
			}
			for _, bad := range fx.absent {
				if strings.Contains(body, bad) {
					t.Errorf("text has %q:\n%s", bad, body)
				}
			}
		})
	}
}
