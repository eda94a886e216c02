package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// needTool skips when a tool is missing, except in CI where every test must run.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; .ci/run installs poppler-utils and qpdf", name)
		}
		t.Skipf("%s not installed (apt-get install poppler-utils qpdf); skipping", name)
	}
}

// TestExamplePDFs checks every PDF of the example site with qpdf and the text of the reports with pdftotext.
func TestExamplePDFs(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, true)
	pdfs, _ := filepath.Glob(filepath.Join(out, "pdf", "*.pdf"))
	if len(pdfs) != 18 {
		t.Fatalf("%d PDFs, want 18", len(pdfs))
	}
	for _, p := range pdfs {
		if b, err := exec.Command("qpdf", "--check", p).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", filepath.Base(p), err, b)
		}
		txt, err := exec.Command("pdftotext", "-layout", p, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", p, err)
		}
		s := string(txt)
		for _, leak := range []string{"**", "](", "[^", "| ---", "{fg.", "{organisatie."} {
			if strings.Contains(s, leak) {
				t.Errorf("%s shows raw %q", filepath.Base(p), leak)
			}
		}
		pages := strings.Count(s, "\f")
		if !strings.Contains(s, "pagina 1 van") || !strings.Contains(s, "van "+itoa(pages)) {
			t.Errorf("%s: page numbering 'pagina N van %d' missing", filepath.Base(p), pages)
		}
	}
	pia := pdftext(t, filepath.Join(out, "pdf", "wmo-maatwerkvoorziening-pia.pdf"))
	for _, want := range []string{"PIA: Wmo: melding, onderzoek en maatwerkvoorziening", "Inhoud", "Persoonsgegevens",
		"Rechtsgrond", "Maatregelen", "Persoonsgegevens: wat mag worden gevraagd en wat wordt vastgelegd", "Gegeven",
		"Vastleggen", "alleen bij", "Gemeente Voorbeeldstad", "Categorieën betrokkenen", "Risico’s", "Risicomatrix"} {
		if !strings.Contains(pia, want) {
			t.Errorf("PIA report lacks %q", want)
		}
	}
	// Lines break anywhere in a paragraph: the words are compared with single spaces between them.
	pv := strings.Join(strings.Fields(pdftext(t, filepath.Join(out, "pdf", "schuldhulpverlening-privacyverklaring.pdf"))), " ")
	for _, want := range []string{"Wat zijn uw rechten?", "Autoriteit Persoonsgegevens", "CONCEPT"} {
		if !strings.Contains(pv, want) {
			t.Errorf("privacyverklaring lacks %q", want)
		}
	}
}

func pdftext(t *testing.T, p string) string {
	t.Helper()
	b, err := exec.Command("pdftotext", p, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestStatementIsALeaflet: a privacy statement opens with its title, its contents and its first section on the
// first page, instead of a title page and a contents page, and its running header says nothing of the status of
// a text the municipality adopted (a concept keeps saying so). A report keeps its title and contents pages.
func TestStatementIsALeaflet(t *testing.T) {
	needTool(t, "pdftotext")
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, true)
	pages := func(name string) []string {
		return strings.Split(pdftext(t, filepath.Join(out, "pdf", name)), "\f")
	}
	wmo := pages("wmo-maatwerkvoorziening-privacyverklaring.pdf") // vastgesteld
	first := strings.Join(strings.Fields(wmo[0]), " ")
	for _, want := range []string{"Privacyverklaring: Hulp om zelfstandig te wonen", "Inhoud", "Wie zijn wij?", "U kunt ons zo bereiken"} {
		if !strings.Contains(first, want) {
			t.Errorf("the first page of the statement lacks %q:\n%s", want, first)
		}
	}
	for i, p := range wmo {
		if strings.Contains(p, "Vastgesteld") || strings.Contains(p, "VASTGESTELD") {
			t.Errorf("page %d of an adopted statement shows its status", i+1)
		}
	}
	if wijkteam := pages("wijkteam-integrale-intake-privacyverklaring.pdf"); !strings.Contains(wijkteam[1], "Concept") {
		t.Errorf("the header of a concept statement does not say so:\n%.300s", wijkteam[1])
	}
	if pia := pages("wmo-maatwerkvoorziening-pia.pdf"); strings.Contains(pia[0], "Inhoud") || !strings.Contains(pia[1], "Inhoud") {
		t.Error("the report lost its title page or its contents page")
	}
}

// TestShortIntroStaysWithItsTable: a heading and the two lines that introduce a table of facts do not end a page
// with the table on the next; in the Wmo work instruction that is the last section, on whom to ask.
func TestShortIntroStaysWithItsTable(t *testing.T) {
	needTool(t, "pdftotext")
	src := copyExample(t)
	out := filepath.Join(t.TempDir(), "output")
	build(t, src, out, true)
	pages := strings.Split(pdftext(t, filepath.Join(out, "pdf", "wmo-maatwerkvoorziening-werkinstructie.pdf")), "\f")
	at := -1 // the last page that names it: the contents name it too
	for i, p := range pages {
		if strings.Contains(p, "Vragen over privacy") {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("no section on questions about privacy")
	}
	if !strings.Contains(pages[at], "Privacyloket") {
		t.Errorf("page %d has the heading and its introduction, but the table is on the next:\n%s", at+1, pages[at])
	}
}
