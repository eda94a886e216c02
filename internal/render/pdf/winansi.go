package pdf

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"errors"
	"path"
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"github.com/klauspost/compress/zlib"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/render/pdf/ttf"
)

// Most documents only hold characters of Windows-1252 (Western European text: Dutch, with €, curly quotes and
// dashes). For those, every face is embedded as a simple TrueType font: the theme's face cut once, at start-up, to
// the 218 characters of that code page and stripped of its hinting, compressed once and written into each
// document as it is. The other way,
// a Unicode (Type 0) font, makes fpdf parse the whole face and cut a subset for every document, which costs more
// than laying out and writing the document itself (BenchmarkAddFonts). Documents with a character outside the
// code page, such as "Łódź" or "≥", are laid out again with the Unicode fonts; both ways use the same widths from
// the same face, so the pages look alike.

// errNotWinAnsi is raised (as a panic, from deep inside the layout) when text does not fit Windows-1252; Render
// then starts over with the Unicode fonts.
var errNotWinAnsi = errors.New("pdf: text outside Windows-1252")

// winHigh are the characters of Windows-1252 at 0x80–0x9F; 0 marks a code the code page leaves undefined.
var winHigh = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// winCode is the Windows-1252 code of r, or false when the code page does not have it. Control characters have no
// glyph and are never encoded: clean removes them from text, except line breaks, which end a line before they
// reach measuring or drawing.
func winCode(r rune) (byte, bool) {
	switch {
	case r >= 0x20 && r < 0x7f, r >= 0xa0 && r <= 0xff:
		return byte(r), true
	}
	for i, h := range winHigh {
		if h != 0 && h == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// winRune is the character of code c, or false for a control or undefined code.
func winRune(c byte) (rune, bool) {
	switch {
	case c >= 0x20 && c < 0x7f, c >= 0xa0:
		return rune(c), true
	case c >= 0x80 && c < 0xa0:
		r := winHigh[c-0x80]
		return r, r != 0
	}
	return 0, false
}

// winAnsi encodes s as Windows-1252. Text that is all ASCII, most words, is returned as it is.
func winAnsi(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++
	}
	if i == len(s) {
		return s, true
	}
	b := make([]byte, i, len(s))
	copy(b, s)
	for _, r := range s[i:] {
		c, ok := winCode(r)
		if !ok {
			return "", false
		}
		b = append(b, c)
	}
	return string(b), true
}

// utf16Text is s as a PDF text string in UTF-16BE with a byte order mark, which is what an outline entry needs when
// the current font is not a Unicode font (fpdf then passes the bytes as they are).
func utf16Text(s string) string {
	b := make([]byte, 2, 2+2*len(s))
	b[0], b[1] = 0xfe, 0xff
	for _, r := range s {
		if r > 0xffff {
			r = utf8.RuneError // clean keeps text inside the Basic Multilingual Plane
		}
		b = append(b, byte(r>>8), byte(r))
	}
	return string(b)
}

// winFace is one face as a simple TrueType font: fpdf's font definition (JSON) and the compressed font file.
type winFace struct {
	def, z []byte
	cw     [256]int // widths by code, in thousandths of the font size
	// ref is the name fpdf gives the face in a page's resources ("/F" and a hash of the definition), which the
	// emitter writes when it selects the face itself (setFont).
	ref string
}

// winDef mirrors fpdf's font definition file, the JSON that fpdf's makefont writes.
type winDef struct {
	Tp           string
	Name         string
	Desc         fpdf.FontDescType
	Up, Ut       int
	Cw           []int
	Enc          string
	Diff         string
	File         string
	Size1, Size2 int
	OriginalSize int
}

// winCharset is every character of Windows-1252, the cut the faces are reduced to.
func winCharset() string {
	var sb strings.Builder
	for c := 0; c < 256; c++ {
		if r, ok := winRune(byte(c)); ok {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// makeWinFace cuts face (TrueType bytes, fpdf style) to Windows-1252 and describes it for fpdf. The widths come
// from full, an fpdf document with the full face selected (see parse), so a word is exactly as wide as with the
// Unicode font.
func makeWinFace(style, file string, face []byte, full *fpdf.Fpdf) (wf winFace, err error) {
	defer func() {
		if recover() != nil { // fpdf's TrueType code panics on fonts it cannot read
			err = errors.New(i18n.T("pdf.fonts.ongeldig", file))
		}
	}()
	cut := fpdf.UTF8CutFont(face, winCharset())
	// Every document carries these bytes: without the hinting program they are about a third smaller. A face that
	// cannot be stripped is embedded with its hinting.
	if plain, err := ttf.StripHinting(cut); err == nil && parse(style, plain) != nil {
		cut = plain
	} else if cut == nil || parse(style, cut) == nil {
		return winFace{}, errors.New(i18n.T("pdf.fonts.ongeldig", file))
	}
	p := full
	desc := p.GetFontDesc(family, style)
	desc.Flags = desc.Flags&^fpdf.FontFlagSymbolic | fpdf.FontFlagNonsymbolic
	cw := make([]int, 256)
	for c := range cw {
		if r, ok := winRune(byte(c)); ok {
			cw[c] = p.GetStringSymbolWidth(string(r))
		} else {
			cw[c] = desc.MissingWidth
		}
	}
	sum := sha1.Sum(cut)
	tag := make([]byte, 6) // a subset is named with a tag of six capitals, PDF 32000 §9.6.4
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	def, err := json.Marshal(winDef{
		Tp:           "TrueType",
		Name:         string(tag) + "+" + psName(file),
		Desc:         desc,
		Up:           -100,
		Ut:           50,
		Cw:           cw,
		Enc:          "cp1252",
		File:         "winansi" + style + ".z",
		OriginalSize: len(cut),
	})
	if err != nil {
		return winFace{}, err
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(cut)
	zw.Close()
	ref, err := fpdfFontRef(style, def, z.Bytes())
	if err != nil {
		return winFace{}, err
	}
	wf = winFace{def: def, z: z.Bytes(), ref: ref}
	copy(wf.cw[:], cw)
	return wf, nil
}

// errFontRef means fpdf selects a face in a way fpdfFontRef does not know; the Unicode faces are used instead.
var errFontRef = errors.New("pdf: no font reference in fpdf's page")

// fpdfFontRef returns the name by which fpdf selects a face in a page, learnt from fpdf itself: a page of a
// document with only this face, selected once. fpdf derives the name from the definition but does not expose it.
func fpdfFontRef(style string, def, z []byte) (string, error) {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(false)
	p.AddFontFromBytes(family, style, def, z)
	p.AddPage()
	p.SetFont(family, style, 10)
	var out bytes.Buffer
	if err := p.Output(&out); err != nil {
		return "", err
	}
	const before, after = "BT /F", " 10.00 Tf ET"
	b := out.Bytes()
	i := bytes.Index(b, []byte(before))
	if i < 0 {
		return "", errFontRef
	}
	b = b[i+len(before)-2:] // from "/F"
	j := bytes.Index(b, []byte(after))
	if j < 3 {
		return "", errFontRef
	}
	for _, c := range b[2:j] { // a PDF name of letters and digits, which needs no escaping
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return "", errFontRef
		}
	}
	return string(b[:j]), nil
}

// psName makes a PostScript font name of a file name: its stem, with only letters, digits and hyphens.
func psName(file string) string {
	stem := strings.TrimSuffix(file, path.Ext(file))
	name := strings.Map(func(r rune) rune {
		if r == '-' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, stem)
	if name == "" {
		return "Font"
	}
	return name
}
