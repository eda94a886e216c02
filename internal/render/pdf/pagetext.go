package pdf

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync"
)

// Most of a page is what the emitter writes itself with the Windows-1252 faces (text, faces, colours, rectangles
// and lines), and on a concept document the watermark's outline (pathOps). Handed to fpdf, each run of it would be copied four times in memory
// that grows step by step: into a string for RawWriteStr, into the page's buffer, into a string again when fpdf
// writes the page, and into the buffer of the whole file, which takes several times the size of the document in
// allocations. pageText keeps the runs instead, and fpdf's page gets a marker in their place; compressed puts each
// run back where its marker stands while it compresses the page, so the file is the same to the byte. A marker is a
// NUL byte, the Renderer's random tag, the number of the run and a NUL: fpdf writes no NUL into a page and text
// cannot hold one (clean removes control characters), and the tag keeps a marker from being taken for anything else
// even so.
type pageText struct {
	tag  []byte // "\x00" and the Renderer's tag
	data []byte // the runs, one after the other
	ends []int  // where each run ends in data
}

// newTag returns a random tag for a Renderer's markers.
func newTag() string { return fmt.Sprintf("\x00pia%016x:", rand.Uint64()) }

var pageTexts = sync.Pool{New: func() any { return new(pageText) }}

func (t *pageText) reset(tag string) {
	t.tag = append(t.tag[:0], tag...)
	t.data, t.ends = t.data[:0], t.ends[:0]
}

// add keeps a run and returns the marker that stands for it.
func (t *pageText) add(run []byte) string {
	t.data = append(t.data, run...)
	return t.marker()
}

// addString is add for a run held in a string.
func (t *pageText) addString(run string) string {
	t.data = append(t.data, run...)
	return t.marker()
}

// marker ends the run added last and returns its marker.
func (t *pageText) marker() string {
	t.ends = append(t.ends, len(t.data))
	m := make([]byte, 0, len(t.tag)+8)
	m = append(m, t.tag...)
	m = strconv.AppendInt(m, int64(len(t.ends)-1), 10)
	return string(append(m, 0))
}

// marks reports whether data holds a marker.
func (t *pageText) marks(data []byte) bool { return len(t.ends) > 0 && bytes.Contains(data, t.tag) }

// expand hands data to write piece by piece, with every marker replaced by its run.
func (t *pageText) expand(data []byte, write func([]byte)) {
	for len(t.ends) > 0 {
		i := bytes.Index(data, t.tag)
		if i < 0 {
			break
		}
		j := i + len(t.tag)
		k, n := j, 0
		for k < len(data) && k-j < 9 && data[k] >= '0' && data[k] <= '9' {
			n = n*10 + int(data[k]-'0')
			k++
		}
		if k == j || k == len(data) || data[k] != 0 || n >= len(t.ends) {
			write(data[:j]) // not a marker after all
			data = data[j:]
			continue
		}
		write(data[:i])
		start := 0
		if n > 0 {
			start = t.ends[n-1]
		}
		write(t.data[start:t.ends[n]])
		data = data[k+1:]
	}
	write(data)
}

// release puts t back for another document, unless one very long document made it large.
func (t *pageText) release() {
	if cap(t.data) <= 8<<20 {
		pageTexts.Put(t)
	}
}
