package main

import (
	"path"
	"sort"
	"strings"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
	"github.com/pia-nl/pia/internal/suggest"
)

// selection is the part of a check that `pia check --verwerking … --ernst … --code …` asks to see. On a site with
// thousands of verwerkingen the full list runs to tens of thousands of findings; a selection shows the ones a
// reader is after, and the exit code counts only those.
type selection struct {
	patterns []string        // verwerking ids or path.Match patterns (wmo-*); none: every verwerking
	min      rules.Ernst     // the lowest severity shown; "": every severity
	codes    map[string]bool // finding codes shown; nil: every code
}

// severityWords maps what a user may type for --ernst to a severity, in Dutch and in English.
var severityWords = map[string]rules.Ernst{
	"fout": rules.Fout, "fouten": rules.Fout, "error": rules.Fout, "errors": rules.Fout,
	"waarschuwing": rules.Waarschuwing, "waarschuwingen": rules.Waarschuwing, "warning": rules.Waarschuwing,
	"warnings": rules.Waarschuwing,
	"advies":   rules.Advies, "adviezen": rules.Advies, "advice": rules.Advies,
}

// newSelection reads the values of --verwerking, --ernst and --code. --verwerking and --code take comma-separated
// lists and may be repeated; --ernst takes one severity. An unknown severity or code is a usage error that names
// the likely one; whether the verwerking patterns match anything is known only once the site is loaded (see
// matchSite).
func newSelection(e *env, verwerking []string, ernst string, code []string) (selection, error) {
	var s selection
	for _, p := range verwerking {
		p = strings.ToLower(p) // ids are in small letters
		if _, err := path.Match(p, ""); err != nil {
			return s, usageError{e.lang.T("cli.selectie.patroon", p)}
		}
		s.patterns = append(s.patterns, p)
	}
	if w := strings.ToLower(strings.TrimSpace(ernst)); w != "" {
		sev, ok := severityWords[w]
		if !ok {
			return s, usageError{e.lang.T("cli.selectie.ernst", ernst)}
		}
		s.min = sev
	}
	if len(code) > 0 {
		known := ruleCodes()
		s.codes = map[string]bool{}
		for _, c := range code {
			c = strings.ToLower(c)
			if i := sort.SearchStrings(known, c); i == len(known) || known[i] != c {
				msg := e.lang.T("cli.selectie.code", c)
				if near := closestHolding(c, known); near != "" {
					msg += e.lang.T("cli.bedoelde-u", near)
				}
				return s, usageError{msg}
			}
			s.codes[c] = true
		}
	}
	return s, nil
}

// ruleCodes returns the codes of every rule, sorted as the catalogue is.
func ruleCodes() []string {
	var codes []string
	for _, r := range rules.Catalogue() {
		codes = append(codes, r.Code)
	}
	return codes
}

// splitList splits a comma-separated option value and drops empty items.
func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// active reports whether the selection leaves anything out.
func (s selection) active() bool { return len(s.patterns) > 0 || s.min != "" || s.codes != nil }

// filtersFindings reports whether the selection hides findings of a verwerking it shows.
func (s selection) filtersFindings() bool { return s.min != "" || s.codes != nil }

// matchSite checks that every pattern names at least one verwerking of the site, so that a mistyped id is not
// taken for a verwerking without findings.
func (s selection) matchSite(e *env, site *model.Site) error {
	ids := make([]string, len(site.Verwerkingen))
	for i, v := range site.Verwerkingen {
		ids[i] = v.ID
	}
	for _, p := range s.patterns {
		found := false
		for _, id := range ids {
			if ok, _ := path.Match(p, id); ok {
				found = true
				break
			}
		}
		if !found {
			return usageError{e.lang.T("cli.selectie.verwerking", p) + nearIDs(e, p, ids)}
		}
	}
	return nil
}

// nearIDs suggests what a pattern that matches no id may have meant: the id that holds it as typed (the start of
// an id, as in --verwerking wmo-maatwerk), a pattern with * when several do, else the id nearest in spelling.
func nearIDs(e *env, p string, ids []string) string {
	if holding := holdingAll(p, ids); len(holding) > 1 {
		pattern := "*" + p + "*"
		if strings.HasPrefix(holding[0], p) {
			pattern = p + "*"
		}
		return e.lang.T("cli.selectie.zoals", closestHolding(p, holding), pattern)
	}
	if near := closestHolding(p, ids); near != "" {
		return e.lang.T("cli.bedoelde-u", near)
	}
	return ""
}

// closestHolding returns the shortest candidate that holds s as typed (the one least added to), else the candidate
// nearest in spelling; "" when none is near.
func closestHolding(s string, candidates []string) string {
	best := ""
	for _, c := range holdingAll(s, candidates) {
		if best == "" || len(c) < len(best) {
			best = c
		}
	}
	if best != "" {
		return best
	}
	return suggest.Closest(s, candidates)
}

// holdingAll returns the candidates that start with s or, when none does, those that hold it elsewhere.
func holdingAll(s string, candidates []string) []string {
	var starting, holding []string
	for _, c := range candidates {
		if strings.HasPrefix(c, s) {
			starting = append(starting, c)
		} else if strings.Contains(c, s) {
			holding = append(holding, c)
		}
	}
	if len(starting) > 0 {
		return starting
	}
	return holding
}

// verwerking reports whether the selection shows the verwerking with this id.
func (s selection) verwerking(id string) bool {
	if len(s.patterns) == 0 {
		return true
	}
	for _, p := range s.patterns {
		if ok, _ := path.Match(p, id); ok {
			return true
		}
	}
	return false
}

// finding reports whether the selection shows a finding (of a verwerking it shows, or of the site).
func (s selection) finding(b rules.Bevinding) bool {
	return (s.min == "" || b.Ernst.Rank() >= s.min.Rank()) && (s.codes == nil || s.codes[b.Code])
}

// apply returns the part of r the selection shows. The site's own findings stay with any choice of verwerkingen:
// they concern every verwerking's documents (the FG contact is in every privacy statement).
func (s selection) apply(r *rules.Rapport) *rules.Rapport {
	if !s.active() {
		return r
	}
	out := &rules.Rapport{Site: s.findings(r.Site)}
	for _, res := range r.Resultaten {
		if !s.verwerking(res.Verwerking.ID) {
			continue
		}
		c := *res
		c.Bevindingen = s.findings(res.Bevindingen)
		out.Resultaten = append(out.Resultaten, &c)
	}
	return out
}

func (s selection) findings(bs []rules.Bevinding) []rules.Bevinding {
	var out []rules.Bevinding
	for _, b := range bs {
		if s.finding(b) {
			out = append(out, b)
		}
	}
	return out
}

// describe says in one sentence what the selection shows of how many verwerkingen.
func (s selection) describe(e *env, shown, total int) string {
	var parts []string
	if len(s.patterns) > 0 {
		parts = append(parts, e.lang.T("cli.selectie.verwerkingen", shown, total))
	}
	if s.min != "" && s.min != rules.Advies {
		parts = append(parts, e.lang.T("cli.selectie.vanaf-"+string(s.min)))
	}
	if s.codes != nil {
		codes := make([]string, 0, len(s.codes))
		for c := range s.codes {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		parts = append(parts, e.lang.N("cli.selectie.codes", len(codes), strings.Join(codes, ", ")))
	}
	if len(parts) == 0 {
		return ""
	}
	return e.lang.T("cli.selectie", strings.Join(parts, "; "))
}
