package pdf

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// rawWith is the sample as fpdf writes it with the page text kept in text (or in fpdf's pages, with nil).
func rawWith(t *testing.T, r *Renderer, text *pageText) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := r.write(sampleDocument(20), "nl", true, &buf, text); err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(buf.Bytes())
}

// TestPageTextIsPutBack: with the page text kept out of fpdf, fpdf's file holds markers instead of the text, and
// the compressed file is byte for byte the one made with the text in fpdf's pages.
func TestPageTextIsPutBack(t *testing.T) {
	r := New(testFonts(t), Options{})
	direct := rawWith(t, r, nil)
	text := &pageText{}
	text.reset(r.tag)
	marked := rawWith(t, r, text)
	// Every page has text, so at least a run per page.
	if pages := bytes.Count(direct, []byte("<</Type /Page\n")); pages < 5 || len(text.ends) < pages {
		t.Fatalf("only %d runs of text kept for %d pages", len(text.ends), pages)
	}
	if bytes.Contains(marked, []byte("Schuldhulpverlening) Tj")) || !bytes.Contains(direct, []byte("Schuldhulpverlening) Tj")) {
		t.Error("the text is in fpdf's pages with markers too, or not even without")
	}
	if !bytes.Contains(marked, []byte(r.tag)) {
		t.Error("fpdf's pages hold no markers")
	}
	if saved := len(direct) - len(marked); saved < len(text.data)*3/4 {
		t.Errorf("fpdf's file is %d bytes with markers, %d without, but the runs kept out hold %d bytes", len(marked),
			len(direct), len(text.data))
	}
	out, ok := compressed(marked, text)
	if !ok {
		t.Fatal("compressed does not take the file with markers")
	}
	if want := compressStreams(direct); !bytes.Equal(out, want) {
		t.Errorf("the file with the text put back differs from the one written directly (%d and %d bytes)", len(out), len(want))
	}
	if bytes.Contains(out, []byte(r.tag)) {
		t.Error("a marker is left in the file")
	}
}

// TestExpand: every marker is replaced by its run; what only looks like one, and text between, stays.
func TestExpand(t *testing.T) {
	text := &pageText{}
	text.reset("\x00piaTAG:")
	m0 := text.add([]byte("eerste"))
	m1 := text.add([]byte("tweede"))
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"q\n" + m0 + "\nQ", "q\neerste\nQ"},
		{m1 + m0 + m1, "tweedeeerstetweede"},
		{"a\x00piaTAG:2\x00b", "a\x00piaTAG:2\x00b"},    // no run 2
		{"a\x00piaTAG:x\x00b", "a\x00piaTAG:x\x00b"},    // no number
		{"a\x00piaTAG:1", "a\x00piaTAG:1"},              // no end
		{"a\x00piaTAG:1x" + m0, "a\x00piaTAG:1xeerste"}, // a false start, then a marker
		{"a\x00piaOTHER:0\x00", "a\x00piaOTHER:0\x00"},  // another Renderer's tag
	} {
		var b strings.Builder
		text.expand([]byte(c.in), func(p []byte) { b.Write(p) })
		if b.String() != c.want {
			t.Errorf("expand(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}

// TestMarkerOutsideAPageStream: an object that holds a marker but is not a stream compressed writes is refused,
// so that Bytes writes the document again with its text in fpdf's pages rather than leave a marker in the file.
func TestMarkerOutsideAPageStream(t *testing.T) {
	text := &pageText{}
	text.reset("\x00piaTAG:")
	m := text.add([]byte("BT (tekst) Tj ET"))
	for name, obj := range map[string]string{
		"geen stroom":    "5 0 obj\n<</Title (" + m + ")>>\nendobj\n",
		"met filter":     "5 0 obj\n<</Filter /FlateDecode /Length 3>>\nstream\n" + m + "\nendstream\nendobj\n",
		"lengte onjuist": "5 0 obj\n<</Length 999>>\nstream\n" + m + "\nendstream\nendobj\n",
	} {
		var out bytes.Buffer
		if writeObject(&out, []byte(obj), text) || out.Len() > 0 {
			t.Errorf("%s: written (%q)", name, out.String())
		}
	}
	var out bytes.Buffer
	obj := "5 0 obj\n<</Length " + strconv.Itoa(len(m)) + ">>\nstream\n" + m + "\nendstream\nendobj\n"
	if !writeObject(&out, []byte(obj), text) {
		t.Fatal("a page stream with a marker is refused")
	}
	o := out.String()
	data := o[strings.Index(o, "\nstream\n")+len("\nstream\n") : strings.Index(o, "\nendstream\n")]
	if got := string(inflate(t, []byte(data))); got != "BT (tekst) Tj ET" {
		t.Errorf("the stream holds %q", got)
	}
}
