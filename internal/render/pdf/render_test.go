package pdf

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

func render(t testing.TB, doc *document.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := New(testFonts(t), Options{Producer: "pia test"}).Render(doc, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sample renders the sample once for all tests; PIA_PDF_OUT=file keeps a copy to look at.
var sample = sync.OnceValues(func() ([]byte, error) {
	f, err := LoadFonts(os.DirFS("../../../themes/default"))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = New(f, Options{Producer: "pia test"}).Render(sampleDocument(60), &buf)
	if out := os.Getenv("PIA_PDF_OUT"); out != "" && err == nil {
		err = os.WriteFile(out, buf.Bytes(), 0o644)
	}
	return buf.Bytes(), err
})

func samplePDF(t *testing.T) []byte {
	t.Helper()
	b, err := sample()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSampleText(t *testing.T) {
	pages := pdfPages(t, writePDF(t, samplePDF(t)))
	all := strings.Join(pages, "\n")
	for _, want := range []string{
		"PIA Schuldhulpverlening", "Inhoud", "Samenvatting en conclusie", "11 Rechtsgrond", "16 Risico’s",
		"Deel A — Beschrijving", "Recht op inzage", "Tabel 1 – Persoonsgegevens per categorie",
		// Dutch letters and typography, exactly.
		"Wâlterswâld-Eëndracht", "€ 125.000", "risico’s", "„Ik wist niet dat de gemeente dit", "mocht vragen.”",
		"vóór maatregelen", "geïnformeerd",
		// Markdown turned into text: emphasis, a nested list item, a link text, a footnote, a table cell.
		"Wâlterswâld-Eëndracht verwerkt", "alleen na een gesprek met de inwoner", "handreiking van de VNG",
		"Beveiliging van persoonsgegevens", "Selectielijst, categorie 1.1",
		// The matrix and its axes.
		"Risicomatrix vóór maatregelen", "Impact", "Kans", "R1 R4 R5",
		"CONCEPT", // the badge on the title page
	} {
		if !strings.Contains(all, want) {
			t.Errorf("text %q missing from the PDF", want)
		}
	}
	for _, leak := range []string{"**", "[^", "](", "| ---", "|---", "__", "[pdf.", "\\*"} {
		if strings.Contains(all, leak) {
			t.Errorf("raw Markdown or a missing message %q in the PDF", leak)
		}
	}
	// Page numbers in every footer.
	for i, p := range pages {
		want := fmt.Sprintf("pagina %d van %d", i+1, len(pages))
		if !strings.Contains(p, want) {
			t.Errorf("page %d: footer %q missing", i+1, want)
		}
		if i > 0 && !strings.Contains(p, "Concept") {
			t.Errorf("page %d: no concept mark in the header", i+1)
		}
	}
	// The long table's header row is repeated on the pages it continues on.
	header := regexp.MustCompile(`Nr\.\s+Gegeven\s+Waarom nodig\s+Vastleggen`)
	n := 0
	for _, p := range pages {
		if header.MatchString(p) {
			n++
		}
	}
	if n < 2 {
		t.Errorf("header of the 60-row table is on %d page(s), want it repeated on later pages", n)
	}
	// Long words are broken: no line is wider than the page.
	for i, p := range pages {
		for _, ln := range strings.Split(p, "\n") {
			if strings.Contains(ln, "Onafgebrokenwoord") && len([]rune(strings.TrimSpace(ln))) > 110 {
				t.Errorf("page %d: long word not broken: %q", i+1, ln)
			}
		}
	}
}

// TestSampleContents checks that the table of contents lists the sections with the page each starts on.
func TestSampleContents(t *testing.T) {
	pages := pdfPages(t, writePDF(t, samplePDF(t)))
	if len(pages) < 3 || !strings.Contains(pages[1], "Inhoud") {
		t.Fatalf("no table of contents on page 2")
	}
	entry := regexp.MustCompile(`(?m)^\s*(\d+)?\s*([\p{L}][^\n]*?[\p{L}’)])\s+(\d+)\s*$`)
	space := regexp.MustCompile(`\s+`)
	squeeze := func(s string) string { return space.ReplaceAllString(s, " ") }
	found := 0
	for _, m := range entry.FindAllStringSubmatch(pages[1], -1) {
		if strings.Contains(m[0], "pagina") {
			continue // the footer
		}
		number, title := m[1], m[2]
		page, _ := strconv.Atoi(m[3])
		heading := strings.TrimSpace(number + " " + title)
		if page < 3 || page > len(pages) {
			t.Errorf("contents: %q on page %d of %d", heading, page, len(pages))
			continue
		}
		if !strings.Contains(squeeze(pages[page-1]), heading) {
			t.Errorf("contents: %q is not on page %d", heading, page)
		}
		found++
	}
	if found < 15 {
		t.Errorf("contents lists %d sections with page numbers, want at least 15:\n%s", found, pages[1])
	}
}

func TestSampleInfo(t *testing.T) {
	file := writePDF(t, samplePDF(t))
	info := run(t, "pdfinfo", file)
	for _, want := range []string{
		"Title:           PIA Schuldhulpverlening",
		"Author:          Gemeente Wâlterswâld-Eëndracht",
		"Creator:         pia",
		"Producer:        pia test",
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if !regexp.MustCompile(`Pages:\s+1[0-5]\n`).MatchString(info) {
		t.Errorf("sample should have 10–15 pages:\n%s", info)
	}
	if !strings.Contains(info, "CreationDate:    Sun Nov  1 00:00:00 2026 UTC") {
		t.Errorf("creation date is not the document date:\n%s", info)
	}
}

func TestSampleQPDF(t *testing.T) {
	file := writePDF(t, samplePDF(t))
	out := run(t, "qpdf", "--check", file)
	if !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

// TestSampleOutline reads the bookmarks with qpdf: one per section, nested as the sections are.
func TestSampleOutline(t *testing.T) {
	file := writePDF(t, samplePDF(t))
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=outlines", file)), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func([]outline, string)
	walk = func(os []outline, indent string) {
		for _, o := range os {
			got = append(got, fmt.Sprintf("%s%s @%d", indent, o.Title, o.Page))
			walk(o.Kids, indent+"  ")
		}
	}
	walk(doc.Outlines, "")
	text := strings.Join(got, "\n")
	for _, want := range []string{"Inhoud @2", "Samenvatting en conclusie @3", "Deel B — Rechtmatigheid @",
		"\n  11 Rechtsgrond @", "\n    Recht op inzage @", "\nVaststelling @"} {
		if !strings.Contains(text, want) {
			t.Errorf("outline lacks %q:\n%s", want, text)
		}
	}
}

type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}

// TestSampleStructure checks the outline, the links and the language without external tools.
func TestSampleStructure(t *testing.T) {
	b := samplePDF(t)
	for _, want := range []string{"/Outlines", "/PageMode /UseOutlines", "/Subtype /Link", "/Lang (nl-NL)",
		"/URI (https://vng.nl/artikelen/handreiking-schuldhulpverlening)",
		"/URI (schuldhulp-werkinstructie.pdf)", "/URI (vroegsignalering-privacyverklaring.pdf)", "/URI (mailto:privacy@gemeente.nl)"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := render(t, sampleDocument(60)), render(t, sampleDocument(60))
	if !bytes.Equal(a, b) {
		t.Fatal("two renders of the same document differ")
	}
	// Without a date the fallback date keeps the bytes stable too.
	d := sampleDocument(3)
	d.Datum = model.Datum{}
	if !bytes.Equal(render(t, d), render(t, d)) {
		t.Fatal("two renders of an undated document differ")
	}
}

// TestConcurrent renders from many goroutines with one Renderer; run with -race.
func TestConcurrent(t *testing.T) {
	r := New(testFonts(t), Options{Producer: "pia test"})
	want := render(t, sampleDocument(20))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := r.Render(sampleDocument(20), &buf); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(buf.Bytes(), want) {
				errs <- fmt.Errorf("concurrent render differs")
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestOnPage lays out the sample and checks that everything drawn stays on the page: text within the margins,
// content between header and footer.
func TestOnPage(t *testing.T) {
	checkOnPage(t, sampleDocument(60))
}

func checkOnPage(t *testing.T, doc *document.Document) {
	t.Helper()
	r := New(testFonts(t), Options{})
	_, l, pages, err := r.layout(doc, "nl", false)
	if err != nil {
		t.Fatal(err)
	}
	for i, pg := range pages {
		for _, o := range pg {
			switch o.kind {
			case opText:
				w := l.m.width(o.s, o.font)
				if o.x < marginL-0.5 || o.x+w > pageW-marginR+0.5 || o.y < bodyTop-1 || o.y > bodyBottom+0.5 {
					t.Fatalf("page %d: text %q at x %.1f–%.1f, y %.1f is outside the body", i+1, o.s, o.x, o.x+w, o.y)
				}
			case opRect:
				if o.x < marginL-0.5 || o.x+o.w > pageW-marginR+0.5 || o.y < bodyTop-1 || o.y+o.h > bodyBottom+1 {
					t.Fatalf("page %d: box at x %.1f–%.1f, y %.1f–%.1f is outside the body", i+1, o.x, o.x+o.w, o.y,
						o.y+o.h)
				}
			}
		}
	}
}

// tallDoc has table rows taller than a page.
func tallDoc() *document.Document {
	long := strings.Repeat("Een zin in een cel die heel lang doorgaat. ", 400)
	doc := sampleDocument(2)
	doc.Body = []document.Block{document.Table{Header: []string{"Kolom", "Tekst"}, Rows: []document.Row{
		{Cells: []document.Inline{document.Plain("kort"), document.Plain(long)}},
		{Cells: []document.Inline{document.MD(long), document.Plain("kort")}},
	}}}
	return doc
}

func TestTableRowTallerThanPage(t *testing.T) {
	doc := tallDoc()
	long := strings.Repeat("x", 400*43)
	checkOnPage(t, doc)
	b := render(t, doc)
	pages := pdfPages(t, writePDF(t, b))
	if len(pages) < 5 {
		t.Errorf("a cell of %d characters fits on %d pages?", len(long), len(pages))
	}
}

func TestEmptyDocument(t *testing.T) {
	b := render(t, &document.Document{})
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	if err := New(testFonts(t), Options{}).Render(nil, &bytes.Buffer{}); err == nil {
		t.Fatal("nil document rendered without error")
	}
}

func TestLoadFontsErrors(t *testing.T) {
	good := func(name string) []byte {
		b, err := os.ReadFile("../../../themes/default/fonts/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	regular, bold := good("DejaVuSans.ttf"), good("DejaVuSans-Bold.ttf")
	italic, boldItalic := good("DejaVuSans-Oblique.ttf"), good("DejaVuSans-BoldOblique.ttf")
	// The tag of the glyf table with one byte changed: fpdf reads such a font and fails later on a nil pointer.
	damaged := append([]byte(nil), regular...)
	damaged[173] = 0xb8
	// fsType 2 in the OS/2 table: the licence forbids embedding, and fpdf says so on standard output.
	restricted := append([]byte(nil), regular...)
	for i := range int(binary.BigEndian.Uint16(restricted[4:])) {
		if r := 12 + 16*i; string(restricted[r:r+4]) == "OS/2" {
			binary.BigEndian.PutUint16(restricted[binary.BigEndian.Uint32(restricted[r+8:])+8:], 0x0002)
		}
	}
	// fpdf prints what it cannot read to standard output, where pia check --formaat json writes its JSON.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	defer func() {
		os.Stdout = stdout
		w.Close()
		printed, _ := io.ReadAll(r)
		if len(printed) > 0 {
			t.Errorf("loading the fonts printed to standard output: %q", printed)
		}
	}()
	for _, c := range []struct {
		name string
		fs   fstest.MapFS
		want string
	}{
		{"no folder", fstest.MapFS{"theme.toml": {}}, "de map fonts/"},
		{"no bold", fstest.MapFS{
			"fonts/DejaVuSans.ttf":             {Data: regular},
			"fonts/DejaVuSans-Oblique.ttf":     {Data: italic},
			"fonts/DejaVuSans-BoldOblique.ttf": {Data: boldItalic},
		}, "ontbreekt het lettertype voor vet"},
		{"broken", fstest.MapFS{
			"fonts/DejaVuSans.ttf":             {Data: regular[:5000]},
			"fonts/DejaVuSans-Bold.ttf":        {Data: bold},
			"fonts/DejaVuSans-Oblique.ttf":     {Data: italic},
			"fonts/DejaVuSans-BoldOblique.ttf": {Data: boldItalic},
		}, "fonts/DejaVuSans.ttf is geen bruikbaar TrueType-lettertype"},
		{"a table tag damaged", fstest.MapFS{
			"fonts/DejaVuSans.ttf":             {Data: damaged},
			"fonts/DejaVuSans-Bold.ttf":        {Data: bold},
			"fonts/DejaVuSans-Oblique.ttf":     {Data: italic},
			"fonts/DejaVuSans-BoldOblique.ttf": {Data: boldItalic},
		}, "fonts/DejaVuSans.ttf is geen bruikbaar TrueType-lettertype"},
		{"licence forbids embedding", fstest.MapFS{
			"fonts/DejaVuSans.ttf":             {Data: restricted},
			"fonts/DejaVuSans-Bold.ttf":        {Data: bold},
			"fonts/DejaVuSans-Oblique.ttf":     {Data: italic},
			"fonts/DejaVuSans-BoldOblique.ttf": {Data: boldItalic},
		}, "de licentie van fonts/DejaVuSans.ttf staat niet toe"},
		{"not a font", fstest.MapFS{
			"fonts/DejaVuSans.ttf":             {Data: regular},
			"fonts/DejaVuSans-Bold.ttf":        {Data: []byte("not a font\n")},
			"fonts/DejaVuSans-Oblique.ttf":     {Data: italic},
			"fonts/DejaVuSans-BoldOblique.ttf": {Data: boldItalic},
		}, "fonts/DejaVuSans-Bold.ttf is geen bruikbaar TrueType-lettertype"},
		{"two regular", fstest.MapFS{
			"fonts/DejaVuSans.ttf":             {Data: regular},
			"fonts/Other-Regular.ttf":          {Data: regular},
			"fonts/DejaVuSans-Bold.ttf":        {Data: bold},
			"fonts/DejaVuSans-Oblique.ttf":     {Data: italic},
			"fonts/DejaVuSans-BoldOblique.ttf": {Data: boldItalic},
		}, "allebei een lettertype voor normale tekst"},
	} {
		_, err := LoadFonts(c.fs)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error with %q", c.name, err, c.want)
		}
	}
	// Names as other families spell them, and faces pia does not use beside them.
	f, err := LoadFonts(fstest.MapFS{
		"fonts/Noto-Regular.ttf":    {Data: regular},
		"fonts/Noto-Bold.ttf":       {Data: bold},
		"fonts/Noto-Italic.ttf":     {Data: italic},
		"fonts/Noto-BoldItalic.ttf": {Data: boldItalic},
		"fonts/Noto-ExtraLight.ttf": {Data: regular[:100]},
		"fonts/LICENSE":             {Data: []byte("licence")},
	})
	if err != nil || f.bold == nil {
		t.Fatalf("Noto-style names: %v", err)
	}
	// The Go fonts write Bold-Italic with two hyphens.
	if f, err := LoadFonts(fstest.MapFS{
		"fonts/Go-Regular.ttf":     {Data: regular},
		"fonts/Go-Bold.ttf":        {Data: bold},
		"fonts/Go-Italic.ttf":      {Data: italic},
		"fonts/Go-Bold-Italic.ttf": {Data: boldItalic},
	}); err != nil || f.names[styleBoldItalic] != "Go-Bold-Italic.ttf" || f.names[styleItalic] != "Go-Italic.ttf" {
		t.Errorf("Go-style names: %v", err)
	}
}

// TestThemeFonts checks the shipped font files: all four faces, the licence beside them, each under 2 MiB.
func TestThemeFonts(t *testing.T) {
	dir := "../../../themes/default/fonts/"
	for _, name := range []string{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
		"DejaVuSans-BoldOblique.ttf", "LICENSE"} {
		st, err := os.Stat(dir + name)
		if err != nil {
			t.Error(err)
			continue
		}
		if st.Size() >= 2<<20 {
			t.Errorf("%s is %d bytes, over 2 MiB", name, st.Size())
		}
	}
}

// corruptLoca returns a copy of a TrueType font whose glyph locations from glyph 1500 on point far outside the
// file: the font still loads, but cutting a subset with such glyphs makes fpdf panic while it writes the PDF.
func corruptLoca(t *testing.T, font []byte) []byte {
	t.Helper()
	b := bytes.Clone(font)
	table := func(tag string) int {
		n := int(binary.BigEndian.Uint16(b[4:]))
		for i := range n {
			rec := b[12+16*i:]
			if string(rec[:4]) == tag {
				return int(binary.BigEndian.Uint32(rec[8:]))
			}
		}
		t.Fatalf("no %s table", tag)
		return 0
	}
	long := binary.BigEndian.Uint16(b[table("head")+50:]) == 1
	loca := table("loca")
	for g := 1500; ; g++ {
		if long {
			if loca+4*g+4 > len(b) {
				break
			}
			binary.BigEndian.PutUint32(b[loca+4*g:], 0x7fffff00)
		} else {
			if loca+2*g+2 > len(b) {
				break
			}
			binary.BigEndian.PutUint16(b[loca+2*g:], 0xff00)
		}
		if g > 100000 {
			break
		}
	}
	return b
}

// TestPanicWhileWritingIsAnError: fpdf panics on a broken font while it writes the file, after the layout; that
// must come back as an error naming the document, not end the build.
func TestPanicWhileWritingIsAnError(t *testing.T) {
	dir := "../../../themes/default/fonts/"
	fsys := fstest.MapFS{}
	for _, name := range []string{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
		"DejaVuSans-BoldOblique.ttf"} {
		b, err := os.ReadFile(dir + name)
		if err != nil {
			t.Fatal(err)
		}
		if name == "DejaVuSans.ttf" {
			b = corruptLoca(t, b)
		}
		fsys["fonts/"+name] = &fstest.MapFile{Data: b}
	}
	fonts, err := LoadFonts(fsys)
	if err != nil {
		t.Skipf("the damaged font is refused when loading (%v); nothing to test", err)
	}
	doc := sampleDocument(1)
	doc.Title = "Kapot"
	doc.Body = append(doc.Body, document.Text{Inline: document.Plain("score ≥ 3 → ✓ ẞ ŉ Ǆ")})
	b, err := New(fonts, Options{}).Bytes(doc)
	if err == nil {
		t.Skipf("fpdf wrote %d bytes without complaint; nothing to test", len(b))
	}
	if !strings.Contains(err.Error(), "interne fout") || !strings.Contains(err.Error(), "Kapot") {
		t.Errorf("error %q does not say it is an internal error in document Kapot", err)
	}
}

// A single line break in plain text is the author's wrapping, not a break in the PDF: the HTML page reflows it too.
// A blank line still starts a new paragraph.
func TestPlainTextReflowsSingleLineBreaks(t *testing.T) {
	doc := sampleDocument(1)
	doc.Body = []document.Block{document.Table{Header: []string{"Maatregel", "Eigenaar"}, Rows: []document.Row{
		{Cells: []document.Inline{document.Plain("kwartel\nmerel\n\nspecht"), document.Plain("Teamleider")}},
	}}}
	r := New(testFonts(t), Options{})
	_, _, pages, err := r.layout(doc, "nl", false)
	if err != nil {
		t.Fatal(err)
	}
	y := map[string]float64{}
	for _, pg := range pages {
		for _, o := range pg {
			if o.kind != opText {
				continue
			}
			for _, w := range strings.Fields(o.s) {
				if _, seen := y[w]; !seen {
					y[w] = o.y
				}
			}
		}
	}
	if y["kwartel"] == 0 || y["kwartel"] != y["merel"] {
		t.Errorf("a single line break must reflow: kwartel at y %.1f, merel at y %.1f", y["kwartel"], y["merel"])
	}
	if y["specht"] <= y["merel"] {
		t.Errorf("a blank line must start a new paragraph below (y %.1f, %.1f)", y["merel"], y["specht"])
	}
}

// TestMatrixExplainsItself: below the matrix the PDF says what the scores mean and lists each risk with its kans,
// impact and level, as the HTML page does; the cells only show ids.
func TestMatrixExplainsItself(t *testing.T) {
	r := New(testFonts(t), Options{})
	doc := sampleDocument(1)
	doc.Body = []document.Block{document.RiskMatrix{Caption: "Risico's na maatregelen", Points: []document.RiskPoint{
		{ID: "R1", Label: "Gegevens komen bij de verkeerde aanbieder", Kans: 2, Impact: 3},
		{ID: "R2", Label: "Nog niet gescoord"},
	}}}
	_, _, pages, err := r.layout(doc, "nl", false)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, pg := range pages {
		for _, o := range pg {
			if o.kind == opText {
				text = append(text, o.s)
			}
		}
	}
	all := strings.Join(text, "\n")
	level := i18n.Lang("nl").T("pdf.niveau." + string(model.RiskLevel(2, 3)))
	for _, want := range []string{"Kans en impact: 1 verwaarloosbaar", "R1 Gegevens komen bij de verkeerde aanbieder (kans 2, impact 3: " + level + ")",
		"R2 Nog niet gescoord"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in the PDF text:\n%s", want, all)
		}
	}
	if strings.Contains(all, "R2 Nog niet gescoord (") {
		t.Error("an unscored risk is given a place in the matrix")
	}
}

// TestLeadInsKeepWithWhatFollows: a paragraph that ends in a colon before a list (plain or Markdown), a Markdown
// paragraph in bold only (a small heading in a text block) and a notice's title stay on the page of what follows
// them, wherever the page break falls; the same text without the colon or the bold may end a page.
func TestLeadInsKeepWithWhatFollows(t *testing.T) {
	r := New(testFonts(t), Options{})
	list := document.List{Items: []document.Inline{document.Plain("Roerdomp"), document.Plain("Lepelaar")}}
	kept := map[string][]document.Block{
		"intro":  {document.Text{Inline: document.Plain("Kraanvogel geeft door:")}, list},
		"colon":  {document.Text{Inline: document.MD("Kraanvogel geeft door:\n\n- Roerdomp\n- Lepelaar")}},
		"bold":   {document.Text{Inline: document.MD("**Kraanvogel?**\n\nRoerdomp en lepelaar.")}},
		"notice": {document.Notice{Tone: document.ToneFout, Title: "Kraanvogel", Blocks: []document.Block{document.Text{Inline: document.Plain("Roerdomp en lepelaar.")}}}},
	}
	free := map[string][]document.Block{
		"intro without colon": {document.Text{Inline: document.Plain("Kraanvogel geeft door")}, list},
		"plain Markdown":      {document.Text{Inline: document.MD("Kraanvogel gezien.\n\nRoerdomp en lepelaar.")}},
	}
	split := map[string]int{}
	for n := 20; n < 90; n++ {
		for _, set := range []map[string][]document.Block{kept, free} {
			for name, blocks := range set {
				doc := sampleDocument(1)
				doc.Body = nil
				for i := range n {
					doc.Body = append(doc.Body, document.Text{Inline: document.Plain(fmt.Sprintf("Vulregel %d.", i))})
				}
				doc.Body = append(doc.Body, blocks...)
				_, _, pages, err := r.layout(doc, "nl", false)
				if err != nil {
					t.Fatal(err)
				}
				if a, b := pageOf(t, pages, "Kraanvogel"), pageOf(t, pages, "Roerdomp"); a != b {
					split[name]++
				}
			}
		}
	}
	for name := range kept {
		if split[name] > 0 {
			t.Errorf("%s: Kraanvogel and Roerdomp were on different pages %d times", name, split[name])
		}
	}
	for name := range free {
		if split[name] == 0 {
			t.Errorf("%s: no page break fell between the two: the test does not reach a page's foot", name)
		}
	}
}

// TestLinksToOtherPDFsWithTheSiteAddress: without the site's address a link to another document's PDF names the
// sibling file; with it the link goes to the PDF on the site, and the address is printed, so that a reader of the
// paper knows where to find it.
func TestLinksToOtherPDFsWithTheSiteAddress(t *testing.T) {
	doc := &document.Document{Kind: document.KindWerkinstructie, ID: "wmo", Lang: "nl", Title: "Werkinstructie",
		Body: []document.Block{document.LinkList{Items: []document.Link{{Text: "Privacyverklaring om aan de inwoner te geven",
			Kind: document.KindPrivacyverklaring, ID: "wmo", Format: document.FormatHTML}}}}}
	for _, c := range []struct {
		base, uri, text string
		areas           int
	}{
		{"", "/URI (wmo-privacyverklaring.pdf)", "• Privacyverklaring om aan de inwoner te geven pagina", 1},
		{"https://privacy.voorbeeldstad.nl/", "/URI (https://privacy.voorbeeldstad.nl/pdf/wmo-privacyverklaring.pdf)",
			"Privacyverklaring om aan de inwoner te geven (https://privacy.voorbeeldstad.nl/pdf/wmo-privacyverklaring.pdf)", 2},
	} {
		var buf bytes.Buffer
		if err := New(testFonts(t), Options{BaseURL: c.base}).Render(doc, &buf); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(buf.Bytes(), []byte(c.uri)) {
			t.Errorf("base %q: no %s", c.base, c.uri)
		}
		// The printed address is a link too: two link areas, one over the text and one over the address.
		if n := bytes.Count(buf.Bytes(), []byte(c.uri)); n < c.areas {
			t.Errorf("base %q: %d link areas, want at least %d", c.base, n, c.areas)
		}
		text := strings.Join(strings.Fields(strings.Join(pdfPages(t, writePDF(t, buf.Bytes())), "\n")), " ")
		if !strings.Contains(text, c.text) {
			t.Errorf("base %q: text lacks %q:\n%s", c.base, c.text, text)
		}
	}
}

// TestListItemsNotAlone: a list that a page break divides leaves neither its first item alone at the foot of a
// page nor its last alone at the head of the next; a list of two is not divided.
func TestListItemsNotAlone(t *testing.T) {
	r := New(testFonts(t), Options{})
	birds := []string{"Grutto", "Kievit", "Tureluur", "Wulp"}
	split := 0
	for n := 20; n < 90; n++ {
		pages := layoutPages(t, r, afterLines(n, document.List{Items: []document.Inline{document.Plain("Roerdomp"),
			document.Plain("Lepelaar")}}))
		if a, b := pageOf(t, pages, "Roerdomp"), pageOf(t, pages, "Lepelaar"); a != b {
			t.Errorf("%d lines before a list of two: it is on pages %d and %d", n, a, b)
		}
		l := document.List{}
		for _, b := range birds {
			l.Items = append(l.Items, document.Plain(b))
		}
		pages = layoutPages(t, r, afterLines(n, l))
		p := make([]int, len(birds))
		for i, b := range birds {
			p[i] = pageOf(t, pages, b)
		}
		if p[0] != p[1] || p[2] != p[3] {
			t.Errorf("%d lines before the list: its items are on pages %v", n, p)
		}
		if p[0] != p[3] {
			split++
		}
	}
	if split == 0 {
		t.Error("no page break fell inside the list: the test does not reach a page's foot")
	}
}

// afterLines is a one-page sample whose body is n lines of text ("Vulregel 0." …) and then blocks: moving n
// moves the blocks across a page's foot.
func afterLines(n int, blocks ...document.Block) *document.Document {
	doc := sampleDocument(1)
	doc.Body = nil
	for i := range n {
		doc.Body = append(doc.Body, document.Text{Inline: document.Plain(fmt.Sprintf("Vulregel %d.", i))})
	}
	doc.Body = append(doc.Body, blocks...)
	return doc
}

// layoutPages lays doc out as r does and returns the ops of its pages.
func layoutPages(t *testing.T, r *Renderer, doc *document.Document) [][]op {
	t.Helper()
	_, _, pages, err := r.layout(doc, "nl", false)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// pageOf is the index of the first laid-out page with a text op that holds word.
func pageOf(t *testing.T, pages [][]op, word string) int {
	t.Helper()
	for i, pg := range pages {
		for _, o := range pg {
			if o.kind == opText && strings.Contains(o.s, word) {
				return i
			}
		}
	}
	t.Fatalf("%q is not on any page", word)
	return -1
}
