// Package markdown is pia's one goldmark configuration: GitHub tables, footnotes, heading ids that keep Dutch
// letters, Dutch typographic quotes, raw HTML off and javascript: links dropped. The HTML renderer converts with
// it; the PDF renderer walks the AST it parses.
package markdown

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var (
	once sync.Once
	md   goldmark.Markdown
)

// Markdown returns the shared goldmark instance. It is safe for concurrent use.
func Markdown() goldmark.Markdown {
	once.Do(func() {
		md = goldmark.New(
			goldmark.WithExtensions(
				extension.Table,
				extension.Strikethrough,
				// A text's footnotes take its heading prefix, so that two texts on one page do not share "fn:1".
				extension.NewFootnote(extension.WithFootnoteIDPrefixFunction(footnotePrefix)),
				extension.NewTypographer(extension.WithTypographicSubstitutions(extension.TypographicSubstitutions{
					extension.LeftDoubleQuote:  []byte("„"),
					extension.RightDoubleQuote: []byte("”"),
					extension.LeftSingleQuote:  []byte("‘"),
					extension.RightSingleQuote: []byte("’"),
					extension.Apostrophe:       []byte("’"),
					extension.EnDash:           []byte("–"),
					extension.EmDash:           []byte("—"),
					extension.Ellipsis:         []byte("…"),
				})),
			),
			goldmark.WithParserOptions(parser.WithAutoHeadingID(),
				// before the typographer (9999), which would close 'toestemming' where it opens
				parser.WithInlineParsers(util.Prioritized(&dutchQuotes{open: []byte("‘"), close: []byte("’")}, 9990))),
			// Raw HTML stays off: goldmark's HTML renderer omits it unless html.WithUnsafe is given.
		)
	})
	return md
}

// ToHTML converts Markdown to HTML. prefix is put before generated heading ids so that ids from several Markdown
// texts on one page stay unique; links with a scheme other than http, https or mailto are removed (kept as text).
func ToHTML(src string, prefix string) string { return Convert(src, prefix).Text }

// HTML is converted Markdown and the ids its elements carry.
type HTML struct {
	Text string
	IDs  []string // the values of the id attributes in Text, in order (headings, footnotes), quotes escaped
}

// Convert converts Markdown as ToHTML does and also gives the ids in the result, which a page that puts several
// texts together needs to keep its ids unique. Both are kept: a text's ids are not searched for again.
func Convert(src string, prefix string) HTML {
	key := cacheKey{src, prefix}
	if h, ok := cache.get(key); ok {
		return h
	}
	text := toHTML(src, prefix)
	h := HTML{text, idsIn(text)}
	cache.put(key, h)
	return h
}

// idsIn returns the values of the id attributes in goldmark's HTML (attribute values have their quotes escaped).
func idsIn(h string) []string {
	var ids []string
	for {
		i := strings.Index(h, ` id="`)
		if i < 0 {
			return ids
		}
		h = h[i+len(` id="`):]
		end := strings.IndexByte(h, '"')
		if end < 0 {
			return ids
		}
		ids = append(ids, h[:end])
		h = h[end:]
	}
}

type cacheKey struct{ src, prefix string }

// cache holds converted Markdown. Verwerkingen that extend the same template share most of their texts, and the
// pack's text blocks recur in every document, so a large site converts each distinct text once. The result
// depends only on the source and the prefix.
var cache = newGenCache(32 << 20)

// genCache is a cache of two generations that holds about twice limit bytes: when the current generation is full
// it becomes the old one and the oldest is dropped, and a text found in the old generation moves to the current.
// Texts every document uses stay; a long pia serve session or a huge site does not make it grow without end.
// Lookups take no lock: they come from every core for every text of every page.
type genCache struct {
	limit int64
	mu    sync.Mutex // serialises turning to a new generation
	gens  atomic.Pointer[generations]
}

type generations struct {
	cur, old *sync.Map // cacheKey → HTML
	size     atomic.Int64
}

func (c *genCache) get(k cacheKey) (HTML, bool) {
	g := c.gens.Load()
	if h, ok := g.cur.Load(k); ok {
		return h.(HTML), true
	}
	h, ok := g.old.Load(k)
	if !ok {
		return HTML{}, false
	}
	c.put(k, h.(HTML)) // still in use: keep it in the next generation
	return h.(HTML), true
}

func (c *genCache) put(k cacheKey, h HTML) {
	g := c.gens.Load()
	if _, loaded := g.cur.LoadOrStore(k, h); loaded {
		return
	}
	size := len(k.src) + len(k.prefix) + len(h.Text) + 16*len(h.IDs) // the ids are parts of Text: only their headers add
	if g.size.Add(int64(size)) < c.limit {
		return
	}
	c.mu.Lock()
	if c.gens.Load() == g {
		c.gens.Store(&generations{cur: new(sync.Map), old: g.cur})
	}
	c.mu.Unlock()
}

func newGenCache(limit int64) *genCache {
	c := &genCache{limit: limit}
	c.gens.Store(&generations{cur: new(sync.Map), old: new(sync.Map)})
	return c
}

func toHTML(src string, prefix string) string {
	if PlainParagraph(src) {
		return "<p>" + src + "</p>\n"
	}
	source := []byte(src)
	doc := parse(source, prefix)
	if prefix != "" { // for the footnotes' ids; the PDF renderer, which walks the tree itself, has its own
		doc.OwnerDocument().AddMeta(prefixMeta, []byte(prefix))
	}
	out := outputs.Get().(*output)
	defer out.release()
	// goldmark writes through a bufio.Writer; handing it one saves it making a new one for every text.
	if err := Markdown().Renderer().Render(out.w, source, doc); err != nil || out.w.Flush() != nil {
		// Rendering into memory cannot fail with goldmark's HTML renderer; keep the text readable if it ever does.
		return "<p>" + escape(src) + "</p>"
	}
	return out.buf.String()
}

// output is a buffer for goldmark's HTML and the bufio.Writer goldmark writes it through, kept for reuse.
type output struct {
	buf bytes.Buffer
	w   *bufio.Writer
}

var outputs = sync.Pool{New: func() any {
	o := &output{}
	o.w = bufio.NewWriter(&o.buf)
	return o
}}

func (o *output) release() {
	if o.buf.Cap() > 1<<20 {
		return // a rare long text should not keep its buffer
	}
	o.buf.Reset()
	o.w.Reset(&o.buf)
	outputs.Put(o)
}

// PlainParagraph reports whether src is a single line of text without any character that Markdown, the
// typographer or HTML escaping would change, so that it renders as "<p>src</p>" without running goldmark. Most
// questionnaire fields are such short sentences; skipping the parser for them is the largest saving of a build.
// A test and a fuzz target check that the shortcut gives exactly goldmark's output.
func PlainParagraph(src string) bool {
	if src == "" || src[0] == ' ' || src[len(src)-1] == ' ' || strings.Contains(src, "..") || strings.Contains(src, "  ") {
		return false
	}
	for i, r := range src {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == ' ', r == ',', r == ';', r == '(', r == ')', r == '?',
			r == '/', r == '%', r == '.' && i > 0, r == ':' && i > 0:
		case r >= '0' && r <= '9':
			if i == 0 {
				return false // "1. item" would be a list
			}
		case r >= 0x80:
			if !unicode.IsLetter(r) && !strings.ContainsRune("€’‘”„–—…", r) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// Parse parses Markdown into goldmark's AST with pia's options, with unsafe links already removed. The source of
// text segments is []byte(src).
func Parse(src, prefix string) ast.Node { return parse([]byte(src), prefix) }

func parse(source []byte, prefix string) ast.Node {
	ctx := parser.NewContext(parser.WithIDs(newIDs(prefix)))
	doc := Markdown().Parser().Parse(text.NewReader(source), parser.WithContext(ctx))
	dropUnsafeLinks(doc, source)
	return doc
}

// prefixMeta is the key under which a parsed document keeps its id prefix, for the footnotes' ids.
const prefixMeta = "pia-id-prefix"

func footnotePrefix(n ast.Node) []byte {
	if d := n.OwnerDocument(); d != nil {
		if p, ok := d.Meta()[prefixMeta].([]byte); ok {
			return p
		}
	}
	return nil
}

// insideLink reports whether n is part of a link's text.
func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.Link); ok {
			return true
		}
	}
	return false
}

// LocalURL reports whether a destination stays on the site: no scheme and no host (not "//host/…").
func LocalURL(dest string) bool {
	d := strings.Map(func(r rune) rune { // as in SafeURL: browsers skip these
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, dest)
	if strings.HasPrefix(d, "//") || strings.HasPrefix(d, `\\`) || strings.HasPrefix(d, `/\`) || strings.HasPrefix(d, `\/`) {
		return false
	}
	i := strings.IndexAny(d, ":/?#")
	return i < 0 || d[i] != ':'
}

// SafeURL reports whether a link destination may be followed: relative links, #anchors, http(s) and mailto.
func SafeURL(dest string) bool {
	d := strings.ToLower(strings.TrimSpace(dest))
	// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
	d = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, d)
	i := strings.IndexAny(d, ":/?#")
	if i < 0 || d[i] != ':' {
		return true // no scheme: a relative link
	}
	switch d[:i] {
	case "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// dropUnsafeLinks replaces links and images with unsafe destinations by their text, and an image from another host
// by a link to it: a page of the site loads nothing from elsewhere, so a reader's visit is not told to a third
// party.
func dropUnsafeLinks(doc ast.Node, source []byte) {
	var bad []ast.Node
	var remote []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Link:
			if !SafeURL(string(x.Destination)) {
				bad = append(bad, n)
			}
		case *ast.Image:
			switch {
			case !SafeURL(string(x.Destination)):
				bad = append(bad, n)
			case !LocalURL(string(x.Destination)):
				remote = append(remote, x)
			}
		case *ast.AutoLink:
			if !SafeURL(string(x.URL(source))) {
				bad = append(bad, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, img := range remote {
		if insideLink(img) { // a link in a link is not HTML: keep the alt text, which the outer link already leads from
			bad = append(bad, img)
			continue
		}
		link := ast.NewLink()
		link.Destination, link.Title = img.Destination, img.Title
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			link.AppendChild(link, c)
			c = next
		}
		img.Parent().ReplaceChild(img.Parent(), img, link)
	}
	for _, n := range bad {
		parent := n.Parent()
		if parent == nil {
			continue
		}
		for c := n.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, n, c)
			c = next
		}
		parent.RemoveChild(parent, n)
	}
}

// ids makes heading ids that keep letters of every script ("Cliëntgegevens" → "cliëntgegevens") and are unique
// within one conversion.
type ids struct {
	prefix string
	seen   map[string]bool
}

func newIDs(prefix string) *ids { return &ids{prefix: prefix, seen: map[string]bool{}} }

// Generate implements parser.IDs.
func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	base := Slug(string(value))
	if base == "" {
		base = "kop"
	}
	base = s.prefix + base
	id := base
	for i := 1; s.seen[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.seen[id] = true
	return []byte(id)
}

// Put implements parser.IDs.
func (s *ids) Put(value []byte) { s.seen[string(value)] = true }

// Slug turns a heading into an id: lower case letters and digits of any script, words joined by hyphens.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

func escape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	return r.Replace(s)
}

// RawHTML finds the first piece of HTML in src that the documents leave out: a tag such as <b> or <br>, inline or
// as a block, but not a comment (<!-- … -->, a note left for the writers) nor an autolink (<https://…>). It returns
// the byte offset of the piece in src and the piece itself, or -1. Text in code spans and code blocks is code, not
// HTML, and is shown as written.
func RawHTML(src string) (at int, tag string) {
	if !strings.Contains(src, "<") {
		return -1, ""
	}
	source := []byte(src)
	doc := Markdown().Parser().Parse(text.NewReader(source))
	at = -1
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var segs *text.Segments
		switch n := n.(type) {
		case *ast.RawHTML:
			segs = n.Segments
		case *ast.HTMLBlock:
			if n.HTMLBlockType == ast.HTMLBlockType2 { // a comment
				return ast.WalkSkipChildren, nil
			}
			segs = n.Lines()
		default:
			return ast.WalkContinue, nil
		}
		if segs.Len() == 0 {
			return ast.WalkContinue, nil
		}
		first := segs.At(0)
		piece := string(first.Value(source))
		if strings.HasPrefix(piece, "<!--") {
			return ast.WalkContinue, nil
		}
		at, tag = first.Start, firstTag(piece)
		return ast.WalkStop, nil
	})
	return at, tag
}

// firstTag cuts the first tag from an HTML piece, short enough to quote in a message.
func firstTag(piece string) string {
	piece = strings.TrimSpace(piece)
	if i := strings.IndexByte(piece, '>'); i >= 0 {
		piece = piece[:i+1]
	}
	if r := []rune(piece); len(r) > 40 {
		piece = string(r[:39]) + "…"
	}
	return piece
}
