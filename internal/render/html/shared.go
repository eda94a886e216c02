package html

import (
	"bytes"
	"html/template"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"text/template/parse"

	"github.com/pia-nl/pia/internal/i18n"
)

// The header, menu, footer and skip link of a layout come out the same on most pages: they show the site, and
// links whose addresses depend only on where the page is. A layoutSet runs such a partial once for each distinct
// input and copies its output into every page that shares it, instead of running it through html/template (which
// escapes every action through reflection) for each of thousands of pages.
//
// A partial is shared when, followed from "base" with the page as its dot, it reads nothing of the page but the
// fields in sharedFields and .URL or .Asset of a constant path, and every call of it passes the page. Everything it
// shows is then a function of sharedKey. A partial of a site's theme that reads anything else (the title, the
// path) runs for every page, as before.

// sharedFields are the fields of pageData a shared partial may read; sharedKey holds everything they depend on.
var sharedFields = map[string]bool{"Site": true, "Lang": true, "Kind": true, "Search": true, "LogoURL": true, "Nav": true}

// maxShared bounds the outputs kept per layout set; a theme whose partials vary more runs them per page beyond it.
const maxShared = 256

// layoutSet is the layouts of one kind of page.
type layoutSet struct {
	full *template.Template // the layouts as the theme has them
	stub *template.Template // the same with each shared partial replaced by its mark; nil when none is shared
	// alone is full once more, to run shared partials on their own: html/template disables a template that fails
	// there (one that ends inside a tag, say), and full must stay whole.
	alone   *template.Template
	parts   []string    // names of the shared partials; the one at index i leaves partMark(i)
	targets []addressOf // constant arguments of .URL and .Asset in the shared partials
	off     atomic.Bool // set when a shared partial failed on its own; the set then runs in full
	calls   sync.Map    // *pageData → *int: the marks of shared partials the stub left on that page so far

	mu    sync.RWMutex
	cache map[string][][]byte // sharedKey → output of each shared partial

	// The programs of stub and full, made after their first run (nil: always run as templates).
	lang               i18n.Lang
	progStub, progFull *compiledLayout

	overflow *atomic.Bool // the renderer's: set when the layouts write too much for a page (nil in some tests)
}

// addressOf is a constant path given to .URL (asset false) or .Asset (asset true).
type addressOf struct {
	asset bool
	path  string
}

// newLayoutSet finds the partials of full that can be shared and makes the set that leaves marks in their place.
// full must not have been executed yet.
// lang is the language of the layouts' t function.
func newLayoutSet(full *template.Template, lang i18n.Lang) (*layoutSet, error) {
	ls := &layoutSet{full: full, cache: map[string][][]byte{}, lang: lang, progFull: &compiledLayout{}}
	// Following "base" finds the partials and how each is called; what base itself reads does not matter.
	page := callState{dot: true, dollar: true}
	all := newCheck(full)
	all.template("base", page)
	var names []string
	for name, passes := range all.passesPage {
		if passes && name != "base" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		c := newCheck(full)
		c.template(name, page)
		if c.ok {
			ls.parts = append(ls.parts, name)
			ls.targets = append(ls.targets, c.targets...)
		}
	}
	if len(ls.parts) == 0 {
		return ls, nil
	}
	stub, err := full.Clone()
	if err != nil {
		return nil, err
	}
	if ls.alone, err = full.Clone(); err != nil {
		return nil, err
	}
	stub.Funcs(template.FuncMap{"piaDeel": func(i int, d *pageData) template.HTML {
		if n, ok := ls.calls.Load(d); ok {
			*n.(*int)++ // only the goroutine rendering d counts its calls
		}
		return template.HTML(partMark(i))
	}})
	for i, name := range ls.parts {
		if _, err := stub.New(name).Parse("{{piaDeel " + strconv.Itoa(i) + " .}}"); err != nil {
			return nil, err
		}
	}
	ls.stub, ls.progStub = stub, &compiledLayout{}
	return ls, nil
}

// partMark stands in for the shared partial at index i while the layout runs.
func partMark(i int) string { return markPrefix + strconv.Itoa(i) + "-->" }

// sharedKey appends to b everything a shared partial of ls shows of page d.
func (ls *layoutSet) sharedKey(b []byte, d *pageData) []byte {
	b = append(append(b, d.Lang...), 0)
	b = append(append(b, d.Kind...), 0)
	b = strconv.AppendBool(b, d.Search)
	b = append(append(b, d.LogoURL...), 0)
	for _, n := range d.Nav {
		b = append(append(append(append(b, n.URL...), 0), n.Current...), 0)
	}
	for _, t := range ls.targets {
		if t.asset {
			b = append(b, d.Asset(t.path)...)
		} else {
			b = append(b, d.URL(t.path)...)
		}
		b = append(b, 0)
	}
	return b
}

// shared returns the output of each shared partial for page d, running them on the first page of their key.
func (ls *layoutSet) shared(d *pageData, key []byte) ([][]byte, error) {
	ls.mu.RLock()
	out, ok := ls.cache[string(key)]
	ls.mu.RUnlock()
	if ok {
		return out, nil
	}
	out = make([][]byte, len(ls.parts))
	var buf bytes.Buffer
	for i, name := range ls.parts {
		buf.Reset()
		if err := ls.alone.ExecuteTemplate(capped{&buf, maxLayoutOutput, ls.overflow}, name, d); err != nil {
			return nil, err
		}
		out[i] = bytes.Clone(buf.Bytes())
	}
	ls.mu.Lock()
	if len(ls.cache) < maxShared {
		ls.cache[string(key)] = out
	}
	ls.mu.Unlock()
	return out, nil
}

// spliceShared runs the layout with marks for the body and the shared partials and puts their output in place of
// the marks. It reports false when that cannot give the page the full layouts give: a partial that fails on its own
// (one that ends inside a tag, say) or a mark that the layout escaped because it sits in an attribute or a script.
func (ls *layoutSet) spliceShared(dst []byte, data *pageData, body []byte) ([]byte, bool) {
	data.Body = template.HTML(bodyMark)
	buf := getBuffer()
	defer putBuffer(buf)
	calls := 0
	if p := ls.progStub.get(); p != nil {
		calls = p.run(buf, data)
	} else {
		ls.calls.Store(data, &calls)
		err := ls.stub.ExecuteTemplate(capped{buf, maxLayoutOutput, ls.overflow}, "base", data)
		ls.calls.Delete(data)
		if err != nil {
			return nil, false
		}
		ls.progStub.ran(ls.stub, ls.lang)
	}
	kb := getBuffer()
	defer putBuffer(kb)
	key := ls.sharedKey(kb.AvailableBuffer(), data)
	parts, err := ls.shared(data, key)
	if err != nil {
		ls.off.Store(true)
		return nil, false
	}
	out, bodies, found, ok := fillMarks(dst, buf.Bytes(), body, parts)
	if !ok || bodies == 0 || found != calls {
		return nil, false
	}
	return out, true
}

// callState tells whether dot and $ are the page at a point of a template.
type callState struct {
	dot, dollar bool
}

// visit is a template entered in a state.
type visit struct {
	name string
	st   callState
}

// passesPage tells whether the pipeline of a template call is the page itself: {{template "x" .}} where dot is the
// page, or {{template "x" $}} where $ is.
func passesPage(p *parse.PipeNode, st callState) bool {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	switch arg := p.Cmds[0].Args[0].(type) {
	case *parse.DotNode:
		return st.dot
	case *parse.VariableNode:
		return st.dollar && len(arg.Ident) == 1 && arg.Ident[0] == "$"
	}
	return false
}

// check follows a template and the templates it calls. It tells whether it reads of the page only what sharedKey
// holds (anything it does not recognise counts as more), and records for every template called whether all its
// calls pass the page.
type check struct {
	set        *template.Template
	walked     map[visit]bool
	targets    []addressOf
	ok         bool
	passesPage map[string]bool
}

func newCheck(set *template.Template) *check {
	return &check{set: set, walked: map[visit]bool{}, ok: true, passesPage: map[string]bool{}}
}

func (c *check) template(name string, st callState) {
	if c.walked[visit{name, st}] {
		return
	}
	c.walked[visit{name, st}] = true
	t := c.set.Lookup(name)
	if t == nil || t.Tree == nil {
		c.ok = false
		return
	}
	c.list(t.Tree.Root, st)
}

func (c *check) list(l *parse.ListNode, st callState) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		case *parse.ActionNode:
			c.pipe(n.Pipe, st)
		case *parse.IfNode:
			c.pipe(n.Pipe, st)
			c.list(n.List, st)
			c.list(n.ElseList, st)
		case *parse.WithNode:
			c.pipe(n.Pipe, st)
			c.list(n.List, callState{dollar: st.dollar})
			c.list(n.ElseList, st)
		case *parse.RangeNode:
			c.pipe(n.Pipe, st)
			c.list(n.List, callState{dollar: st.dollar})
			c.list(n.ElseList, st)
		case *parse.ListNode:
			c.list(n, st)
		case *parse.TemplateNode:
			page := passesPage(n.Pipe, st)
			prev, seen := c.passesPage[n.Name]
			c.passesPage[n.Name] = page && (prev || !seen)
			if !page {
				c.pipe(n.Pipe, st)
			}
			c.template(n.Name, callState{dot: page, dollar: page})
		default:
			c.ok = false
		}
	}
}

func (c *check) pipe(p *parse.PipeNode, st callState) {
	if p == nil {
		return
	}
	for i, cmd := range p.Cmds {
		for j, arg := range cmd.Args {
			c.arg(arg, st, i == 0 && j == 0, cmd.Args)
		}
	}
}

// arg checks an argument of a command; op tells whether it is the operation of its command, called with args.
func (c *check) arg(n parse.Node, st callState, op bool, args []parse.Node) {
	switch n := n.(type) {
	case *parse.FieldNode:
		if st.dot {
			c.field(n.Ident, op, args)
		}
	case *parse.VariableNode:
		if n.Ident[0] == "$" && st.dollar {
			if len(n.Ident) == 1 {
				c.ok = false // the page itself, handed to a function or kept in a variable
				return
			}
			c.field(n.Ident[1:], op, args)
		}
	case *parse.DotNode:
		if st.dot {
			c.ok = false
		}
	case *parse.ChainNode:
		c.arg(n.Node, st, false, nil)
	case *parse.PipeNode:
		c.pipe(n, st)
	case *parse.IdentifierNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
	default:
		c.ok = false
	}
}

// field checks a field chain read from the page: one of sharedFields, or .URL or .Asset called with a constant.
func (c *check) field(ident []string, op bool, args []parse.Node) {
	switch name := ident[0]; {
	case name == "URL" || name == "Asset":
		if !op || len(ident) != 1 || len(args) != 2 {
			c.ok = false
			return
		}
		s, ok := args[1].(*parse.StringNode)
		if !ok {
			c.ok = false
			return
		}
		c.targets = append(c.targets, addressOf{asset: name == "Asset", path: s.Text})
	case !sharedFields[name]:
		c.ok = false
	}
}
