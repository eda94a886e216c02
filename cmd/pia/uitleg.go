package main

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/rules"
	"github.com/pia-nl/pia/internal/suggest"
)

// guide is a topic of pia uitleg besides the rules, with the file of pia.Docs that explains it and the words that
// also name it.
type guide struct {
	topic, file string
	words       []string
}

var guides = []guide{
	{"themas", "docs/themas.md", []string{"thema", "thema's", "themes", "theme", "layouts", "layout"}},
	{"sjabloonpakketten", "docs/sjabloonpakketten.md", []string{"sjabloonpakket", "pakketten", "pakket", "packs", "sjablonen"}},
}

// runUitleg explains pia's rules and its guides without the repository at hand: pia uitleg regels lists every rule
// of pia check, pia uitleg <code> one rule, a word of the codes (bewaartermijn) the rules whose code holds it, and
// pia uitleg themas and pia uitleg sjabloonpakketten the guides.
func runUitleg(e *env, args []string) error {
	f := newFlags(e, "uitleg")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		fmt.Fprintln(e.stdout, e.lang.T("cli.uitleg.onderwerpen"))
		return nil
	}
	catalogue := rules.CatalogueIn(e.lang)
	var out []string
	for _, arg := range rest {
		word := strings.ToLower(strings.TrimSpace(arg))
		if word == "regels" || word == "regel" || word == "rules" || word == "codes" {
			for _, r := range catalogue {
				out = append(out, ruleText(e, r))
			}
			continue
		}
		if i := slices.IndexFunc(catalogue, func(r rules.Rule) bool { return r.Code == word }); i >= 0 {
			out = append(out, ruleText(e, catalogue[i]))
			continue
		}
		i := slices.IndexFunc(guides, func(g guide) bool { return g.topic == word || slices.Contains(g.words, word) })
		if i < 0 && len(word) >= 3 {
			// A word of the codes, such as bewaartermijn or toestemming: every rule whose code holds it.
			n := len(out)
			for _, r := range catalogue {
				if strings.Contains(r.Code, word) {
					out = append(out, ruleText(e, r))
				}
			}
			if len(out) > n {
				continue
			}
		}
		if i < 0 {
			names := []string{"regels"}
			for _, g := range guides {
				names = append(names, g.topic)
			}
			for _, r := range catalogue {
				names = append(names, r.Code)
				for _, part := range strings.Split(r.Code, "-") {
					if len(part) >= 5 && !slices.Contains(names, part) {
						names = append(names, part)
					}
				}
			}
			msg := e.lang.T("cli.uitleg.onbekend", arg)
			if s := suggest.Closest(word, names); s != "" {
				msg += e.lang.T("cli.bedoelde-u", "pia uitleg "+s)
			}
			return usageError{msg}
		}
		b, err := fs.ReadFile(pia.Docs(), guides[i].file)
		if err != nil {
			return err
		}
		out = append(out, terminalText(string(b)))
	}
	fmt.Fprint(e.stdout, strings.Join(out, "\n"))
	return nil
}

// ruleText is one rule as pia uitleg shows it: its code and default severity, when it applies, and its source.
func ruleText(e *env, r rules.Rule) string {
	return fmt.Sprintf("%s (%s)\n  %s\n  %s\n", r.Code, r.Ernst, r.Uitleg, e.lang.T("cli.uitleg.bron", r.Bron))
}

// mdLink is a Markdown link to another guide, as the guides write it: [regels.md](regels.md).
var mdLink = regexp.MustCompile(`\[([a-z]+)\.md\]\([a-z./]*\.md\)`)

// terminalText turns a guide's links to other guides into the pia uitleg command that shows them.
func terminalText(md string) string {
	return mdLink.ReplaceAllString(md, "pia uitleg $1")
}
