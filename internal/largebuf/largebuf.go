// Package largebuf copies and grows byte slices of many megabytes (the register, the overview and the search
// index of a large site) so that the garbage collector can stop the goroutine doing it.
//
// A copy by append or copy, and the clearing that bytes.Buffer.Grow and slices.Grow do, is one run of machine
// code that the runtime cannot interrupt. On fresh memory it takes a page fault every four kilobytes, and
// meanwhile a collector that wants to scan the goroutine's stack spins on a core waiting for it. Here a large
// copy is made a piece at a time with a yield in between, and new memory comes from make, which the runtime
// clears in pieces.
package largebuf

import (
	"bytes"
	"runtime"
)

// Chunk is the piece size: a copy of at most Chunk bytes is made at once.
const Chunk = 256 << 10

// Append is append(dst, src...).
func Append(dst, src []byte) []byte {
	if len(src) <= Chunk && cap(dst)-len(dst) >= len(src) {
		return append(dst, src...)
	}
	dst = Grow(dst, len(src))
	for len(src) > 0 {
		n := min(len(src), Chunk)
		dst = append(dst, src[:n]...)
		src = src[n:]
		if len(src) > 0 {
			runtime.Gosched()
		}
	}
	return dst
}

// Grow returns dst with room for at least n more bytes. Like append, it at least doubles the capacity, so that
// appending piece by piece takes amortised constant time.
func Grow(dst []byte, n int) []byte {
	if cap(dst)-len(dst) >= n {
		return dst
	}
	return Append(make([]byte, 0, max(len(dst)+n, 2*cap(dst))), dst)
}

// GrowBuffer makes room for at least n more bytes in b, as b.Grow(n) does.
func GrowBuffer(b *bytes.Buffer, n int) {
	if b.Cap()-b.Len() >= n {
		return
	}
	if n <= Chunk {
		b.Grow(n)
		return
	}
	*b = *bytes.NewBuffer(Append(make([]byte, 0, b.Len()+n), b.Bytes()))
}
