package pdf

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"slices"
	"sync"
)

// The lines of a paragraph depend only on its spans, the size and style of its text, the width of its column and
// the faces' widths. A large site prints the pack's texts, labels and table cells in every document: of 655 000
// paragraphs and cells in the PDFs of 600 generated verwerkingen, 19 000 were different. wrapMemo keeps the lines
// of paragraphs laid out before, for every document that uses the same faces, so that each is broken into lines
// once.
//
// It is shared by all goroutines and split into shards by the hash of the key, each with its own lock, so that
// the cores seldom wait for each other. A shard holds two generations of together at most wrapMemoLimit/wrapShards
// bytes: when the current one is full it becomes the old one and the oldest is dropped, and a paragraph found in
// the old generation moves to the current one. Paragraphs every document prints stay; a long pia serve session
// does not make it grow without end. Only the Windows-1252 faces use it: with the Unicode faces, measuring also
// selects fpdf's font, and those documents are rare.
type wrapMemo struct {
	seed   maphash.Seed
	shards [wrapShards]memoShard
}

const (
	wrapShards    = 64
	wrapMemoLimit = 16 << 20
)

type memoShard struct {
	mu       sync.RWMutex
	cur, old map[string]string
	size     int      // bytes held by cur, estimated
	oldSize  int      // and by old (TestMemoIsBounded adds them up)
	_        [64]byte // keeps shards that are used at once off each other's cache line
}

func newWrapMemo() *wrapMemo {
	return &wrapMemo{seed: maphash.MakeSeed()}
}

// appendMemoKey appends to k what wrap's result depends on: the size and style of the paragraph (its colour,
// leading and alignment do not change the lines), the width, and every span with its attributes.
func appendMemoKey(k []byte, spans []span, ts textStyle, width float64) []byte {
	k = binary.LittleEndian.AppendUint64(k, math.Float64bits(ts.size))
	k = binary.LittleEndian.AppendUint64(k, math.Float64bits(width))
	k = append(k, byte(ts.st))
	for _, s := range spans {
		k = append(k, byte(s.st))
		k = appendString(k, s.text)
		k = appendString(k, s.url)
		k = appendString(k, s.dest)
	}
	return k
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func (w *wrapMemo) shard(key []byte) *memoShard {
	return &w.shards[maphash.Bytes(w.seed, key)%wrapShards]
}

// get returns the paragraph stored under key, in the form put gave it.
func (w *wrapMemo) get(key []byte) (string, bool) {
	s := w.shard(key)
	s.mu.RLock()
	r, ok := s.cur[string(key)]
	if !ok {
		r, ok = s.old[string(key)]
		if ok {
			s.mu.RUnlock()
			s.mu.Lock()
			s.store(string(key), r)
			s.mu.Unlock()
			return r, true
		}
	}
	s.mu.RUnlock()
	return r, ok
}

// put stores the lines of a paragraph under key.
func (w *wrapMemo) put(key []byte, lines []line, ts textStyle) {
	r := encodeLines(lines, ts)
	s := w.shard(key)
	s.mu.Lock()
	s.store(string(key), r)
	s.mu.Unlock()
}

// store adds r under key, turning to a new generation when the current one is full. It needs the write lock.
func (s *memoShard) store(key string, r string) {
	size := len(key) + len(r) + 64
	if s.cur == nil || s.size+size > wrapMemoLimit/wrapShards/2 {
		s.old, s.oldSize, s.cur, s.size = s.cur, s.size, map[string]string{}, 0
	}
	s.cur[key] = r
	s.size += size
}

// A paragraph is kept as one string: the faces its text uses, in the order wrap first measured them (so that a
// document that takes the lines from the memo adds the same faces in the same order), then its lines with their
// fragments, texts included. A string holds no pointers, so the garbage collector does not look inside the memo's
// tens of thousands of paragraphs at every cycle, and the texts of the fragments decoded from it are parts of it.
//
//	faces: count, then each as its index in fontStyles (one byte each)
//	lines: count (uvarint), then per line its width (8 bytes) and fragment count (uvarint)
//	fragment: style (one byte), x and width (8 bytes each), text, url and dest (each uvarint length and bytes)
func encodeLines(lines []line, ts textStyle) string {
	var faces []byte
	n := 1 + binary.MaxVarintLen64
	for _, ln := range lines {
		n += 8 + binary.MaxVarintLen64
		for _, f := range ln.frags {
			n += 17 + 3*binary.MaxVarintLen64 + len(f.text) + len(f.url) + len(f.dest)
			if i := byte(slices.Index(fontStyles, faceOf(ts, f.st).style)); !slices.Contains(faces, i) {
				faces = append(faces, i)
			}
		}
	}
	b := make([]byte, 0, n+len(faces))
	b = append(b, byte(len(faces)))
	b = append(b, faces...)
	b = binary.AppendUvarint(b, uint64(len(lines)))
	for _, ln := range lines {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(ln.w))
		b = binary.AppendUvarint(b, uint64(len(ln.frags)))
		for _, f := range ln.frags {
			b = append(b, byte(f.st))
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.x))
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.w))
			b = appendString(b, f.text)
			b = appendString(b, f.url)
			b = appendString(b, f.dest)
		}
	}
	return string(b)
}

// decodeLines returns the lines of a paragraph encoded by encodeLines, and adds its faces to the document. The
// lines and fragments are cut from m's arenas; the texts are parts of r.
func (m *measurer) decodeLines(r string) []line {
	d := decoder{s: r}
	for range int(d.byte()) {
		m.load(fontStyles[d.byte()])
	}
	lines := m.lineArena.take(int(d.uvarint()))
	for i := range lines {
		lines[i].w = d.float()
		frags := m.fragArena.take(int(d.uvarint()))
		for j := range frags {
			f := &frags[j]
			f.st = style(d.byte())
			f.x, f.w = d.float(), d.float()
			f.text, f.url, f.dest = d.string(), d.string(), d.string()
		}
		lines[i].frags = frags
	}
	return lines
}

// arena hands out parts of larger arrays, so that decoding a paragraph does not allocate for each. A part stays
// valid when the arena moves on to a new array: the old one lives as long as something uses it.
type arena[T any] struct{ free []T }

func (a *arena[T]) take(n int) []T {
	if n > len(a.free) {
		a.free = make([]T, max(n, 256))
	}
	p := a.free[:n:n]
	a.free = a.free[n:]
	return p
}

// decoder reads what encodeLines wrote. The input is always its own, so it does not check for the end.
type decoder struct {
	s string
	i int
}

func (d *decoder) byte() byte {
	c := d.s[d.i]
	d.i++
	return c
}

func (d *decoder) uvarint() uint64 {
	var v uint64
	for shift := 0; ; shift += 7 {
		c := d.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
}

func (d *decoder) float() float64 {
	var v uint64
	for k := range 8 {
		v |= uint64(d.s[d.i+k]) << (8 * k)
	}
	d.i += 8
	return math.Float64frombits(v)
}

func (d *decoder) string() string {
	n := int(d.uvarint())
	d.i += n
	return d.s[d.i-n : d.i]
}
