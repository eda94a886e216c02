package html

import (
	"bytes"
	"html/template"
	"sync"
	"sync/atomic"
	"text/template/parse"

	"github.com/pia-nl/pia/internal/i18n"
)

// html/template runs a layout by walking its parse tree and reaching every field, method and escaper through
// reflection: some hundred microseconds a page, a tenth of an HTML build of thousands of pages. Once a layout has
// run, its tree holds the escapers html/template chose for each action. A layoutProgram is that escaped tree turned
// into Go closures over pageData: the same text, the same conditions, the same escaping, without reflection.
//
// Only what pia's own layouts need is compiled: text; actions that print a field of the page, .Asset or .URL of a
// constant or of a string dot, a constant, or a t call of constants, through the escapers html/template uses for
// element content, quoted attribute values, <title> and an address at the start of a quoted attribute; if, with and
// range over fields of the page; and template calls that pass the page. A layout with anything else (a variable,
// another function, a field of the site, a script, an unquoted attribute) keeps running through html/template.

// The escapers html/template puts into a tree, by the names it gives them.
const (
	escHTML         = "_html_template_htmlescaper"
	escAttr         = "_html_template_attrescaper"
	escRCDATA       = "_html_template_rcdataescaper"
	escURLFilter    = "_html_template_urlfilter"
	escURLNormalize = "_html_template_urlnormalizer"
)

// layoutProgram is a compiled layout: run it to get what the template gives for a page.
type layoutProgram struct {
	steps []step
}

// machine is the state of one run: the page, dot where it is a string (inside with or range), and the number of
// shared partials' marks written.
type machine struct {
	out   *bytes.Buffer
	page  *pageData
	dot   string
	marks int
}

type step func(m *machine)

// run writes the page of d to out and returns how many marks of shared partials it wrote.
func (p *layoutProgram) run(out *bytes.Buffer, d *pageData) int {
	m := machine{out: out, page: d}
	runSteps(&m, p.steps)
	return m.marks
}

func runSteps(m *machine, steps []step) {
	for _, s := range steps {
		s(m)
	}
}

// The fields of pageData a compiled layout reads, by type. A field not listed here makes a layout run as a template.
var (
	// pageStrings are the fields of type string: with one of them, dot is a string.
	pageStrings = map[string]func(*pageData) string{
		"Path":      func(d *pageData) string { return d.Path },
		"Title":     func(d *pageData) string { return d.Title },
		"PageTitle": func(d *pageData) string { return d.PageTitle },
		"Kind":      func(d *pageData) string { return d.Kind },
		"KindLabel": func(d *pageData) string { return d.KindLabel },
		"Subtitle":  func(d *pageData) string { return d.Subtitle },
		"Summary":   func(d *pageData) string { return d.Summary },
		"Canonical": func(d *pageData) string { return d.Canonical },
		"LogoURL":   func(d *pageData) string { return d.LogoURL },
	}
	// pageNamedStrings are of a named string type without a String method: printed as their text, but as dot not a
	// string to .Asset or .URL, which html/template refuses.
	pageNamedStrings = map[string]func(*pageData) string{
		"Lang": func(d *pageData) string { return string(d.Lang) },
	}
	pageHTML = map[string]func(*pageData) template.HTML{
		"MetaItems": func(d *pageData) template.HTML { return d.MetaItems },
		"LinkItems": func(d *pageData) template.HTML { return d.LinkItems },
		"TOCItems":  func(d *pageData) template.HTML { return d.TOCItems },
		"TOCFilter": func(d *pageData) template.HTML { return d.TOCFilter },
		"Body":      func(d *pageData) template.HTML { return d.Body },
	}
	pageBools = map[string]func(*pageData) bool{
		"Concept": func(d *pageData) bool { return d.Concept },
		"Search":  func(d *pageData) bool { return d.Search },
	}
	// pageLists are the slices, by length; a range over one other than Scripts may not use its dot.
	pageLists = map[string]func(*pageData) int{
		"Nav":     func(d *pageData) int { return len(d.Nav) },
		"Meta":    func(d *pageData) int { return len(d.Meta) },
		"Links":   func(d *pageData) int { return len(d.Links) },
		"TOC":     func(d *pageData) int { return len(d.TOC) },
		"Scripts": func(d *pageData) int { return len(d.Scripts) },
	}
)

// dotKind is what dot is at a point of a layout.
type dotKind uint8

const (
	dotPage   dotKind = iota
	dotString         // a string, in machine.dot
	dotOther          // anything else: a compiled layout does not read it
)

// compiledLayout makes the program of one template set after its first run and hands it out from then on.
type compiledLayout struct {
	once sync.Once
	prog atomic.Pointer[layoutProgram] // nil before the first run and when the set cannot be compiled
}

// get returns the program, or nil when the set must run as a template.
func (c *compiledLayout) get() *layoutProgram {
	if c == nil {
		return nil
	}
	return c.prog.Load()
}

// ran compiles set once it has run, and so been escaped, for the first time.
func (c *compiledLayout) ran(set *template.Template, lang i18n.Lang) {
	if c == nil {
		return
	}
	c.once.Do(func() {
		if p, ok := compileLayout(set, lang); ok {
			c.prog.Store(p)
		}
	})
}

// compileLayout compiles the template "base" of set, which must have run once. It reports false for a layout with
// anything the compiler does not know.
func compileLayout(set *template.Template, lang i18n.Lang) (*layoutProgram, bool) {
	return newCompiler(set, lang).compile()
}

func newCompiler(set *template.Template, lang i18n.Lang) *compiler {
	return &compiler{set: set, lang: lang, inside: map[string]bool{}, done: map[string][]step{}, ok: true}
}

func (c *compiler) compile() (*layoutProgram, bool) {
	steps := c.template("base")
	if !c.ok {
		return nil, false
	}
	return &layoutProgram{steps: steps}, true
}

type compiler struct {
	set    *template.Template
	lang   i18n.Lang
	inside map[string]bool   // templates being compiled: a template that calls itself is not inlined
	done   map[string][]step // templates compiled: every call passes the page, so a template compiles once
	bodies int               // template bodies compiled
	ok     bool
}

func (c *compiler) fail() []step {
	c.ok = false
	return nil
}

// template compiles the template name called with the page as dot and $.
func (c *compiler) template(name string) []step {
	if steps, ok := c.done[name]; ok {
		return steps
	}
	t := c.set.Lookup(name)
	if t == nil || t.Tree == nil || t.Tree.Root == nil || c.inside[name] {
		return c.fail()
	}
	c.inside[name] = true
	c.bodies++
	steps := c.list(t.Tree.Root, dotPage)
	delete(c.inside, name)
	c.done[name] = steps
	return steps
}

func (c *compiler) list(l *parse.ListNode, dot dotKind) []step {
	if l == nil {
		return nil
	}
	var steps []step
	var text []byte // adjacent constant output, written in one step
	flush := func() {
		if len(text) > 0 {
			t := string(text)
			steps = append(steps, func(m *machine) { m.out.WriteString(t) })
			text = nil
		}
	}
	for _, n := range l.Nodes {
		if !c.ok {
			return nil
		}
		switch n := n.(type) {
		case *parse.TextNode:
			text = append(text, n.Text...)
		case *parse.CommentNode:
		case *parse.ActionNode:
			if k, isConst := c.constant(n.Pipe); isConst {
				text = append(text, k...)
				continue
			}
			flush()
			steps = append(steps, c.action(n.Pipe, dot))
		case *parse.IfNode:
			flush()
			steps = append(steps, c.branch(n.Pipe, n.List, n.ElseList, dot, false))
		case *parse.WithNode:
			flush()
			steps = append(steps, c.branch(n.Pipe, n.List, n.ElseList, dot, true))
		case *parse.RangeNode:
			flush()
			steps = append(steps, c.rangeOver(n, dot))
		case *parse.TemplateNode:
			if !passesPage(n.Pipe, callState{dot: dot == dotPage, dollar: true}) {
				return c.fail()
			}
			flush()
			steps = append(steps, c.template(n.Name)...)
		default:
			return c.fail()
		}
	}
	flush()
	return steps
}

// escapers returns the names of the escapers that follow the first command of an action's pipeline.
func escapers(p *parse.PipeNode) ([]string, bool) {
	var names []string
	for _, cmd := range p.Cmds[1:] {
		if len(cmd.Args) != 1 {
			return nil, false
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			return nil, false
		}
		names = append(names, id.Ident)
	}
	return names, true
}

// stringEscaper returns how the escapers of names write a plain string.
func stringEscaper(names []string) (func(out *bytes.Buffer, s string), bool) {
	switch {
	case len(names) == 1 && (names[0] == escHTML || names[0] == escAttr || names[0] == escRCDATA):
		return func(out *bytes.Buffer, s string) { templateEscaper.WriteString(out, s) }, true
	case len(names) == 3 && names[0] == escURLFilter && names[1] == escURLNormalize && names[2] == escAttr:
		return func(out *bytes.Buffer, s string) { templateEscaper.WriteString(out, templateURL(s)) }, true
	}
	return nil, false
}

// constant returns the output of an action that prints the same on every page: a string constant or a t call of
// string constants, through escapers of plain strings.
func (c *compiler) constant(p *parse.PipeNode) ([]byte, bool) {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) == 0 {
		return nil, false
	}
	names, ok := escapers(p)
	if !ok {
		return nil, false
	}
	esc, ok := stringEscaper(names)
	if !ok {
		return nil, false
	}
	var s string
	switch args := p.Cmds[0].Args; a := args[0].(type) {
	case *parse.StringNode:
		if len(args) != 1 {
			return nil, false
		}
		s = a.Text
	case *parse.IdentifierNode:
		if a.Ident != "t" || len(args) < 2 {
			return nil, false
		}
		key, ok := args[1].(*parse.StringNode)
		if !ok {
			return nil, false
		}
		var rest []any
		for _, arg := range args[2:] {
			sn, ok := arg.(*parse.StringNode)
			if !ok {
				return nil, false
			}
			rest = append(rest, sn.Text)
		}
		s = c.lang.T(key.Text, rest...)
	default:
		return nil, false
	}
	var out bytes.Buffer
	esc(&out, s)
	return out.Bytes(), true
}

// action compiles an action that prints something of the page.
func (c *compiler) action(p *parse.PipeNode, dot dotKind) step {
	if len(p.Decl) > 0 || len(p.Cmds) == 0 {
		c.fail()
		return nil
	}
	names, ok := escapers(p)
	if !ok {
		c.fail()
		return nil
	}
	args := p.Cmds[0].Args
	// A shared partial's mark, from the stub's {{piaDeel i .}}: HTML, printed as it is.
	if id, ok := args[0].(*parse.IdentifierNode); ok && id.Ident == "piaDeel" && len(args) == 3 {
		n, isNum := args[1].(*parse.NumberNode)
		if !isNum || !n.IsInt || !passesPageArg(args[2], dot) || len(names) != 1 || names[0] != escHTML {
			c.fail()
			return nil
		}
		mark := partMark(int(n.Int64))
		return func(m *machine) {
			m.out.WriteString(mark)
			m.marks++
		}
	}
	// HTML of the page, printed as it is in element content.
	if field, ok := pageField(args[0], dot); ok && len(args) == 1 {
		if get, isHTML := pageHTML[field]; isHTML {
			if len(names) != 1 || names[0] != escHTML {
				c.fail()
				return nil
			}
			return func(m *machine) { m.out.WriteString(string(get(m.page))) }
		}
	}
	get := c.stringValue(args, dot)
	esc, ok := stringEscaper(names)
	if get == nil || !ok {
		c.fail()
		return nil
	}
	return func(m *machine) { esc(m.out, get(m)) }
}

// stringValue compiles the first command of an action that gives a string: a string field of the page, .Asset or
// .URL of a constant or of a string dot, or a string dot.
func (c *compiler) stringValue(args []parse.Node, dot dotKind) func(m *machine) string {
	if _, isDot := args[0].(*parse.DotNode); isDot && len(args) == 1 && dot == dotString {
		return func(m *machine) string { return m.dot }
	}
	field, ok := pageField(args[0], dot)
	if !ok {
		return nil
	}
	if get, ok := pageStrings[field]; ok && len(args) == 1 {
		return func(m *machine) string { return get(m.page) }
	}
	if get, ok := pageNamedStrings[field]; ok && len(args) == 1 {
		return func(m *machine) string { return get(m.page) }
	}
	if (field != "Asset" && field != "URL") || len(args) != 2 {
		return nil
	}
	address := (*pageData).URL
	if field == "Asset" {
		address = (*pageData).Asset
	}
	switch a := args[1].(type) {
	case *parse.StringNode:
		target := a.Text
		return func(m *machine) string { return address(m.page, target) }
	case *parse.DotNode:
		if dot == dotString {
			return func(m *machine) string { return address(m.page, m.dot) }
		}
	}
	return nil
}

// pageField returns the name of the field of the page that n reads: .Name where dot is the page, or $.Name.
func pageField(n parse.Node, dot dotKind) (string, bool) {
	switch n := n.(type) {
	case *parse.FieldNode:
		if dot == dotPage && len(n.Ident) == 1 {
			return n.Ident[0], true
		}
	case *parse.VariableNode:
		if len(n.Ident) == 2 && n.Ident[0] == "$" {
			return n.Ident[1], true
		}
	}
	return "", false
}

// passesPageArg reports whether an argument is the page itself.
func passesPageArg(n parse.Node, dot dotKind) bool {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot == dotPage
	case *parse.VariableNode:
		return len(n.Ident) == 1 && n.Ident[0] == "$"
	}
	return false
}

// condition compiles the pipeline of if, with or range: one field of the page, true when it is non-empty. For a
// string field it also returns its getter, which with and range make dot.
func (c *compiler) condition(p *parse.PipeNode, dot dotKind) (test func(d *pageData) bool, str func(d *pageData) string, field string) {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return nil, nil, ""
	}
	field, ok := pageField(p.Cmds[0].Args[0], dot)
	if !ok {
		return nil, nil, ""
	}
	if get, ok := pageStrings[field]; ok {
		return func(d *pageData) bool { return get(d) != "" }, get, field
	}
	if get, ok := pageNamedStrings[field]; ok {
		return func(d *pageData) bool { return get(d) != "" }, nil, field
	}
	if get, ok := pageHTML[field]; ok {
		return func(d *pageData) bool { return get(d) != "" }, nil, field
	}
	if get, ok := pageBools[field]; ok {
		return get, nil, field
	}
	if get, ok := pageLists[field]; ok {
		return func(d *pageData) bool { return get(d) > 0 }, nil, field
	}
	return nil, nil, ""
}

// branch compiles if (with false) and with (with true).
func (c *compiler) branch(p *parse.PipeNode, then, els *parse.ListNode, dot dotKind, with bool) step {
	test, str, _ := c.condition(p, dot)
	if test == nil {
		c.fail()
		return nil
	}
	inner := dot
	if with {
		inner = dotOther
		if str != nil {
			inner = dotString
		}
	}
	yes, no := c.list(then, inner), c.list(els, dot)
	if !with || inner != dotString {
		return func(m *machine) {
			if test(m.page) {
				runSteps(m, yes)
			} else {
				runSteps(m, no)
			}
		}
	}
	return func(m *machine) {
		s := str(m.page)
		if s == "" {
			runSteps(m, no)
			return
		}
		outer := m.dot
		m.dot = s
		runSteps(m, yes)
		m.dot = outer
	}
}

// rangeOver compiles a range over a list of the page; only over .Scripts may its body read dot.
func (c *compiler) rangeOver(n *parse.RangeNode, dot dotKind) step {
	_, _, field := c.condition(n.Pipe, dot)
	count, ok := pageLists[field]
	if !ok {
		c.fail()
		return nil
	}
	inner := dotOther
	if field == "Scripts" {
		inner = dotString
	}
	body, els := c.list(n.List, inner), c.list(n.ElseList, dot)
	return func(m *machine) {
		k := count(m.page)
		if k == 0 {
			runSteps(m, els)
			return
		}
		outer := m.dot
		for i := range k {
			if inner == dotString {
				m.dot = m.page.Scripts[i]
			}
			runSteps(m, body)
		}
		m.dot = outer
	}
}
