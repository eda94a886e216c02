package pdf

import (
	"bytes"
	"io"
	"os"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// BenchmarkRenderPIA renders the sample: an 11-page PIA report with a 60-row table, Markdown and a risk matrix.
func BenchmarkRenderPIA(b *testing.B) {
	r := New(testFonts(b), Options{})
	doc := sampleDocument(60)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := r.Render(doc, &buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// BenchmarkRenderPIAParallel shows the throughput of one Renderer shared by all cores.
func BenchmarkRenderPIAParallel(b *testing.B) {
	r := New(testFonts(b), Options{})
	doc := sampleDocument(60)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := r.Render(doc, io.Discard); err != nil {
				b.Error(err)
			}
		}
	})
}

// BenchmarkLoadFonts is the one-off cost of reading and checking the theme's fonts.
func BenchmarkLoadFonts(b *testing.B) {
	theme := os.DirFS("../../../themes/default")
	for b.Loop() {
		if _, err := LoadFonts(theme); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddFonts is what every document pays for its fonts: fpdf parses each face again (and hashes its width
// table as JSON) when it is added to a document, and the parsed form cannot be shared between documents.
// Regular and bold are always added; italic and bold italic only when the document uses them.
func BenchmarkAddFonts(b *testing.B) {
	f := testFonts(b)
	for _, c := range []struct {
		name   string
		styles []string
	}{{"regular+bold", fontStyles[:2]}, {"all-four", fontStyles}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				p := fpdf.New("P", "mm", "A4", "")
				for _, s := range c.styles {
					p.AddUTF8FontFromBytes(family, s, f.faces[s])
				}
				if p.Err() {
					b.Fatal(p.Error())
				}
			}
		})
	}
}
