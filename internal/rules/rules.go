// Package rules checks verwerkingen against the GDPR (AVG), the UAVG, the sector laws and the Autoriteit
// Persoonsgegevens' findings, decides whether a DPIA is required and scores the risks.
//
// The law is data where it can be: which bases are consent or count under art. 6, which exceptions lift the art. 9,
// art. 10 or BSN prohibitions for which categories, and which retention periods are standard all come from the
// pack's catalogue (model.Catalogus). What stays in code is the shape of each obligation. Every rule has a stable
// code (see Catalogue and docs/regels.md); its Dutch messages live in nl.go.
//
// Evaluation is pure: it reads the model, never changes it, and gives the same findings in the same order for the
// same input, so that builds are reproducible and Evaluate may run concurrently with itself.
package rules

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/model"
)

// Ernst is the severity of a finding.
type Ernst string

// Severities. A fout makes `pia check` fail; a waarschuwing fails it only with --streng; an advies never does.
const (
	Fout         Ernst = "fout"
	Waarschuwing Ernst = "waarschuwing"
	Advies       Ernst = "advies"
)

// Rank orders severities: advies < waarschuwing < fout.
func (e Ernst) Rank() int {
	switch e {
	case Fout:
		return 3
	case Waarschuwing:
		return 2
	case Advies:
		return 1
	}
	return 0
}

// Bevinding is one finding of a rule.
type Bevinding struct {
	Code       string // the rule's stable code
	Verwerking string // id of the verwerking; "" for site-level findings
	Veld       string // field path, e.g. "gegevens[3].doelen[1]"
	Ernst      Ernst

	// Bestand, Regel and Kolom say where the value is defined (Verwerking.Pos.Of(Veld)). For a missing value the
	// position falls back to the enclosing entry, table or file.
	Bestand string
	Regel   int
	Kolom   int
	// SiteBestand is the verwerking's own file when Bestand is another one, i.e. the value came from a template;
	// otherwise "".
	SiteBestand string

	// Bericht says what is wrong and why it matters, in words a reader of the PIA report understands; Oplossing says
	// what to change in the files, with their keys and tables. Both are in the site's language.
	Bericht   string
	Oplossing string
	Bron      string // the law or finding behind the rule
}

// Text is the whole message: what is wrong and what to do.
func (b Bevinding) Text() string {
	if b.Oplossing == "" {
		return b.Bericht
	}
	return b.Bericht + " " + b.Oplossing
}

// addOplossing adds a sentence to what a finding says to do.
func (b *Bevinding) addOplossing(s string) {
	if b.Oplossing == "" {
		b.Oplossing = strings.TrimSpace(s)
		return
	}
	b.Oplossing += " " + strings.TrimSpace(s)
}

// CriteriumUitkomst is one WP248 criterion that applies to a verwerking.
type CriteriumUitkomst struct {
	ID       string
	Afgeleid bool   // derived by pia from the verwerking, rather than only asserted by the author
	Reden    string // a sentence saying why it applies
}

// DPIAUitkomst is the conclusion whether a DPIA is required.
type DPIAUitkomst struct {
	Verplicht bool
	Criteria  []CriteriumUitkomst // derived ones, and declared ones the catalogue knows
	APLijst   []string            // AP-list category ids the author asserted that the catalogue knows
	Redenen   []string            // sentences explaining the conclusion
}

// RisicoScore is the level of one risk before and after measures.
type RisicoScore struct {
	ID         string
	Niveau     model.Niveau
	RestNiveau model.Niveau // the inherent level when the residual risk is not scored
}

// Resultaat is everything the rules say about one verwerking.
type Resultaat struct {
	Verwerking        *model.Verwerking
	DPIA              DPIAUitkomst
	Risicos           []RisicoScore
	HoogsteRisico     model.Niveau
	HoogsteRestrisico model.Niveau
	Bevindingen       []Bevinding
	// RuimVastgelegd holds the gegevens recorded always where the template, or their special category, asks for
	// less (registratie-ruimer-dan-nodig); the work instruction warns the professional about them.
	RuimVastgelegd []Ruimer
}

// Ruimer is a gegeven recorded always where less is asked: Standaard is what the template says (bij-hulpbehoefte or
// nooit), or "" when only its special category asks for less; Categorie is the title of that special category
// (art. 9 or 10), or "" for an ordinary one.
type Ruimer struct {
	ID        string
	Standaard model.Registreren
	Categorie string
}

// Rapport is the outcome of checking a whole site.
type Rapport struct {
	Resultaten []*Resultaat // one per site verwerking, in the site's order
	Site       []Bevinding  // findings about the site as a whole
}

// All returns the site findings followed by those of each verwerking, in order.
func (r *Rapport) All() []Bevinding {
	n := len(r.Site)
	for _, res := range r.Resultaten {
		n += len(res.Bevindingen)
	}
	out := make([]Bevinding, 0, n)
	out = append(out, r.Site...)
	for _, res := range r.Resultaten {
		out = append(out, res.Bevindingen...)
	}
	return out
}

// Count returns the number of findings with severity e.
func (r *Rapport) Count(e Ernst) int {
	n := count(r.Site, e)
	for _, res := range r.Resultaten {
		n += res.Count(e)
	}
	return n
}

// Count returns the number of findings about the verwerking with severity e.
func (r *Resultaat) Count(e Ernst) int { return count(r.Bevindingen, e) }

func count(bs []Bevinding, e Ernst) int {
	n := 0
	for _, b := range bs {
		if b.Ernst == e {
			n++
		}
	}
	return n
}

// Evaluate runs every rule over the site. Verwerkingen are evaluated in parallel; the result does not depend on
// scheduling.
func Evaluate(site *model.Site) *Rapport {
	r := &Rapport{Resultaten: make([]*Resultaat, len(site.Verwerkingen))}
	workers := min(runtime.GOMAXPROCS(0), len(site.Verwerkingen))
	jobs := make(chan int)
	sh := &shared{}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				r.Resultaten[i] = evaluateVerwerking(site, site.Verwerkingen[i], sh)
			}
		})
	}
	for i := range site.Verwerkingen {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	r.Site = evaluateSite(site)
	return r
}

// EvaluateSite runs the rules about the site as a whole (pia.toml, the packs' questions, the Markdown pages), for
// incremental rebuilds: Rapport.Site of Evaluate.
func EvaluateSite(site *model.Site) []Bevinding { return evaluateSite(site) }

// EvaluateVerwerking runs the rules for one verwerking of the site, for incremental rebuilds. It does not include
// site-level findings.
func EvaluateVerwerking(site *model.Site, v *model.Verwerking) *Resultaat {
	return evaluateVerwerking(site, v, &shared{})
}

func evaluateVerwerking(site *model.Site, v *model.Verwerking, sh *shared) *Resultaat {
	c := newChecker(site, v)
	c.shared = sh
	res := &Resultaat{Verwerking: v}
	res.DPIA = c.determineDPIA()
	res.Risicos, res.HoogsteRisico, res.HoogsteRestrisico = ScoreRisicos(v.Risicos)
	c.dpia = res.DPIA
	for _, check := range verwerkingChecks {
		check(c)
	}
	sortBevindingen(c.out, v.File)
	res.Bevindingen, res.RuimVastgelegd = c.out, c.ruim
	return res
}

// verwerkingChecks are run in this order; the order does not matter for the result, which is sorted, except that
// checkTabellen comes last: it adds its cause to the findings of the others on a key an own table left out.
var verwerkingChecks = []func(*checker){
	checkGrondslagen,
	checkGrondslagPerDoel,
	checkBijzonder,
	checkDoelen,
	checkGegevens,
	checkBewaartermijnen,
	checkOntvangers,
	checkSystemen,
	checkToegang,
	checkInformeren,
	checkVoorInwoner,
	checkBesluitvorming,
	checkRisicos,
	checkBeveiliging,
	checkVerwijzingen,
	checkAfronding,
	checkVragen,
	checkOnzeker,
	checkTabellen,
}

// checker carries what the checks of one verwerking share and collects their findings.
type checker struct {
	site *model.Site
	v    *model.Verwerking
	cat  *model.Catalogus
	lang i18n.Lang
	dpia DPIAUitkomst
	out  []Bevinding
	ruim []Ruimer // see Resultaat.RuimVastgelegd

	vragenList  []model.Vraag // the questions that apply, once vragenKnown
	vragenKnown bool
	shared      *shared // what the checkers of one evaluation share; nil for a checker on its own
}

// shared holds what depends on the site and a verwerking's pack only, worked out once per evaluation.
type shared struct {
	vragen sync.Map // *model.Pack → []model.Vraag: the questions of the pack's chain
}

func newChecker(site *model.Site, v *model.Verwerking) *checker {
	return &checker{site: site, v: v, cat: catalogusOf(site), lang: langOf(site)}
}

func catalogusOf(site *model.Site) *model.Catalogus {
	if site == nil || site.Catalogus == nil {
		return &model.Catalogus{}
	}
	return site.Catalogus
}

func langOf(site *model.Site) i18n.Lang {
	if site == nil || strings.TrimSpace(site.Config.Taal) == "" {
		return i18n.Default
	}
	return i18n.Lang(strings.TrimSpace(site.Config.Taal))
}

// t formats a message in the site's language.
func (c *checker) t(key string, args ...any) string { return c.lang.T(key, args...) }

// add records a finding of rule code with its default severity. The message key is "rules.<code>.<variant>".
func (c *checker) add(code, veld, variant string, args ...any) {
	c.addE(code, ruleByCode[code].Ernst, veld, variant, args...)
}

// addE records a finding with an explicit severity, for rules whose severity depends on the situation.
func (c *checker) addE(code string, ernst Ernst, veld, variant string, args ...any) {
	v := c.v
	pos := v.Pos.Of(veld)
	b := Bevinding{
		Code:       code,
		Verwerking: v.ID,
		Veld:       veld,
		Ernst:      ernst,
		Bestand:    pos.File,
		Regel:      pos.Line,
		Kolom:      pos.Col,
		Bron:       c.t("rules." + code + ".bron"),
	}
	b.Bericht, b.Oplossing = c.lang.Split("rules."+code+"."+variant, args...)
	if b.Bestand == "" {
		b.Bestand = v.File
	}
	if b.Bestand != v.File {
		b.SiteBestand = v.File
	}
	c.out = append(c.out, b)
}

// sortBevindingen orders findings by file (the verwerking's own file first, then templates), position, code and
// field, so that output is stable.
func sortBevindingen(bs []Bevinding, own string) {
	slices.SortStableFunc(bs, func(a, b Bevinding) int {
		return cmp.Or(
			cmp.Compare(a.Verwerking, b.Verwerking),
			boolCmp(a.Bestand != own, b.Bestand != own),
			cmp.Compare(a.Bestand, b.Bestand),
			cmp.Compare(a.Regel, b.Regel),
			cmp.Compare(a.Kolom, b.Kolom),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Veld, b.Veld),
			cmp.Compare(a.Bericht, b.Bericht),
		)
	})
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// blank reports whether a text field is empty or only whitespace.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
