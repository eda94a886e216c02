package html

import (
	"html/template"
	"regexp"
	"text/template/parse"

	"github.com/pia-nl/pia/internal/i18n"
)

// checkTexts reports a {{t "key"}} in the layouts of t whose key has no text: the page would show the key itself,
// "html.inhoud" where "Inhoud" was meant, and nobody would notice until it is published.
func (r *Renderer) checkTexts(t *template.Template) error {
	for _, tt := range t.Templates() {
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		var found *parse.StringNode
		visitCommands(tt.Tree.Root, func(c *parse.CommandNode) {
			if found != nil || len(c.Args) < 2 {
				return
			}
			id, ok := c.Args[0].(*parse.IdentifierNode)
			key, isString := c.Args[1].(*parse.StringNode)
			if ok && isString && id.Ident == "t" && !i18n.Has(r.lang, key.Text) && !i18n.Has(i18n.Default, key.Text) {
				found = key
			}
		})
		if found != nil {
			loc, _ := tt.Tree.ErrorContext(found)
			where := r.place(loc)
			if m := filePos.FindStringSubmatch(loc); m != nil {
				where = r.place(m[1], m[2], m[3])
			}
			return r.layoutError(where, "html.fout.tekst", where, found.Text)
		}
	}
	return nil
}

// filePos splits "file:line:col", as parse.Tree.ErrorContext gives it, into the file, the line and the column.
var filePos = regexp.MustCompile(`^(.*?):(\d+):(\d+)$`)

// visitCommands calls f for every command in the tree below n.
func visitCommands(n parse.Node, f func(*parse.CommandNode)) {
	visitNodes(n, func(n parse.Node) {
		if c, ok := n.(*parse.CommandNode); ok {
			f(c)
		}
	})
}

// visitNodes calls f for n and every node below it, in the order of the text: lists, actions, pipelines and their
// commands and arguments, both branches of an if, range or with, and the pipeline of a template call.
func visitNodes(n parse.Node, f func(parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		f(n)
		for _, c := range n.Nodes {
			visitNodes(c, f)
		}
	case *parse.PipeNode:
		if n == nil {
			return
		}
		f(n)
		for _, c := range n.Cmds {
			visitNodes(c, f)
		}
	case *parse.ActionNode:
		f(n)
		visitNodes(n.Pipe, f)
	case *parse.CommandNode:
		f(n)
		for _, a := range n.Args {
			visitNodes(a, f)
		}
	case *parse.IfNode:
		f(n)
		visitBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		f(n)
		visitBranch(&n.BranchNode, f)
	case *parse.WithNode:
		f(n)
		visitBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		f(n)
		visitNodes(n.Pipe, f)
	default:
		if n != nil {
			f(n)
		}
	}
}

func visitBranch(b *parse.BranchNode, f func(parse.Node)) {
	visitNodes(b.Pipe, f)
	visitNodes(b.List, f)
	visitNodes(b.ElseList, f)
}
