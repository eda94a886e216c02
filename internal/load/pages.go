package load

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
)

// reservedPages are output folders that the documents use; a Markdown page may not take their place.
var reservedPages = map[string]bool{
	"verwerkingen": true, "privacy": true, "register": true, "pdf": true, "static": true, "zoeken": true,
	"index": true, "_pia": true,
}

// loadPages reads every Markdown page under content/ (not under content/verwerkingen/).
func (l *loader) loadPages() []*model.Page {
	var files []string
	_ = fs.WalkDir(l.fsys, "content", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			// content/ that is gone behind a link, or a file, questionnaires reports for content/verwerkingen.
			if !osfile.Missing(err) {
				l.c.add(model.Pos{File: p}, "load.map-lezen", p, l.folderReason(p, err))
			}
			return nil
		}
		if p == "content" && !e.IsDir() {
			return nil // a file in the folder's place: questionnaires reports it
		}
		if p == verwerkingenDir {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil // a link to the folder: questionnaires reads it
		}
		switch {
		case e.IsDir() && p != "content" && hidden(e.Name()):
			return fs.SkipDir
		case e.IsDir(), hidden(e.Name()), l.linkedFolder(p, e):
		case strings.HasSuffix(p, ".md"):
			files = append(files, p)
		case strings.HasSuffix(strings.ToLower(p), ".md"), strings.HasSuffix(strings.ToLower(p), ".markdown"):
			// Pia.MD or pagina.markdown would silently be missing from the site.
			name := e.Name()
			l.c.add(model.Pos{File: p}, "load.pagina.extensie", name, strings.ToLower(name[:strings.LastIndexByte(name, '.')])+".md")
		case strings.HasSuffix(strings.ToLower(p), ".toml"):
			// A questionnaire outside content/verwerkingen would silently be missing from the site.
			l.c.add(model.Pos{File: p}, "load.vragenlijst-buiten", e.Name(), verwerkingenDir)
		}
		return nil
	})
	sort.Strings(files)
	var pages []*model.Page
	for _, f := range files {
		if p := l.loadPage(f); p != nil {
			pages = append(pages, p)
		}
	}
	return pages
}

func (l *loader) loadPage(f string) *model.Page {
	rel := strings.TrimSuffix(strings.TrimPrefix(f, "content/"), ".md")
	for _, seg := range strings.Split(rel, "/") {
		if !strictID.MatchString(seg) {
			l.c.add(model.Pos{File: f}, "load.pagina.naam", rel)
			return nil
		}
	}
	if reservedPages[strings.Split(rel, "/")[0]] {
		l.c.add(model.Pos{File: f}, "load.pagina.gereserveerd", rel)
		return nil
	}
	src, err := fs.ReadFile(l.fsys, f)
	if err != nil {
		l.c.add(model.Pos{File: f}, "load.lezen", osfile.Reason(l.c.lang, err))
		return nil
	}
	if !textEncoded(f, src, l.c) {
		return nil
	}
	p := &model.Page{Path: rel, File: f, Body: string(src), BodyLine: 1}
	front, body, bodyLine, ok := splitFrontMatter(src)
	if !ok {
		l.c.add(model.Pos{File: f, Line: 1, Col: 1}, "load.pagina.voorwerk")
		return nil
	}
	if front == nil {
		// Front matter that does not start on the first line, or is written in YAML, would be published as
		// text on the page, and the page would have its file name as title.
		if line := misplacedFrontMatter(src); line > 0 {
			l.c.add(model.Pos{File: f, Line: line, Col: 1}, "load.pagina.voorwerk-later")
			return nil
		}
		if yamlFrontMatter(src) {
			l.c.add(model.Pos{File: f, Line: 1, Col: 1}, "load.pagina.voorwerk-yaml")
			return nil
		}
	}
	if front != nil {
		// The front matter starts on line 2; pad so that positions in errors match the file.
		padded := append(bytes.Repeat([]byte("\n"), 1), front...)
		d := parseDoc(f, padded, l.c)
		if d == nil {
			return nil
		}
		(&decoder{d: d, errs: l.c}).decode(d.m, p)
		p.Body, p.BodyLine = string(body), bodyLine
	}
	if e, ok := markdown.Excessive(p.Body); ok {
		l.c.add(model.Pos{File: f, Line: p.BodyLine + e.Line - 1, Col: e.Col}, "load.pagina."+e.Kind, e.N, limitOf(e.Kind))
		return nil
	}
	if p.Titel == "" {
		p.Titel = path.Base(rel)
	}
	return p
}

// splitFrontMatter separates TOML front matter between two "+++" lines from the body. A file without front
// matter returns nil front and ok; an opening "+++" without a closing one is not ok.
func splitFrontMatter(src []byte) (front, body []byte, bodyLine int, ok bool) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !bytes.HasPrefix(src, []byte("+++")) || !isFenceLine(src) {
		return nil, src, 1, true
	}
	nl := bytes.IndexByte(src, '\n')
	if nl < 0 {
		return nil, nil, 0, false
	}
	rest := src[nl+1:]
	line := 2
	for off := 0; off <= len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		var l []byte
		if end < 0 {
			l = rest[off:]
		} else {
			l = rest[off : off+end]
		}
		if strings.TrimRight(string(l), " \t\r") == "+++" {
			after := off + len(l)
			if end >= 0 {
				after++
			}
			return rest[:off], rest[after:], line + 1, true
		}
		if end < 0 {
			break
		}
		off += end + 1
		line++
	}
	return nil, nil, 0, false
}

func isFenceLine(src []byte) bool {
	l := src
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		l = src[:i]
	}
	return strings.TrimRight(string(l), " \t\r") == "+++"
}

// misplacedFrontMatter returns the line of a "+++" of front matter that is not where pia reads it: the first line
// that is not blank is +++ but not the file's first line, or is indented; or the page starts with a TOML key
// ("titel = …") and a line with only +++ follows outside a code block (the opening line is missing). It returns 0
// otherwise, so that a page may show "+++" in a code block or use it as text.
func misplacedFrontMatter(src []byte) int {
	lines := strings.Split(strings.TrimPrefix(string(src), "\xef\xbb\xbf"), "\n")
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) {
		return 0
	}
	// Front matter below blank lines, or indented: its opening line is not the file's first.
	if l := lines[first]; strings.TrimSpace(l) == "+++" && (first > 0 || l[0] == ' ' || l[0] == '\t') {
		return first + 1
	}
	if !tomlKey.MatchString(lines[first]) {
		return 0
	}
	fence := ""
	for n, l := range lines[first+1:] {
		t := strings.TrimSpace(l)
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
		case strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		case t == "+++":
			return first + 2 + n
		}
	}
	return 0
}

// tomlKey is a line that starts a TOML key and value.
var tomlKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*\s*=\s*\S`)

// yamlKey is a line of YAML front matter: a lower-case key, a colon and a space or the line's end.
var yamlKey = regexp.MustCompile(`^[a-z_]+:(\s|$)`)

// yamlFrontMatter reports whether src starts with front matter as Hugo and Jekyll write it in YAML: a "---" line,
// keys with a colon, and a closing "---" line.
func yamlFrontMatter(src []byte) bool {
	lines := strings.Split(strings.TrimPrefix(string(src), "\xef\xbb\xbf"), "\n")
	if len(lines) < 3 || strings.TrimRight(lines[0], " \t\r") != "---" || !yamlKey.MatchString(lines[1]) {
		return false
	}
	for _, l := range lines[2:] {
		if strings.TrimRight(l, " \t\r") == "---" {
			return true
		}
	}
	return false
}

// textEncoded reports whether the Markdown file f is UTF-8 text, and reports where it is not: a byte that is no
// UTF-8 (a file saved as Latin-1 or Windows-1252, or UTF-16 with its byte order mark), or NUL bytes (UTF-16
// without one). Such text would show as garbled characters in every document.
func textEncoded(f string, src []byte, c *collector) bool {
	if i := firstInvalidUTF8(src, -1); i >= 0 {
		c.add(offsetPos(f, src, i), "load.toml.utf8", "0x"+strconv.FormatUint(uint64(src[i]), 16))
		return false
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		c.add(offsetPos(f, src, i), "load.toml.utf16")
		return false
	}
	return true
}
