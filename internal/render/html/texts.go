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
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				visitCommands(c, f)
			}
		}
	case *parse.ActionNode:
		visitCommands(n.Pipe, f)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				visitCommands(c, f)
			}
		}
	case *parse.CommandNode:
		f(n)
		for _, a := range n.Args {
			visitCommands(a, f)
		}
	case *parse.IfNode:
		visitBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		visitBranch(&n.BranchNode, f)
	case *parse.WithNode:
		visitBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		visitCommands(n.Pipe, f)
	}
}

func visitBranch(b *parse.BranchNode, f func(*parse.CommandNode)) {
	visitCommands(b.Pipe, f)
	visitCommands(b.List, f)
	if b.ElseList != nil {
		visitCommands(b.ElseList, f)
	}
}
