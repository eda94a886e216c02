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
// findings, only where the template had what is now missing.

// ownList reports whether the verwerking's own file writes list while it extends a template.
func (c *checker) ownList(list string) bool {
	if c.v.Base == nil {
		return false
	}
	for _, path := range []string{list + "[0]", list} {
		if pos, ok := c.v.Pos.Exact(path); ok {
			return pos.File == c.v.File
		}
	}
	return false
}

// replaced appends to the last finding that the template has what (a phrase such as "een bewaartermijn van 15
// jaar") and that the file's own list replaced the template's. It does nothing unless the file
// writes list itself.
func (c *checker) replaced(list, what string) {
	if what == "" || len(c.out) == 0 || !c.ownList(list) {
		return
	}
	b := &c.out[len(c.out)-1]
	b.Bericht += " " + c.t("rules.lijst-vervangen", c.sjabloon(), what, list, c.v.File)
}

// baseTermijn describes the template's retention period for the gegeven with the id, or "" when it has none.
func (c *checker) baseTermijn(id string) string {
	if c.v.Base == nil || baseGegeven(c.v, id) == nil {
		return ""
	}
	for _, bt := range c.v.Base.Bewaartermijnen {
		if slices.Contains(bt.Gegevens, id) || slices.Contains(bt.Gegevens, "*") {
			return c.termijn(bt.Termijn)
		}
	}
	return ""
}

// baseTermijnen describes the template's retention periods, or "" when it has none.
func (c *checker) baseTermijnen() string {
	if c.v.Base == nil || len(c.v.Base.Bewaartermijnen) == 0 {
		return ""
	}
	if n := len(c.v.Base.Bewaartermijnen); n > 1 {
		return c.t("rules.lijst-vervangen.termijnen", n)
	}
	return c.termijn(c.v.Base.Bewaartermijnen[0].Termijn)
}

// termijn describes one retention period of the template: "een bewaartermijn van 15 jaar", or without a length.
func (c *checker) termijn(t model.Termijn) string {
	if t.IsZero() {
		return c.t("rules.lijst-vervangen.termijn")
	}
	return c.t("rules.lijst-vervangen.termijn-van", t.String())
}

// baseGrondslagen describes the template's bases that pass and that the verwerking's own list leaves out, or ""
// when there are none. A basis the own list keeps but narrows (to fewer purposes or categories) is not named: the
// replaced list did not lose it, and the finding itself says what to widen.
func (c *checker) baseGrondslagen(pass func(model.Grondslag) bool) string {
	if c.v.Base == nil {
		return ""
	}
	var ids []string
	for _, g := range c.v.Base.Grondslagen {
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
