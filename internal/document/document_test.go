package document

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

func exampleSite(t testing.TB) (*model.Site, *rules.Rapport) {
	t.Helper()
	site, err := load.Load("../..", load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	return site, rules.Evaluate(site)
}

// edited is a copy of res whose verwerking is a copy changed by edit; res itself is left as it is. Slices that edit
// changes in place must be cloned by it.
func edited(res *rules.Resultaat, edit func(v *model.Verwerking)) *rules.Resultaat {
	v := *res.Verwerking
	edit(&v)
	out := *res
	out.Verwerking = &v
	return &out
}

// recordedAlways is a copy of res in which the data recorded only when help is needed are recorded always.
func recordedAlways(res *rules.Resultaat) *rules.Resultaat {
	return edited(res, func(v *model.Verwerking) {
		v.Gegevens = slices.Clone(v.Gegevens)
		for i := range v.Gegevens {
			if v.Gegevens[i].Registreren == model.RegistreerBijHulpbehoefte {
				v.Gegevens[i].Registreren = model.RegistreerAltijd
			}
		}
	})
}

func result(t testing.TB, r *rules.Rapport, id string) *rules.Resultaat {
	t.Helper()
	for _, res := range r.Resultaten {
		if res.Verwerking.ID == id {
			return res
		}
	}
	t.Fatalf("no verwerking %s", id)
	return nil
}

// text flattens every plain and Markdown text of a document, for assertions about content.
func text(d *Document) string {
	var b strings.Builder
	add := func(in Inline) { b.WriteString(in.Text); b.WriteByte('\n') }
	Walk(d.Body, func(bl Block, _ int) {
		switch x := bl.(type) {
		case Section:
			b.WriteString(x.Number + " " + x.Title + "\n")
		case Text:
			add(x.Inline)
		case List:
			for _, i := range x.Items {
				add(i)
			}
		case Definitions:
			for _, f := range x.Items {
				b.WriteString(f.Label + ": ")
				add(f.Value)
			}
		case Table:
			b.WriteString(strings.Join(x.Header, " | ") + "\n")
			for _, r := range x.Rows {
				for _, c := range r.Cells {
					b.WriteString(c.Text + " | ")
				}
				b.WriteByte('\n')
			}
		case Notice:
			b.WriteString(x.Title + "\n")
		case LinkList:
			for _, l := range x.Items {
				b.WriteString(l.Text + "\n")
			}
		}
	})
	return b.String()
}

func TestPIAFollowsModelDPIANumbering(t *testing.T) {
	site, r := exampleSite(t)
	d := PIA(site, result(t, r, "wmo-maatwerkvoorziening"))
	var numbers []string
	Walk(d.Body, func(b Block, _ int) {
		if s, ok := b.(Section); ok && s.Number != "" {
			numbers = append(numbers, s.Number)
		}
	})
	want := "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17"
	if got := strings.Join(numbers, " "); got != want {
		t.Errorf("section numbers %q, want %q", got, want)
	}
	all := text(d)
	for _, s := range []string{"Samenvatting en conclusie", "Een DPIA is verplicht", "Bevindingen van de controle",
		"Advies van de functionaris gegevensbescherming", "Raadpleging van betrokkenen", "Vaststelling",
		"Volgende herbeoordeling"} {
		if !strings.Contains(all, s) {
			t.Errorf("PIA lacks %q", s)
		}
	}
	if !hasMatrix(d) {
		t.Error("PIA lacks the risk matrices")
	}
	// Answers to the pack's open questions appear in the section the pack assigns.
	if !strings.Contains(all, "A.3.2 ") {
		t.Error("answer A.3.2 missing from the report")
	}
}

func hasMatrix(d *Document) bool {
	n := 0
	Walk(d.Body, func(b Block, _ int) {
		if _, ok := b.(RiskMatrix); ok {
			n++
		}
	})
	return n == 2
}

func TestPrivacyverklaringRightsFollowTheBasis(t *testing.T) {
	site, r := exampleSite(t)
	d := Privacyverklaring(site, result(t, r, "wmo-maatwerkvoorziening"))
	var applies, not []string
	for _, x := range newBuilder(site, result(t, r, "wmo-maatwerkvoorziening")).rechten() {
		if x.Geldt {
			applies = append(applies, x.ID)
		} else {
			not = append(not, x.ID)
		}
	}
	joined := " " + strings.Join(applies, " ") + " "
	for _, id := range []string{"inzage", "rectificatie", "bezwaar", "klacht"} {
		if !strings.Contains(joined, " "+id+" ") {
			t.Errorf("right %s must apply to a public task (applies: %v)", id, applies)
		}
	}
	for _, id := range []string{"overdraagbaarheid", "intrekken"} {
		if strings.Contains(joined, " "+id+" ") {
			t.Errorf("right %s must not apply to a public task", id)
		}
	}
	all := text(d)
	for _, s := range []string{"Wie zijn wij?", "Wat zijn uw rechten?", "Hebt u een klacht?", "Autoriteit Persoonsgegevens",
		site.Config.Organisatie.FG.Email, "Wij vragen u hiervoor geen toestemming"} {
		if !strings.Contains(all, s) {
			t.Errorf("privacyverklaring lacks %q", s)
		}
	}
	if strings.Contains(all, "{fg.") || strings.Contains(all, "{organisatie.") {
		t.Error("placeholders were not filled in")
	}
}

// TestRightsHoldOnlyForTheBasesThatGiveThem: a right that one basis gives and another does not holds for part of the
// verwerking, and the statement and the report say for which part (objection, art. 21, not for 6(1)(c)).
func TestRightsHoldOnlyForTheBasesThatGiveThem(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	cases := []struct {
		name    string
		bases   []string
		applies map[string][]string // right → the bases it does not hold for; absent: the right does not apply
	}{
		{"public task", []string{"avg-6-1-e"},
			map[string][]string{"inzage": nil, "bezwaar": nil, "klacht": nil}},
		{"public task and legal obligation", []string{"avg-6-1-e", "avg-6-1-c"},
			map[string][]string{"inzage": nil, "bezwaar": {"avg-6-1-c"}, "klacht": nil}},
		{"legal obligation", []string{"avg-6-1-c"},
			map[string][]string{"inzage": nil, "klacht": nil}},
		{"consent and public task", []string{"avg-6-1-a", "avg-6-1-e"},
			map[string][]string{"inzage": nil, "bezwaar": {"avg-6-1-a"}, "overdraagbaarheid": {"avg-6-1-e"},
				"intrekken": {"avg-6-1-e"}, "klacht": nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := *base.Verwerking
			v.Grondslagen = nil
			for _, id := range c.bases {
				v.Grondslagen = append(v.Grondslagen, model.Grondslag{Artikel: id, Wet: "Wet " + id})
			}
			res := *base
			res.Verwerking = &v
			partial := false
			for _, x := range newBuilder(site, &res).rechten() {
				want, ok := c.applies[x.ID]
				if x.ID == "geautomatiseerd" || x.ID == "verwijdering" || x.ID == "rectificatie" || x.ID == "beperking" {
					continue // not what this test is about
				}
				if x.Geldt != ok {
					t.Errorf("%s: applies = %v, want %v", x.ID, x.Geldt, ok)
				}
				var got []string
				for _, b := range x.NietVoor {
					got = append(got, b.Artikel)
				}
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("%s: not for %v, want %v", x.ID, got, want)
				}
				partial = partial || len(got) > 0
			}
			pv, pia := text(Privacyverklaring(site, &res)), text(PIA(site, &res))
			for doc, s := range map[string]string{
				"privacyverklaring": "Dit recht geldt niet voor wat de wet ons verplicht te doen.",
				"PIA":               "Geldt niet voor het deel van de verwerking op grond van: Wettelijke verplichting — Wet avg-6-1-c.",
			} {
				all := pv
				if doc == "PIA" {
					all = pia
				}
				if want := c.name == "public task and legal obligation"; strings.Contains(all, s) != want {
					t.Errorf("%s says %q: %v, want %v", doc, s, !want, want)
				}
			}
			if strings.Contains(pia, "| deels |") != partial {
				t.Errorf("PIA section 15 shows a right as partly applying: %v, want %v", !partial, partial)
			}
		})
	}
}

// TestRightsThatDoNotApplySayWhyForEveryBasis: the reason a right does not hold must be true whatever the single
// art. 6 basis is; it may not name another basis ("the law gives us this task" for a contract).
func TestRightsThatDoNotApplySayWhyForEveryBasis(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	claims := map[string][]string{ // a basis → what a reason may only claim for that basis
		"avg-6-1-a": {"omdat u toestemming gaf"},
		"avg-6-1-c": {"omdat de wet ons dat verplicht", "voor een plicht uit de wet"},
		"avg-6-1-e": {"voor een taak die de wet ons geeft", "De wet geeft ons deze taak"},
	}
	for _, basis := range []string{"avg-6-1-a", "avg-6-1-b", "avg-6-1-c", "avg-6-1-d", "avg-6-1-e", "avg-6-1-f"} {
		v := *base.Verwerking
		v.Grondslagen = []model.Grondslag{{Artikel: basis, Wet: "Wet"}}
		res := *base
		res.Verwerking = &v
		notApplying := 0
		for _, x := range newBuilder(site, &res).rechten() {
			if x.Geldt {
				continue
			}
			notApplying++
			for other, phrases := range claims {
				for _, p := range phrases {
					if other != basis && strings.Contains(strings.Join(strings.Fields(x.UitlegNiet), " "), p) {
						t.Errorf("%s: right %s does not hold, and its reason says %q, which is only true for %s:\n%s",
							basis, x.ID, p, other, x.UitlegNiet)
					}
				}
			}
		}
		if notApplying == 0 {
			t.Errorf("%s: every right holds", basis)
		}
	}
}

// A fout and a waarschuwing, for the tests of what a document's status and findings say.
var (
	fout         = rules.Bevinding{Code: "grondslag-ontbreekt", Ernst: rules.Fout, Bericht: "x"}
	waarschuwing = rules.Bevinding{Code: "risico-zonder-maatregel", Ernst: rules.Waarschuwing, Bericht: "y"}
)

// withStatus is a copy of base with the given status and findings.
func withStatus(base *rules.Resultaat, status model.Status, bevindingen []rules.Bevinding) *rules.Resultaat {
	v := *base.Verwerking
	v.Status = status
	res := *base
	res.Verwerking, res.Bevindingen = &v, bevindingen
	return &res
}

// TestBevindingenIntroFollowsStatus: the report asks to solve the errors before the document is final only when there
// are errors, and says so differently once the document is final.
func TestBevindingenIntroFollowsStatus(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	cases := []struct {
		status      model.Status
		bevindingen []rules.Bevinding
		want, not   string
	}{
		{model.StatusConcept, []rules.Bevinding{fout}, "Los de fouten op voordat", "opnieuw vaststellen"},
		{model.StatusVastgesteld, []rules.Bevinding{waarschuwing, fout}, "geeft dit document de status vastgesteld, maar de controle vond nog fouten", "Los de fouten op voordat"},
		{model.StatusDefinitief, []rules.Bevinding{waarschuwing}, "gecontroleerd aan de AVG", "fouten"},
		{model.StatusDefinitief, []rules.Bevinding{fout}, "maar de controle vond nog fouten. Daarom tonen de PIA, de werkinstructie en de privacyverklaring het als concept. Los de fouten op; daarna tonen ze weer de status definitief.", "vaststellen"},
	}
	for _, c := range cases {
		res := withStatus(base, c.status, c.bevindingen)
		intro := newBuilder(site, res).bevindingen()[0].(Text).Inline.Text
		if !strings.Contains(intro, c.want) || strings.Contains(intro, c.not) {
			t.Errorf("%s with %d findings: %q, want %q and not %q", c.status, len(c.bevindingen), intro, c.want, c.not)
		}
	}
}

// TestBevindingenShowHowToSeeABuiltInPlace: a finding in a template pack inside pia points at a file the reader cannot
// open; the appendix on solving the findings then ends with the command that shows it, quoted for the shell. Without
// such a finding it does not.
func TestBevindingenShowHowToSeeABuiltInPlace(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	builtIn := waarschuwing
	builtIn.Bestand, builtIn.Regel, builtIn.Kolom = model.EmbeddedPrefix+"pia-templates/vng/verwerkingen/wmo.toml", 325, 3
	local := waarschuwing
	local.Bestand, local.Regel = "content/verwerkingen/wmo.toml", 12
	last := func(bevindingen ...rules.Bevinding) string {
		blocks := newBuilder(site, withStatus(base, model.StatusConcept, bevindingen)).oplossen()
		x, ok := blocks[len(blocks)-1].(Text)
		if !ok {
			return ""
		}
		return x.Inline.Text
	}
	other := builtIn
	other.Regel = 400
	want := "`pia sjablonen '(ingebouwd)/pia-templates/vng/verwerkingen/wmo.toml:325:3'`"
	if got := last(fout, local, builtIn, builtIn); !strings.Contains(got, want) || !strings.Contains(got, "in pia zelf") ||
		strings.Contains(got, "andere plaats") {
		t.Errorf("with one built-in place the findings end with %q, want the command %s and no word of other places", got, want)
	}
	if got := last(fout, builtIn, local, other); !strings.Contains(got, want) || !strings.Contains(got, "andere plaats") {
		t.Errorf("with two built-in places the findings end with %q, want the command for the first, %s, and how to show the other", got, want)
	}
	if got := last(fout, local); strings.Contains(got, "pia sjablonen") {
		t.Errorf("without a built-in place the findings end with %q", got)
	}
}

// TestBevindingenKeepTheFixForTheAppendix: the section on the findings, which the board reads, says what is wrong
// under a number; what to change in the files, with field and place, is in the appendix under the same number. A
// report without findings has no appendix.
func TestBevindingenKeepTheFixForTheAppendix(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	f := fout
	f.Bericht, f.Oplossing, f.Veld = "Het besluit noemt geen datum.", "Vul `herbeoordeling` in [besluit] in.", "besluit.herbeoordeling"
	f.Bestand, f.Regel, f.Kolom = "content/verwerkingen/wmo.toml", 12, 1
	b := newBuilder(site, withStatus(base, model.StatusConcept, []rules.Bevinding{waarschuwing, f}))
	var main Table
	for _, bl := range b.bevindingen() {
		if x, ok := bl.(Table); ok {
			main = x
		}
	}
	if len(main.Rows) != 2 {
		t.Fatalf("findings table has %d rows, want 2", len(main.Rows))
	}
	row := main.Rows[1].Cells
	if row[0].Text != "2" || row[2].Text != f.Bericht || row[3].Text != "[Vaststelling](#vaststelling)" {
		t.Errorf("second finding in the section: %+v, want number 2, only %q and a link to the section", row, f.Bericht)
	}
	for _, c := range row {
		if strings.Contains(c.Text, "herbeoordeling") || strings.Contains(c.Text, ".toml") {
			t.Errorf("the section shows the fix or the place: %q", c.Text)
		}
	}
	fix := b.oplossen()
	var appendix Table
	for _, bl := range fix {
		if x, ok := bl.(Table); ok {
			appendix = x
		}
	}
	if len(appendix.Rows) != 2 {
		t.Fatalf("appendix table has %d rows, want 2", len(appendix.Rows))
	}
	got := appendix.Rows[1].Cells
	if got[0].Text != "2" || got[1].Text != f.Code || got[2].Text != f.Oplossing ||
		got[3].Text != "besluit.herbeoordeling — content/verwerkingen/wmo.toml:12:1" {
		t.Errorf("second finding in the appendix: %+v", got)
	}
	if b := newBuilder(site, withStatus(base, model.StatusConcept, nil)); b.oplossen() != nil {
		t.Error("a report without findings has an appendix on solving them")
	}
	d := PIA(site, withStatus(base, model.StatusConcept, []rules.Bevinding{f}))
	if last := d.Body[len(d.Body)-1].(Section); last.Anchor != "bevindingen-oplossen" {
		t.Errorf("the report ends with %q, want the appendix", last.Anchor)
	}
}

// TestFindingSectionsExist: every section a finding may link to is a section of the report, with that anchor.
func TestFindingSectionsExist(t *testing.T) {
	site, r := exampleSite(t)
	anchors := map[string]bool{}
	var walk func([]Block)
	walk = func(bs []Block) {
		for _, b := range bs {
			if s, ok := b.(Section); ok {
				anchors[s.Anchor] = true
				walk(s.Blocks)
			}
		}
	}
	walk(PIA(site, result(t, r, "wmo-maatwerkvoorziening")).Body)
	for _, section := range piaSections {
		if _, named := piaSectionTitles[section]; !named {
			section = "s" + section
		}
		if !anchors[section] {
			t.Errorf("findings link to #%s, which the report does not have", section)
		}
	}
	for section := range piaSectionTitles {
		if !anchors[section] && section != "overige-antwoorden" { // that one only with answers outside the sections
			t.Errorf("findings link to #%s, which the report does not have", section)
		}
	}
	for _, n := range []string{"8", "12", "14"} {
		if !anchors["s"+n] {
			t.Errorf("findings link to #s%s, which the report does not have", n)
		}
	}
}

// TestOverviewSplitsSiteFindings: the home page shows a finding about the site as a whole as the report does, what
// is wrong apart from what to change.
func TestOverviewSplitsSiteFindings(t *testing.T) {
	site, r := exampleSite(t)
	rep := *r
	rep.Site = []rules.Bevinding{{Code: "contact-fg-ontbreekt", Ernst: rules.Fout, Bericht: "Er is geen FG.",
		Oplossing: "Vul in pia.toml onder [organisatie.fg] `naam` in."}}
	d := Overzicht(site, &rep)
	last, ok := d.Body[len(d.Body)-1].(Table)
	if !ok || len(last.Rows) != 1 {
		t.Fatalf("no table of site findings at the end: %+v", d.Body[len(d.Body)-1])
	}
	cells := last.Rows[0].Cells
	if len(cells) != 4 || cells[2].Text != "Er is geen FG." || cells[3].Text != "Vul in pia.toml onder [organisatie.fg] `naam` in." {
		t.Errorf("site finding: %+v", cells)
	}
}

// TestFindingLinksToItsSection: the section on the findings links each to the section of the report that shows
// the field it is about, and shows a dash for a field the report does not show.
func TestFindingLinksToItsSection(t *testing.T) {
	site, r := exampleSite(t)
	res := *result(t, r, "wmo-maatwerkvoorziening")
	v := *res.Verwerking
	v.Antwoorden = map[string]string{"B.12.1": "Ja.", "bestaat-niet": "Ja.", "A.1.1": "Wmo", "B.13.1": " "}
	res.Verwerking = &v
	b := newBuilder(site, &res)
	for _, c := range []struct{ code, veld, want string }{
		{"onzekere-bron", "grondslagen[1].toelichting", "[11 Rechtsgrond](#s11)"},
		{"registratie-zonder-noodzaak", "gegevens[3].noodzaak", "[14 Noodzaak en evenredigheid](#s14)"},
		{"registratie-ruimer-dan-nodig", "gegevens[3].registreren", "[2 Persoonsgegevens](#s2)"},
		{"bijzonder-zonder-uitzondering", "gegevens[3].categorie", "[12 Bijzondere en strafrechtelijke persoonsgegevens en BSN](#s12)"},
		{"onzekere-bron", "ontvangers[0].grondslag", "[6 Betrokken partijen](#s6)"},
		{"doorgifte-zonder-waarborg", "ontvangers[0].waarborg", "[8 Verwerkingslocaties](#s8)"},
		{"doorgifte-zonder-waarborg", "systemen[0].locatie", "[8 Verwerkingslocaties](#s8)"},
		{"herbeoordeling-ontbreekt", "besluit.herbeoordeling", "[Vaststelling](#vaststelling)"},
		{"onbekende-verwijzing", "dpia.criteria", "[Is een DPIA verplicht?](#dpia-toets)"},
		{"onzekere-bron", "antwoorden.B.12.1", "[12 Bijzondere en strafrechtelijke persoonsgegevens en BSN](#s12)"},
		{"onbekende-verwijzing", "antwoorden.bestaat-niet", "[Overige antwoorden](#overige-antwoorden)"},
		{"onbekende-verwijzing", "antwoorden.A.1.1", "—"},                     // answered in the field naam, so not shown as an answer
		{"vraag-onbeantwoord", "antwoorden.B.13.1", "[13 Doelbinding](#s13)"}, // blank, but missed in its section
		{"vraag-onbeantwoord", "antwoorden.bestaat-ook-niet", "—"},            // blank and of no section
		{"tabel-vervangt-sjabloon", "antwoorden", "—"},                        // the answers as a whole
		{"toegang-te-ruim", "toegang[0].gegevens", "—"},                       // in the work instruction only
		{"organisatie-ontbreekt", "", "—"},
	} {
		if got := b.shownIn(rules.Bevinding{Code: c.code, Veld: c.veld}).Text; got != c.want {
			t.Errorf("shownIn(%s %q) = %q, want %q", c.code, c.veld, got, c.want)
		}
	}
}

// TestDocumentsWithAFoutAreShownAsConcept: a verwerking the questionnaire calls final but that has a fout gets
// concept documents, whose status field says why; without a fout, or as a concept, the status is the questionnaire's.
func TestDocumentsWithAFoutAreShownAsConcept(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	cases := []struct {
		status      model.Status
		bevindingen []rules.Bevinding
		want        model.Status
		meta        string
	}{
		{model.StatusDefinitief, []rules.Bevinding{waarschuwing, fout}, model.StatusConcept,
			"concept (vastgelegd als definitief, maar de controle vond 1 fout)"},
		{model.StatusVastgesteld, []rules.Bevinding{fout, fout}, model.StatusConcept,
			"concept (vastgelegd als vastgesteld, maar de controle vond 2 fouten)"},
		{model.StatusDefinitief, []rules.Bevinding{waarschuwing}, model.StatusDefinitief, "definitief"},
		{model.StatusConcept, []rules.Bevinding{fout}, model.StatusConcept, "concept"},
	}
	for _, c := range cases {
		res := withStatus(base, c.status, c.bevindingen)
		for _, d := range []*Document{PIA(site, res), Werkinstructie(site, res), Privacyverklaring(site, res)} {
			if d.Status != c.want {
				t.Errorf("%s %s with %d findings: status %q, want %q", d.Kind, c.status, len(c.bevindingen), d.Status, c.want)
			}
			var meta string
			for _, f := range d.Meta {
				if f.Label == "Status" {
					meta = f.Value.Text
				}
			}
			if d.Kind == KindPIA && meta != c.meta {
				t.Errorf("%s %s with %d findings: status field %q, want %q", d.Kind, c.status, len(c.bevindingen), meta, c.meta)
			}
		}
		ov := Overzicht(site, &rules.Rapport{Resultaten: []*rules.Resultaat{res}})
		want := string(c.status)
		if c.want != c.status {
			want = "concept (vastgelegd als " + string(c.status) + ")"
		}
		var cell string
		Walk(ov.Body, func(bl Block, _ int) {
			if tb, ok := bl.(Table); ok && len(tb.Rows) == 1 {
				cell = tb.Rows[0].Cells[2].Text
			}
		})
		if cell != want {
			t.Errorf("overview of %s with %d findings: status %q, want %q", c.status, len(c.bevindingen), cell, want)
		}
	}
}

// TestPrivacyOverzichtNamesTheRights: the overall statement explains the rights every verwerking gives and names
// those that only some give; in the example, objection holds only in part for the Wmo (a legal obligation too),
// and portability only for the wijkteam (which gives consent as a basis).
func TestPrivacyOverzichtNamesTheRights(t *testing.T) {
	site, r := exampleSite(t)
	var rechten []Block
	Walk(PrivacyOverzicht(site, r).Body, func(bl Block, _ int) {
		if s, ok := bl.(Section); ok && s.Anchor == "rechten" {
			rechten = s.Blocks
		}
	})
	lists := map[string]string{} // lead-in → the items of the list after it
	for i := 0; i+1 < len(rechten); i++ {
		lead, ok1 := rechten[i].(Text)
		l, ok2 := rechten[i+1].(List)
		if ok1 && ok2 {
			for _, it := range l.Items {
				lists[lead.Inline.Text] += it.Text + "\n"
			}
		}
	}
	all, some := lists["Bij elk onderwerp hebt u deze rechten:"], ""
	for lead, items := range lists {
		if strings.HasPrefix(lead, "Deze rechten hebt u alleen bij sommige onderwerpen") {
			some = items
		}
	}
	for _, s := range []string{"Uw gegevens inzien.", "Uw gegevens laten verbeteren.", "Een klacht indienen."} {
		if !strings.Contains(all, s) {
			t.Errorf("rights of every verwerking lack %q:\n%s", s, all)
		}
	}
	for _, s := range []string{"Bezwaar maken tegen het gebruik van uw gegevens", "Uw gegevens meenemen"} {
		if !strings.Contains(some, s) || strings.Contains(all, s) {
			t.Errorf("%q must be among the rights of some verwerkingen only:\nall: %s\nsome: %s", s, all, some)
		}
	}
}

func TestWerkinstructieConsent(t *testing.T) {
	site, r := exampleSite(t)
	wijk := text(Werkinstructie(site, result(t, r, "wijkteam-integrale-intake")))
	if !strings.Contains(wijk, "Let op: deze verwerking noemt toestemming als grondslag") {
		t.Error("the wijkteam instruction must warn about consent as a basis")
	}
	wmo := text(Werkinstructie(site, result(t, r, "wmo-maatwerkvoorziening")))
	if !strings.Contains(wmo, "U vraagt geen toestemming om gegevens te verwerken") ||
		strings.Contains(wmo, "Let op: deze verwerking noemt toestemming") {
		t.Error("the wmo instruction must say consent is not the basis, without the warning")
	}
	for _, s := range []string{"Mag u vragen?", "Mag u vastleggen?", "alleen bij hulpbehoefte", "Een datalek", "Met wie"} {
		if !strings.Contains(wmo, s) {
			t.Errorf("werkinstructie lacks %q", s)
		}
	}
}

func TestTekstEscapesPlaceholderValues(t *testing.T) {
	site, r := exampleSite(t)
	s := *site
	s.Config.Organisatie.Naam = "Gemeente *Sterretje* [x](javascript:alert(1))"
	s.Teksten = map[string]string{"t": "Wij zijn {organisatie.naam}. {onbekend.veld}"}
	b := newBuilder(&s, result(t, r, "wmo-maatwerkvoorziening"))
	in, ok := b.tekst("t")
	if !ok || !in.Markdown {
		t.Fatal("text block not found")
	}
	if !strings.Contains(in.Text, `\*Sterretje\*`) || !strings.Contains(in.Text, `\[x\]`) {
		t.Errorf("values must be escaped for Markdown: %s", in.Text)
	}
	if !strings.Contains(in.Text, "{onbekend.veld}") {
		t.Error("unknown placeholders stay visible")
	}
}

// TestTekstLinksAddresses: e-mail addresses and the website become links; what is not a valid address stays
// escaped text, so that it cannot open a link or raw HTML of its own.
func TestTekstLinksAddresses(t *testing.T) {
	site, r := exampleSite(t)
	cases := []struct {
		email, fg, website string
		want, not          []string
	}{
		{"privacy@gemeente.nl", "fg@gemeente.nl", "https://www.gemeente.nl/privacy?x=1",
			[]string{"<privacy@gemeente.nl>", "<fg@gemeente.nl>", "<https://www.gemeente.nl/privacy?x=1>"}, nil},
		{"privacy op gemeente.nl", "fg@gemeente.nl>x", "www.gemeente.nl",
			[]string{"privacy op gemeente.nl", `fg@gemeente.nl\>x`, "www.gemeente.nl"}, []string{"<"}},
		{"a@b", "x@-b.nl", "javascript:alert(1)", []string{"<a@b>", `x@-b.nl`, "javascript:alert(1)"},
			[]string{"<x@", "<javascript"}},
		{"privacy@gemeente.nl", "fg@gemeente.nl", "https://gemeente.nl/a b", []string{"https://gemeente.nl/a b"},
			[]string{"<https"}},
	}
	for _, c := range cases {
		s := *site
		s.Config.Organisatie.Email, s.Config.Organisatie.FG.Email, s.Config.Organisatie.Website = c.email, c.fg, c.website
		s.Teksten = map[string]string{"t": "Mail {organisatie.email} of {fg.email}, of kijk op {organisatie.website}.",
			// Where the pack writes the link itself, the value stays text.
			"link": "[Mail ons](mailto:{organisatie.email}), [{organisatie.website}]({organisatie.website}), " +
				"`{organisatie.email}`, <{fg.email}> en {organisatie.website}/privacy of {organisatie.website}.nl.",
		}
		b := newBuilder(&s, result(t, r, "wmo-maatwerkvoorziening"))
		if in, _ := b.tekst("link"); c.email != "" && strings.Count(in.Text, "<") != 1 {
			t.Errorf("a placeholder inside a link, code or address became a link of its own:\n%s", in.Text)
		}
		in, ok := b.tekst("t")
		if !ok {
			t.Fatal("text block not found")
		}
		for _, w := range c.want {
			if !strings.Contains(in.Text, w) {
				t.Errorf("%q lacks %q", in.Text, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(in.Text, w) {
				t.Errorf("%q has %q", in.Text, w)
			}
		}
	}
}

func TestRegisterHasEveryArticle30Field(t *testing.T) {
	site, r := exampleSite(t)
	fields := RegisterFields(site, result(t, r, "participatiewet-levensonderhoud"))
	keys := map[string]RegisterField{}
	for _, f := range fields {
		keys[f.Key] = f
	}
	for _, k := range []string{"naam", "doelen", "betrokkenen", "categorieen", "ontvangers", "doorgifte",
		"bewaartermijnen", "beveiliging", "grondslagen"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("register field %s missing", k)
		}
	}
	if len(keys["doelen"].Items) == 0 || len(keys["bewaartermijnen"].Items) == 0 || len(keys["categorieen"].Items) == 0 {
		t.Errorf("register lists are empty: %+v", keys)
	}
}

func TestPathLayout(t *testing.T) {
	cases := map[string]string{
		Path(KindPIA, "x", FormatHTML):               "verwerkingen/x/index.html",
		Path(KindWerkinstructie, "x", FormatHTML):    "verwerkingen/x/werkinstructie/index.html",
		Path(KindPrivacyverklaring, "x", FormatHTML): "privacy/x/index.html",
		Path(KindPrivacyOverzicht, "", FormatHTML):   "privacy/index.html",
		Path(KindRegister, "", FormatHTML):           "register/index.html",
		Path(KindRegister, "", FormatCSV):            "register/register.csv",
		Path(KindOverzicht, "", FormatHTML):          "index.html",
		Path(KindPIA, "x", FormatPDF):                "pdf/x-pia.pdf",
		Path(KindWerkinstructie, "x", FormatPDF):     "pdf/x-werkinstructie.pdf",
		Path(KindPrivacyverklaring, "x", FormatPDF):  "pdf/x-privacyverklaring.pdf",
		Path(KindPagina, "over/contact", FormatHTML): "over/contact/index.html",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("path %q, want %q", got, want)
		}
	}
}

// TestTekstFillsEveryPlaceholder: each placeholder of the pack's texts gets its value; the verwerking's own only
// in a document of one verwerking.
func TestTekstFillsEveryPlaceholder(t *testing.T) {
	site, r := exampleSite(t)
	s := *site
	s.Config.Titel = "Titel"
	s.Config.Organisatie.Naam, s.Config.Organisatie.Adres, s.Config.Organisatie.Website = "Naam", "Adres", "Web"
	s.Config.Organisatie.Telefoon, s.Config.Organisatie.Email = "Tel", "Mail"
	s.Config.Organisatie.FG.Naam, s.Config.Organisatie.FG.Email, s.Config.Organisatie.FG.Telefoon = "FGnaam", "FGmail", "FGtel"
	s.Teksten = map[string]string{"t": "{organisatie.naam}|{organisatie.adres}|{organisatie.website}|" +
		"{organisatie.telefoon}|{organisatie.email}|{fg.naam}|{fg.email}|{fg.telefoon}|{site.titel}|" +
		"{verwerking.id}|{verwerking.naam}"}
	res := result(t, r, "wmo-maatwerkvoorziening")
	in, _ := newBuilder(&s, res).tekst("t")
	want := "Naam|Adres|Web|Tel|Mail|FGnaam|FGmail|FGtel|Titel|wmo-maatwerkvoorziening|" + escapeMarkdown(res.Verwerking.Naam)
	if in.Text != want {
		t.Errorf("got  %s\nwant %s", in.Text, want)
	}
	in, _ = newBuilder(&s, nil).tekst("t")
	if !strings.HasSuffix(in.Text, "|Titel|{verwerking.id}|{verwerking.naam}") {
		t.Errorf("without a verwerking its placeholders stay: %s", in.Text)
	}
}

// FuzzOneLine: the shortcut for strings that are one line already gives what collapsing the white space gives.
func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"", " ", "een regel", " voor", "na ", "twee  spaties", "regel\nregel", "tab\there",
		"nbsp\u00a0hier", "é en €", "\u2003em", "a\x85b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestDocumentsReadCleanly renders every document of the example site and looks for what a reader must never see:
// fmt's complaints about arguments, keys of missing texts and unfilled placeholders.
func TestDocumentsReadCleanly(t *testing.T) {
	site, r := exampleSite(t)
	docs := []*Document{Overzicht(site, r), PrivacyOverzicht(site, r), Register(site, r)}
	for _, res := range r.Resultaten {
		docs = append(docs, ForVerwerking(site, res)...)
	}
	for _, d := range docs {
		all := d.Title + "\n" + d.Summary + "\n" + text(d)
		for _, bad := range []string{"%!", "[doc.", "[rules.", "{organisatie.", "{fg."} {
			if i := strings.Index(all, bad); i >= 0 {
				t.Errorf("%s contains %q: …%s…", d.Title, bad, all[max(0, i-60):min(len(all), i+60)])
			}
		}
		// One name per role, so that a professional knows whom to ask: the privacyadviseur advises and owns
		// measures, the privacyloket takes requests and data breaches.
		if i := strings.Index(strings.ToLower(all), "privacy officer"); i >= 0 {
			t.Errorf("%s names a 'privacy officer' besides the privacyadviseur and the privacyloket: …%s…", d.Title,
				all[max(0, i-60):min(len(all), i+60)])
		}
	}
}

func TestPrivacyverklaringReadsAsB1(t *testing.T) {
	site, r := exampleSite(t)
	// "verwerking" is the professionals' word; the statement speaks of what we do with your data.
	for _, res := range r.Resultaten {
		if pv := text(Privacyverklaring(site, res)); strings.Contains(strings.ToLower(pv), "verwerking") {
			i := strings.Index(strings.ToLower(pv), "verwerking")
			t.Errorf("%s: the statement says %q", res.Verwerking.ID, pv[max(0, i-60):min(len(pv), i+40)])
		}
	}
	wijk := text(Privacyverklaring(site, result(t, r, "wijkteam-integrale-intake")))
	// The wijkteam rests on a public task and, wrongly, on consent: the statement must not tell every reader that he
	// consented, only that consent is asked for a part.
	if !strings.Contains(wijk, "Voor een deel hiervan vragen wij uw toestemming. U mag die toestemming altijd weer intrekken.\n") ||
		strings.Contains(wijk, "U hebt ons toestemming gegeven") {
		t.Errorf("a consent basis beside a task of the law is explained in one clean sentence for a part:\n%s", wijk)
	}
	consentOnly := edited(result(t, r, "wijkteam-integrale-intake"), func(v *model.Verwerking) {
		for _, g := range v.Grondslagen {
			if g.Artikel == "avg-6-1-a" {
				v.Grondslagen = []model.Grondslag{g}
			}
		}
	})
	if only := text(Privacyverklaring(site, consentOnly)); !strings.Contains(only, "\nHiervoor vragen wij uw toestemming. U mag die toestemming altijd weer intrekken.\n") {
		t.Errorf("consent as the only basis:\n%s", only)
	}

	matrix := Privacyverklaring(site, result(t, r, "zelfredzaamheidsmatrix"))
	var computer string
	for _, b := range matrix.Body {
		if s, ok := b.(Section); ok && s.Anchor == "computer" {
			computer = text(&Document{Body: s.Blocks})
		}
	}
	if !strings.Contains(computer, "Dat heet profileren") || strings.Contains(computer, "Een computer helpt") {
		t.Errorf("profiling without an automated decision is not a computer deciding:\n%s", computer)
	}
	for _, x := range newBuilder(site, result(t, r, "zelfredzaamheidsmatrix")).rechten() {
		if x.ID == "geautomatiseerd" && x.Geldt {
			t.Error("the right against decisions by a computer alone is listed as applying to profiling only")
		}
	}

	wmo := text(Privacyverklaring(site, result(t, r, "wmo-maatwerkvoorziening")))
	for _, want := range []string{
		// The period for all data says that the one for some of them goes before it.
		"\nTenzij hieronder iets anders staat, bewaren wij al uw gegevens 15 jaar na de datum van het stuk waarin ze " +
			"staan (zoals een brief, formulier of verslag), of na het einde van uw voorziening als u die nog hebt.\n" +
			"Deze gegevens bewaren wij 5 jaar na het einde van het onderzoek, als u geen voorziening krijgt",
		"\n**Aanbieders van Wmo-hulp met wie wij een contract hebben.** Alleen als een aanbieder de hulp voor u gaat leveren. Wij geven door:\n" +
			"Uw naam, adres, geboortedatum en geslacht\nUw burgerservicenummer (BSN)\n",
	} {
		if !strings.Contains(wmo, want) {
			t.Errorf("Wmo statement lacks %q:\n%s", want, wmo)
		}
	}
	if strings.Contains(wmo, ": krijgt ") {
		t.Error("recipients are written as \"<naam>: krijgt\", which does not agree with a plural name")
	}
	// Names of data keep their capitals: the retention list is not lowercased.
	for _, g := range result(t, r, "wmo-maatwerkvoorziening").Verwerking.Gegevens {
		if g.ID == "naw" && g.VoorInwoner == "" {
			t.Fatal("the pack's naw has no voor_inwoner")
		}
		if g.ID == "naw" && !strings.Contains(wmo, "\n"+g.VoorInwoner+"\n") {
			t.Errorf("retention lists %q as an item of its own, as written", g.VoorInwoner)
		}
	}
}

// TestTransfersOutsideTheEEA: the register and the statement name a recipient or a supplier outside the EEA, and
// not one in another EEA country.
func TestTransfersOutsideTheEEA(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	v := *base.Verwerking
	v.Ontvangers = []model.Ontvanger{{ID: "duits", Naam: "Duits bureau", Rol: model.RolVerwerker, Land: "DE"},
		{ID: "vs", Naam: "Amerikaans bureau", Rol: model.RolVerwerker, Land: "US", Waarborg: "modelcontract"}}
	v.Systemen = []model.Systeem{{Naam: "Dossier", Leverancier: "Cloud BV", Locatie: "US", Waarborg: "EU-VS-kader"},
		{Naam: "Archief", Leverancier: "Opslag GmbH", Locatie: "DE"}}
	res := *base
	res.Verwerking = &v
	pv := text(Privacyverklaring(site, &res))
	doorgifte := registerField(site, &res, "doorgifte").Value
	for _, want := range []string{"Amerikaans bureau", "Cloud BV"} {
		if !strings.Contains(pv, want+" verwerkt gegevens in de Verenigde Staten.") || !strings.Contains(doorgifte, want) {
			t.Errorf("%s outside the EEA: statement %v, register %q", want, strings.Contains(pv, want), doorgifte)
		}
	}
	for _, not := range []string{"Duits bureau", "Opslag GmbH", "Archief"} {
		if strings.Contains(doorgifte, not) || strings.Contains(pv, not+" verwerkt gegevens in") {
			t.Errorf("%s is inside the EEA, yet named as a transfer", not)
		}
	}
}

// TestTransfersNameTheCountry: the statement names a country outside the EEA in Dutch words, with an article where
// the name takes one, and never by its code; the register and the report give name and code. A place that is no
// country (an unassigned code, a typo) is still told as a possible transfer, but not as if it were a country.
func TestTransfersNameTheCountry(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	v := *base.Verwerking
	v.Ontvangers = []model.Ontvanger{
		{ID: "vs", Naam: "Amerikaans bureau", Rol: model.RolVerwerker, Land: "us", Waarborg: "modelcontract"},
		{ID: "uk", Naam: "Brits bureau", Rol: model.RolVerwerker, Land: "Verenigd Koninkrijk", Waarborg: "adequaatheid"}}
	v.Systemen = []model.Systeem{
		{Naam: "Dossier", Leverancier: "Cloud BV", Locatie: "United States", Waarborg: "EU-VS-kader"},
		{Naam: "Planning", Leverancier: "Plan AG", Locatie: "Zwitserland", Waarborg: "adequaatheid"},
		{Naam: "Chat", Leverancier: "Chat Inc.", Locatie: "IN", Waarborg: "modelcontract"},
		{Naam: "Opslag", Leverancier: "Opslag Ltd", Locatie: "XX", Waarborg: "modelcontract"},
		{Naam: "Griekse opslag", Leverancier: "Opslag AE", Locatie: "EL"}}
	res := *base
	res.Verwerking = &v
	pv := text(Privacyverklaring(site, &res))
	for _, want := range []string{
		"Amerikaans bureau verwerkt gegevens in de Verenigde Staten. Zo zorgen wij",
		"Brits bureau verwerkt gegevens in het Verenigd Koninkrijk. Zo zorgen wij",
		"Cloud BV verwerkt gegevens in de Verenigde Staten. Zo zorgen wij",
		"Plan AG verwerkt gegevens in Zwitserland. Zo zorgen wij",
		"Chat Inc. verwerkt gegevens in India. Zo zorgen wij",
		"Opslag Ltd verwerkt gegevens misschien in een land waar de Europese privacywet (AVG) niet geldt.",
	} {
		if !strings.Contains(pv, want) {
			t.Errorf("statement lacks %q:\n%s", want, pv)
		}
	}
	for _, not := range []string{" in US", " in us", " in IN.", "XX", "United States", "Opslag AE"} {
		if strings.Contains(pv, not) {
			t.Errorf("statement says %q", not)
		}
	}
	doorgifte := registerField(site, &res, "doorgifte").Items
	want := []string{"Amerikaans bureau: Verenigde Staten (US) — modelcontract",
		"Brits bureau: Verenigd Koninkrijk (GB) — adequaatheid",
		"Dossier (Cloud BV): Verenigde Staten (US) — EU-VS-kader",
		"Planning (Plan AG): Zwitserland (CH) — adequaatheid",
		"Chat (Chat Inc.): India (IN) — modelcontract",
		`Opslag (Opslag Ltd): "XX" (land onbekend) — modelcontract`}
	if !slices.Equal(doorgifte, want) {
		t.Errorf("register transfers %q, want %q", doorgifte, want)
	}
	pia := text(PIA(site, &res))
	for _, want := range []string{"\nSysteem Opslag: \"XX\" (land onbekend) — waarborg: modelcontract\n",
		"\nSysteem Griekse opslag: Griekenland (GR)\n"} {
		if !strings.Contains(pia, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestRecipientConditions: a recipient that gets data only in some cases says so right after its name in the
// privacy statement, in the citizen's words, and in the professionals' words in a column of its own in the work
// instruction and next to the basis in the report; a recipient without one says in the work instruction that there
// is no other condition. A condition without words for the citizen is shown to the citizen too, as a sentence.
func TestRecipientConditions(t *testing.T) {
	site, r := exampleSite(t)
	orig := result(t, r, "wmo-maatwerkvoorziening")
	const (
		vtInwoner = "Alleen als wij vermoeden dat er thuis geweld is of dat een kind wordt mishandeld."
		vtVak     = "Alleen bij een vermoeden van huiselijk geweld of kindermishandeling, volgens de meldcode."
	)
	v := *orig.Verwerking
	v.Ontvangers = slices.Clone(v.Ontvangers)
	for i, o := range v.Ontvangers {
		switch o.ID {
		case "veilig-thuis":
			if o.Voorwaarde != vtVak || o.VoorwaardeVoorInwoner != vtInwoner {
				t.Fatalf("the pack's condition for Veilig Thuis changed: %q / %q", o.Voorwaarde, o.VoorwaardeVoorInwoner)
			}
		case "svb": // only a condition for professionals, in lower case and without a full stop; one gegeven
			v.Ontvangers[i].Voorwaarde, v.Ontvangers[i].VoorwaardeVoorInwoner = "alleen bij een pgb", ""
			v.Ontvangers[i].Gegevens = []string{"naw"}
		case "zorgaanbieder": // no condition at all
			v.Ontvangers[i].Voorwaarde, v.Ontvangers[i].VoorwaardeVoorInwoner = "", " "
		case "cak": // a condition but no basis
			v.Ontvangers[i].Grondslag = ""
		case "medisch-adviseur": // a name over two lines with Markdown in it, a condition only for the citizen
			v.Ontvangers[i].NaamVoorInwoner = "Adviesbureau ~~Oost~~ & West\n- medisch advies"
			v.Ontvangers[i].Voorwaarde, v.Ontvangers[i].VoorwaardeVoorInwoner = "", "Alleen als wij\n1. advies vragen"
		}
	}
	res := *orig
	res.Verwerking = &v

	pv := text(Privacyverklaring(site, &res))
	for _, want := range []string{
		"\n**Veilig Thuis.** " + vtInwoner + " Wij geven door:\nUw naam, adres",
		"\n**De Sociale Verzekeringsbank (SVB), die uw persoonsgebonden budget uitbetaalt.** Alleen bij een pgb. Wij geven door: uw naam, adres, " +
			"geboortedatum en geslacht.\n",
		"\n**Aanbieders van Wmo-hulp met wie wij een contract hebben.** Wij geven door:\n", // naam_voor_inwoner
		"\n**Adviesbureau \\~\\~Oost\\~\\~ \\& West - medisch advies.** Alleen als wij 1. advies vragen. Deze organisatie " +
			"werkt in onze opdracht en mag uw gegevens alleen voor ons gebruiken.\n",
	} {
		if !strings.Contains(pv, want) {
			t.Errorf("statement lacks %q:\n%s", want, pv)
		}
	}
	if strings.Contains(pv, vtVak) {
		t.Error("the statement shows the professionals' condition where there are words for the citizen")
	}
	wi := text(Werkinstructie(site, &res))
	for _, want := range []string{
		"Met wie | Wanneer | Welke gegevens | Op grond van\n",
		"Veilig Thuis — ontvanger (derde) | " + vtVak + " | ",
		"Gecontracteerde Wmo-aanbieders — ontvanger (derde) | Als het nodig is voor de taak; geen andere voorwaarde. | ",
		"Inkoopbureau Sociaal Domein Regio Middenland (gemeenschappelijke regeling): contractbeheer en controle op " +
			"declaraties — verwerker | Als het nodig is voor de taak; geen andere voorwaarde. | ",
		" | In onze opdracht: Verwerkersovereenkomst GR Middenland 2025-07 | ",
		// A condition written only for the citizen is not hidden from the professional.
		"Medisch Adviesbureau Oosterweel BV (onafhankelijke medisch adviseur) — verwerker | Alleen als wij\n1. advies vragen. | ",
	} {
		if !strings.Contains(wi, want) {
			t.Errorf("work instruction lacks %q:\n%s", want, wi)
		}
	}
	if strings.Contains(wi, "(ontvanger (derde))") || strings.Contains(wi, vtInwoner) {
		t.Error("the work instruction nests the role's brackets, or speaks to the citizen")
	}
	pia := text(PIA(site, &res))
	for _, want := range []string{
		"en de Wet verplichte meldcode. Voorwaarde: " + lowerFirstWord(vtVak) + " | Nederland (NL) |",
		"| — Voorwaarde: alleen bij een voorziening met een eigen bijdrage. | Nederland (NL) |",
	} {
		if !strings.Contains(pia, want) {
			t.Errorf("report lacks %q:\n%s", want, pia)
		}
	}
}

// TestAlleGegevens: a list of every gegeven reads as "alle gegevens", as "*" does; a part of them, or the only
// gegeven of a verwerking, keeps its names.
func TestAlleGegevens(t *testing.T) {
	site, r := exampleSite(t)
	b := newBuilder(site, result(t, r, "wmo-maatwerkvoorziening"))
	var all []string
	for _, g := range b.v.Gegevens {
		all = append(all, g.ID)
	}
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	one := &model.Verwerking{Gegevens: []model.Gegeven{{ID: "naw", Omschrijving: "Naam en adres"}}}
	for _, tc := range []struct {
		name string
		v    *model.Verwerking
		ids  []string
		want bool
	}{
		{"star", b.v, []string{"*"}, true},
		{"every id", b.v, all, true},
		{"every id, other order, twice", b.v, append(reversed, all[0]), true},
		{"all but one", b.v, all[1:], false},
		{"all but one, one twice", b.v, append(slices.Clone(all[1:]), all[1]), false},
		{"none", b.v, nil, false},
		{"the only gegeven", one, []string{"naw"}, false},
		{"star with the only gegeven", one, []string{"*"}, true},
	} {
		if got := tc.v.AlleGegevens(tc.ids); got != tc.want {
			t.Errorf("%s: AlleGegevens = %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := b.gegevenNamen(all); got != "alle gegevens" {
		t.Errorf("gegevenNamen of every id = %q", got)
	}
}

// TestPeriodsForTheSameDataNameThemOnce: two periods for the same data (15 years with a voorziening, 5 without)
// give both periods and then the data once, in the statement and in the work instruction; periods for different
// data keep a list each.
func TestPeriodsForTheSameDataNameThemOnce(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "zelfredzaamheidsmatrix")
	pv := text(Privacyverklaring(site, res))
	for _, want := range []string{
		"hangt af van uw situatie. Wij bewaren ze:\n15 jaar na het einde van uw voorziening, als u een voorziening krijgt",
		"\n5 jaar na het einde van het onderzoek of de hulp, als u geen voorziening krijgt\nHet gaat om deze gegevens:\nUw naam, adres en geboortedatum\n",
	} {
		if !strings.Contains(pv, want) {
			t.Errorf("statement lacks %q:\n%s", want, pv)
		}
	}
	if n := strings.Count(pv, "Uw burgerservicenummer (BSN)"); n != 2 { // what we use, and how long we keep it
		t.Errorf("the statement names the BSN %d times, want 2", n)
	}
	wi := text(Werkinstructie(site, res))
	if !strings.Contains(wi, "\nAfhankelijk van de situatie:\n15 jaar, vanaf") || !strings.Contains(wi, "volgt\nDit geldt voor:\nNaam, adres") {
		t.Errorf("work instruction:\n%s", wi)
	}
	// One of the two periods loses a gegeven: two lists again.
	split := edited(res, func(v *model.Verwerking) {
		v.Bewaartermijnen = slices.Clone(v.Bewaartermijnen)
		v.Bewaartermijnen[1].Gegevens = v.Bewaartermijnen[1].Gegevens[1:]
	})
	if pv := text(Privacyverklaring(site, split)); strings.Contains(pv, "hangt af van uw situatie") ||
		!strings.Contains(pv, "Deze gegevens bewaren wij 5 jaar") {
		t.Errorf("periods for different data:\n%s", pv)
	}
}

// TestWerkinstructieRetentionAndContacts: the work instruction gives each retention period as a line with its data
// one per line below it, and whom to ask includes the privacy desk the sections on requests and breaches name.
func TestWerkinstructieRetentionAndContacts(t *testing.T) {
	site, r := exampleSite(t)
	wi := unescapeMarkdown(text(Werkinstructie(site, result(t, r, "wmo-maatwerkvoorziening"))))
	for _, want := range []string{
		"\nAlle gegevens, tenzij hieronder anders staat: 15 jaar, vanaf het moment waarop het stuk is ontvangen of " +
			"gemaakt; bij een lopende voorziening gerekend vanaf het einde ervan.\n",
		"\n5 jaar, vanaf de afronding van het onderzoek, als er geen maatwerkvoorziening is verstrekt:\n" +
			"Naam, adres, geboortedatum en geslacht\nBurgerservicenummer van de inwoner\n",
		"Privacyloket: privacy@voorbeeldstad.nl, 14 0999\n",
		"Opgesteld door: L. Bakker, privacyadviseur sociaal domein\n",
		"Vraag het dan eerst. Verzoeken van inwoners en datalekken gaan naar het privacyloket.\n",
		// What the professional tells the citizen about the purposes and recipients is in the citizen's words.
		// More than three entries stand one per line below the sentence's opening, to be read out.
		"„Wij gebruiken uw gegevens voor:\n\n- onderzoeken welke hulp u nodig hebt",
		"„Wij kunnen uw gegevens delen met:\n\n- aanbieders van Wmo-hulp met wie wij een contract hebben;\n- het CAK, dat uw eigen bijdrage berekent en int;\n",
	} {
		if !strings.Contains(wi, want) {
			t.Errorf("work instruction lacks %q:\n%s", want, wi)
		}
	}

	// A period that ends its vanaf with a full stop, and a site without the privacy desk's address.
	orig := result(t, r, "wmo-maatwerkvoorziening")
	v := *orig.Verwerking
	v.Bewaartermijnen = slices.Clone(v.Bewaartermijnen)
	v.Bewaartermijnen[0].Vanaf = "het einde van de voorziening. "
	v.Bewaartermijnen[0].VanafVoorInwoner = "het einde van uw voorziening. "
	res := *orig
	res.Verwerking = &v
	bare := *site
	bare.Config.Organisatie.Email, bare.Config.Organisatie.Telefoon = "", ""
	wi = text(Werkinstructie(&bare, &res))
	if !strings.Contains(wi, "\nAlle gegevens, tenzij hieronder anders staat: 15 jaar, vanaf het einde van de voorziening.\n") {
		t.Errorf("a vanaf with a full stop:\n%s", wi)
	}
	if strings.Contains(wi, "privacyloket.\n") || strings.Contains(wi, "Privacyloket:") {
		t.Errorf("the privacy desk is named without an address:\n%s", wi)
	}
	if pv := text(Privacyverklaring(&bare, &res)); !strings.Contains(pv, "\nTenzij hieronder iets anders staat, bewaren wij al uw gegevens 15 jaar na het einde van uw voorziening.\n") {
		t.Errorf("a vanaf with a full stop in the statement:\n%s", pv)
	}
}

// TestStatementSaysWhoUsesAChildsRights: a statement for a verwerking with minors among its betrokkenen says who
// uses a child's rights, from the pack's text; one without minors does not.
func TestStatementSaysWhoUsesAChildsRights(t *testing.T) {
	site, r := exampleSite(t)
	for id, want := range map[string]bool{"jeugdwet-toegang": true, "wmo-maatwerkvoorziening": false} {
		pv := text(Privacyverklaring(site, result(t, r, id)))
		if got := strings.Contains(pv, "Is het kind jonger dan 16 jaar?"); got != want {
			t.Errorf("%s: text on a child's rights = %v, want %v", id, got, want)
		}
		// It belongs with the rights, before how to use them.
		if want && strings.Index(pv, "Gaat het om een kind?") > strings.Index(pv, "Wilt u een van uw rechten gebruiken?") {
			t.Errorf("%s: the text on a child's rights comes after how to use them", id)
		}
	}
}

// TestWerkinstructieNamesWhatIsRecordedOnNeed: what the professional tells the citizen about writing things down
// names the data recorded only when help is needed, in the citizen's words, and promises nothing about other
// topics; the example's zelfredzaamheidsmatrix records its scores always, so they are not among them.
func TestWerkinstructieNamesWhatIsRecordedOnNeed(t *testing.T) {
	site, r := exampleSite(t)
	for _, id := range []string{"wmo-maatwerkvoorziening", "zelfredzaamheidsmatrix", "participatiewet-levensonderhoud"} {
		res := result(t, r, id)
		wi := unescapeMarkdown(text(Werkinstructie(site, res)))
		at := strings.Index(wi, "Dit schrijven wij alleen op als u er hulp voor nodig hebt:")
		if at < 0 {
			t.Fatalf("%s: the instruction does not name what is recorded on need:\n%s", id, wi)
		}
		line := wi[at:]
		line = line[:strings.Index(line, "”")]
		var onNeed int
		for _, g := range res.Verwerking.Gegevens {
			name := lowerFirstWord(oneLine(g.Tekst(true)))
			want := g.Registreren == model.RegistreerBijHulpbehoefte
			if got := strings.Contains(line, name); got != want {
				t.Errorf("%s: %s (%s) named as recorded on need: %v", id, g.ID, g.Registreren, got)
			}
			if want {
				onNeed++
			}
		}
		// Up to three in the sentence, more one per line below it.
		if listed := strings.Count(line, "\n- "); onNeed > maxSpokenInline && listed != onNeed || onNeed <= maxSpokenInline && listed != 0 {
			t.Errorf("%s: %d gegevens recorded on need, %d on lines of their own:\n%s", id, onNeed, listed, line)
		}
	}
	// Without data recorded on need, the line says only that what is needed is written down.
	res := result(t, r, "zelfredzaamheidsmatrix")
	if wi := text(Werkinstructie(site, recordedAlways(res))); !strings.Contains(wi, "„Wij schrijven alleen op wat nodig is voor uw hulp of uw aanvraag.”") ||
		strings.Contains(wi, "Dit schrijven wij alleen op") {
		t.Errorf("without data recorded on need:\n%s", wi)
	}
}

// TestSectorRightsInTheStatement: a right a sector law adds ([rechten] voor_inwoner: the Jeugdwet's right to have
// the file destroyed) stands in the statement's section on rights, and only where the questionnaire gives one.
func TestSectorRightsInTheStatement(t *testing.T) {
	site, r := exampleSite(t)
	jeugd := sectionText(Privacyverklaring(site, result(t, r, "jeugdwet-toegang")), "rechten")
	if !strings.Contains(jeugd, "**Uw dossier laten vernietigen.** De Jeugdwet geeft u nog een recht.") {
		t.Errorf("the Jeugdwet statement does not name its own right:\n%s", jeugd)
	}
	if wmo := text(Privacyverklaring(site, result(t, r, "wmo-maatwerkvoorziening"))); strings.Contains(wmo, "dossier laten vernietigen") {
		t.Error("the Wmo statement names the Jeugdwet's right")
	}
}

// TestWerkinstructieWarnsAboutBroadRecording: gegevens recorded always where the template or their special
// category asks for less get a warning under the table that names each with its reason; a verwerking without them
// gets none.
func TestWerkinstructieWarnsAboutBroadRecording(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "zelfredzaamheidsmatrix")
	if len(res.RuimVastgelegd) == 0 {
		t.Fatal("the example's matrix records no gegeven more broadly than needed")
	}
	warning := func(res *rules.Resultaat) string {
		var got string
		Walk(Werkinstructie(site, res).Body, func(bl Block, _ int) {
			if n, ok := bl.(Notice); ok && strings.HasPrefix(n.Title, "Let op: deze gegevens legt u altijd vast") {
				got = text(&Document{Body: n.Blocks})
			}
		})
		return got
	}
	got := warning(res)
	for _, g := range res.Verwerking.Gegevens {
		named := strings.Contains(got, "\n"+g.Omschrijving+" (")
		if want := slices.ContainsFunc(res.RuimVastgelegd, func(x rules.Ruimer) bool { return x.ID == g.ID }); named != want {
			t.Errorf("%s (%s) named: %v\n%s", g.ID, g.Registreren, named, got)
		}
	}
	if !strings.Contains(got, "(in het model: alleen bij hulpbehoefte)\n") {
		t.Errorf("the reason is not given:\n%s", got)
	}
	// A gegeven the template never records, recorded always, says so; a special category says which.
	never := edited(res, func(v *model.Verwerking) {
		v.Gegevens = slices.Clone(v.Gegevens)
		for i := range v.Gegevens {
			if v.Gegevens[i].Registreren == model.RegistreerNooit {
				v.Gegevens[i].Registreren = model.RegistreerAltijd
			}
		}
	})
	if got := warning(rules.EvaluateVerwerking(site, never.Verwerking)); !strings.Contains(got, "(in het model: nooit)\n") {
		t.Errorf("a gegeven the template never records:\n%s", got)
	}
	wmo := result(t, r, "wmo-maatwerkvoorziening")
	if got := warning(wmo); got != "" {
		t.Errorf("the Wmo instruction warns without cause:\n%s", got)
	}
	health := edited(wmo, func(v *model.Verwerking) {
		v.Base = nil // no template: only the special category counts
		v.Gegevens = slices.Clone(v.Gegevens)
		for i := range v.Gegevens {
			if v.Gegevens[i].ID == "gezondheid" {
				v.Gegevens[i].Registreren = model.RegistreerAltijd
			}
		}
	})
	if got := warning(rules.EvaluateVerwerking(site, health.Verwerking)); !strings.Contains(got, "(bijzonder gegeven: gezondheid)\n") {
		t.Errorf("a special category recorded always:\n%s", got)
	}
}

// TestWerkinstructieSpeaksToTheProfessional: what the statement tells the citizen about having to give the data
// ("u" is the citizen) stands apart as the statement's words; a gegeven not asked says where it comes from, or
// that the municipality records it itself, without "wij".
func TestWerkinstructieSpeaksToTheProfessional(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "zelfredzaamheidsmatrix")
	doc := Werkinstructie(site, res)
	var quoted bool
	Walk(doc.Body, func(bl Block, _ int) {
		switch x := bl.(type) {
		case Notice:
			quoted = quoted || x.Title == "Uit de privacyverklaring" &&
				strings.Contains(text(&Document{Body: x.Blocks}), "U hoeft alleen vragen te beantwoorden")
		case Definitions:
			for _, f := range x.Items {
				if strings.Contains(f.Value.Text, "U hoeft alleen vragen te beantwoorden") {
					t.Errorf("the citizen's text is an instruction to the professional: %s", f.Label)
				}
			}
		}
	})
	if !quoted {
		t.Error("the statement's words on having to give the data are not shown apart")
	}
	wi := text(doc)
	for _, want := range []string{"nee: komt via de Basisregistratie Personen (BRP)", "nee: de gemeente legt dit zelf vast"} {
		if !strings.Contains(wi, want) {
			t.Errorf("work instruction lacks %q", want)
		}
	}
	// The questionnaire's procedure comes after what the professional does, introduced as what follows.
	if proc := sectionText(doc, "verzoeken"); !strings.Contains(proc, "\nZo handelt de gemeente een verzoek daarna af:\n"+
		strings.TrimSpace(res.Verwerking.Rechten.Procedure)[:40]) {
		t.Errorf("the procedure is not introduced:\n%s", proc)
	}
	if strings.Contains(wi, "dit komt uit") || strings.Contains(wi, "onze eigen administratie") {
		t.Errorf("the table of gegevens speaks as the municipality:\n%s", wi)
	}
}

// TestSpokenLineEntriesStayEntries: an entry of a spoken line is shown exactly as written, one entry each, whatever
// it holds: the start of a Markdown list, Markdown or typographer characters, line breaks, indentation.
func TestSpokenLineEntriesStayEntries(t *testing.T) {
	site, r := exampleSite(t)
	b := newBuilder(site, result(t, r, "wmo-maatwerkvoorziening"))
	entries := []string{"1. eerst dit", "- een streep", "+ een plus", "2026) een jaartal", "a *ster* en _streep_",
		"'jeugd' en \"zorg\" -- enzovoort...", "twee regels\n- met een streep", "    ingesprongen", "a & b <c> `d` [e](f) #g"}
	h := markdown.ToHTML(b.spokenLine("doc.wi.vertel-doel", entries).Text, "")
	if n := strings.Count(h, "<li>"); n != len(entries) || strings.Contains(h, "<ol") || strings.Count(h, "<ul>") != 1 ||
		strings.Contains(h, "<em>") || strings.Contains(h, "<code>") || strings.Contains(h, "<a ") {
		t.Errorf("%d items:\n%s", n, h)
	}
	for _, e := range []string{"<li>1. eerst dit;", "<li>- een streep;", "<li>+ een plus;", "<li>2026) een jaartal;",
		"<li>a *ster* en _streep_;", "<li>'jeugd' en &quot;zorg&quot; -- enzovoort...;",
		"<li>twee regels - met een streep;", "<li>ingesprongen;", "<li>a &amp; b &lt;c&gt; `d` [e](f) #g.”"} {
		if !strings.Contains(h, e) {
			t.Errorf("%q is not shown as written:\n%s", e, h)
		}
	}
	if short := b.spokenLine("doc.wi.vertel-doel", entries[:3]); short.Markdown || !strings.HasSuffix(short.Text, "+ een plus.”") {
		t.Errorf("three entries: %+v", short)
	}
}

// TestPrivacyverklaringUsesPlainWords: the statement for citizens names gegevens and doelen with their plain words
// (voor_inwoner) wherever it names them; the work instruction and the report keep the professional omschrijving; a
// gegeven or doel without plain words keeps its omschrijving in the statement too.
func TestPrivacyverklaringUsesPlainWords(t *testing.T) {
	site, r := exampleSite(t)
	orig := result(t, r, "wmo-maatwerkvoorziening")
	v := *orig.Verwerking
	v.Doelen = slices.Clone(v.Doelen)
	v.Doelen[0].VoorInwoner = "Onderzoeken welke hulp u nodig hebt"
	v.Doelen[1].VoorInwoner = ""
	v.Gegevens = slices.Clone(v.Gegevens)
	var naw, communicatie model.Gegeven
	for i := range v.Gegevens {
		switch v.Gegevens[i].ID {
		case "naw":
			v.Gegevens[i].VoorInwoner = ""
			naw = v.Gegevens[i]
		case "communicatie":
			communicatie = v.Gegevens[i]
		}
	}
	if communicatie.VoorInwoner == "" {
		t.Fatal("the example's own gegeven communicatie has no voor_inwoner")
	}
	res := *orig
	res.Verwerking = &v

	pv := text(Privacyverklaring(site, &res))
	for _, want := range []string{
		"alleen op als dat nodig is voor uw hulp of uw aanvraag:\n",                 // welke: communicatie is recorded on need
		"\n" + communicatie.VoorInwoner + "\n",                                      // bewaren
		"\nOnderzoeken welke hulp u nodig hebt\n" + v.Doelen[1].Omschrijving + "\n", // waarom, with a fallback
		"\n" + naw.Omschrijving + "\n",                                              // no plain words: the omschrijving
	} {
		if !strings.Contains(pv, want) {
			t.Errorf("statement lacks %q:\n%s", want, pv)
		}
	}
	if strings.Contains(pv, communicatie.Omschrijving) || strings.Contains(pv, v.Doelen[0].Omschrijving) {
		t.Errorf("statement still shows the professional omschrijving:\n%s", pv)
	}
	for name, d := range map[string]*Document{"werkinstructie": Werkinstructie(site, &res), "PIA": PIA(site, &res)} {
		txt := text(d)
		if !strings.Contains(txt, communicatie.Omschrijving) || strings.Contains(txt, communicatie.VoorInwoner) {
			t.Errorf("the %s does not name the gegeven by its omschrijving", name)
		}
	}
	if pia := text(PIA(site, &res)); !strings.Contains(pia, v.Doelen[0].Omschrijving) || strings.Contains(pia, v.Doelen[0].VoorInwoner) {
		t.Error("the PIA does not name the doel by its omschrijving")
	}
}

// TestHulpbehoefteNoticeNamesItsRows: the work instruction's notice on recording only when help is needed names the
// rows it is about, so a row recorded always is not contradicted by it; without such rows there is no notice.
func TestHulpbehoefteNoticeNamesItsRows(t *testing.T) {
	site, r := exampleSite(t)
	orig := result(t, r, "zelfredzaamheidsmatrix")
	const want = "Dit geldt voor de gegevens met ‘alleen bij hulpbehoefte’ in de tabel."
	notice := func(res *rules.Resultaat) (string, bool) {
		var found string
		Walk(Werkinstructie(site, res).Body, func(bl Block, _ int) {
			if n, ok := bl.(Notice); ok && n.Title == "Alleen bij hulpbehoefte" {
				found = text(&Document{Body: n.Blocks})
			}
		})
		return found, found != ""
	}
	if got, ok := notice(orig); !ok || !strings.HasPrefix(got, want) {
		t.Errorf("notice = %q, want it to start with %q", got, want)
	}
	if got, ok := notice(recordedAlways(orig)); ok {
		t.Errorf("a verwerking without rows recorded only when help is needed has the notice %q", got)
	}
}

func TestTellingCountsEverySeverity(t *testing.T) {
	site, _ := exampleSite(t)
	b := newBuilder(site, nil)
	for _, c := range []struct {
		ernst []rules.Ernst
		want  string
	}{
		{nil, "geen"},
		{[]rules.Ernst{rules.Fout}, "1 fout"},
		{[]rules.Ernst{rules.Advies, rules.Advies}, "2 adviezen"},
		{[]rules.Ernst{rules.Fout, rules.Waarschuwing, rules.Waarschuwing, rules.Advies}, "1 fout, 2 waarschuwingen, 1 advies"},
	} {
		var bs []rules.Bevinding
		for _, e := range c.ernst {
			bs = append(bs, rules.Bevinding{Ernst: e})
		}
		if got := b.telling(bs); got != c.want {
			t.Errorf("telling(%v) = %q, want %q", c.ernst, got, c.want)
		}
	}
}

func TestAndList(t *testing.T) {
	site, _ := exampleSite(t)
	b := newBuilder(site, nil)
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, ""}, {[]string{"gezondheid"}, "gezondheid"},
		{[]string{"gezondheid", "strafrechtelijke gegevens"}, "gezondheid en strafrechtelijke gegevens"},
		{[]string{"a", "b", "c"}, "a, b en c"},
	} {
		if got := b.andList(c.in); got != c.want {
			t.Errorf("andList(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLowerFirstWord(t *testing.T) {
	for in, want := range map[string]string{"Naam en adres": "naam en adres", "BSN": "BSN", "AGB-code": "AGB-code",
		"Één keer": "één keer", "Eén plan": "één plan", "Eens per jaar": "eens per jaar", "Eén": "één",
		"": "", "x": "x", "Suwinet-Inkijk": "Suwinet-Inkijk",
		// a description that mentions a name is still lowered
		"Gegevens van de Belastingdienst: toeslagen": "gegevens van de Belastingdienst: toeslagen",
		"Uitvoeren van de Participatiewet":           "uitvoeren van de Participatiewet",
		"Meldingen van het Inlichtingenbureau":       "meldingen van het Inlichtingenbureau"} {
		if got := lowerFirstWord(in); got != want {
			t.Errorf("lowerFirstWord(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		// names keep their capitals, an article before them does not
		"Veilig Thuis": "Veilig Thuis", "Raad voor de Kinderbescherming": "Raad voor de Kinderbescherming",
		"Medisch Adviesbureau Oosterweel BV": "Medisch Adviesbureau Oosterweel BV", "Suwinet-Inkijk": "Suwinet-Inkijk",
		"UWV, waar u staat ingeschreven":    "UWV, waar u staat ingeschreven",
		"De Sociale Verzekeringsbank (SVB)": "de Sociale Verzekeringsbank (SVB)", "Het CAK, dat": "het CAK, dat",
		"Aanbieders van Wmo-hulp met wie wij een contract hebben":       "aanbieders van Wmo-hulp met wie wij een contract hebben",
		"Gecontracteerde Wmo-aanbieders":                                "gecontracteerde Wmo-aanbieders",
		"Organisaties die een deel van uw plan uitvoeren, zoals de GGZ": "organisaties die een deel van uw plan uitvoeren, zoals de GGZ",
		"Rechtbank (verzoek)":                                           "rechtbank (verzoek)", "Veilig": "veilig", "": ""} {
		if got := lowerName(in); got != want {
			t.Errorf("lowerName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTrimSentence(t *testing.T) {
	for in, want := range map[string]string{
		"het einde van de voorziening.": "het einde van de voorziening", " de afronding ": "de afronding",
		"de ontvangst door Kredietbank B.V.": "de ontvangst door Kredietbank B.V.", "art. 5.": "art. 5", "": "",
	} {
		if got := trimSentence(in); got != want {
			t.Errorf("trimSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTransfersShowTheirSafeguard: a system or recipient outside the EEA shows its waarborg where the report shows
// its location (the systems table and section 8), and the register lists a system outside the EEA among the
// transfers, with its waarborg; a system inside the EEA is no transfer.
func TestTransfersShowTheirSafeguard(t *testing.T) {
	site, r := exampleSite(t)
	orig := result(t, r, "wmo-maatwerkvoorziening")
	v := *orig.Verwerking
	v.Systemen = append(slices.Clone(v.Systemen),
		model.Systeem{Naam: "Gespreksapp", Leverancier: "App BV", Verwerker: true, Overeenkomst: "VO 2026-2",
			Locatie: "US", Waarborg: "EU-US Data Privacy Framework (adequaatheidsbesluit)"},
		model.Systeem{Naam: "Planningstool", Locatie: "CH"},
		model.Systeem{Naam: "Archief", Locatie: "DE", Waarborg: "niet nodig"})
	v.Ontvangers = append(slices.Clone(v.Ontvangers),
		model.Ontvanger{ID: "cloud", Naam: "Clouddienst", Rol: model.RolVerwerker, Land: "US",
			Waarborg: "Standaardcontractbepalingen 2021"},
		model.Ontvanger{ID: "onderzoek", Naam: "Onderzoeksbureau", Rol: model.RolVerwerker, Land: "GB"})
	res := *orig
	res.Verwerking = &v

	pia := text(PIA(site, &res))
	for _, want := range []string{
		"Gespreksapp | App BV | ja | VO 2026-2 | Verenigde Staten (US) — waarborg: EU-US Data Privacy Framework " +
			"(adequaatheidsbesluit) |",
		"Planningstool | — | nee | — | Zwitserland (CH) |",
		"\nSysteem Gespreksapp: Verenigde Staten (US) — waarborg: EU-US Data Privacy Framework (adequaatheidsbesluit)\n",
		"\nSysteem Planningstool: Zwitserland (CH)\n",
		"\nOntvanger Clouddienst: Verenigde Staten (US) — waarborg: Standaardcontractbepalingen 2021\n",
		"\nOntvanger Onderzoeksbureau: Verenigd Koninkrijk (GB)\n",
		"\nClouddienst | verwerker |  | — | Verenigde Staten (US) | \n", // the recipients table
		"\nSysteem Archief: Duitsland (DE) — waarborg: niet nodig\n",
	} {
		if !strings.Contains(pia, want) {
			t.Errorf("report lacks %q:\n%s", want, pia)
		}
	}

	doorgifte := registerField(site, &res, "doorgifte").Items
	want := []string{"Clouddienst: Verenigde Staten (US) — Standaardcontractbepalingen 2021",
		"Onderzoeksbureau: Verenigd Koninkrijk (GB)",
		"Gespreksapp (App BV): Verenigde Staten (US) — EU-US Data Privacy Framework (adequaatheidsbesluit)",
		"Planningstool: Zwitserland (CH)"}
	if !slices.Equal(doorgifte, want) {
		t.Errorf("register transfers %q, want %q", doorgifte, want)
	}
}

// sectionText is the text of the section with the anchor in d.
func sectionText(d *Document, anchor string) string {
	var blocks []Block
	Walk(d.Body, func(bl Block, _ int) {
		if s, ok := bl.(Section); ok && s.Anchor == anchor {
			blocks = s.Blocks
		}
	})
	return text(&Document{Body: blocks})
}

// TestStatementsWithoutThePacksTexts: the complaint to the Autoriteit Persoonsgegevens and the FG's contact details
// are in every statement (AVG art. 13(1)(b), 13(2)(d)), also when the packs lack the texts that give them, and a
// statement whose catalogue has no rights does not end "U hebt deze rechten:" with an empty list. pia check reports
// the missing texts and rights (privacyverklaring-onvolledig).
func TestStatementsWithoutThePacksTexts(t *testing.T) {
	site, r := exampleSite(t)
	bare := *site
	bare.Teksten = map[string]string{model.TekstPrivacyverklaringInleiding: site.Teksten[model.TekstPrivacyverklaringInleiding]}
	cat := *site.Catalogus
	cat.Rechten = nil
	bare.Catalogus = &cat
	res := result(t, r, "wmo-maatwerkvoorziening")
	for name, d := range map[string]*Document{"privacyverklaring": Privacyverklaring(&bare, res),
		"overzicht": PrivacyOverzicht(&bare, r)} {
		klacht := sectionText(d, "klacht")
		if !strings.Contains(klacht, "klacht indienen bij de Autoriteit Persoonsgegevens") ||
			!strings.Contains(klacht, "<https://autoriteitpersoonsgegevens.nl>") {
			t.Errorf("%s: the complaint section must name the AP without the pack's text:\n%s", name, klacht)
		}
		fg := site.Config.Organisatie.FG
		if wie := sectionText(d, "wie"); !strings.Contains(wie, fg.Naam) || !strings.Contains(wie, fg.Email) {
			t.Errorf("%s: the FG's contact details must follow the pack's introduction:\n%s", name, wie)
		}
		rechten := sectionText(d, "rechten")
		if strings.Contains(rechten, "U hebt deze rechten:") || !strings.Contains(rechten, "Vraag het ons") {
			t.Errorf("%s: without rights in the catalogue:\n%s", name, rechten)
		}
	}
	// With the pack's texts the fixed sentence is not added: the pack's text says it in its own words.
	pv := Privacyverklaring(site, res)
	if k := sectionText(pv, "klacht"); strings.Contains(k, "omgaan? Dan kunt u een klacht indienen") {
		t.Errorf("the fixed sentence must not be added to the pack's text:\n%s", k)
	}
	if n := strings.Count(sectionText(pv, "wie"), site.Config.Organisatie.FG.Email); n != 1 {
		t.Errorf("the FG's address is given %d times", n)
	}
}

// registerField returns the field with key from the register row of res.
func registerField(site *model.Site, res *rules.Resultaat, key string) RegisterField {
	for _, f := range RegisterFields(site, res) {
		if f.Key == key {
			return f
		}
	}
	return RegisterField{}
}

// TestPrivacyverklaringGroupsDataByRecording: the statement lists the data under three sentences, by what is
// recorded of them, instead of repeating a note after every item.
func TestPrivacyverklaringGroupsDataByRecording(t *testing.T) {
	site, r := exampleSite(t)
	res := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) {
		v.Gegevens = []model.Gegeven{
			{ID: "a", Omschrijving: "Naam", Registreren: model.RegistreerAltijd},
			{ID: "b", Omschrijving: "Gezondheid", Registreren: model.RegistreerBijHulpbehoefte},
			{ID: "c", Omschrijving: "Woning", Registreren: model.RegistreerBijHulpbehoefte},
			{ID: "d", Omschrijving: "Netwerk", Registreren: model.RegistreerNooit, Uitvragen: ptr(true)},
			{ID: "e", Omschrijving: "Geloof", Registreren: model.RegistreerNooit, Uitvragen: ptr(false)},
		}
	})
	pv := text(Privacyverklaring(site, res))
	want := "Wij gebruiken deze gegevens:\nNaam\n" +
		"Deze gegevens schrijven wij alleen op als dat nodig is voor uw hulp of uw aanvraag:\nGezondheid\nWoning\n" +
		"Hiernaar kunnen wij vragen, maar wij schrijven het niet op:\nNetwerk\n"
	if !strings.Contains(pv, want) {
		t.Errorf("statement lacks\n%s\nin:\n%s", want, pv)
	}
	if strings.Contains(pv, "Geloof") {
		t.Error("a gegeven that is neither asked nor recorded is listed")
	}
}

func ptr[T any](v T) *T { return &v }

// TestWerkinstructieNamesObjectionApart: where the right to object applies (a public task), the script has it as a
// line of its own (AVG art. 21(4)); where it does not (only a legal obligation), the script does not promise it.
func TestWerkinstructieNamesObjectionApart(t *testing.T) {
	site, r := exampleSite(t)
	const line = "„U mag ook bezwaar maken tegen het gebruik van uw gegevens"
	res := result(t, r, "wmo-maatwerkvoorziening")
	if wi := text(Werkinstructie(site, res)); !strings.Contains(wi, "\n"+line) {
		t.Errorf("a public task without the objection line:\n%s", wi)
	}
	// A public task for every purpose: the plain line, with no purposes and no reservation.
	if wi := text(Werkinstructie(site, result(t, r, "jeugdwet-toegang"))); !strings.Contains(wi, line+". Vertel ons") ||
		strings.Contains(wi, "Beloof niet") {
		t.Errorf("a public task alone: the objection line is not the plain one:\n%s", wi)
	}
	// The Participatiewet rests on a public task for every purpose and on a legal obligation for three of the four:
	// the citizen can object to the use for the fourth only, and the line names that one in his words.
	wi := text(Werkinstructie(site, result(t, r, "participatiewet-levensonderhoud")))
	if !strings.Contains(wi, line+" voor: u helpen naar werk") {
		t.Errorf("the objection line does not name the purpose the citizen can object to:\n%s", wi)
	}
	if i := strings.Index(wi, line); i >= 0 && strings.Contains(wi[i:i+400], "recht hebt op bijstand") {
		t.Errorf("the objection line names a purpose that a legal obligation covers:\n%s", wi[i:i+400])
	}
	// The wijkteam rests on consent beside a public task, for the same purposes: the line warns not to promise an
	// objection to everything, and names the basis it does not hold for.
	wi = text(Werkinstructie(site, result(t, r, "wijkteam-integrale-intake")))
	if !strings.Contains(wi, "Beloof niet dat bezwaar tegen alles kan: het geldt niet voor het deel op grond van Toestemming") {
		t.Errorf("objection beside consent without the reservation:\n%s", wi)
	}
	obligation := edited(res, func(v *model.Verwerking) {
		v.Grondslagen = []model.Grondslag{{Artikel: "avg-6-1-c", Wet: "Wmo 2015, art. 2.3.2"}}
	})
	if wi := text(Werkinstructie(site, obligation)); strings.Contains(wi, line) {
		t.Errorf("a legal obligation alone still promises objection:\n%s", wi)
	}
	for _, c := range []struct {
		r    model.CatRecht
		want bool
	}{
		{model.CatRecht{ID: "bezwaar"}, true},
		{model.CatRecht{ID: "objection", Artikel: "AVG art. 21"}, true},
		{model.CatRecht{ID: "x", Artikel: "artikel 21 lid 1 AVG"}, true},
		{model.CatRecht{ID: "inzage", Artikel: "AVG art. 15"}, false},
		{model.CatRecht{ID: "y", Artikel: "AVG art. 210"}, false},
	} {
		if got := isObjection(c.r); got != c.want {
			t.Errorf("isObjection(%+v) = %v", c.r, got)
		}
	}
}

// TestRegisterSaysThereAreNoTransfers: the register's field on transfers outside the EEA says "none" in words when
// every place is inside the EEA, so that a reader can tell it from a field nobody filled in; the JSON list stays
// empty.
func TestRegisterSaysThereAreNoTransfers(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "wmo-maatwerkvoorziening")
	if f := registerField(site, res, "doorgifte"); f.Value != "Geen: alle ontvangers en systemen zijn in de EER" || f.Items == nil || len(f.Items) != 0 {
		t.Errorf("no transfers: %+v", f)
	}
	abroad := edited(res, func(v *model.Verwerking) {
		v.Ontvangers = append(slices.Clone(v.Ontvangers), model.Ontvanger{ID: "cloud", Naam: "Clouddienst", Land: "US",
			Waarborg: "standaardcontractbepalingen"})
	})
	if f := registerField(site, abroad, "doorgifte"); !strings.Contains(f.Value, "Clouddienst: Verenigde Staten (US) — standaardcontractbepalingen") {
		t.Errorf("a transfer: %+v", f)
	}
}

// TestRegisterStatusIsTheDocumentsStatus: a verwerking recorded as final whose check found errors is a concept in
// its documents, so in the register too; the value stays one of the statuses, for the CSV and JSON.
func TestRegisterStatusIsTheDocumentsStatus(t *testing.T) {
	site, r := exampleSite(t)
	base := result(t, r, "wmo-maatwerkvoorziening")
	for _, c := range []struct {
		status      model.Status
		bevindingen []rules.Bevinding
		want        string
	}{
		{model.StatusDefinitief, []rules.Bevinding{waarschuwing}, "definitief"},
		{model.StatusDefinitief, []rules.Bevinding{fout}, "concept"},
		{model.StatusVastgesteld, []rules.Bevinding{fout}, "concept"},
		{model.StatusVastgesteld, []rules.Bevinding{waarschuwing}, "vastgesteld"},
		{model.StatusConcept, []rules.Bevinding{fout}, "concept"},
		{"", nil, "concept"},
	} {
		if f := registerField(site, withStatus(base, c.status, c.bevindingen), "status"); f.Value != c.want {
			t.Errorf("%s with %d findings: the register says %q, want %q", c.status, len(c.bevindingen), f.Value, c.want)
		}
	}
}

// TestMeasureStatusInWords: a measure's progress reads as words in the register ("in uitvoering", not the value
// in-uitvoering) and is left out when the questionnaire gives none.
func TestMeasureStatusInWords(t *testing.T) {
	site, r := exampleSite(t)
	res := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) {
		v.Maatregelen = []model.Maatregel{{ID: "m1", Omschrijving: "Logging", Soort: "technisch", Status: "in-uitvoering",
			Beveiliging: true}, {ID: "m2", Omschrijving: "Training", Soort: "organisatorisch", Beveiliging: true}}
	})
	f := registerField(site, res, "beveiliging")
	if want := []string{"Logging (in uitvoering)", "Training"}; !slices.Equal(f.Items, want) {
		t.Errorf("register: %q, want %q", f.Items, want)
	}
	if pia := text(PIA(site, res)); !strings.Contains(pia, "in uitvoering") || strings.Contains(pia, "in-uitvoering") {
		t.Errorf("the report does not give the status in words")
	}
}

// TestNoStatusNoName: a questionnaire without a status gives concept documents that say why, and one without a name
// is called by its id rather than by nothing.
func TestNoStatusNoName(t *testing.T) {
	site, r := exampleSite(t)
	res := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) { v.Status, v.Naam, v.NaamVoorInwoner = "", "", "" })
	for _, d := range ForVerwerking(site, res) {
		if d.Status != model.StatusConcept {
			t.Errorf("%s: status %q, want concept", d.Kind, d.Status)
		}
		if !strings.HasSuffix(d.Title, ": wmo-maatwerkvoorziening") {
			t.Errorf("%s: title %q does not name the id", d.Kind, d.Title)
		}
	}
	meta := text(&Document{Body: []Block{Definitions{Items: PIA(site, res).Meta}}})
	if !strings.Contains(meta, "Status: concept (de vragenlijst geeft geen status)") {
		t.Errorf("the report does not say why it is a concept:\n%s", meta)
	}
	ov := text(Overzicht(site, &rules.Rapport{Resultaten: []*rules.Resultaat{res}}))
	if !strings.Contains(ov, "concept (geen status gegeven)") || !strings.Contains(ov, "wmo-maatwerkvoorziening") {
		t.Errorf("overview:\n%s", ov)
	}
}

// doelenTable returns the report's table of purposes.
func doelenTable(t *testing.T, d *Document) Table {
	t.Helper()
	var out Table
	Walk(d.Body, func(bl Block, _ int) {
		if x, ok := bl.(Table); ok && x.Caption == "Doelen en de gegevens die ervoor nodig zijn" {
			out = x
		}
	})
	if out.Header == nil {
		t.Fatal("the report has no table of purposes")
	}
	return out
}

// TestBasisPerPurpose: a basis that names its purposes (`doelen` on [[grondslagen]]) is shown for those only, in
// the report's table of purposes, in the statement and in the register (AP 2016: data, purpose and basis).
func TestBasisPerPurpose(t *testing.T) {
	site, r := exampleSite(t)
	wmo := result(t, r, "wmo-maatwerkvoorziening") // avg-6-1-e for all purposes, avg-6-1-c for "onderzoek"
	tab := doelenTable(t, PIA(site, wmo))
	if got := tab.Header[len(tab.Header)-1]; got != "Grondslag (AVG art. 6)" {
		t.Fatalf("last column %q", got)
	}
	task, duty := "Taak van algemeen belang of openbaar gezag (AVG art. 6 lid 1 onder e)", "Wettelijke verplichting (AVG art. 6 lid 1 onder c)"
	for i, want := range []string{task + "; " + duty, task, task, task} {
		if got := tab.Rows[i].Cells[2].Text; got != want {
			t.Errorf("purpose %d: basis %q, want %q", i, got, want)
		}
	}
	pv := sectionText(Privacyverklaring(site, wmo), "mag")
	if !strings.Contains(pv, "(plicht om na een melding te onderzoeken en een verslag te verstrekken). Dit geldt voor: "+
		"onderzoeken welke hulp u nodig hebt om zelf zo goed mogelijk mee te kunnen doen.\n") ||
		strings.Count(pv, "Dit geldt voor:") != 1 {
		t.Errorf("the statement names the purpose of the legal obligation only:\n%s", pv)
	}
	// The task for every purpose says so, next to the obligation for one.
	if !strings.Contains(pv, "2.3.6 (persoonsgebonden budget). Dit geldt voor alle doelen die hierboven staan.\n") {
		t.Errorf("the statement does not say the task holds for every purpose:\n%s", pv)
	}
	unscoped := edited(wmo, func(v *model.Verwerking) {
		v.Grondslagen = slices.Clone(v.Grondslagen)
		v.Grondslagen[1].Doelen = nil
	})
	if pv := sectionText(Privacyverklaring(site, unscoped), "mag"); strings.Contains(pv, "Dit geldt voor") {
		t.Errorf("bases for every purpose say so without need:\n%s", pv)
	}
	if f := registerField(site, wmo, "grondslagen"); !strings.Contains(f.Value, "(plicht om na een melding te onderzoeken "+
		"en een verslag te verstrekken) — voor: na een melding onderzoeken welke ondersteuning") {
		t.Errorf("register: %s", f.Value)
	}

	// Consent asked for one purpose says for which, instead of "for a part".
	wijk := edited(result(t, r, "wijkteam-integrale-intake"), func(v *model.Verwerking) {
		v.Grondslagen = slices.Clone(v.Grondslagen)
		for i := range v.Grondslagen {
			if v.Grondslagen[i].Artikel == "avg-6-1-a" {
				v.Grondslagen[i].Doelen = []string{"toeleiden"}
			}
		}
	})
	pv = sectionText(Privacyverklaring(site, wijk), "mag")
	if !strings.Contains(pv, "Wij vragen uw toestemming voor: "+lowerFirstWord(voorInwoner(t, wijk, "toeleiden"))+".") ||
		strings.Contains(pv, "Voor een deel hiervan") {
		t.Errorf("consent for one purpose:\n%s", pv)
	}

	// A purpose no art. 6 basis covers is said so in its row, which is marked as a fout.
	scoped := edited(wmo, func(v *model.Verwerking) {
		v.Grondslagen = slices.Clone(v.Grondslagen)
		v.Grondslagen[0].Doelen = []string{"beslissen"}
	})
	tab = doelenTable(t, PIA(site, scoped))
	if row := tab.Rows[2]; row.Cells[2].Text != "Geen: geen grondslag uit art. 6 noemt dit doel" || row.Tone != ToneFout {
		t.Errorf("purpose without a basis: %+v", row)
	}
}

// TestComplaintIsExplainedOnce: the right to complain points to the statement's section on complaints, which gives
// the addresses, instead of explaining the route twice.
func TestComplaintIsExplainedOnce(t *testing.T) {
	site, r := exampleSite(t)
	for name, d := range map[string]*Document{
		"statement": Privacyverklaring(site, result(t, r, "wmo-maatwerkvoorziening")),
		"overview":  PrivacyOverzicht(site, r),
	} {
		rechten := sectionText(d, "rechten")
		if !strings.Contains(rechten, "**Een klacht indienen.** U kunt een klacht indienen bij ons en bij de Autoriteit "+
			"Persoonsgegevens. Onder „Hebt u een klacht?” leest u hoe dat gaat.") ||
			strings.Contains(rechten, "toezichthouder") {
			t.Errorf("%s: the complaint right in the list of rights:\n%s", name, rechten)
		}
		if klacht := sectionText(d, "klacht"); !strings.Contains(klacht, "toezichthouder") {
			t.Errorf("%s: the section on complaints:\n%s", name, klacht)
		}
	}
	// Without the pack's text the section only names the AP: the right keeps the catalogue's explanation.
	bare := *site
	bare.Teksten = maps.Clone(site.Teksten)
	delete(bare.Teksten, model.TekstPrivacyverklaringKlacht)
	rechten := sectionText(Privacyverklaring(&bare, result(t, r, "wmo-maatwerkvoorziening")), "rechten")
	if strings.Contains(rechten, "Onder „Hebt u een klacht?”") || !strings.Contains(rechten, "**Een klacht indienen.** Bent u niet tevreden") {
		t.Errorf("without the pack's text on complaints:\n%s", rechten)
	}
}

// TestControllerName: the register names the body that is the controller in law, with its organisation.
func TestControllerName(t *testing.T) {
	for _, tc := range []struct{ naam, verantwoordelijke, want string }{
		{"Gemeente Voorbeeldstad", "", "Gemeente Voorbeeldstad"},
		{"Gemeente Voorbeeldstad", "  ", "Gemeente Voorbeeldstad"},
		{"Gemeente Voorbeeldstad", "Het college van burgemeester en wethouders",
			"Het college van burgemeester en wethouders (Gemeente Voorbeeldstad)"},
		{"Gemeente Voorbeeldstad", "Het college van burgemeester en wethouders van gemeente Voorbeeldstad",
			"Het college van burgemeester en wethouders van gemeente Voorbeeldstad"},
		{"", "Het college", "Het college"},
	} {
		org := model.Organisatie{Naam: tc.naam, Verantwoordelijke: tc.verantwoordelijke}
		if got := controllerName(org); got != tc.want {
			t.Errorf("controllerName(%q, %q) = %q, want %q", tc.naam, tc.verantwoordelijke, got, tc.want)
		}
	}
}

// TestSuppliersAreRecipients: the supplier of a system that processes the data for the municipality is a recipient
// (AVG 4(9)): the statement names suppliers as a category, also when nothing is shared with others, and the
// register names each one, once, beside a recipient of the same name.
func TestSuppliersAreRecipients(t *testing.T) {
	site, r := exampleSite(t)
	jw := result(t, r, "jeugdwet-toegang")
	const category = "**Leveranciers van onze computersystemen.** Uw gegevens staan in systemen"
	if pv := sectionText(Privacyverklaring(site, jw), "delen"); strings.Count(pv, category) != 1 {
		t.Errorf("statement:\n%s", pv)
	}
	f := registerField(site, jw, "ontvangers")
	if !slices.Contains(f.Items, "Samenwerkend BV — verwerker (leverancier van Regiesysteem Sociaal Domein)") {
		t.Errorf("register: %q", f.Items)
	}
	alone := edited(jw, func(v *model.Verwerking) {
		v.Ontvangers = []model.Ontvanger{{ID: "sw", Naam: "Samenwerkend BV", Rol: model.RolVerwerker}}
		v.Systemen = v.Systemen[:1]
	})
	if f := registerField(site, alone, "ontvangers"); !slices.Equal(f.Items, []string{"Samenwerkend BV — verwerker"}) {
		t.Errorf("a supplier named as a recipient is named once: %q", f.Items)
	}
	none := edited(jw, func(v *model.Verwerking) {
		v.Ontvangers = nil
		v.Systemen = []model.Systeem{{Naam: "Archief", Leverancier: "Archief BV", Verwerker: false, Locatie: "NL"},
			{Naam: "Regiesysteem", Leverancier: "Samenwerkend BV", Verwerker: true, Locatie: "NL"},
			{Naam: "Portaal", Leverancier: "Samenwerkend BV ", Verwerker: true, Locatie: "NL"},
			{Naam: "Kluis", Verwerker: true, Locatie: "NL"}}
	})
	if pv := sectionText(Privacyverklaring(site, none), "delen"); !strings.HasPrefix(pv,
		"Wij geven uw gegevens niet aan andere organisaties. Alleen bedrijven die voor ons werken, kunnen erbij.\n"+category) {
		t.Errorf("no recipients but a supplier:\n%s", pv)
	}
	// Only processors are recipients; a supplier of two systems is named once, and one not filled in says so.
	if f := registerField(site, none, "ontvangers"); !slices.Equal(f.Items, []string{
		"Samenwerkend BV — verwerker (leverancier van Regiesysteem en Portaal)",
		"Leverancier (niet ingevuld) — verwerker (leverancier van Kluis)"}) {
		t.Errorf("suppliers: %q", f.Items)
	}
}

// voorInwoner gives the citizen's words for the purpose with the id.
func voorInwoner(t *testing.T, res *rules.Resultaat, id string) string {
	t.Helper()
	for _, d := range res.Verwerking.Doelen {
		if d.ID == id {
			return d.Tekst(true)
		}
	}
	t.Fatalf("no purpose %q", id)
	return ""
}

// TestBlankDetailsLeaveNoGaps: with only an address and the FG's name and e-mail filled in, which pia check
// accepts, no text of the pack shows an empty bullet or a sentence that stops where a detail should be.
func TestBlankDetailsLeaveNoGaps(t *testing.T) {
	site, r := exampleSite(t)
	s := *site
	s.Config.Organisatie.Telefoon, s.Config.Organisatie.Email, s.Config.Organisatie.Website = "", "", ""
	s.Config.Organisatie.FG.Telefoon = ""
	b := newBuilder(&s, result(t, r, "wmo-maatwerkvoorziening"))
	for name := range s.Teksten {
		in, ok := b.tekst(name)
		if !ok {
			continue
		}
		for _, gap := range []string{"naar .", "naar\n.", "Op  ", " op .", "via .", ", .", ", ,", "Dat is ."} {
			if strings.Contains(in.Text, gap) {
				t.Errorf("text %s has %q:\n%s", name, gap, in.Text)
			}
		}
		if m := emptyBullet.FindString(in.Text); m != "" {
			t.Errorf("text %s has an empty bullet %q:\n%s", name, m, in.Text)
		}
	}
	// Without any detail of the FG (a fout of pia check, but documents are still built), the instruction to report a
	// data breach and the FG as a reader of the report stay.
	noFG := s
	noFG.Config.Organisatie.FG = model.Contact{}
	nb := newBuilder(&noFG, result(t, r, "wmo-maatwerkvoorziening"))
	if in, _ := nb.tekst("werkinstructie-datalek"); !strings.Contains(in.Text, "**Meld het meteen, in elk geval binnen een uur**") {
		t.Errorf("the data breach text lost its first step:\n%s", in.Text)
	}
	if in, _ := nb.tekst("pia-inleiding"); !strings.Contains(in.Text, "**de functionaris gegevensbescherming**") {
		t.Errorf("the report's introduction lost the FG:\n%s", in.Text)
	}
	in, _ := b.tekst("werkinstructie-verzoeken")
	if !strings.Contains(in.Text, "**Stuur het verzoek nog dezelfde dag door** naar het privacyloket. De gemeente") {
		t.Errorf("the instruction to pass a request on lost more than the address:\n%s", in.Text)
	}
}

// emptyBullet is a list item with a label and nothing after it ("- Telefoon:"), not even on a continuation line.
var emptyBullet = regexp.MustCompile(`(?m)^[ \t]*(?:[-*+]|\d+\.)[ \t]+[^\n]*:[ \t]*(?:\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+\.)[ \t]|\n?\z)`)

// TestWithoutOrganisationName: while pia.toml names no organisation (pia check reports it), the statement's
// subtitle speaks of "wij" instead of leaving a gap.
func TestWithoutOrganisationName(t *testing.T) {
	site, r := exampleSite(t)
	s := *site
	s.Config.Organisatie.Naam = " "
	d := Privacyverklaring(&s, result(t, r, "wmo-maatwerkvoorziening"))
	if d.Subtitle != "Hoe wij omgaan met uw gegevens" {
		t.Errorf("subtitle %q", d.Subtitle)
	}
	if po := PrivacyOverzicht(&s, r); strings.Contains(po.Summary, "Hoe  ") || !strings.HasPrefix(po.Summary, "Hoe wij") {
		t.Errorf("summary %q", po.Summary)
	}
}

// TestSourcesInTheReadersWords: a source that belongs to the citizen is "uw werkgever" in the statement, which
// speaks to the citizen, and "de werkgever van de inwoner" in the documents for professionals.
func TestSourcesInTheReadersWords(t *testing.T) {
	site, r := exampleSite(t)
	no := false
	res := edited(result(t, r, "participatiewet-levensonderhoud"), func(v *model.Verwerking) {
		v.Gegevens = slices.Clone(v.Gegevens)
		v.Gegevens[0].Bron = "werkgever"
		v.Gegevens[0].Uitvragen = &no // the work instruction names the source of what is not asked
	})
	for name, c := range map[string]struct {
		doc       *Document
		want, not string
	}{
		"privacyverklaring": {Privacyverklaring(site, res), "\nuw werkgever\n", "de werkgever van de inwoner"},
		"pia":               {PIA(site, res), "de werkgever van de inwoner", "uw werkgever"},
		"werkinstructie":    {Werkinstructie(site, res), "de werkgever van de inwoner", "uw werkgever"},
	} {
		got := text(c.doc)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%s: want %q and not %q:\n%s", name, c.want, c.not, got)
		}
	}
}

// TestSourcesNamed: the pack names where data come from (art. 14(2)(f)), in the citizen's words in the statement,
// rather than "organisations we work with" for signals from a landlord's or energy company's kind.
func TestSourcesNamed(t *testing.T) {
	site, r := exampleSite(t)
	for id, want := range map[string]string{
		"jeugdwet-toegang":          "\nVeilig Thuis, de Raad voor de Kinderbescherming of de jeugdbeschermer van uw kind\n",
		"schuldhulpverlening":       "\nuw energieleverancier, drinkwaterbedrijf of zorgverzekeraar\n",
		"wijkteam-integrale-intake": "\nuw huisarts, uw woningcorporatie of de school\n",
	} {
		if got := sectionText(Privacyverklaring(site, result(t, r, id)), "bronnen"); !strings.Contains(got, want) {
			t.Errorf("%s: the sources do not name %q:\n%s", id, strings.TrimSpace(want), got)
		}
	}
	// The report names the same source for professionals.
	if pia := text(PIA(site, result(t, r, "jeugdwet-toegang"))); !strings.Contains(pia, "Veilig Thuis, de Raad voor de "+
		"Kinderbescherming en de gecertificeerde instelling") || strings.Contains(pia, "jeugdbeschermer van uw kind") {
		t.Error("the report does not name the source in professionals' words")
	}
	// What the municipality writes down itself (report, decision) is not a source elsewhere; every verwerking of
	// the example has such items, and the BRP is still named.
	for _, res := range r.Resultaten {
		got := sectionText(Privacyverklaring(site, res), "bronnen")
		if strings.Contains(got, "eerder al over u") || strings.Contains(got, "eigen administratie") {
			t.Errorf("%s: the sources name the municipality's own records:\n%s", res.Verwerking.ID, got)
		}
	}
	if got := sectionText(Privacyverklaring(site, result(t, r, "wmo-maatwerkvoorziening")), "bronnen"); !strings.Contains(got, "Basisregistratie Personen") {
		t.Errorf("wmo: the BRP is not named as a source:\n%s", got)
	}
}

// TestCitizensNameOfTheVerwerking: the privacy statement and the list of subjects in the overall statement call a
// verwerking by its name for the citizen; the report and the work instruction keep the name professionals use.
func TestCitizensNameOfTheVerwerking(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "jeugdwet-toegang")
	const citizen, professional = "Hulp bij opgroeien en opvoeden (jeugdhulp)", "Jeugdwet: toegang tot jeugdhulp"
	if res.Verwerking.NaamVoorInwoner != citizen || res.Verwerking.Naam != professional {
		t.Fatalf("the pack's names changed: %q, %q", res.Verwerking.NaamVoorInwoner, res.Verwerking.Naam)
	}
	if d := Privacyverklaring(site, res); d.Title != "Privacyverklaring: "+citizen ||
		!strings.HasPrefix(d.Summary, citizen+": ") || strings.Contains(text(d), professional) {
		t.Errorf("statement: %q, %q", d.Title, d.Summary)
	}
	for _, d := range []*Document{PIA(site, res), Werkinstructie(site, res)} {
		if !strings.HasSuffix(d.Title, ": "+professional) {
			t.Errorf("%s: %q", d.Kind, d.Title)
		}
	}
	if ov := text(PrivacyOverzicht(site, r)); !strings.Contains(ov, citizen) || strings.Contains(ov, professional) {
		t.Errorf("overall statement:\n%s", ov)
	}
	// The subjects are in the alphabetical order of their names for citizens.
	var names []string
	Walk(PrivacyOverzicht(site, r).Body, func(bl Block, _ int) {
		if l, ok := bl.(LinkList); ok {
			for _, it := range l.Items {
				names = append(names, it.Text)
			}
		}
	})
	if len(names) != len(r.Resultaten) || !slices.IsSortedFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	}) || slices.Equal(names, idOrder(r)) {
		t.Errorf("subjects: %q", names)
	}
	// Without a name for the citizen, the statement uses the naam.
	bare := edited(res, func(v *model.Verwerking) { v.NaamVoorInwoner = " " })
	if d := Privacyverklaring(site, bare); d.Title != "Privacyverklaring: "+professional {
		t.Errorf("without naam_voor_inwoner: %q", d.Title)
	}
}

// idOrder gives the citizens' names of the verwerkingen of r in the order of their ids.
func idOrder(r *rules.Rapport) []string {
	var out []string
	for _, res := range r.Resultaten {
		out = append(out, res.Verwerking.TitleFor(true))
	}
	return out
}

// TestComputerDecisionsSaidOnce: without automated decisions the statement says once that no computer decides, in
// its own section, and does not list the right of art. 22 again among the rights that play no part; with them the
// right is among those that hold.
func TestComputerDecisionsSaidOnce(t *testing.T) {
	site, r := exampleSite(t)
	res := result(t, r, "schuldhulpverlening")
	const right = "Geen besluit alleen door een computer"
	pv := text(Privacyverklaring(site, res))
	if res.Verwerking.Besluitvorming.Geautomatiseerd || !strings.Contains(pv, "Nee. Over u beslist altijd een medewerker.") ||
		strings.Contains(pv, right) || strings.Contains(pv, "uw aanvraag. Een computer") {
		t.Errorf("without automated decisions:\n%s", pv)
	}
	auto := edited(res, func(v *model.Verwerking) {
		v.Besluitvorming.Geautomatiseerd, v.Besluitvorming.Waarborgen = true, "Een medewerker kijkt elk besluit na."
	})
	if pv := text(Privacyverklaring(site, auto)); !strings.Contains(pv, right) {
		t.Errorf("with automated decisions the right of art. 22 is not listed:\n%s", pv)
	}
}

// markdownEscape is a backslash before an ASCII punctuation character, which Markdown shows as the character.
var markdownEscape = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")

// unescapeMarkdown removes the backslashes of Markdown escapes, for comparing the Markdown of a text with its words.
func unescapeMarkdown(s string) string { return markdownEscape.ReplaceAllString(s, "$1") }

// TestVanafVoorInwoner: the privacy statement says from when a period runs in the citizen's words where the
// questionnaire gives them; the report and the register keep the words for professionals.
func TestVanafVoorInwoner(t *testing.T) {
	site, r := exampleSite(t)
	res := edited(result(t, r, "wmo-maatwerkvoorziening"), func(v *model.Verwerking) {
		v.Bewaartermijnen = []model.Bewaartermijn{{Gegevens: []string{"*"}, Termijn: model.Termijn{Aantal: 7, Eenheid: model.Jaren},
			Vanaf: "de beëindiging van de verstrekte voorziening", VanafVoorInwoner: "het einde van uw voorziening"}}
	})
	if pv := text(Privacyverklaring(site, res)); !strings.Contains(pv, "7 jaar na het einde van uw voorziening") ||
		strings.Contains(pv, "beëindiging") {
		t.Errorf("the statement:\n%s", pv)
	}
	if pia := text(PIA(site, res)); !strings.Contains(pia, "de beëindiging van de verstrekte voorziening") ||
		strings.Contains(pia, "het einde van uw voorziening") {
		t.Error("the report does not keep the words for professionals")
	}
	if f := registerField(site, res, "bewaartermijnen"); !strings.Contains(f.Value, "beëindiging") {
		t.Errorf("the register: %q", f.Value)
	}
	// Without words for the citizen the statement says what there is.
	plain := edited(res, func(v *model.Verwerking) { v.Bewaartermijnen[0].VanafVoorInwoner = " " })
	if pv := text(Privacyverklaring(site, plain)); !strings.Contains(pv, "7 jaar na de beëindiging van de verstrekte voorziening") {
		t.Errorf("without vanaf_voor_inwoner:\n%s", pv)
	}
}

// TestObjectionNamesWhatItDoesNotReach: a basis without the right to object that covers some purposes only is
// named by those purposes, so that the citizen knows what part of the work an objection cannot stop.
func TestObjectionNamesWhatItDoesNotReach(t *testing.T) {
	site, r := exampleSite(t)
	for id, want := range map[string]string{
		"wmo-maatwerkvoorziening": "Dit recht geldt niet voor wat de wet ons verplicht te doen: onderzoeken welke hulp " +
			"u nodig hebt om zelf zo goed mogelijk mee te kunnen doen.",
		"participatiewet-levensonderhoud": "Dit recht geldt niet voor wat de wet ons verplicht te doen: bepalen of u " +
			"recht hebt op bijstand en hoeveel; uw uitkering betalen",
	} {
		got := squashed(sectionText(Privacyverklaring(site, result(t, r, id)), "rechten"))
		if !strings.Contains(got, want) {
			t.Errorf("%s: the right to object does not say %q:\n%s", id, want, got)
		}
	}
}

// TestMinorsParagraphFitsTheDomain: every statement about minors says who uses a child's rights; only youth care
// adds that a child of 12 decides along and that what it told in confidence may stay from the parents.
func TestMinorsParagraphFitsTheDomain(t *testing.T) {
	site, r := exampleSite(t)
	minors := 0
	for _, res := range r.Resultaten {
		got := squashed(sectionText(Privacyverklaring(site, res), "rechten"))
		if !strings.Contains(got, "hooguit twee maanden langer") {
			t.Errorf("%s: the statement does not say how much longer an answer may take", res.Verwerking.ID)
		}
		if !strings.Contains(got, "Gaat het om een kind?") {
			continue
		}
		minors++
		twelve := strings.Contains(got, "12 jaar")
		if youth := res.Verwerking.ID == "jeugdwet-toegang"; twelve != youth {
			t.Errorf("%s: mentions 12 years: %v, youth care: %v", res.Verwerking.ID, twelve, youth)
		}
	}
	if minors < 2 {
		t.Errorf("only %d statements have the paragraph about children", minors)
	}
}

func squashed(s string) string { return strings.Join(strings.Fields(s), " ") }
