package largebuf

import (
	"bytes"
	"testing"
)

func filled(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = seed + byte(i*7)
	}
	return b
}

// TestAppendIsAppend: for short and long copies, into slices with and without room, Append gives append's bytes
// and leaves dst's own bytes alone.
func TestAppendIsAppend(t *testing.T) {
	for _, head := range []int{0, 10, Chunk - 1, 3 * Chunk} {
		for _, n := range []int{0, 1, Chunk - 1, Chunk, Chunk + 1, 5*Chunk + 17} {
			for _, room := range []int{0, n, n + 100} {
				dst := append(make([]byte, 0, head+room), filled(head, 1)...)
				src := filled(n, 2)
				want := append(append([]byte(nil), dst...), src...)
				got := Append(dst, src)
				if !bytes.Equal(got, want) {
					t.Fatalf("head %d, src %d, room %d: bytes differ", head, n, room)
				}
				if room >= n && len(got) > 0 && &got[0] != &dst[:1][0] {
					t.Errorf("head %d, src %d, room %d: a slice with room was copied", head, n, room)
				}
			}
		}
	}
}

// TestGrowDoubles: Grow makes room for n more bytes, keeps the content and at least doubles the capacity, so that
// many small appends through it stay linear.
func TestGrowDoubles(t *testing.T) {
	b := filled(Chunk+5, 3)
	g := Grow(b, 10)
	if !bytes.Equal(g, b) || cap(g)-len(g) < 10 || cap(g) < 2*cap(b) {
		t.Fatalf("Grow: len %d cap %d from cap %d", len(g), cap(g), cap(b))
	}
	if h := Grow(g, 10); &h[0] != &g[0] {
		t.Error("Grow copied a slice that had room")
	}
	var out []byte
	grows := 0
	for i := range 100_000 {
		before := cap(out)
		out = Append(out, []byte{byte(i), byte(i >> 8)})
		if cap(out) != before {
			grows++
		}
	}
	if grows > 30 {
		t.Errorf("100 000 small appends grew the slice %d times", grows)
	}
}

// TestGrowBuffer: the buffer keeps what it holds and what is written after, with room made at once.
func TestGrowBuffer(t *testing.T) {
	for _, n := range []int{10, 4 * Chunk} {
		var b bytes.Buffer
		b.WriteString("begin ")
		GrowBuffer(&b, n)
		if b.Cap()-b.Len() < n {
			t.Fatalf("GrowBuffer(%d): room %d", n, b.Cap()-b.Len())
		}
		c := b.Cap()
		b.Write(filled(n, 4))
		if b.Cap() != c {
			t.Errorf("GrowBuffer(%d): writing the promised bytes grew the buffer", n)
		}
		if want := append([]byte("begin "), filled(n, 4)...); !bytes.Equal(b.Bytes(), want) {
			t.Errorf("GrowBuffer(%d): content differs", n)
		}
	}
}
