package html

import (
	"bytes"
	"errors"
	"html/template"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/theme"
)

var (
	// execError is how text/template reports a layout that fails while it runs: the place, the action and why.
	execError = regexp.MustCompile(`^template: ([^:\s]+):(\d+):(\d+): executing "[^"]*" at <(.*)>: (.*)$`)
	// escapeError is how html/template reports a layout it cannot make safe, or a missing part, when it first runs.
	escapeError = regexp.MustCompile(`^html/template:([^:\s]+):(\d+):(\d+): (.*)$`)
	// escapeErrorName is the same for an error html/template can only place in a named template.
	escapeErrorName = regexp.MustCompile(`^html/template:([^:\s]+): (.*)$`)
	// parseError is how it reports a layout that is not a valid template.
	parseError = regexp.MustCompile(`^template: ([^:\s]+):(\d+):(?:\d+:)? (.*)$`)
	// templateCauses are the reasons a theme's author can act on, in the user's language.
	templateCauses = []struct {
		re  *regexp.Regexp
		key string
	}{
		{regexp.MustCompile(`^can't evaluate field (\w+) in type`), "html.fout.sjabloon.veld"},
		{regexp.MustCompile(`^function "(\w+)" not defined$`), "html.fout.sjabloon.functie"},
		{regexp.MustCompile(`^(?:template: )?no such template "([^"]+)"$`), "html.fout.sjabloon.deel"},
		{regexp.MustCompile(`^template "([^"]+)" not defined$`), "html.fout.sjabloon.deel"},
		{regexp.MustCompile(`^ends in a non-text context: .*$`), "html.fout.sjabloon.context"},
		{regexp.MustCompile(`^missing value for (\w+)$`), "html.fout.sjabloon.waarde"},
		{regexp.MustCompile(`^unexpected EOF$`), "html.fout.sjabloon.end"},
		{regexp.MustCompile(`^unexpected \{\{end\}\}$`), "html.fout.sjabloon.end-te-veel"},
		{regexp.MustCompile(`^unclosed action$`), "html.fout.sjabloon.open"},
		{regexp.MustCompile(`^unclosed action started at \S+:(\d+)$`), "html.fout.sjabloon.open-regel"},
		{regexp.MustCompile(`(?s)^range can't iterate over `), "html.fout.sjabloon.range"},
		{regexp.MustCompile(`^exceeded maximum template depth`), "html.fout.sjabloon.diepte"},
	}
)

// LayoutError is a mistake in a file of the theme: the file as the site names it (or as the tool's own theme
// names it), the line and column when Go's templates gave them (0 otherwise), and the whole message, which names
// them too.
type LayoutError struct {
	File      string
	Line, Col int
	msg       string
}

func (e *LayoutError) Error() string { return e.msg }

// where is a place in a file of the theme for a message (see place); it prints as its text.
type where struct {
	text      string
	file      string
	line, col int
}

func (w where) String() string { return w.text }

// layoutError is the message key with args about the place w.
func (r *Renderer) layoutError(w where, key string, args ...any) error {
	return &LayoutError{File: w.file, Line: w.line, Col: w.col, msg: r.lang.T(key, args...)}
}

// place names a file of the theme for a message: its path as the site has it, the position Go's templates gave,
// if any (see goPos), and the note of theme.Source when the file is the tool's own, after the position, which
// editors read as file:line:col.
func (r *Renderer) place(file string, pos ...string) where {
	path, note := theme.Source(r.theme, file)
	w := where{file: path}
	var at string
	at, w.line, w.col = r.goPos(file, pos...)
	w.text = path + at + note
	return w
}

// goPos writes a position in the layout file of the theme from Go's templates as ":line:col", with the column
// counted in characters from 1, as editors and pia's other messages count it: Go counts the bytes before it on the
// line. It returns the line and column too, or 0 for what Go did not give.
func (r *Renderer) goPos(file string, pos ...string) (string, int, int) {
	if len(pos) == 2 {
		line, errL := strconv.Atoi(pos[0])
		col, errC := strconv.Atoi(pos[1])
		if errL == nil && errC == nil {
			chars := col
			if src, err := fs.ReadFile(r.theme, file); err == nil {
				lines := strings.Split(string(src), "\n")
				if line >= 1 && line <= len(lines) && col <= len(lines[line-1]) {
					chars = utf8.RuneCountInString(lines[line-1][:col])
				}
			}
			return ":" + pos[0] + ":" + strconv.Itoa(chars+1), line, chars + 1
		}
	}
	var b strings.Builder
	for _, p := range pos {
		b.WriteString(":" + p)
	}
	line := 0
	if len(pos) == 1 {
		line, _ = strconv.Atoi(pos[0])
	}
	return b.String(), line, 0
}

// maxCause is how much of a cause Go gives in its own words a message quotes: some quote a whole value, such as
// all of the site's data.
const maxCause = 160

// templateError tells what is wrong with a layout of the theme in the user's language: the file as the site has it
// (or as the tool's own theme has it), the line and column, the action that failed and why. An error that is not
// text/template's is returned as it is.
func (r *Renderer) templateError(err error) error {
	if errors.Is(err, ErrTooLong) {
		return r.tooLong()
	}
	msg := err.Error()
	at := r.place
	if m := execError.FindStringSubmatch(msg); m != nil {
		action := m[4]
		if !strings.HasPrefix(action, "{{") {
			action = "{{" + action + "}}"
		}
		w := at(m[1], m[2], m[3])
		return r.layoutError(w, "html.fout.uitvoeren", w, action, r.templateCause(m[5]))
	}
	if m := escapeError.FindStringSubmatch(msg); m != nil {
		w := at(m[1], m[2], m[3])
		return r.layoutError(w, "html.fout.sjabloon", w, r.templateCause(m[4]))
	}
	if m := escapeErrorName.FindStringSubmatch(msg); m != nil {
		if !strings.HasSuffix(m[1], ".html") {
			// A {{define}} name, not a file. A part that ends inside a tag, attribute or quote is blamed on the
			// part that calls it ("base"), either as such or as bad markup after the call: look for the file whose
			// part it is.
			var te *template.Error
			if errors.As(err, &te) && (te.ErrorCode == template.ErrEndContext || te.ErrorCode == template.ErrBadHTML) {
				if f, line, col := r.unclosedIn(); f != "" {
					w := at(f)
					if line > 0 {
						w = at(f, strconv.Itoa(line), strconv.Itoa(col))
					}
					return r.layoutError(w, "html.fout.sjabloon", w, r.lang.T("html.fout.sjabloon.context"))
				}
			}
			return errors.New(r.lang.T("html.fout.sjabloon", r.lang.T("html.fout.deel", m[1]), r.templateCause(m[2])))
		}
		w := at(m[1])
		return r.layoutError(w, "html.fout.sjabloon", w, r.templateCause(m[2]))
	}
	if m := parseError.FindStringSubmatch(msg); m != nil {
		w := at(m[1], m[2])
		return r.layoutError(w, "html.fout.sjabloon", w, r.templateCause(m[3]))
	}
	return err
}

// unclosedIn returns the layout file of the theme with a part that ends inside a tag, an attribute or a quote, and
// the line and the byte column (from 0, as Go counts) where what is left open starts, or "". Go's html/template
// reports such a part only as a fault of the part that calls it. Each file is parsed on its own, with an empty part
// for each part it calls from another file, and each part that some layout calls (or base, where a page starts) is
// escaped on its own, which finds the part; it is then run without data into a writer that takes nothing, so that
// running stops at once. Text outside the parts of a file, and a part no layout calls, never reach a page.
func (r *Renderer) unclosedIn() (file string, line, col int) {
	files, _ := fs.Glob(r.theme, "layouts/partials/*.html")
	more, _ := fs.Glob(r.theme, "layouts/*.html")
	type layoutFile struct {
		name  string
		src   []byte
		trees map[string]*parse.Tree // its parts, as parsed
	}
	parseFile := func(f string, src []byte) (*template.Template, error) {
		return template.New(f).Funcs(template.FuncMap{"t": r.lang.T}).Parse(string(src))
	}
	var parsed []layoutFile
	called := map[string]bool{"base": true}
	for _, f := range append(files, more...) {
		b, err := fs.ReadFile(r.theme, f)
		if err != nil {
			continue
		}
		t, err := parseFile(f, b)
		if err != nil {
			continue
		}
		trees := map[string]*parse.Tree{}
		for _, part := range t.Templates() {
			if part.Tree != nil {
				trees[part.Name()] = part.Tree
				visitNodes(part.Tree.Root, func(n parse.Node) {
					if c, ok := n.(*parse.TemplateNode); ok {
						called[c.Name] = true
					}
				})
			}
		}
		parsed = append(parsed, layoutFile{f, b, trees})
	}
	names := slices.Sorted(maps.Keys(called))
	for _, p := range parsed {
		for _, name := range names {
			tree := p.trees[name]
			if tree == nil || len(tree.Root.Nodes) == 0 {
				continue
			}
			// Each part is escaped in a set of its own, first: once a part is escaped as called by another, it
			// is not checked on its own again.
			t, err := parseFile(p.name, p.src)
			if err != nil {
				continue
			}
			for _, other := range names {
				if t.Lookup(other) == nil {
					if _, err := t.New(other).Parse(""); err != nil {
						continue
					}
				}
			}
			var te *template.Error
			if err := t.Lookup(name).Execute(refuse{}, nil); errors.As(err, &te) && te.ErrorCode == template.ErrEndContext {
				if at, ok := leftOpen(tree); ok {
					line = 1 + bytes.Count(p.src[:at], []byte("\n"))
					return p.name, line, at - (bytes.LastIndexByte(p.src[:at], '\n') + 1)
				}
				if file == "" {
					file = p.name // the file at least, if no part shows where
				}
			}
		}
	}
	return file, 0, 0
}

// leftOpen returns the offset in the source of the tag, quote, comment or raw text (script, style, textarea, title)
// that the part of tree leaves open, by reading its text the way a browser reads markup: actions between the texts
// count as values, and each branch of an {{if}}, {{range}} or {{with}} is read from where the markup stands before it.
func leftOpen(tree *parse.Tree) (int, bool) {
	if tree == nil || tree.Root == nil {
		return 0, false
	}
	var s markupState
	s.list(tree.Root)
	return s.start, s.mode != inText
}

type markupMode int

const (
	inText markupMode = iota
	inTag
	inQuote
	inComment
	inRaw // inside <script>, <style>, <textarea> or <title>, until its end tag
)

// markupState is where a reading of markup stands: the mode, the offset where it began, the quote that closes a
// value and the name of the tag whose end closes raw text.
type markupState struct {
	mode  markupMode
	start int
	quote byte
	tag   string
	raw   string
}

func (s *markupState) list(l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			s.text(n.Text, int(n.Pos))
		case *parse.IfNode:
			s.branches(n.List, n.ElseList)
		case *parse.RangeNode:
			s.branches(n.List, n.ElseList)
		case *parse.WithNode:
			s.branches(n.List, n.ElseList)
		}
	}
}

// branches reads the two branches of an {{if}}, {{range}} or {{with}}, each from where the markup stands before
// them, and goes on from where one that leaves something open ends.
func (s *markupState) branches(then, els *parse.ListNode) {
	before := *s
	s.list(then)
	if els == nil {
		return
	}
	after := *s
	*s = before
	s.list(els)
	if after.mode != inText {
		*s = after
	}
}

func (s *markupState) text(t []byte, pos int) {
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch s.mode {
		case inText:
			if c != '<' || i+1 == len(t) {
				continue
			}
			switch next := t[i+1]; {
			case bytes.HasPrefix(t[i:], []byte("<!--")):
				s.mode, s.start = inComment, pos+i
				i += 3
			case next == '/' || next == '!' || 'a' <= next|0x20 && next|0x20 <= 'z':
				s.mode, s.start = inTag, pos+i
				j := i + 1
				for j < len(t) && ('a' <= t[j]|0x20 && t[j]|0x20 <= 'z' || '0' <= t[j] && t[j] <= '9') {
					j++
				}
				s.tag = strings.ToLower(string(t[i+1 : j]))
			}
		case inTag:
			switch c {
			case '"', '\'':
				s.mode, s.quote = inQuote, c
			case '>':
				s.mode = inText
				if s.tag == "script" || s.tag == "style" || s.tag == "textarea" || s.tag == "title" {
					s.mode, s.raw = inRaw, "</"+s.tag
				}
			}
		case inQuote:
			if c == s.quote {
				s.mode = inTag
			}
		case inComment:
			if bytes.HasPrefix(t[i:], []byte("-->")) {
				s.mode = inText
				i += 2
			}
		case inRaw:
			if c == '<' && len(t)-i >= len(s.raw) && bytes.EqualFold(t[i:i+len(s.raw)], []byte(s.raw)) {
				s.mode, s.start, s.tag = inTag, pos+i, ""
			}
		}
	}
}

// refuse is a writer that takes nothing.
type refuse struct{}

func (refuse) Write([]byte) (int, error) { return 0, errRefused }

var errRefused = errors.New("refused")

func (r *Renderer) templateCause(cause string) string {
	for _, c := range templateCauses {
		if m := c.re.FindStringSubmatch(cause); m != nil {
			args := make([]any, len(m)-1)
			for i, a := range m[1:] {
				args[i] = a
			}
			return r.lang.T(c.key, args...)
		}
	}
	if len(cause) > maxCause {
		cut := maxCause
		for cut > 0 && !utf8.RuneStart(cause[cut]) {
			cut--
		}
		cause = cause[:cut] + "…"
	}
	return r.lang.T("html.fout.sjabloon.go", cause)
}
