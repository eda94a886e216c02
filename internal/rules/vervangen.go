package rules

import (
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// A list without ids (grondslagen, bewaartermijnen, systemen, toegang) that a questionnaire writes replaces the
// template's list whole (SPEC's merge rule). Someone who writes one [[bewaartermijnen]] to add a period loses the
// template's others without a word; the findings that follow (a gegeven without a period, a special category
// without an exception) then name the effect but not the cause. The functions here add the cause to those
// findings, only where the template had what is now missing. A template that extends another may likewise replace
// its base's list; the verwerkingen that extend it then hear which template did.

// replacement says who replaced list: the verwerking's own file, or a template of its chain that writes its own
// list over the template below it. under is the merged template whose list was replaced, and ref and file name
// the template that replaced it ("" when the verwerking's own file did).
type replacement struct {
	under     *model.Verwerking
	underRef  string
	ref, file string
}

// replacementOf finds the file that wrote the verwerking's list and the template it replaced, or nil when the list
// comes whole from a template that extends none, or from no file.
func (c *checker) replacementOf(list string) *replacement {
	if c.v.Base == nil {
		return nil
	}
	var file string
	for _, path := range []string{list + "[0]", list} {
		if pos, ok := c.v.Pos.Exact(path); ok {
			file = pos.File
			break
		}
	}
	switch {
	case file == "":
		return nil
	case file == c.v.File:
		return &replacement{under: c.v.Base, underRef: c.sjabloon()}
	}
	// A template of the chain, nearest first; each level's merged verwerking is the Base of the one above.
	t := c.v.Base
	for i, ref := range c.v.Chain {
		if t == nil {
			return nil
		}
		if ref.File == file {
			if t.Base == nil || i+1 >= len(c.v.Chain) {
				return nil // the list is the first template's own: nothing was replaced
			}
			return &replacement{under: t.Base, underRef: quote(c.v.Chain[i+1].Ref), ref: quote(ref.Ref), file: file}
		}
		t = t.Base
	}
	return nil
}

// replaced appends to the last finding what the replaced template has (what describes it, a phrase such as "een
// bewaartermijn van 15 jaar", or "" for nothing) and which file replaced the template's list. It does nothing
// unless a file replaced list.
func (c *checker) replaced(list string, what func(under *model.Verwerking) string) {
	if len(c.out) == 0 {
		return
	}
	r := c.replacementOf(list)
	if r == nil {
		return
	}
	has := what(r.under)
	if has == "" {
		return
	}
	b := &c.out[len(c.out)-1]
	if r.ref == "" {
		b.addOplossing(c.t("rules.lijst-vervangen", r.underRef, has, list, c.v.File))
	} else {
		b.addOplossing(c.t("rules.lijst-vervangen.keten", r.underRef, has, r.ref, list, r.file))
	}
}

// baseTermijn describes the template's retention period for the gegeven with the id, or "" when it has none.
func (c *checker) baseTermijn(id string) func(*model.Verwerking) string {
	return func(under *model.Verwerking) string {
		if !slices.ContainsFunc(under.Gegevens, func(g model.Gegeven) bool { return g.ID == id }) {
			return ""
		}
		for _, bt := range under.Bewaartermijnen {
			if slices.Contains(bt.Gegevens, id) || slices.Contains(bt.Gegevens, "*") {
				return c.termijn(bt.Termijn)
			}
		}
		return ""
	}
}

// baseTermijnen describes the template's retention periods, or "" when it has none.
func (c *checker) baseTermijnen(under *model.Verwerking) string {
	switch n := len(under.Bewaartermijnen); n {
	case 0:
		return ""
	case 1:
		return c.termijn(under.Bewaartermijnen[0].Termijn)
	default:
		return c.t("rules.lijst-vervangen.termijnen", n)
	}
}

// termijn describes one retention period of the template: "een bewaartermijn van 15 jaar", or without a length.
func (c *checker) termijn(t model.Termijn) string {
	if t.IsZero() {
		return c.t("rules.lijst-vervangen.termijn")
	}
	return c.t("rules.lijst-vervangen.termijn-van", t.String())
}

// baseGrondslagen describes the template's bases that pass and that the verwerking's list leaves out, or "" when
// there are none. A basis the list keeps but narrows (to fewer purposes or categories) is not named: the replaced
// list did not lose it, and the finding itself says what to widen.
func (c *checker) baseGrondslagen(pass func(model.Grondslag) bool) func(*model.Verwerking) string {
	return func(under *model.Verwerking) string {
		var ids []string
		for _, g := range under.Grondslagen {
			kept := slices.ContainsFunc(c.v.Grondslagen, func(o model.Grondslag) bool { return o.Artikel == g.Artikel })
			if id := quote(g.Artikel); pass(g) && !kept && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		switch len(ids) {
		case 0:
			return ""
		case 1:
			return c.t("rules.lijst-vervangen.grondslag", ids[0])
		}
		return c.t("rules.lijst-vervangen.grondslagen", strings.Join(ids[:len(ids)-1], ", "), ids[len(ids)-1])
	}
}
