package document

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/pia-nl/pia/internal/country"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// ForVerwerking builds the three documents of one verwerking.
func ForVerwerking(site *model.Site, res *rules.Resultaat) []*Document {
	return []*Document{PIA(site, res), Werkinstructie(site, res), Privacyverklaring(site, res)}
}

// siteDoc starts a site-level document.
func siteDoc(b *builder, kind Kind, title string) *Document {
	org := b.site.Config.Organisatie.Naam
	return &Document{Kind: kind, Title: title, Lang: b.lang, Organisatie: org, Status: model.StatusVastgesteld}
}

// Overzicht builds the home page: every verwerking with its status, DPIA conclusion, risk and findings.
func Overzicht(site *model.Site, r *rules.Rapport) *Document {
	b := newBuilder(site, nil)
	d := siteDoc(b, KindOverzicht, orDash(site.Config.Titel))
	d.Subtitle = site.Config.Organisatie.Naam
	d.Summary = b.t("doc.ov.summary", site.Config.Organisatie.Naam)
	t := Table{Caption: b.t("doc.ov.caption"), Header: []string{b.t("doc.kol.verwerking"), b.t("doc.kol.domein"),
		b.t("doc.kol.status"), b.t("doc.kol.dpia"), b.t("doc.kol.risico-rest"), b.t("doc.kol.bevindingen"),
		b.t("doc.kol.documenten")}, Widths: []float64{3.2, 1.4, 1.1, 1, 1.6, 1.6, 2.2}}
	var fouten, waarschuwingen, adviezen int
	for _, res := range r.Resultaten {
		v := res.Verwerking
		f, w, a := count(res.Bevindingen)
		fouten += f
		waarschuwingen += w
		adviezen += a
		tone := ToneNone
		switch {
		case f > 0:
			tone = ToneFout
		case w > 0:
			tone = ToneWaarschuwing
		}
		t.Rows = append(t.Rows, Row{Tone: tone, Cells: []Inline{
			{Text: v.Title(), Link: &Link{Text: v.Title(), Kind: KindPIA, ID: v.ID, Format: FormatHTML}},
			Plain(b.t("doc.domein." + string(v.Domein))),
			Plain(b.overzichtStatus(res)),
			Plain(b.yesNo(res.DPIA.Verplicht)),
			Plain(b.niveau(res.HoogsteRisico) + " → " + b.niveau(res.HoogsteRestrisico)),
			Plain(b.telling(res.Bevindingen)),
			{Text: b.t("doc.ov.werkinstructie"), Link: &Link{Text: b.t("doc.ov.werkinstructie"), Kind: KindWerkinstructie, ID: v.ID, Format: FormatHTML}},
		}})
	}
	d.Body = []Block{
		Text{Plain(b.t("doc.ov.intro", site.Config.Organisatie.Naam))},
		Definitions{Items: []Field{
			{b.t("doc.ov.aantal"), Plain(fmt.Sprint(len(r.Resultaten)))},
			{b.t("doc.ov.fouten"), Plain(fmt.Sprint(fouten))},
			{b.t("doc.ov.waarschuwingen"), Plain(fmt.Sprint(waarschuwingen))},
			{b.t("doc.ov.adviezen"), Plain(fmt.Sprint(adviezen))},
		}},
		t,
	}
	if len(r.Site) > 0 {
		ft := Table{Caption: b.t("doc.ov.site-caption"), Header: []string{b.t("doc.kol.ernst"), b.t("doc.kol.code"),
			b.t("doc.kol.bevinding"), b.t("doc.kol.bericht")}, Widths: []float64{1, 1.8, 3.6, 3.6}}
		for _, f := range r.Site {
			ft.Rows = append(ft.Rows, Row{Tone: toneOfErnst(f.Ernst), Cells: []Inline{Plain(b.t("doc.ernst." + string(f.Ernst))),
				Plain(f.Code), Plain(f.Bericht), Plain(orDash(f.Oplossing))}})
		}
		d.Body = append(d.Body, ft)
	}
	d.Links = []Link{{Text: b.t("doc.link.privacy-overzicht"), Kind: KindPrivacyOverzicht, Format: FormatHTML},
		{Text: b.t("doc.link.register"), Kind: KindRegister, Format: FormatHTML}}
	return d
}

func count(bs []rules.Bevinding) (fouten, waarschuwingen, adviezen int) {
	for _, f := range bs {
		switch f.Ernst {
		case rules.Fout:
			fouten++
		case rules.Waarschuwing:
			waarschuwingen++
		case rules.Advies:
			adviezen++
		}
	}
	return
}

// telling says how many findings of each severity there are, leaving out the ones with none: "1 fout,
// 3 adviezen", or "geen".
func (b *builder) telling(bs []rules.Bevinding) string {
	f, w, a := count(bs)
	var parts []string
	for _, c := range []struct {
		key string
		n   int
	}{{"doc.telling.fout", f}, {"doc.telling.waarschuwing", w}, {"doc.telling.advies", a}} {
		if c.n > 0 {
			parts = append(parts, b.lang.N(c.key, c.n))
		}
	}
	if len(parts) == 0 {
		return b.t("doc.telling.geen")
	}
	return strings.Join(parts, ", ")
}

// overzichtStatus is the status of a verwerking on the home page: the status its documents show, and the
// questionnaire's when that differs.
func (b *builder) overzichtStatus(res *rules.Resultaat) string {
	v := res.Verwerking
	switch shown := shownStatus(res); {
	case v.Status == "":
		return b.t("doc.ov.status-geen", string(shown))
	case shown != v.Status:
		return b.t("doc.ov.status-met-fouten", string(shown), string(v.Status))
	}
	return orDash(string(v.Status))
}

// PrivacyOverzicht builds the overall privacy statement: who we are, the FG, the rights, the complaint route,
// and a link to the statement of every verwerking.
func PrivacyOverzicht(site *model.Site, r *rules.Rapport) *Document {
	b := newBuilder(site, nil)
	d := siteDoc(b, KindPrivacyOverzicht, b.t("doc.po.titel"))
	d.Subtitle = site.Config.Organisatie.Naam
	d.Summary = b.wijOf("doc.po.summary")
	links := LinkList{}
	for _, res := range r.Resultaten {
		l := Link{Text: res.Verwerking.TitleFor(true), Kind: KindPrivacyverklaring, ID: res.Verwerking.ID, Format: FormatHTML}
		// A statement that is still a concept says so before the citizen opens it, as it does at its top.
		if shownStatus(res) == model.StatusConcept {
			l.Note = b.t("doc.po.concept")
		}
		links.Items = append(links.Items, l)
	}
	// A citizen looks for a subject by its name: the names for citizens are in alphabetical order, not the ids'.
	slices.SortStableFunc(links.Items, func(a, b Link) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Text), strings.ToLower(b.Text)), strings.Compare(a.ID, b.ID))
	})
	wie := b.pvWie()
	rechten := siteRechten(site, r)
	if len(rechten) == 0 {
		rechten = []Block{Text{Plain(b.t("doc.pv.rechten-onbekend"))}}
	}
	d.Body = []Block{
		Section{Anchor: "wie", Title: b.t("doc.pv.wie"), Blocks: wie},
		Section{Anchor: "per-onderwerp", Title: b.t("doc.po.per-onderwerp"), Blocks: []Block{Text{Plain(b.t("doc.po.per-onderwerp-intro"))}, links}},
		Section{Anchor: "rechten", Title: b.t("doc.pv.rechten"),
			Blocks: append(rechten, b.tekstBlock(model.TekstPrivacyverklaringRechten)...)},
		Section{Anchor: "klacht", Title: b.t("doc.pv.klacht"), Blocks: b.pvKlacht()},
	}
	return d
}

// siteRechten lists the rights of the overall statement: those that hold for every verwerking in full, with their
// explanation, and those that hold only for some (or for part of one), by name; which ones hold for a subject is in
// its own statement. A right that holds for none is left out, as in the statement of one verwerking.
func siteRechten(site *model.Site, r *rules.Rapport) []Block {
	if len(r.Resultaten) == 0 {
		return nil
	}
	some, notFull := map[string]bool{}, map[string]bool{}
	for _, res := range r.Resultaten {
		for _, x := range newBuilder(site, res).rechten() {
			some[x.ID] = some[x.ID] || x.Geldt
			notFull[x.ID] = notFull[x.ID] || !x.Geldt || len(x.NietVoor) > 0
		}
	}
	b := newBuilder(site, nil)
	var all, part List
	for _, x := range b.cat.Rechten {
		switch {
		case !notFull[x.ID]:
			all.Items = append(all.Items, rechtItem(x.Titel, b.rechtUitleg(x)))
		case some[x.ID]:
			part.Items = append(part.Items, Plain(x.Titel))
		}
	}
	var out []Block
	if len(all.Items) > 0 {
		out = append(out, Text{Plain(b.t("doc.po.rechten-altijd"))}, all)
	}
	if len(part.Items) > 0 {
		out = append(out, Text{Plain(b.t("doc.po.rechten-soms"))}, part)
	}
	return out
}

// Register builds the art. 30 register: per verwerking the fields of art. 30(1) a–g plus useful extras.
func Register(site *model.Site, r *rules.Rapport) *Document {
	rows := make([][]RegisterField, len(r.Resultaten))
	for i, res := range r.Resultaten {
		rows[i] = RegisterFields(site, res)
	}
	return RegisterOf(site, r, rows)
}

// RegisterOf is Register with the fields of every verwerking already made: rows[i] are RegisterFields of
// r.Resultaten[i]. A build makes them once, on all cores, for the page and the register files.
func RegisterOf(site *model.Site, r *rules.Rapport, rows [][]RegisterField) *Document {
	b := newBuilder(site, nil)
	d := siteDoc(b, KindRegister, b.t("doc.reg.titel"))
	d.Subtitle = site.Config.Organisatie.Naam
	d.Summary = b.t("doc.reg.summary", site.Config.Organisatie.Naam)
	contacts := RegisterContacts(site)
	top := make([]Field, len(contacts))
	for i, c := range contacts {
		top[i] = Field{c.Label, Plain(orDash(c.Value))}
	}
	d.Body = []Block{Text{Plain(b.t("doc.reg.intro"))}, Definitions{Items: top}}
	pia := b.t("doc.link.pia")
	for i, res := range r.Resultaten {
		items := make([]Field, len(rows[i]))
		for k, f := range rows[i] {
			items[k] = Field{f.Label, Inline{Text: orDash(f.Value), Items: f.Items}}
		}
		d.Body = append(d.Body, Section{Anchor: "v-" + res.Verwerking.ID, Title: res.Verwerking.Title(), Blocks: []Block{
			Definitions{Items: items},
			LinkList{Items: []Link{{Text: pia, Kind: KindPIA, ID: res.Verwerking.ID, Format: FormatHTML}}},
		}})
	}
	d.Links = []Link{{Text: "register.csv", Kind: KindRegister, Format: FormatCSV},
		{Text: "register-excel.csv", Kind: KindRegister, Format: FormatExcelCSV},
		{Text: "register.json", Kind: KindRegister, Format: FormatJSON}}
	return d
}

// RegisterField is one art. 30 field of one verwerking as plain text; the register page, CSV and JSON share it.
type RegisterField struct {
	Key   string // stable machine name for CSV and JSON
	Label string
	Value string
	// Items holds the separate entries of a list field (Value joins them); nil for single values.
	Items []string
}

// RegisterContacts gives the fields of art. 30(1)(a) that hold for the whole register: the name and contact details
// of the controller and of the data protection officer. The register page shows them once, above the verwerkingen;
// the CSV repeats them on every row, so that each row read on its own is a complete entry.
func RegisterContacts(site *model.Site) []RegisterField {
	b := newBuilder(site, nil)
	org := site.Config.Organisatie
	return []RegisterField{
		{Key: "verwerkingsverantwoordelijke", Label: b.t("doc.reg.verantwoordelijke"),
			Value: joinNonEmpty(", ", controllerName(org), org.Adres, org.Email, org.Telefoon)},
		{Key: "functionaris_gegevensbescherming", Label: b.t("doc.reg.fg"),
			Value: fgContact(org)},
	}
}

// controllerName names the controller for the register: the body, with the organisation it belongs to when that
// is not already in its name ("Het college van burgemeester en wethouders van Voorbeeldstad (Gemeente
// Voorbeeldstad)").
func controllerName(org model.Organisatie) string {
	v, naam := verantwoordelijke(org), strings.TrimSpace(org.Naam)
	if v == org.Naam || naam == "" || strings.Contains(strings.ToLower(v), strings.ToLower(naam)) {
		return v
	}
	return v + " (" + naam + ")"
}

// RegisterFields returns the art. 30 fields of one verwerking.
func RegisterFields(site *model.Site, res *rules.Resultaat) []RegisterField {
	return RegisterRow(newBuilder(site, res))
}

// RegisterRow gives the register fields (art. 30(1) a–g and extras) of the builder's verwerking.
func RegisterRow(b *builder) []RegisterField {
	v := b.v
	var doelen, betrokkenen, categorieen, ontvangers, doorgifte, termijnen, beveiliging, grondslagen []string
	for _, d := range v.Doelen {
		doelen = append(doelen, d.Omschrijving)
	}
	for _, x := range v.Betrokkenen {
		betrokkenen = append(betrokkenen, x.Omschrijving)
	}
	seen := map[string]bool{}
	for _, g := range v.Gegevens {
		c := b.categorie(g.Categorie)
		if !seen[c] {
			seen[c] = true
			categorieen = append(categorieen, c)
		}
	}
	for _, o := range v.Ontvangers {
		ontvangers = append(ontvangers, b.ontvangerMetRol(o))
		if p := country.Parse(o.Land); p.Status != country.Inside {
			doorgifte = append(doorgifte, transfer(o.Naam, p.Label(b.lang), o.Waarborg))
		}
	}
	// The supplier of a system is a recipient as a processor (art. 4(9)); art. 30(1)(d) asks for every one, once,
	// with the systems it supplies.
	var suppliers []string
	systems := map[string][]string{}
	for _, sy := range b.verwerkerSystemen() {
		s := strings.TrimSpace(sy.Leverancier)
		if _, ok := systems[s]; !ok {
			suppliers = append(suppliers, s)
		}
		systems[s] = append(systems[s], strings.TrimSpace(sy.Naam))
	}
	for _, s := range suppliers {
		name := s
		if name == "" {
			name = b.t("doc.reg.leverancier-onbekend")
		}
		ontvangers = append(ontvangers, b.t("doc.reg.leverancier", name, b.t("doc.rol.verwerker"),
			innerBrackets(b.andList(systems[s]))))
	}
	// A system kept outside the EEA is a transfer too (art. 30(1)(e)), with its own safeguard.
	for _, s := range v.Systemen {
		if p := country.Parse(s.Locatie); p.Status != country.Inside {
			naam := s.Naam
			if strings.TrimSpace(s.Leverancier) != "" {
				naam += " (" + s.Leverancier + ")"
			}
			doorgifte = append(doorgifte, transfer(naam, p.Label(b.lang), s.Waarborg))
		}
	}
	for _, bt := range v.Bewaartermijnen {
		item := bt.Termijn.String()
		if strings.TrimSpace(bt.Vanaf) != "" {
			item += " " + b.t("doc.reg.vanaf", innerBrackets(strings.TrimSpace(bt.Vanaf)))
		}
		termijnen = append(termijnen, item+": "+b.gegevenNamen(bt.Gegevens))
	}
	// Art. 30(1)(g) asks for the security measures of art. 32(1), not for every measure of the DPIA.
	for _, m := range v.Maatregelen {
		if m.Beveiliging {
			item := m.Omschrijving
			if st := b.maatregelStatus(m.Status); st != "" {
				item += " (" + st + ")"
			}
			beveiliging = append(beveiliging, item)
		}
	}
	for _, g := range v.Grondslagen {
		item := b.grondslag(g.Artikel) + joinNonEmpty("", " — "+g.Wet)
		if doelen := b.doelenVan(g); len(doelen) > 0 {
			item += " " + b.t("doc.reg.grondslag-voor", doelList(doelen))
		}
		grondslagen = append(grondslagen, item)
	}
	dpia := b.yesNo(b.res.DPIA.Verplicht)
	// The items of a field are joined with semicolons; sep overrides that for items that hold such a list
	// themselves.
	listSep := func(key, label string, items []string, sep string) RegisterField {
		if items == nil {
			items = []string{}
		}
		for i := range items {
			items[i] = oneLine(items[i])
		}
		return RegisterField{Key: key, Label: label, Value: strings.Join(items, sep), Items: items}
	}
	list := func(key, label string, items []string) RegisterField { return listSep(key, label, items, "; ") }
	// An empty field would not say whether there are no transfers or nobody looked; pia knows every place named.
	transfers := list("doorgifte", b.t("doc.reg.doorgifte"), doorgifte)
	if len(doorgifte) == 0 {
		transfers.Value = b.t("doc.reg.geen-doorgifte")
	}
	security := list("beveiliging", b.t("doc.reg.beveiliging"), beveiliging)
	if len(beveiliging) == 0 {
		security.Value = b.t("doc.reg.geen-beveiliging")
	}
	return []RegisterField{
		{Key: "id", Label: b.t("doc.reg.id"), Value: v.ID},
		{Key: "naam", Label: b.t("doc.reg.naam"), Value: v.Naam},
		list("doelen", b.t("doc.reg.doelen"), doelen),
		list("betrokkenen", b.t("doc.reg.betrokkenen"), betrokkenen),
		list("categorieen", b.t("doc.reg.categorieen"), categorieen),
		list("ontvangers", b.t("doc.reg.ontvangers"), ontvangers),
		transfers,
		listSep("bewaartermijnen", b.t("doc.reg.bewaartermijnen"), termijnen, " | "),
		security,
		list("grondslagen", b.t("doc.reg.grondslagen"), grondslagen),
		{Key: "proceseigenaar", Label: b.t("doc.reg.eigenaar"), Value: v.Proceseigenaar},
		// The status the documents show: a PIA recorded as final whose check found errors is a concept, in the
		// register too. The value stays one of the statuses, for programs that read the CSV and JSON.
		{Key: "status", Label: b.t("doc.reg.status"), Value: string(shownStatus(b.res))},
		{Key: "dpia_verplicht", Label: b.t("doc.reg.dpia"), Value: dpia},
	}
}

// transfer describes a transfer outside the EEA for the register: "Clouddienst: US — standaardcontractbepalingen",
// without the dash when there is no safeguard.
func transfer(naam, land, waarborg string) string {
	if strings.TrimSpace(waarborg) == "" {
		return naam + ": " + land
	}
	return naam + ": " + land + " — " + waarborg
}

// Pagina builds the document of a Markdown page.
func Pagina(site *model.Site, p *model.Page) *Document {
	b := newBuilder(site, nil)
	d := siteDoc(b, KindPagina, p.Titel)
	d.ID = p.Path
	d.Summary = p.Beschrijving
	d.Body = []Block{Text{MD(p.Body)}}
	return d
}

// oneLine collapses the white space of a (possibly multi-line) TOML string, for tables, CSV cells and names set in
// a paragraph of Markdown (where a line break could start a list). Most strings are one line already and are
// returned as they are.
func oneLine(s string) string {
	space := true // at the start, a space would be leading
	for _, r := range s {
		if !unicode.IsSpace(r) {
			space = false
			continue
		}
		if r != ' ' || space {
			return strings.Join(strings.Fields(s), " ")
		}
		space = true
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
