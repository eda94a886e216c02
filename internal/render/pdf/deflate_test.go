package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"strconv"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// streams returns the dictionary and the data of every stream object of a PDF file written by fpdf or
// compressStreams, found through its cross-reference table.
func streams(t testing.TB, pdf []byte) (dicts []string, data [][]byte) {
	t.Helper()
	s := bytes.LastIndex(pdf, []byte("\nstartxref\n"))
	if s < 0 {
		t.Fatal("no startxref")
	}
	xref, ok := number(pdf[s+len("\nstartxref\n"):])
	if !ok || !bytes.HasPrefix(pdf[xref:], []byte("xref\n")) {
		t.Fatalf("startxref does not point at the cross-reference table")
	}
	offsets, _, ok := xrefTable(pdf[xref:s])
	if !ok {
		t.Fatal("unreadable cross-reference table")
	}
	for n := 1; n < len(offsets); n++ {
		obj := pdf[offsets[n]:]
		if head := strconv.Itoa(n) + " 0 obj\n"; !bytes.HasPrefix(obj, []byte(head)) {
			t.Fatalf("object %d: offset %d points at %q", n, offsets[n], obj[:min(20, len(obj))])
		}
		obj = obj[:bytes.Index(obj, []byte("endobj"))]
		st := bytes.Index(obj, []byte("\nstream\n"))
		if st < 0 {
			continue
		}
		dict := string(obj[:st])
		end := bytes.LastIndex(obj, []byte("\nendstream\n"))
		body := obj[st+len("\nstream\n") : end]
		k := bytes.Index(obj[:st], []byte("/Length "))
		if n, _ := number(obj[k+len("/Length "):]); n != len(body) {
			t.Fatalf("object %d: /Length %d, but the stream has %d bytes", n, n, len(body))
		}
		dicts = append(dicts, dict)
		data = append(data, body)
	}
	return dicts, data
}

func inflate(t testing.TB, b []byte) []byte {
	t.Helper()
	zr, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rawSample is the sample document as fpdf writes it, before compressStreams, in both kinds of fonts.
func rawSample(t testing.TB, win bool) []byte {
	t.Helper()
	r := New(testFonts(t), Options{})
	p, err := r.render(sampleDocument(20), "nl", win, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestCompressStreams checks that every stream without a filter comes out compressed and decompresses to what it
// was, that streams with a filter stay as they were, and that the cross-reference table points at every object.
func TestCompressStreams(t *testing.T) {
	for _, win := range []bool{true, false} {
		raw := rawSample(t, win)
		rawDicts, rawData := streams(t, raw)
		out := compressStreams(raw)
		dicts, data := streams(t, out)
		if len(dicts) != len(rawDicts) {
			t.Fatalf("win %v: %d streams, want %d", win, len(dicts), len(rawDicts))
		}
		plain, rawSize, size := 0, 0, 0
		for i := range dicts {
			if !bytes.Contains([]byte(dicts[i]), []byte("/Filter")) {
				t.Errorf("win %v: stream %d is not compressed: %s", win, i, dicts[i])
				continue
			}
			if bytes.Contains([]byte(rawDicts[i]), []byte("/Filter")) {
				if !bytes.Equal(data[i], rawData[i]) {
					t.Errorf("win %v: stream %d had a filter and was changed", win, i)
				}
				continue
			}
			plain++
			rawSize += len(rawData[i])
			size += len(data[i])
			if got := inflate(t, data[i]); !bytes.Equal(got, rawData[i]) {
				t.Errorf("win %v: stream %d decompresses to %d bytes that differ from the %d it had", win, i,
					len(got), len(rawData[i]))
			}
		}
		if plain < 5 {
			t.Errorf("win %v: only %d uncompressed streams in the sample; the test needs its pages", win, plain)
		}
		if size > rawSize/2 {
			t.Errorf("win %v: streams compressed to %d bytes from %d", win, size, rawSize)
		}
		file := writePDF(t, out)
		run(t, "qpdf", "--check", file)
	}
}

// TestCompressStreamsLeavesOtherFilesAlone: what is not a file of the expected form comes back unchanged.
func TestCompressStreamsLeavesOtherFilesAlone(t *testing.T) {
	raw := rawSample(t, true)
	for name, in := range map[string][]byte{
		"leeg":            nil,
		"geen pdf":        []byte("hallo wereld"),
		"afgekapt":        raw[:len(raw)/2],
		"startxref fout":  append(bytes.Clone(raw[:bytes.LastIndex(raw, []byte("startxref"))]), "startxref\n12\n%%EOF\n"...),
		"startxref groot": append(bytes.Clone(raw[:bytes.LastIndex(raw, []byte("startxref"))]), "startxref\n999999999\n%%EOF\n"...),
		"xref te groot":   []byte("%PDF-1.3\nxref\n0 461168601842738791\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"),
	} {
		if out := compressStreams(in); !bytes.Equal(out, in) {
			t.Errorf("%s: changed", name)
		}
	}
}

// FuzzCompressStreams: no input makes compressStreams panic, and a changed file still has a readable
// cross-reference table.
func FuzzCompressStreams(f *testing.F) {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(false)
	p.AddPage()
	p.SetFont("Helvetica", "", 12)
	p.Text(20, 20, "Hallo (wereld) \\ stream endstream")
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("%PDF-1.3\n1 0 obj\n<</Length 3>>\nstream\nabc\nendstream\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<>>\nstartxref\n60\n%%EOF\n"))
	f.Add([]byte("%PDF-1.3\n1 0 obj\n<</Length 9223372036854775807>>\nstream\nabc\nendstream\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<>>\nstartxref\n77\n%%EOF\n"))
	f.Add([]byte("%PDF-1.3\nxref\n0 461168601842738791\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out := compressStreams(in)
		if bytes.Equal(out, in) {
			return
		}
		s := bytes.LastIndex(out, []byte("\nstartxref\n"))
		xref, ok := number(out[s+len("\nstartxref\n"):])
		if s < 0 || !ok || !bytes.HasPrefix(out[xref:], []byte("xref\n0 ")) {
			t.Fatalf("changed file without a valid startxref")
		}
	})
}

// BenchmarkDeflate compares fpdf's own compression, a new zlib writer for every stream, with compressStreams,
// which reuses writers, on the sample's uncompressed streams.
func BenchmarkDeflate(b *testing.B) {
	raw := rawSample(b, true)
	var plain [][]byte
	dicts, data := streams(b, raw)
	for i, d := range dicts {
		if !bytes.Contains([]byte(d), []byte("/Filter")) {
			plain = append(plain, data[i])
		}
	}
	b.Run("new-writer-per-stream", func(b *testing.B) {
		for b.Loop() {
			for _, d := range plain {
				var z bytes.Buffer
				zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
				zw.Write(d)
				zw.Close()
			}
		}
	})
	b.Run("compressStreams", func(b *testing.B) {
		for b.Loop() {
			compressStreams(raw)
		}
	})
}
