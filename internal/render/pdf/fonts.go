package pdf

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/render/pdf/ttf"
)

// family is the name under which the theme's fonts are registered in every document.
const family = "body"

// Font styles as fpdf spells them.
const (
	styleRegular    = ""
	styleBold       = "B"
	styleItalic     = "I"
	styleBoldItalic = "BI"
)

var fontStyles = []string{styleRegular, styleBold, styleItalic, styleBoldItalic}

// Fonts holds the four faces of the theme's body font. It is read once and shared by every document and goroutine;
// only its caches change afterwards, and they are safe for concurrent use.
//
// Each face is kept twice. As a simple font cut to Windows-1252 (see winansi.go), it is ready to be written into a
// document as it is; that is what documents in Western European text use. As the full TrueType bytes, it serves
// documents with other characters: fpdf keeps a parsed Unicode font (glyph tables, a 65 536-entry width table,
// subsetting state) in unexported per-document structures and changes them while it writes the subset, so every
// such document parses the faces it uses again. BenchmarkAddFonts measures that at about 3 ms and 2.2 MB of
// garbage per face. Either way, faces are added to a document only when its layout first needs them: regular and
// bold always, italic and bold italic only when the text has them.
type Fonts struct {
	faces map[string][]byte   // by fpdf style
	names map[string]string   // file names, for messages
	win   map[string]*winFace // by fpdf style; nil when a face cannot be cut, and then every document uses the Unicode faces
	bold  *ttf.Font           // letter shapes of the bold face, for the watermark; nil when unreadable
	marks sync.Map            // the watermark op by its word, made once
	paths sync.Map            // the path operators of a shape by its shapeKey, made once (emitter.pathOps)
	wraps *wrapMemo           // the lines of paragraphs laid out before
}

// LoadFonts reads the body font of a theme: the folder fonts/ of theme must hold four TrueType files, one per face,
// named as font families usually name them — Name.ttf or Name-Regular.ttf, Name-Bold.ttf, Name-Oblique.ttf or
// Name-Italic.ttf, Name-BoldOblique.ttf or Name-BoldItalic.ttf. theme is the theme's own folder, for example
// fs.Sub(pia.Embedded(), "themes/default").
func LoadFonts(theme fs.FS) (*Fonts, error) {
	dir, err := fs.Sub(theme, "fonts")
	if err != nil {
		return nil, errors.New(i18n.T("pdf.fonts.geen-map", osfile.Reason(i18n.Default, err)))
	}
	return LoadFontFolder(dir)
}

// LoadFontFolder reads the four faces from dir, a theme's folder fonts/ itself (see LoadFonts).
func LoadFontFolder(dir fs.FS) (*Fonts, error) {
	entries, err := fs.ReadDir(dir, ".")
	if err != nil {
		return nil, errors.New(i18n.T("pdf.fonts.geen-map", osfile.Reason(i18n.Default, err)))
	}
	f := &Fonts{faces: map[string][]byte{}, names: map[string]string{}, wraps: newWrapMemo()}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.EqualFold(path.Ext(name), ".ttf") {
			continue
		}
		style, ok := faceStyle(name)
		if !ok {
			continue
		}
		if other, dup := f.names[style]; dup {
			return nil, errors.New(i18n.T("pdf.fonts.dubbel", other, name, styleWord(style)))
		}
		b, err := fs.ReadFile(dir, name)
		if err != nil {
			return nil, errors.New(i18n.T("pdf.fonts.lezen", name, osfile.Reason(i18n.Default, err)))
		}
		f.faces[style] = b
		f.names[style] = name
	}
	var missing []string
	for _, s := range fontStyles {
		if f.faces[s] == nil {
			missing = append(missing, styleWord(s))
		}
	}
	if len(missing) > 0 {
		return nil, MissingFaces{i18n.T("pdf.fonts.ontbreekt", strings.Join(missing, ", "))}
	}
	parsed, err := f.check()
	if err != nil {
		return nil, err
	}
	f.win = map[string]*winFace{}
	for _, s := range fontStyles {
		wf, err := makeWinFace(s, f.names[s], f.faces[s], parsed[s])
		if err != nil {
			f.win = nil // the Unicode fonts serve every document, only slower
			break
		}
		f.win[s] = &wf
	}
	f.bold, _ = ttf.Parse(f.faces[styleBold]) // without it, concept documents keep the mark in the header
	return f, nil
}

// MissingFaces is the error of a font folder without all four faces.
type MissingFaces struct{ msg string }

func (e MissingFaces) Error() string { return e.msg }

// faceStyle classifies a font file by the suffix after its last hyphen, or its last two for a family that writes
// Bold-Italic (the Go fonts).
func faceStyle(name string) (string, bool) {
	stem := strings.ToLower(strings.TrimSuffix(name, path.Ext(name)))
	if strings.HasSuffix(stem, "-bold-italic") || strings.HasSuffix(stem, "-bold-oblique") {
		return styleBoldItalic, true
	}
	suffix := ""
	if i := strings.LastIndexByte(stem, '-'); i >= 0 {
		suffix = stem[i+1:]
	}
	switch suffix {
	case "", "regular", "book", "roman":
		return styleRegular, true
	case "bold":
		return styleBold, true
	case "italic", "oblique":
		return styleItalic, true
	case "bolditalic", "boldoblique":
		return styleBoldItalic, true
	}
	return "", false // ExtraLight, Condensed and other faces pia does not use
}

func styleWord(style string) string {
	switch style {
	case styleBold:
		return i18n.T("pdf.fonts.vet")
	case styleItalic:
		return i18n.T("pdf.fonts.cursief")
	case styleBoldItalic:
		return i18n.T("pdf.fonts.vet-cursief")
	}
	return i18n.T("pdf.fonts.normaal")
}

// check parses every face once at start-up and returns, per style, an fpdf document with that face selected.
// fpdf only prints a parse error and goes on without the font (the next SetFont then fails, SplitText even
// panics), so a broken file must be caught here, with its name.
func (f *Fonts) check() (map[string]*fpdf.Fpdf, error) {
	parsed := map[string]*fpdf.Fpdf{}
	for _, s := range fontStyles {
		// fpdf prints what it cannot read to standard output, and may leave a font it half read: it gets only
		// fonts that pass pia's own check.
		var p *fpdf.Fpdf
		switch err := ttf.Check(f.faces[s]); {
		case errors.Is(err, ttf.ErrNoEmbedding):
			return nil, errors.New(i18n.T("pdf.fonts.licentie", f.names[s]))
		case err == nil:
			p = parse(s, f.faces[s])
		}
		if p == nil {
			return nil, errors.New(i18n.T("pdf.fonts.ongeldig", f.names[s]))
		}
		parsed[s] = p
	}
	return parsed, nil
}

// parse returns an fpdf document with b added and selected as face style, or nil when fpdf cannot use it; a
// truncated file makes fpdf's parser panic.
func parse(style string, b []byte) (p *fpdf.Fpdf) {
	defer func() {
		if recover() != nil {
			p = nil
		}
	}()
	p = fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes(family, style, b)
	p.SetFont(family, style, 10)
	if p.Err() || p.GetStringWidth("Cliëntgegevens €") <= 0 {
		return nil
	}
	return p
}
