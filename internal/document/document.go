// Package document describes the documents pia generates — the PIA report, the werkinstructie, the
// privacyverklaring, the overall privacy statement, the register and the overview — as a small tree of sections,
// paragraphs, lists, tables and risk matrices. The tree is built once per document from the model, the findings
// and the pack's text blocks; the HTML and the PDF renderer are two renderers of the same tree, so no text is
// written twice.
package document

import (
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

// Kind names a type of document.
type Kind string

// The kinds of document.
const (
	KindPIA               Kind = "pia"
	KindWerkinstructie    Kind = "werkinstructie"
	KindPrivacyverklaring Kind = "privacyverklaring"
	KindPrivacyOverzicht  Kind = "privacy"   // the overall privacy statement
	KindRegister          Kind = "register"  // the art. 30 register
	KindOverzicht         Kind = "overzicht" // the home page of the site
	KindPagina            Kind = "pagina"    // a Markdown page of the site
)

// Document is one generated document.
type Document struct {
	Kind Kind
	// ID is the verwerking id for per-verwerking documents, the page path for pages, "" otherwise.
	ID       string
	Title    string
	Subtitle string
	Lang     i18n.Lang
	// Status is the verwerking's status; concept documents are marked as such (watermark, banner).
	Status model.Status
	Versie string
	// Datum is the document date; the PDF uses it as creation date so identical input gives identical bytes.
	Datum       model.Datum
	Auteur      string // who drew it up (opsteller)
	Eigenaar    string // process owner
	Organisatie string // the controller's name, for headers and metadata
	// Summary is a one-sentence description for search results and the PDF subject.
	Summary string
	// Meta are the facts of the title page (status, version, date, author, owner …).
	Meta []Field
	Body []Block
	// Links are the other forms and related documents (PDF versions, the werkinstructie of this PIA …).
	Links []Link
}

// Field is a labelled value.
type Field struct {
	Label string
	Value Inline
}

// Inline is the text of a paragraph, item or cell. Plain text is escaped by every renderer; Markdown text (the
// questionnaire's (md) fields and the pack's text blocks) is rendered with goldmark, raw HTML off.
type Inline struct {
	Text     string
	Markdown bool
	// Link, when set, makes the whole text a link to another document (used in overview and register tables).
	Link *Link
	// Items, when it holds two or more entries (IsList), makes the text a list of plain entries shown one below the other,
	// each with its own capital; Text joins them for uses that need one string (search, column widths).
	Items []string
}

// Plain returns plain text.
func Plain(s string) Inline { return Inline{Text: s} }

// PlainList returns plain entries as one Inline: a list when there are two or more, plain text otherwise. Text
// joins them with sep.
func PlainList(items []string, sep string) Inline {
	return Inline{Text: strings.Join(items, sep), Items: items}
}

// IsList reports whether renderers show the Inline as a list of its Items: there are two or more, and it is
// neither Markdown nor a link.
func (in Inline) IsList() bool { return len(in.Items) > 1 && !in.Markdown && in.Link == nil }

// MD returns Markdown text.
func MD(s string) Inline { return Inline{Text: s, Markdown: true} }

// IsEmpty reports whether there is no text.
func (in Inline) IsEmpty() bool { return in.Text == "" }

// Block is a part of a document body.
type Block interface{ block() }

// Section is a numbered or unnumbered part with a heading; sections nest, and the nesting depth is the heading
// level (a top-level section is level 1 below the document title).
type Section struct {
	Anchor string // unique within the document, usable as HTML id and PDF link target
	Number string // "11" or "" for unnumbered sections
	Title  string
	Blocks []Block
}

// Text is one or more paragraphs. A Markdown text may hold several paragraphs, lists and tables of its own.
type Text struct{ Inline }

// List is a bulleted or numbered list.
type List struct {
	Ordered bool
	Items   []Inline
}

// Definitions is a list of labelled values (a description list).
type Definitions struct{ Items []Field }

// Table is a data table with a header row.
type Table struct {
	Caption string // what the table shows; rendered as caption (HTML) and above the table (PDF)
	Header  []string
	Rows    []Row
	// Widths are relative column widths (any unit); nil spreads evenly.
	Widths []float64
}

// Row is a table row; Tone colours the row (for example a finding of severity fout).
type Row struct {
	Cells []Inline
	Tone  Tone
}

// Notice is a highlighted box: a conclusion, a warning about an unverified source, a concept banner.
type Notice struct {
	Tone   Tone
	Title  string
	Blocks []Block
}

// RiskMatrix is the 4×4 matrix of kans (rows) × impact (columns) with the risks placed in their cells.
type RiskMatrix struct {
	Caption string
	Points  []RiskPoint
	// Alt is a text alternative: a sentence per risk with its cell, for screen readers and for text extraction.
	Alt string
}

// RiskPoint places one risk in the matrix.
type RiskPoint struct {
	ID     string
	Label  string // short description
	Kans   model.Score
	Impact model.Score
	Niveau model.Niveau
}

// LinkList is a list of links to other documents of the site.
type LinkList struct{ Items []Link }

// Link points at another document (or another form of this one) by kind and id; each renderer turns it into its
// own kind of address (a relative URL in HTML, a file name or nothing in PDF).
type Link struct {
	Text   string
	Kind   Kind
	ID     string
	Format Format // the form linked to: HTML page or PDF file
	Note   string // extra words after the link, e.g. a status
}

// Format is the form of a linked document.
type Format string

// Forms of documents.
const (
	FormatHTML Format = "html"
	FormatPDF  Format = "pdf"
	FormatCSV  Format = "csv"  // only the register
	FormatJSON Format = "json" // only the register
	// FormatExcelCSV is the register as CSV the way a Dutch Excel opens it (semicolons, a byte order mark).
	FormatExcelCSV Format = "excel-csv"
)

// RegisterFormats are the forms of the register besides its page.
var RegisterFormats = []Format{FormatCSV, FormatExcelCSV, FormatJSON}

// Tone colours a row, notice or matrix cell.
type Tone string

// Tones.
const (
	ToneNone         Tone = ""
	ToneInfo         Tone = "info"
	ToneOK           Tone = "ok"
	ToneFout         Tone = "fout"
	ToneWaarschuwing Tone = "waarschuwing"
	ToneAdvies       Tone = "advies"
	ToneLaag         Tone = "laag"
	ToneMidden       Tone = "midden"
	ToneHoog         Tone = "hoog"
)

func (Section) block()     {}
func (Text) block()        {}
func (List) block()        {}
func (Definitions) block() {}
func (Table) block()       {}
func (Notice) block()      {}
func (RiskMatrix) block()  {}
func (LinkList) block()    {}

// Path returns the output path of a document of the given kind and id, relative to the output folder, for the
// given form. It is the one place that knows the layout of SPEC's "Outputs".
func Path(kind Kind, id string, f Format) string {
	switch f {
	case FormatCSV, FormatJSON:
		if kind == KindRegister {
			return "register/register." + string(f)
		}
		return ""
	case FormatExcelCSV:
		if kind == KindRegister {
			return "register/register-excel.csv"
		}
		return ""
	}
	if f == FormatPDF {
		switch kind {
		case KindPIA, KindWerkinstructie, KindPrivacyverklaring:
			return "pdf/" + id + "-" + string(kind) + ".pdf"
		}
		return ""
	}
	switch kind {
	case KindPIA:
		return "verwerkingen/" + id + "/index.html"
	case KindWerkinstructie:
		return "verwerkingen/" + id + "/werkinstructie/index.html"
	case KindPrivacyverklaring:
		return "privacy/" + id + "/index.html"
	case KindPrivacyOverzicht:
		return "privacy/index.html"
	case KindRegister:
		return "register/index.html"
	case KindOverzicht:
		return "index.html"
	case KindPagina:
		return id + "/index.html"
	}
	return ""
}

// HasPDF reports whether documents of this kind are also made as PDF.
func HasPDF(kind Kind) bool {
	return kind == KindPIA || kind == KindWerkinstructie || kind == KindPrivacyverklaring
}

// Walk calls f for every block of the body in document order, descending into sections and notices, with the
// section depth (0 for blocks outside any section).
func Walk(blocks []Block, f func(b Block, depth int)) {
	var walk func([]Block, int)
	walk = func(bs []Block, depth int) {
		for _, b := range bs {
			f(b, depth)
			switch x := b.(type) {
			case Section:
				walk(x.Blocks, depth+1)
			case Notice:
				walk(x.Blocks, depth)
			}
		}
	}
	walk(blocks, 0)
}
