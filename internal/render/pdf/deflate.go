package pdf

import (
	"bytes"
	"slices"
	"strconv"
	"sync"

	"github.com/klauspost/compress/zlib"
)

// fpdf compresses every page with a new zlib writer, and each new writer allocates and clears about 1.2 MB of
// tables: for a page of text that costs several times the compression itself (see BenchmarkDeflate). pia
// therefore lets fpdf write its streams uncompressed and compresses them afterwards with writers that are reused
// (compressStreams), which needs one pass over the finished file and a new cross-reference table.
//
// The compressor is klauspost/compress's zlib, a drop-in for the standard library's: on pia's pages its fastest
// level is about 2.3 times as fast as compress/zlib's and writes 3% fewer bytes. A full build compresses some
// gigabytes of page content, so that is several seconds.

// zlibPool holds zlib writers; Reset makes a used one as good as new without allocating.
var zlibPool = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
}}

// scratchPool holds buffers for one compressed stream.
var scratchPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// deflate appends the zlib form of data to dst, with the text of text's markers put back (see pageText).
func deflate(dst *bytes.Buffer, data []byte, text *pageText) {
	zw := zlibPool.Get().(*zlib.Writer)
	zw.Reset(dst)
	if text != nil {
		text.expand(data, func(b []byte) { zw.Write(b) }) // writes to a bytes.Buffer do not fail
	} else {
		zw.Write(data)
	}
	zw.Close()
	zlibPool.Put(zw)
}

// compressStreams returns, in new memory, the PDF file pdf, as fpdf writes it (one cross-reference table, objects
// "N 0 obj", streams with a direct /Length), with every stream that has no /Filter compressed with FlateDecode and
// the cross-reference table and startxref moved to match. A file or an object that does not have the expected
// form is left as it is, so the result is always a valid file; TestCompressStreams makes sure pia's own
// documents never take that way out.
func compressStreams(pdf []byte) []byte {
	if out, ok := compressed(pdf, nil); ok {
		return out
	}
	return bytes.Clone(pdf)
}

// compressed is compressStreams for a file of the expected form; ok is false for any other. With text, the
// markers of its runs in page streams are replaced by the runs; ok is also false when a marker is found where
// it cannot be replaced.
func compressed(pdf []byte, text *pageText) (out []byte, ok bool) {
	const startxref = "\nstartxref\n"
	s := bytes.LastIndex(pdf, []byte(startxref))
	if s < 0 {
		return nil, false
	}
	xref, ok := number(pdf[s+len(startxref):])
	if !ok || xref >= s {
		return nil, false
	}
	offsets, trailer, ok := xrefTable(pdf[xref:s])
	if !ok {
		return nil, false
	}
	// The objects in file order; each runs to the next one, the last to the table.
	order := make([]int, 0, len(offsets))
	for n, off := range offsets {
		if off > 0 {
			if off >= xref {
				return nil, false
			}
			order = append(order, n)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	if len(order) == 0 {
		return nil, false
	}

	// A little room to spare saves growing the whole file once more. Page content compresses to a fourth or a
	// third. With the page text kept out, fpdf's file is mostly the fonts, which are compressed already.
	var buf bytes.Buffer
	grow := len(pdf) * 3 / 4
	if text != nil {
		grow = len(pdf) + len(text.data)*2/5
	}
	buf.Grow(grow)
	buf.Write(pdf[:offsets[order[0]]])
	moved := make([]int, len(offsets))
	for i, n := range order {
		end := xref
		if i+1 < len(order) {
			end = offsets[order[i+1]]
		}
		moved[n] = buf.Len()
		if !writeObject(&buf, pdf[offsets[n]:end], text) {
			return nil, false
		}
	}
	at := buf.Len()
	buf.WriteString("xref\n0 ")
	buf.WriteString(strconv.Itoa(len(offsets)))
	buf.WriteString("\n0000000000 65535 f \n")
	var entry [20]byte
	for n := 1; n < len(offsets); n++ {
		e := strconv.AppendInt(entry[:0], int64(moved[n]), 10)
		buf.WriteString("0000000000"[len(e):])
		buf.Write(e)
		buf.WriteString(" 00000 n \n")
	}
	buf.Write(trailer)
	buf.WriteString(startxref)
	buf.WriteString(strconv.Itoa(at))
	buf.WriteString("\n%%EOF\n")
	return buf.Bytes(), true
}

// xrefTable reads a cross-reference table with one section starting at object 0: the offset of every object
// (index = object number; 0 for object 0) and what follows the table, the trailer.
func xrefTable(b []byte) (offsets []int, trailer []byte, ok bool) {
	const head = "xref\n0 "
	if !bytes.HasPrefix(b, []byte(head)) {
		return nil, nil, false
	}
	b = b[len(head):]
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 {
		return nil, nil, false
	}
	count, err := strconv.Atoi(string(b[:nl]))
	if err != nil || count < 1 || count > (len(b)-nl-1)/20 {
		return nil, nil, false
	}
	b = b[nl+1:]
	offsets = make([]int, count)
	for n := range count {
		e := b[20*n : 20*n+20]
		if n == 0 {
			continue
		}
		if string(e[10:]) != " 00000 n \n" {
			return nil, nil, false
		}
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil {
			return nil, nil, false
		}
		offsets[n] = off
	}
	return offsets, b[20*count:], true
}

// writeObject writes one object, compressed when it is a stream without a filter. It returns false, having
// written nothing, for an object that holds a marker of text but is not a stream it compresses.
func writeObject(out *bytes.Buffer, obj []byte, text *pageText) bool {
	const begin, end = "\nstream\n", "\nendstream\n"
	asIs := func() bool {
		if text != nil && text.marks(obj) {
			return false
		}
		out.Write(obj)
		return true
	}
	st := bytes.Index(obj, []byte(begin))
	if st < 0 {
		return asIs()
	}
	dict := obj[:st]
	if bytes.Contains(dict, []byte("/Filter")) {
		return asIs()
	}
	const key = "/Length "
	k := bytes.Index(dict, []byte(key))
	if k < 0 {
		return asIs()
	}
	digits := k + len(key)
	stop := digits
	for stop < len(dict) && dict[stop] >= '0' && dict[stop] <= '9' {
		stop++
	}
	length, err := strconv.Atoi(string(dict[digits:stop]))
	rest := dict[stop:]
	data := st + len(begin)
	if err != nil || bytes.HasPrefix(rest, []byte(" 0 R")) || length > len(obj)-data ||
		!bytes.HasPrefix(obj[data+length:], []byte(end)) {
		return asIs()
	}
	z := scratchPool.Get().(*bytes.Buffer)
	z.Reset()
	deflate(z, obj[data:data+length], text)
	out.Write(dict[:k])
	out.WriteString("/Filter /FlateDecode /Length ")
	out.WriteString(strconv.Itoa(z.Len()))
	out.Write(rest)
	out.WriteString(begin)
	out.Write(z.Bytes())
	out.Write(obj[data+length:])
	scratchPool.Put(z)
	return true
}

// number reads a decimal number at the start of b.
func number(b []byte) (int, bool) {
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(string(b[:i]))
	return n, err == nil
}
