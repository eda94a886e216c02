package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/build"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/render/html"
	"github.com/pia-nl/pia/internal/rules"
)

func runCheck(e *env, args []string) error {
	var bron, formaat, ernst string
	var verwerking, code []string
	var streng bool
	f := newFlags(e, "check")
	f.source(&bron)
	f.string(&formaat, "formaat", "format", "tekst", "cli.optie.formaat-check")
	f.bool(&streng, "streng", "strict", "cli.optie.streng")
	f.list(&verwerking, "verwerking", "processing", "cli.optie.verwerking")
	f.string(&ernst, "ernst", "severity", "", "cli.optie.ernst")
	f.notEmpty("ernst")
	f.list(&code, "code", "", "cli.optie.code")
	rest, err := f.parse(args)
	typed := formaat
	formaat = strings.ToLower(strings.TrimSpace(formaat))
	// Parsing stops at the first wrong option, maybe before --formaat: look for it on the whole line.
	asJSON := formaat == "json" || err != nil && asksJSON(args)
	// A program that asked for JSON gets JSON whatever goes wrong, once it is known that it asked: the message as
	// a load error without a file, line or column, besides the usual one on stderr.
	failed := func(err error) error {
		if ee, ok := err.(exitError); ok && ee.code == exitOK {
			return err // -h: the help was asked for and printed
		}
		if asJSON {
			writeJSON(e.stdout, checkJSON(nil, nil, load.Errors{&load.Error{Msg: err.Error()}}))
		}
		return err
	}
	if err != nil {
		return failed(err)
	}
	if len(rest) > 0 {
		return failed(usageError{e.lang.T("cli.te-veel-argumenten", strings.Join(rest, " "))})
	}
	if formaat != "tekst" && formaat != "json" && formaat != "text" {
		return usageError{e.lang.T("cli.formaat-check", typed)}
	}
	sel, err := newSelection(e, verwerking, ernst, code)
	if err != nil {
		return failed(err)
	}
	if streng && sel.min == rules.Fout {
		// --streng fails on waarschuwingen, which --ernst fout leaves out: one of them is not meant.
		return failed(usageError{e.lang.T("cli.selectie.streng")})
	}

	// A check loads and evaluates all verwerkingen, and renders every page when the site has layouts of its own:
	// as much garbage per verwerking as a build.
	defer tuneGC(buildHeapLimit)()
	site, err := loadSite(bron)
	if err != nil {
		errs := load.AsErrors(err)
		if errs == nil {
			return failed(err)
		}
		if asJSON {
			writeJSON(e.stdout, checkJSON(nil, nil, errs))
		} else {
			printLoadErrors(e, e.stderr, errs)
		}
		return exitError{exitInput}
	}
	e.lang = i18n.Lang(site.Config.Taal)
	if err := sel.matchSite(e, site); err != nil {
		return failed(err)
	}
	evaluated := rules.Evaluate(site)
	// The theme's layouts, fonts and assets, the logo and the files of static/ are read as pia build reads them, and
	// the first pages rendered (every page, with layouts of the site's own), so that a site that passes pia check
	// does not fail to build.
	if err := buildable(site, bron, evaluated); err != nil {
		msg := fsMessage(e.lang, err)
		if asJSON {
			le := &load.Error{Msg: msg}
			// A mistake in a layout of the theme has its place, which a program reading the JSON gets apart.
			var lay *html.LayoutError
			if errors.As(err, &lay) {
				le.Pos = model.Pos{File: lay.File, Line: lay.Line, Col: lay.Col}
			}
			writeJSON(e.stdout, checkJSON(nil, nil, load.Errors{le}))
		} else {
			fmt.Fprintln(e.stderr, e.lang.T("cli.check.thema", msg))
		}
		return exitError{exitInput}
	}
	report := sel.apply(evaluated)
	if asJSON {
		writeJSON(e.stdout, checkJSON(site, report, nil))
	} else {
		printReport(e, e.stdout, site, report, sel)
	}
	if report.Count(rules.Fout) > 0 || (streng && report.Count(rules.Waarschuwing) > 0) {
		return exitError{exitFindings}
	}
	return nil
}

// buildable opens the pipeline as pia build does and lets it render pages in memory (build.Pipeline.Probe): a layout
// that stops on a page, or a named pipe among the files the build copies, stops the build, so it stops the check too.
func buildable(site *model.Site, bron string, report *rules.Rapport) error {
	p, err := build.NewPipeline(site, build.Options{Source: bron, Embedded: pia.Embedded(), HTML: true, PDF: true})
	if err != nil {
		return err
	}
	return p.Probe(report)
}

// asksJSON reports whether a command line asks for --formaat json (or --format, -formaat, =json, any case).
func asksJSON(args []string) bool {
	for i, a := range args {
		if a == "--" {
			return false
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "formaat" && name != "format" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		return strings.EqualFold(strings.TrimSpace(value), "json")
	}
	return false
}

// loadSite loads the site in dir with the shipped packs and themes.
func loadSite(dir string) (*model.Site, error) {
	return load.Load(dir, load.Options{Embedded: pia.Embedded()})
}

// printLoadErrors prints every load error as file:line:col: message, with the source line and a caret.
func printLoadErrors(e *env, w io.Writer, errs load.Errors) {
	for _, le := range errs {
		printLoadError(w, le)
	}
	fmt.Fprintln(w, e.lang.N("cli.check.laadfouten", len(errs)))
}

// printLoadError prints one load error as file:line:col: message, with its excerpt indented below it.
func printLoadError(w io.Writer, le *load.Error) {
	fmt.Fprintln(w, le.Error())
	if le.Excerpt != "" {
		for _, l := range strings.Split(le.Excerpt, "\n") {
			fmt.Fprintf(w, "    %s\n", l)
		}
	}
}

// printReport prints the findings of the site and of each verwerking, and a summary. When the selection hides
// findings, a verwerking without any it shows is left out.
func printReport(e *env, w io.Writer, site *model.Site, r *rules.Rapport, sel selection) {
	builtIn := "" // the first place in a pack built into pia, which the user cannot open but with pia sjablonen
	printFindings := func(bs []rules.Bevinding) {
		for _, b := range bs {
			loc := model.Pos{File: b.Bestand, Line: b.Regel, Col: b.Kolom}.String()
			if builtIn == "" && strings.HasPrefix(b.Bestand, load.EmbeddedPrefix) {
				builtIn = model.Pos{File: b.Bestand, Line: b.Regel}.String()
			}
			if b.SiteBestand != "" {
				loc += " (" + e.lang.T("cli.check.via", b.SiteBestand) + ")"
			}
			fmt.Fprintf(w, "  %-12s %s  %s", b.Ernst, b.Code, loc)
			if b.Veld != "" {
				fmt.Fprintf(w, "  [%s]", b.Veld)
			}
			fmt.Fprintf(w, "\n      %s\n", b.Bericht)
			if b.Oplossing != "" {
				fmt.Fprintf(w, "      %s\n", e.lang.T("cli.check.oplossing", b.Oplossing))
			}
			if b.Bron != "" {
				fmt.Fprintf(w, "      %s\n", e.lang.T("cli.check.bron", b.Bron))
			}
		}
	}
	if len(r.Site) > 0 {
		fmt.Fprintf(w, "%s\n", e.lang.T("cli.check.site", site.Config.File))
		printFindings(r.Site)
		fmt.Fprintln(w)
	}
	for _, res := range r.Resultaten {
		if sel.filtersFindings() && len(res.Bevindingen) == 0 {
			continue
		}
		v := res.Verwerking
		dpia := e.lang.T("cli.check.dpia-nee")
		if res.DPIA.Verplicht {
			dpia = e.lang.T("cli.check.dpia-ja")
		}
		fmt.Fprintf(w, "%s — %s\n  %s · %s\n", v.ID, v.Title(), dpia,
			e.lang.T("cli.check.risico", niveau(e, res.HoogsteRisico), niveau(e, res.HoogsteRestrisico)))
		if len(res.Bevindingen) == 0 {
			fmt.Fprintf(w, "  %s\n", e.lang.T("cli.check.geen-bevindingen"))
		}
		printFindings(res.Bevindingen)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, e.lang.N("cli.check.samenvatting", len(r.Resultaten),
		telling(e, r.Count(rules.Fout), r.Count(rules.Waarschuwing), r.Count(rules.Advies))))
	if d := sel.describe(e, len(r.Resultaten), len(site.Verwerkingen)); d != "" {
		fmt.Fprintln(w, d)
	}
	if len(r.Resultaten) == 0 {
		fmt.Fprintln(w, e.lang.T("cli.geen-verwerkingen"))
	}
	if builtIn != "" {
		fmt.Fprintln(w, e.lang.T("cli.check.ingebouwd", load.EmbeddedPrefix, "pia sjablonen "+shellArg(builtIn)))
	}
}

// telling counts findings per severity, in the singular where there is one: "1 fout, 0 waarschuwingen, 2 adviezen".
func telling(e *env, fouten, waarschuwingen, adviezen int) string {
	return e.lang.T("cli.telling", e.lang.N("cli.telling.fout", fouten),
		e.lang.N("cli.telling.waarschuwing", waarschuwingen), e.lang.N("cli.telling.advies", adviezen))
}

func niveau(e *env, n model.Niveau) string {
	if n == model.NiveauGeen {
		return e.lang.T("cli.check.niveau-geen")
	}
	return string(n)
}

type jsonVerwerking struct {
	ID                string   `json:"id"`
	DPIAVerplicht     bool     `json:"dpia_verplicht"`
	Criteria          []string `json:"criteria"`
	APLijst           []string `json:"ap_lijst"`
	HoogsteRisico     string   `json:"hoogste_risico"`
	HoogsteRestrisico string   `json:"hoogste_restrisico"`
}

type jsonBevinding struct {
	Code        string `json:"code"`
	Ernst       string `json:"ernst"`
	Verwerking  string `json:"verwerking"`
	Veld        string `json:"veld"`
	Bestand     string `json:"bestand"`
	Regel       int    `json:"regel"`
	Kolom       int    `json:"kolom,omitempty"`
	SiteBestand string `json:"site_bestand,omitempty"`
	Bericht     string `json:"bericht"`   // the whole message
	Bevinding   string `json:"bevinding"` // its first part: what is wrong and why it matters
	Oplossing   string `json:"oplossing"` // its last part: what to change in the files
	Bron        string `json:"bron"`
}

type jsonFout struct {
	Bestand string `json:"bestand"`
	Regel   int    `json:"regel"`
	Kolom   int    `json:"kolom"`
	Bericht string `json:"bericht"`
}

type jsonCheck struct {
	Verwerkingen []jsonVerwerking `json:"verwerkingen"`
	Bevindingen  []jsonBevinding  `json:"bevindingen"`
	Fouten       []jsonFout       `json:"fouten"`
}

// checkJSON builds the object SPEC defines for `pia check --formaat json`.
func checkJSON(site *model.Site, r *rules.Rapport, errs load.Errors) jsonCheck {
	out := jsonCheck{Verwerkingen: []jsonVerwerking{}, Bevindingen: []jsonBevinding{}, Fouten: []jsonFout{}}
	for _, le := range errs {
		out.Fouten = append(out.Fouten, jsonFout{le.Pos.File, le.Pos.Line, le.Pos.Col, le.Msg})
	}
	if r == nil {
		return out
	}
	for _, res := range r.Resultaten {
		jv := jsonVerwerking{ID: res.Verwerking.ID, DPIAVerplicht: res.DPIA.Verplicht, Criteria: []string{},
			APLijst: append([]string{}, res.DPIA.APLijst...), HoogsteRisico: string(res.HoogsteRisico),
			HoogsteRestrisico: string(res.HoogsteRestrisico)}
		for _, c := range res.DPIA.Criteria {
			jv.Criteria = append(jv.Criteria, c.ID)
		}
		out.Verwerkingen = append(out.Verwerkingen, jv)
	}
	for _, b := range r.All() {
		out.Bevindingen = append(out.Bevindingen, jsonBevinding{b.Code, string(b.Ernst), b.Verwerking, b.Veld,
			b.Bestand, b.Regel, b.Kolom, b.SiteBestand, b.Text(), b.Bericht, b.Oplossing, b.Bron})
	}
	return out
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
