package pdf

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/pia-nl/pia/internal/document"
)

// freshFonts loads the default theme's fonts with an empty memo, or with none.
func freshFonts(t *testing.T, memo bool) *Fonts {
	t.Helper()
	f, err := LoadFonts(os.DirFS("../../../themes/default"))
	if err != nil {
		t.Fatal(err)
	}
	if !memo {
		f.wraps = nil
	}
	return f
}

// TestMemoGivesTheSameBytes renders documents that share paragraphs one after the other with one Renderer, twice
// over, and compares every PDF with the same document rendered without the memo. The last document's only italic
// text is a paragraph the one before laid out: taken from the memo, its face must still be added to the document.
func TestMemoGivesTheSameBytes(t *testing.T) {
	italic := func() document.Block {
		return document.Text{Inline: document.MD("Alleen hier *cursief* en ***vet cursief***, met een [link](https://vng.nl).")}
	}
	withItalic := sampleDocument(3)
	withItalic.Body = append(withItalic.Body, document.Section{Anchor: "extra", Title: "Extra", Blocks: []document.Block{italic()}})
	onlyItalic := &document.Document{Kind: document.KindPrivacyverklaring, ID: "kort", Title: "Kort", Lang: "nl",
		Body: []document.Block{document.Section{Anchor: "kort", Title: "Kort", Blocks: []document.Block{italic()}}}}
	docs := []*document.Document{sampleDocument(20), sampleDocument(3), withItalic, onlyItalic}
	for _, src := range fuzzSeeds() {
		docs = append(docs, fuzzDocument(src))
	}

	plain := New(freshFonts(t, false), Options{})
	want := make([][]byte, len(docs))
	for i, d := range docs {
		b, err := plain.Bytes(d)
		if err != nil {
			t.Fatalf("document %d without the memo: %v", i, err)
		}
		want[i] = b
	}
	memo := New(freshFonts(t, true), Options{})
	for round := range 2 {
		for i, d := range docs {
			b, err := memo.Bytes(d)
			if err != nil {
				t.Fatalf("round %d, document %d: %v", round, i, err)
			}
			if !bytes.Equal(b, want[i]) {
				t.Errorf("round %d, document %d (%s): the PDF differs from the one made without the memo", round, i, d.Title)
			}
		}
	}
	if n := memo.fonts.wraps.entries(); n == 0 {
		t.Error("the memo holds no paragraphs")
	}
}

// TestMemoIsBounded puts far more than the limit into a memo: it keeps at most the limit, and what was put last.
func TestMemoIsBounded(t *testing.T) {
	w := newWrapMemo()
	text := strings.Repeat("persoonsgegevens ", 60) // about 1 KB per paragraph
	var key []byte
	last := 0
	for i := 0; w.bytes() < wrapMemoLimit/2 || i < 4*wrapMemoLimit/len(text); i++ {
		spans := []span{{text: fmt.Sprintf("%d %s", i, text)}}
		key = appendMemoKey(key[:0], spans, tsBody, 100)
		w.put(key, []line{{frags: []frag{{text: spans[0].text, w: 90}}, w: 90}}, tsBody)
		if got := w.bytes(); got > wrapMemoLimit {
			t.Fatalf("after %d paragraphs the memo holds %d bytes, more than its limit %d", i+1, got, wrapMemoLimit)
		}
		last = i
	}
	spans := []span{{text: fmt.Sprintf("%d %s", last, text)}}
	r, ok := w.get(appendMemoKey(nil, spans, tsBody, 100))
	m := &measurer{win: true, loaded: map[string]bool{styleRegular: true}}
	if !ok {
		t.Error("the last paragraph put is not found")
	} else if lines := m.decodeLines(r); len(lines) != 1 || len(lines[0].frags) != 1 || lines[0].frags[0].text != spans[0].text {
		t.Errorf("the last paragraph put comes back as %+v", lines)
	}
	if _, ok := w.get(appendMemoKey(nil, []span{{text: "0 " + text}}, tsBody, 100)); ok {
		t.Error("the first paragraph is still there after the memo was filled four times over")
	}
	// The key tells apart what changes the lines, and nothing else.
	a := appendMemoKey(nil, []span{{text: "ab"}, {text: "c"}}, tsBody, 100)
	for _, other := range [][]byte{
		appendMemoKey(nil, []span{{text: "a"}, {text: "bc"}}, tsBody, 100),
		appendMemoKey(nil, []span{{text: "ab"}, {text: "c", st: stBold}}, tsBody, 100),
		appendMemoKey(nil, []span{{text: "ab"}, {text: "c", url: "x"}}, tsBody, 100),
		appendMemoKey(nil, []span{{text: "ab"}, {text: "c", dest: "x"}}, tsBody, 100),
		appendMemoKey(nil, []span{{text: "ab"}, {text: "c"}}, tsSmall, 100),
		appendMemoKey(nil, []span{{text: "ab"}, {text: "c"}}, tsBody, 99),
		appendMemoKey(nil, []span{{text: "ab"}, {text: "c"}}, tsCaption, 100),
	} {
		if bytes.Equal(a, other) {
			t.Errorf("two different paragraphs have the same key %q", a)
		}
	}
	colored := tsBody
	colored.color, colored.align = colAccent, alignRight
	if !bytes.Equal(a, appendMemoKey(nil, []span{{text: "ab"}, {text: "c"}}, colored, 100)) {
		t.Error("colour and alignment change the key, though the lines are the same")
	}
}

// TestEncodeLines: a paragraph comes out of the memo's form as it went in, and its faces are added to the
// document that takes it, in the order the text first uses them.
func TestEncodeLines(t *testing.T) {
	lines := []line{
		{w: 80.25, frags: []frag{{text: "Eén", st: stItalic, x: 0, w: 10.5}, {text: "link", url: "https://vng.nl", x: 12, w: 9.75}}},
		{},
		{w: 3.5, frags: []frag{{text: "1", st: stSup | stBold, dest: "fn-t1-1", x: 0.125, w: 3.5}}},
	}
	r := encodeLines(lines, tsBody)
	m := &measurer{pdf: fpdf.New("P", "mm", "A4", ""), fonts: testFonts(t), win: true, loaded: map[string]bool{}}
	got := m.decodeLines(r)
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", lines) { // an empty line may come back with empty frags, not nil
		t.Errorf("decoded\n%+v\nwant\n%+v", got, lines)
	}
	if len(m.loaded) != 3 || !m.loaded[styleItalic] || !m.loaded[styleRegular] || !m.loaded[styleBold] {
		t.Errorf("faces added: %v, want italic, regular and bold", m.loaded)
	}
	if m.pdf.Err() {
		t.Fatal(m.pdf.Error())
	}
}

// bytes is the estimated size of what the memo holds.
func (w *wrapMemo) bytes() int {
	n := 0
	for i := range w.shards {
		s := &w.shards[i]
		s.mu.RLock()
		n += s.size + s.oldSize
		s.mu.RUnlock()
	}
	return n
}

// entries is the number of paragraphs the memo holds.
func (w *wrapMemo) entries() int {
	n := 0
	for i := range w.shards {
		s := &w.shards[i]
		s.mu.RLock()
		n += len(s.cur) + len(s.old)
		s.mu.RUnlock()
	}
	return n
}
