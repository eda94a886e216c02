package pdf

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/render/pdf/ttf"
)

func TestWinCodePage(t *testing.T) {
	n := 0
	for c := 0; c < 256; c++ {
		r, ok := winRune(byte(c))
		if !ok {
			continue
		}
		n++
		if back, ok := winCode(r); !ok || back != byte(c) {
			t.Errorf("code %#x: rune %U encodes as %#x, %v", c, r, back, ok)
		}
	}
	if n != 218 { // 95 ASCII, 96 Latin-1, 27 in 0x80–0x9F
		t.Errorf("%d characters in the code page, want 218", n)
	}
	for _, r := range []rune{'\t', '\n', 0x81, 0x9d, 'Ł', 'ş', '≥', '→', '✓', '\ufffd'} {
		if c, ok := winCode(r); ok {
			t.Errorf("%U encodes as %#x; Windows-1252 does not have it", r, c)
		}
	}
}

func TestWinAnsi(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"plain ASCII", "plain ASCII", true},
		{"Cliëntgegevens", "Cli\xebntgegevens", true},
		{"€ 125 – “zorg” • œuvre", "\x80 125 \x96 \x93zorg\x94 \x95 \x9cuvre", true},
		{"Łódź", "", false},
		{"score ≥ 3", "", false},
	} {
		got, ok := winAnsi(c.in)
		if ok != c.ok || got != c.want {
			t.Errorf("winAnsi(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if n := testing.AllocsPerRun(100, func() { winAnsi("Verwerkingsregister") }); n != 0 {
		t.Errorf("ASCII text costs %v allocations, want 0", n)
	}
}

func TestUTF16Text(t *testing.T) {
	if got, want := utf16Text("Aë€"), "\xfe\xff\x00A\x00\xeb\x20\xac"; got != want {
		t.Errorf("utf16Text = %q, want %q", got, want)
	}
}

// TestSameLayoutBothWays lays out the sample with the Windows-1252 faces and with the Unicode faces: every word
// must land in the same place, or a document would change its look with one character elsewhere in it.
func TestSameLayoutBothWays(t *testing.T) {
	r := New(testFonts(t), Options{})
	doc := sampleDocument(60)
	_, _, win, err := r.layout(doc, "nl", true)
	if err != nil {
		t.Fatal(err)
	}
	_, _, uni, err := r.layout(doc, "nl", false)
	if err != nil {
		t.Fatal(err)
	}
	if len(win) != len(uni) {
		t.Fatalf("%d pages with Windows-1252 faces, %d with Unicode faces", len(win), len(uni))
	}
	for i := range win {
		if !reflect.DeepEqual(win[i], uni[i]) {
			t.Fatalf("page %d differs between the Windows-1252 and the Unicode faces", i+1)
		}
	}
}

// TestFacesFollowTheText renders a Dutch document, which must get the simple Windows-1252 fonts, and one with
// Polish and a mathematical sign in a table cell deep in the body, which must fall back to Unicode fonts. Both
// must show every character, in the text and in the outline.
func TestFacesFollowTheText(t *testing.T) {
	r := New(testFonts(t), Options{})
	for _, c := range []struct {
		name, text string
		unicode    bool
	}{
		{"nederlands", "Cliëntgegevens van € 125 – „zorg” • één café", false},
		{"pools", "Cliënt uit Łódź met score ≥ 3", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := sampleDocument(2)
			doc.Body = append(doc.Body, document.Section{Title: "Bijlage " + c.text, Anchor: "bijlage", Blocks: []document.Block{
				document.Table{Header: []string{"Kolom", "Tekst"}, Rows: []document.Row{
					{Cells: []document.Inline{document.Plain("cel"), document.MD("Tekst: **" + c.text + "**")}},
				}},
			}})
			var buf bytes.Buffer
			if err := r.Render(doc, &buf); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			if got := bytes.Contains(b, []byte("/Identity-H")); got != c.unicode {
				t.Errorf("Unicode (Type 0) fonts: %v, want %v", got, c.unicode)
			}
			if got := bytes.Contains(b, []byte("/WinAnsiEncoding")); got == c.unicode {
				t.Errorf("Windows-1252 fonts: %v, want %v", got, !c.unicode)
			}
			file := writePDF(t, b)
			run(t, "qpdf", "--check", file)
			text := strings.Join(pdfPages(t, file), "\n")
			if !strings.Contains(text, c.text) {
				t.Errorf("pdftotext does not find %q", c.text)
			}
			outlines := run(t, "qpdf", "--json", "--json-key=outlines", file)
			if !strings.Contains(outlines, `"title": "Bijlage `+c.text+`"`) {
				t.Errorf("the outline has no entry %q:\n%s", "Bijlage "+c.text, outlines)
			}
		})
	}
}

// TestRawDrawingIsFpdfDrawing: what the emitter writes itself with the Windows-1252 faces (text, faces, colours,
// line widths, rectangles and lines) is byte for byte what fpdf's functions write, called only where a value
// changes.
func TestRawDrawingIsFpdfDrawing(t *testing.T) {
	fonts := testFonts(t)
	grey, blue, tint, red := rgb{51, 51, 51}, rgb{0, 61, 122}, rgb{0xe3, 0xea, 0xf3}, rgb{200, 30, 30}
	ops := []op{
		{kind: opText, x: 20, y: 30.456, s: `Cliënt (zie \ map) € 12`, color: grey, font: face{styleRegular, 10}},
		{kind: opRect, x: 20, y: 40, w: 80.123, h: 9.5, fill: tint, filled: true},
		{kind: opRect, x: 100.123, y: 40, w: 30, h: 9.5, fill: tint, filled: true},
		{kind: opText, x: 22, y: 45, s: "In de cel", color: grey, font: face{styleRegular, 10}},
		{kind: opRect, x: 20, y: 40, w: 110.123, h: 9.5, color: blue, stroked: true, width: 0.2},
		{kind: opRect, x: 20, y: 50, w: 110, h: 9.5, fill: red, filled: true, color: blue, stroked: true, width: 0.2},
		{kind: opLine, x: 20, y: 60, w: 110, color: blue, width: 0.4},
		{kind: opLine, x: 20, y: 62, w: 110, color: grey, width: 0.3, dotted: true},
		{kind: opLine, x: 20, y: 64, h: -3, color: grey, width: 0.3},
		{kind: opText, x: 120.005, y: 280.5, s: "Vet “citaat”", color: blue, font: face{styleBold, 12.5}},
		{kind: opText, x: 20, y: 290, s: "Nog vet", color: grey, font: face{styleBold, 12.5}},
	}
	doc := func(raw bool) []byte {
		p := fpdf.New("P", "mm", "A4", "")
		p.SetCompression(false)
		p.SetCatalogSort(true) // fpdf writes fonts in map order otherwise
		p.SetCreationDate(fallbackDate)
		p.SetModificationDate(fallbackDate)
		m := &measurer{pdf: p, fonts: fonts, win: true, k: p.GetConversionRatio(), loaded: map[string]bool{}}
		l := &layout{m: m}
		_, h := p.GetPageSize()
		e := &emitter{p: p, l: l, links: map[string]int{}, k: p.GetConversionRatio(), h: h}
		m.load(styleRegular)
		m.load(styleBold)
		p.AddPage()
		var (
			font              face
			fill, draw        rgb
			width             float64
			fillOK, drawOK, w bool
		)
		stroke := func(o op) {
			if !drawOK || draw != o.color {
				p.SetDrawColor(int(o.color.r), int(o.color.g), int(o.color.b))
				draw, drawOK = o.color, true
			}
			if !w || width != o.width {
				p.SetLineWidth(o.width)
				width, w = o.width, true
			}
		}
		for _, o := range ops {
			if raw {
				e.op(o)
				continue
			}
			switch o.kind {
			case opText:
				if font != o.font {
					p.SetFont(family, o.font.style, o.font.size)
					font = o.font
				}
				p.SetTextColor(int(o.color.r), int(o.color.g), int(o.color.b))
				p.Text(o.x, o.y, m.text(o.s))
			case opRect:
				style := ""
				if o.filled {
					if !fillOK || fill != o.fill {
						p.SetFillColor(int(o.fill.r), int(o.fill.g), int(o.fill.b))
						fill, fillOK = o.fill, true
					}
					style += "F"
				}
				if o.stroked {
					stroke(o)
					style += "D"
				}
				p.Rect(o.x, o.y, o.w, o.h, style)
			case opLine:
				stroke(o)
				fpdfLine(p, o)
			}
		}
		e.flush()
		var buf bytes.Buffer
		if err := p.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	fp, raw := doc(false), doc(true)
	if !bytes.Equal(fp, raw) {
		_, a := streams(t, fp)
		_, b := streams(t, raw)
		t.Errorf("fpdf:\n%s\nthe emitter:\n%s", a[0], b[0])
	}
	for _, want := range []string{"re f", "re S", "re B", " l S", "[] 0.00 d", "Tf ET", "Tj ET Q"} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("the page has no %q: the test does not cover it", want)
		}
	}
}

// TestEmitterForgetsAtEachPage: fpdf starts every page with its own idea of the line width, the colours and the
// face, which is stale in a document whose drawing the emitter writes itself; so each page sets them again
// before it uses them, even when the page before ended with the same ones.
func TestEmitterForgetsAtEachPage(t *testing.T) {
	fonts := testFonts(t)
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(false)
	m := &measurer{pdf: p, fonts: fonts, win: true, k: p.GetConversionRatio(), loaded: map[string]bool{}}
	m.load(styleRegular)
	m.load(styleBold)
	doc := sampleDocument(0)
	doc.Status = model.StatusDefinitief // no watermark, which would make fpdf draw on every page
	_, h := p.GetPageSize()
	e := &emitter{p: p, l: &layout{m: m, doc: doc, lang: "nl"}, links: map[string]int{}, k: p.GetConversionRatio(), h: h}
	tint, blue := rgb{0xe3, 0xea, 0xf3}, rgb{0, 61, 122}
	page := []op{
		{kind: opRect, x: 20, y: 40, w: 80, h: 9, fill: tint, filled: true, color: blue, stroked: true, width: 0.4},
		// the face the page furniture ends with, in the footer
		{kind: opText, x: 22, y: 45, s: "In de cel", color: colText, font: face{styleRegular, 8}},
		{kind: opRect, x: 20, y: 60, w: 80, h: 9, fill: tint, filled: true, color: blue, stroked: true, width: 0.4},
	}
	e.emit([][]op{page, page, page})
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, data := streams(t, buf.Bytes())
	for i := range 3 {
		pg := string(data[i])
		first := strings.Index(pg, " re B")
		text := strings.Index(pg, "(In de cel) Tj")
		if first < 0 || text < 0 {
			t.Fatalf("page %d lacks the rectangle or the text:\n%s", i+1, pg)
		}
		for _, want := range []string{"0.890 0.918 0.953 rg", "0.000 0.239 0.478 RG", "1.13 w"} {
			if !strings.Contains(pg[:first], want) {
				t.Errorf("page %d draws its first rectangle without %q before it:\n%s", i+1, want, pg)
			}
		}
		if !strings.Contains(pg[:text], fonts.win[styleRegular].ref+" 8.00 Tf") {
			t.Errorf("page %d writes text without selecting its face first:\n%s", i+1, pg)
		}
		// and within the page, the second rectangle repeats nothing
		if second := pg[first+len(" re B"):]; strings.Contains(second[:strings.Index(second, " re B")], " rg") {
			t.Errorf("page %d sets the fill colour again for the second rectangle:\n%s", i+1, pg)
		}
	}
}

// TestEmitterTellsFpdf: after the emitter set a colour itself, something fpdf draws (the watermark, a rotated
// label) sees the colours as they are, and the next rectangle sets its colour again after fpdf has drawn.
func TestEmitterTellsFpdf(t *testing.T) {
	fonts := testFonts(t)
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(false)
	m := &measurer{pdf: p, fonts: fonts, win: true, k: p.GetConversionRatio(), loaded: map[string]bool{}}
	_, h := p.GetPageSize()
	e := &emitter{p: p, l: &layout{m: m}, links: map[string]int{}, k: p.GetConversionRatio(), h: h}
	m.load(styleRegular)
	p.AddPage()
	tint := rgb{0xe3, 0xea, 0xf3}
	e.op(op{kind: opRect, x: 10, y: 10, w: 20, h: 5, fill: tint, filled: true})
	e.op(op{kind: opRotText, x: 50, y: 50, s: "Kans", font: face{styleRegular, 9}, color: rgb{0, 0, 0}, turn: &turn{angle: 90}})
	if r, g, b := p.GetFillColor(); r != int(tint.r) || g != int(tint.g) || b != int(tint.b) {
		t.Errorf("fpdf's fill colour is %d,%d,%d after the emitter filled with %v", r, g, b, tint)
	}
	e.op(op{kind: opRect, x: 10, y: 20, w: 20, h: 5, fill: tint, filled: true})
	e.flush()
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, streamsOut := streams(t, buf.Bytes())
	page := string(streamsOut[0])
	// black text on a tinted fill: fpdf must colour the text itself ("q 0.000 g"), and the second rectangle
	// writes its colour again after fpdf drew.
	if !strings.Contains(page, "q 0.000 g") {
		t.Errorf("fpdf did not colour the rotated text:\n%s", page)
	}
	if i := strings.Index(page, "(Kans)"); i < 0 || !strings.Contains(page[i:], "0.890 0.918 0.953 rg") {
		t.Errorf("the rectangle after fpdf's text does not set its colour again:\n%s", page)
	}
}

// TestPathOpsIsFpdfPath: the operators pathOps writes for a shape are byte for byte what fpdf's path functions
// write, for the watermark of every language's word and a path with lines.
func TestPathOpsIsFpdfPath(t *testing.T) {
	fonts := testFonts(t)
	if fonts.bold == nil {
		t.Skip("no letter shapes in the test font")
	}
	doc := func(cached bool, o op) []byte {
		p := fpdf.New("P", "mm", "A4", "")
		p.SetCompression(false)
		p.SetCreationDate(fallbackDate)
		p.SetModificationDate(fallbackDate)
		m := &measurer{pdf: p, fonts: fonts, win: true, k: p.GetConversionRatio(), loaded: map[string]bool{}}
		_, h := p.GetPageSize()
		e := &emitter{p: p, l: &layout{m: m}, links: map[string]int{}, k: p.GetConversionRatio(), h: h}
		p.AddPage()
		for range 2 { // twice: the second time from the cache
			if cached {
				p.RawWriteStr(e.pathOps(o))
				continue
			}
			var cx, cy float64
			for _, s := range o.turn.path {
				x, y := o.x+s.X, o.y+s.Y
				switch s.Kind {
				case 'M':
					p.MoveTo(x, y)
				case 'L':
					p.LineTo(x, y)
				case 'Q':
					qx, qy := o.x+s.CX, o.y+s.CY
					p.CurveBezierCubicTo(cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, x+2*(qx-x)/3, y+2*(qy-y)/3, x, y)
				case 'Z':
					p.ClosePath()
				}
				cx, cy = x, y
			}
			p.DrawPath("F")
		}
		var buf bytes.Buffer
		if err := p.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	l := &layout{m: &measurer{fonts: fonts}}
	shapes := []op{
		{x: 10.5, y: 20.25, turn: &turn{path: []ttf.Seg{{Kind: 'M', X: 0, Y: 0}, {Kind: 'L', X: 30.333, Y: 0}, {Kind: 'L', X: 30.333, Y: -12.5}, {Kind: 'Z'}}}},
	}
	for _, word := range []string{"CONCEPT", "ONTWERP", "DRAFT", "ÉÇÅ"} {
		shapes = append(shapes, l.makeWatermark(word))
	}
	for _, o := range shapes {
		if fp, cached := doc(false, o), doc(true, o); !bytes.Equal(fp, cached) {
			_, a := streams(t, fp)
			_, b := streams(t, cached)
			t.Errorf("fpdf:\n%.400s\npathOps:\n%.400s", a[0], b[0])
		}
	}
}
