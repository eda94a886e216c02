package document

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/country"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// PIA builds the PIA/DPIA report of one verwerking, numbered as the Model DPIA Rijksdienst so every FG finds
// their way: summary and conclusion, part A facts (1–10), part B lawfulness (11–15), part C risks (16), part D
// measures (17), then the findings, the FG's advice, the consultation of data subjects and the sign-off.
func PIA(site *model.Site, res *rules.Resultaat) *Document {
	b := newBuilder(site, res)
	v := b.v
	d := b.header(KindPIA, b.t("doc.pia.titel", v.Title()), b.t("doc.pia.ondertitel"))
	d.Summary = b.t("doc.pia.summary", v.Title())

	placed := map[string]bool{}
	sec := func(num, title string, blocks ...[]Block) Section {
		placed[num] = true
		s := Section{Anchor: "s" + num, Number: num, Title: title}
		for _, bl := range blocks {
			s.Blocks = append(s.Blocks, bl...)
		}
		s.Blocks = append(s.Blocks, b.answers(num)...)
		if len(s.Blocks) == 0 {
			s.Blocks = []Block{Text{Plain(b.t("doc.niet-ingevuld"))}}
		}
		return s
	}

	d.Body = append(d.Body, b.piaSummary())
	d.Body = append(d.Body, Section{Anchor: "deel-a", Title: b.t("doc.pia.deel-a"), Blocks: []Block{
		sec("1", b.t("doc.pia.s1"), md(v.Samenvatting), b.facts(), b.tekstBlock(model.TekstPIAInleiding)),
		sec("2", b.t("doc.pia.s2"), []Block{b.gegevensTable()}),
		sec("3", b.t("doc.pia.s3"), md(v.Beschrijving)),
		sec("4", b.t("doc.pia.s4"), b.systemen(), b.besluitvorming()),
		sec("5", b.t("doc.pia.s5"), b.doelen()),
		sec("6", b.t("doc.pia.s6"), b.betrokkenen(), b.ontvangers()),
		sec("7", b.t("doc.pia.s7"), b.belangen()),
		sec("8", b.t("doc.pia.s8"), b.locaties()),
		sec("9", b.t("doc.pia.s9"), b.kader()),
		sec("10", b.t("doc.pia.s10"), b.bewaartermijnen()),
	}})
	d.Body = append(d.Body, Section{Anchor: "deel-b", Title: b.t("doc.pia.deel-b"), Blocks: []Block{
		sec("11", b.t("doc.pia.s11"), b.rechtsgrond()),
		sec("12", b.t("doc.pia.s12"), b.bijzonder()),
		sec("13", b.t("doc.pia.s13"), b.doelbinding()),
		sec("14", b.t("doc.pia.s14"), b.noodzaak()),
		sec("15", b.t("doc.pia.s15"), b.rechtenSectie()),
	}})
	d.Body = append(d.Body, Section{Anchor: "deel-c", Title: b.t("doc.pia.deel-c"), Blocks: []Block{
		sec("16", b.t("doc.pia.s16"), b.risicos()),
	}})
	d.Body = append(d.Body, Section{Anchor: "deel-d", Title: b.t("doc.pia.deel-d"), Blocks: []Block{
		sec("17", b.t("doc.pia.s17"), b.maatregelen()),
	}})
	d.Body = append(d.Body,
		Section{Anchor: "dpia-toets", Title: b.t("doc.pia.dpia-toets"), Blocks: b.dpiaToets()},
		Section{Anchor: "bevindingen", Title: b.t("doc.pia.bevindingen"), Blocks: b.bevindingen()},
		Section{Anchor: "advies-fg", Title: b.t("doc.pia.advies-fg"), Blocks: b.adviesFG()},
		Section{Anchor: "raadpleging", Title: b.t("doc.pia.raadpleging"), Blocks: b.raadpleging()},
		Section{Anchor: "vaststelling", Title: b.t("doc.pia.vaststelling"), Blocks: b.vaststelling()},
	)
	if rest := b.unplacedAnswers(placed); rest != nil {
		d.Body = append(d.Body, Section{Anchor: "overige-antwoorden", Title: b.t("doc.pia.overige"), Blocks: rest})
	}
	if fix := b.oplossen(); fix != nil {
		d.Body = append(d.Body, Section{Anchor: "bevindingen-oplossen", Title: b.t("doc.pia.oplossen"), Blocks: fix})
	}
	d.Links = []Link{
		{Text: b.t("doc.link.werkinstructie"), Kind: KindWerkinstructie, ID: v.ID, Format: FormatHTML},
		{Text: b.t("doc.link.privacyverklaring"), Kind: KindPrivacyverklaring, ID: v.ID, Format: FormatHTML},
		{Text: b.t("doc.link.pdf", d.Title), Kind: KindPIA, ID: v.ID, Format: FormatPDF},
	}
	return d
}

// header fills the parts every per-verwerking document shares.
func (b *builder) header(kind Kind, title, subtitle string) *Document {
	v := b.v
	d := &Document{Kind: kind, ID: v.ID, Title: title, Subtitle: subtitle, Lang: b.lang, Status: v.Status,
		Versie: v.Versie, Datum: v.Datum, Auteur: v.Opsteller, Eigenaar: v.Proceseigenaar,
		Organisatie: b.site.Config.Organisatie.Naam}
	status := string(v.Status)
	switch d.Status = shownStatus(b.res); {
	case v.Status == "":
		status = b.t("doc.meta.status-geen", string(d.Status))
	case d.Status != v.Status:
		status = b.t("doc.meta.status-met-fouten", string(d.Status), string(v.Status), b.lang.N("doc.telling.fout", b.fouten()))
	}
	d.Meta = []Field{
		{b.t("doc.meta.organisatie"), Plain(orDash(b.site.Config.Organisatie.Naam))},
		{b.t("doc.meta.verwerking"), Plain(v.Title())},
		{b.t("doc.meta.status"), Plain(status)},
		{b.t("doc.meta.versie"), Plain(orDash(v.Versie))},
		{b.t("doc.meta.datum"), Plain(orDash(v.Datum.Lang()))},
		{b.t("doc.meta.opsteller"), Plain(orDash(v.Opsteller))},
		{b.t("doc.meta.eigenaar"), Plain(orDash(v.Proceseigenaar))},
	}
	if len(v.Chain) > 0 {
		d.Meta = append(d.Meta, Field{b.t("doc.meta.sjabloon"), Plain(v.Chain[0].Ref)})
	}
	return d
}

func (b *builder) piaSummary() Section {
	res, v := b.res, b.v
	var blocks []Block
	conclusion := b.t("doc.pia.dpia-niet-verplicht")
	tone := ToneInfo
	if res.DPIA.Verplicht {
		conclusion = b.t("doc.pia.dpia-verplicht")
		tone = ToneWaarschuwing
	}
	reasons := List{}
	for _, r := range res.DPIA.Redenen {
		reasons.Items = append(reasons.Items, Plain(r))
	}
	notice := Notice{Tone: tone, Title: conclusion}
	if len(reasons.Items) > 0 {
		notice.Blocks = append(notice.Blocks, reasons)
	}
	blocks = append(blocks, notice)
	facts := []Field{
		{b.t("doc.pia.hoogste-risico"), Plain(b.niveau(res.HoogsteRisico))},
		{b.t("doc.pia.hoogste-restrisico"), Plain(b.niveau(res.HoogsteRestrisico))},
	}
	if v.AdviesFG != nil && v.AdviesFG.Oordeel != "" {
		facts = append(facts, Field{b.t("doc.pia.oordeel-fg"),
			Plain(b.t("doc.oordeel."+string(v.AdviesFG.Oordeel)) + joinNonEmpty("", " ("+v.AdviesFG.Datum.Lang()+")"))})
	} else {
		facts = append(facts, Field{b.t("doc.pia.oordeel-fg"), Plain(b.t("doc.pia.geen-advies"))})
	}
	facts = append(facts, Field{b.t("doc.pia.bevindingen-kort"), Plain(b.telling(res.Bevindingen))})
	blocks = append(blocks, Definitions{Items: facts})
	if res.HoogsteRestrisico == model.NiveauHoog {
		blocks = append(blocks, Notice{Tone: ToneFout, Title: b.t("doc.pia.art36-titel"),
			Blocks: []Block{Text{Plain(b.t("doc.pia.art36"))}}})
	}
	return Section{Anchor: "samenvatting", Title: b.t("doc.pia.samenvatting"), Blocks: blocks}
}

func (b *builder) facts() []Block {
	v := b.v
	items := []Field{
		{b.t("doc.veld.domein"), Plain(b.t("doc.domein." + string(v.Domein)))},
		{b.t("doc.veld.publieke-taak"), Plain(b.yesNo(v.IsPubliekeTaak()))},
	}
	if v.AantalBetrokkenen > 0 {
		items = append(items, Field{b.t("doc.veld.aantal"), Plain(fmt.Sprintf("%d", v.AantalBetrokkenen))})
	}
	return []Block{Definitions{Items: items}}
}

func (b *builder) gegevensTable() Block {
	t := Table{Caption: b.t("doc.pia.gegevens-caption"),
		Header: []string{b.t("doc.kol.gegeven"), b.t("doc.kol.categorie"), b.t("doc.kol.betrokkenen"),
			b.t("doc.kol.bron"), b.t("doc.kol.uitvragen"), b.t("doc.kol.registreren")},
		Widths: []float64{2.8, 2, 1.6, 1.7, 1.2, 1.9}}
	for _, g := range b.v.Gegevens {
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(g.Omschrijving), Plain(b.categorie(g.Categorie)),
			Plain(strings.Join(g.Betrokkenen, ", ")), Plain(b.bron(g.Bron)), Plain(b.yesNo(g.MayAsk())),
			Plain(b.registreren(g.Registreren))}})
	}
	return t
}

func (b *builder) systemen() []Block {
	if len(b.v.Systemen) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.pia.systemen-caption"), Header: []string{b.t("doc.kol.systeem"),
		b.t("doc.kol.leverancier"), b.t("doc.kol.verwerker"), b.t("doc.kol.overeenkomst"), b.t("doc.kol.locatie")}}
	for _, s := range b.v.Systemen {
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(s.Naam), Plain(orDash(s.Leverancier)),
			Plain(b.yesNo(s.Verwerker)), Plain(orDash(s.Overeenkomst)), Plain(b.locatie(s.Locatie, s.Waarborg))}})
	}
	return []Block{t}
}

func (b *builder) besluitvorming() []Block {
	bv := b.v.Besluitvorming
	out := []Block{Definitions{Items: []Field{
		{b.t("doc.veld.geautomatiseerd"), Plain(b.yesNo(bv.Geautomatiseerd))},
		{b.t("doc.veld.profilering"), Plain(b.yesNo(bv.Profilering))},
	}}}
	if strings.TrimSpace(bv.Waarborgen) != "" {
		out = append(out, Definitions{Items: []Field{{b.t("doc.veld.waarborgen"), MD(bv.Waarborgen)}}})
	}
	return out
}

func (b *builder) doelen() []Block {
	if len(b.v.Doelen) == 0 {
		return nil
	}
	// Which art. 6 basis holds for which purpose (AP 2016: data, purpose and basis per processing).
	bases := b.art6()
	t := Table{Caption: b.t("doc.pia.doelen-caption"), Header: []string{b.t("doc.kol.doel"), b.t("doc.kol.gegevens")},
		Widths: []float64{2, 3}}
	if len(bases) > 0 {
		t.Header = append(t.Header, b.t("doc.kol.grondslag-art6"))
		t.Widths = append(t.Widths, 1.8)
	}
	for _, d := range b.v.Doelen {
		var names []string
		for _, g := range b.v.Gegevens {
			for _, gd := range g.Doelen {
				if gd == d.ID {
					names = append(names, g.Omschrijving)
				}
			}
		}
		// The names hold commas themselves ("Naam, adres, geboortedatum en geslacht"): each gets a line of its own.
		row := Row{Cells: []Inline{Plain(d.Omschrijving), listCel(names)}}
		if len(bases) > 0 {
			var covering []string
			for _, g := range bases {
				if g.Covers(d.ID) {
					covering = append(covering, b.basisKort(g.Artikel))
				}
			}
			// A purpose under no art. 6 basis is a fout of pia check (doel-zonder-grondslag); the row says so too.
			cell := Plain(b.t("doc.pia.doel-zonder-grondslag"))
			if len(covering) > 0 {
				cell = listCel(covering)
			} else {
				row.Tone = ToneFout
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return []Block{t}
}

func (b *builder) betrokkenen() []Block {
	if len(b.v.Betrokkenen) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.pia.betrokkenen-caption"), Header: []string{b.t("doc.kol.betrokkene"),
		b.t("doc.kol.kwetsbaar"), b.t("doc.kol.minderjarig")}, Widths: []float64{4, 1, 1}}
	for _, x := range b.v.Betrokkenen {
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(x.Omschrijving), Plain(b.yesNo(x.Kwetsbaar)),
			Plain(b.yesNo(x.Minderjarig))}})
	}
	return []Block{t}
}

func (b *builder) ontvangers() []Block {
	if len(b.v.Ontvangers) == 0 {
		return []Block{Text{Plain(b.t("doc.pia.geen-ontvangers"))}}
	}
	t := Table{Caption: b.t("doc.pia.ontvangers-caption"), Header: []string{b.t("doc.kol.ontvanger"),
		b.t("doc.kol.rol"), b.t("doc.kol.gegevens"), b.t("doc.kol.grondslag-overeenkomst"), b.t("doc.kol.land")},
		Widths: []float64{2, 1.3, 2.5, 2.5, 0.8}}
	for _, o := range b.v.Ontvangers {
		basis := o.Grondslag
		if o.Rol == model.RolVerwerker {
			basis = o.Overeenkomst
		}
		if v := voorwaardeZin(o.VoorwaardeTekst(false)); v != "" {
			lead := "—" // a missing basis stays visible next to the condition
			if strings.TrimSpace(basis) != "" {
				lead = sentence(basis)
			}
			// After the colon the condition goes on in lower case, as Dutch writes it ("Voorwaarde: alleen als").
			basis = lead + " " + b.t("doc.pia.voorwaarde", lowerFirstWord(v))
		}
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(o.Naam), Plain(b.t("doc.rol." + string(o.Rol))),
			b.gegevenCel(o.Gegevens), Plain(orDash(basis)), Plain(b.land(o.Land))}})
	}
	return []Block{t}
}

func (b *builder) belangen() []Block {
	if b.v.IsPubliekeTaak() {
		return []Block{Text{Plain(b.t("doc.pia.belangen-publiek"))}}
	}
	return nil
}

// locatie gives a place with the safeguard a transfer outside the EEA rests on, when there is one: "Verenigde
// Staten (US) — waarborg: standaardcontractbepalingen".
func (b *builder) locatie(plaats, waarborg string) string {
	if strings.TrimSpace(waarborg) == "" {
		return b.land(plaats)
	}
	return b.t("doc.pia.locatie-waarborg", b.land(plaats), oneLine(waarborg))
}

// land names a country field with its code, "Verenigde Staten (US)", or a dash when it is empty.
func (b *builder) land(s string) string {
	if strings.TrimSpace(s) == "" {
		return orDash(s)
	}
	return country.Parse(s).Label(b.lang)
}

func (b *builder) locaties() []Block {
	var items []string
	for _, s := range b.v.Systemen {
		items = append(items, b.t("doc.pia.locatie-systeem", s.Naam, b.locatie(s.Locatie, s.Waarborg)))
	}
	for _, o := range b.v.Ontvangers {
		land := o.Land
		if land == "" {
			land = "NL"
		}
		items = append(items, b.t("doc.pia.locatie-ontvanger", o.Naam, b.locatie(land, o.Waarborg)))
	}
	if len(items) == 0 {
		return nil
	}
	return []Block{plainList(items)}
}

func (b *builder) kader() []Block {
	l := List{}
	for _, g := range b.v.Grondslagen {
		if strings.TrimSpace(g.Wet) != "" {
			l.Items = append(l.Items, Plain(g.Wet))
		}
	}
	if len(l.Items) == 0 {
		return nil
	}
	return []Block{Text{Plain(b.t("doc.pia.kader-intro"))}, l}
}

func (b *builder) bewaartermijnen() []Block {
	if len(b.v.Bewaartermijnen) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.pia.bewaar-caption"), Header: []string{b.t("doc.kol.gegevens"), b.t("doc.kol.termijn"),
		b.t("doc.kol.vanaf"), b.t("doc.kol.bron-termijn")}, Widths: []float64{3, 1, 2, 2.5}}
	for _, bt := range b.v.Bewaartermijnen {
		src := bt.Bron
		if std := b.cat.Bewaartermijn(bt.Standaard); std != nil {
			src = joinNonEmpty(" · ", src, b.t("doc.pia.standaard", std.Titel, std.Termijn.String()))
			if std.Onzeker {
				src += " " + b.t("doc.onzeker-mark")
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []Inline{b.gegevenCel(bt.Gegevens), Plain(bt.Termijn.String()),
			Plain(orDash(bt.Vanaf)), Plain(orDash(src))}})
	}
	return []Block{t}
}

func (b *builder) rechtsgrond() []Block {
	if len(b.v.Grondslagen) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.pia.grondslagen-caption"), Header: []string{b.t("doc.kol.artikel"), b.t("doc.kol.soort"),
		b.t("doc.kol.wet"), b.t("doc.kol.toelichting")}, Widths: []float64{2.5, 1.5, 2, 3.5}}
	for _, g := range b.v.Grondslagen {
		soort := "—"
		if cg := b.cat.Grondslag(g.Artikel); cg != nil {
			if s := b.cat.Soort(cg.Soort); s != nil {
				soort = s.Titel
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(b.grondslag(g.Artikel)), Plain(soort), Plain(orDash(g.Wet)),
			MD(orDash(g.Toelichting))}})
	}
	out := []Block{t}
	if b.hasConsent() && b.v.IsPubliekeTaak() {
		out = append(out, Notice{Tone: ToneFout, Title: b.t("doc.pia.toestemming-titel"),
			Blocks: []Block{Text{Plain(b.t("doc.pia.toestemming"))}}})
	}
	return append(out, b.onzeker()...)
}

// onzeker lists the catalogue entries this verwerking relies on that are marked unverified, so the report never
// presents them as certain.
func (b *builder) onzeker() []Block {
	var items []Inline
	seen := map[string]bool{}
	for _, g := range b.v.Grondslagen {
		if cg := b.cat.Grondslag(g.Artikel); cg != nil && cg.Onzeker && !seen[cg.ID] {
			seen[cg.ID] = true
			items = append(items, Plain(b.t("doc.pia.onzeker-item", cg.Artikel, orDash(cg.Noot))))
		}
	}
	for _, bt := range b.v.Bewaartermijnen {
		if std := b.cat.Bewaartermijn(bt.Standaard); std != nil && std.Onzeker && !seen[std.ID] {
			seen[std.ID] = true
			items = append(items, Plain(b.t("doc.pia.onzeker-item", std.Titel, orDash(std.Noot))))
		}
	}
	if len(items) == 0 {
		return nil
	}
	return []Block{Notice{Tone: ToneAdvies, Title: b.t("doc.pia.onzeker-titel"), Blocks: []Block{List{Items: items}}}}
}

func (b *builder) bijzonder() []Block {
	t := Table{Caption: b.t("doc.pia.bijzonder-caption"), Header: []string{b.t("doc.kol.gegeven"), b.t("doc.kol.soort"),
		b.t("doc.kol.uitzondering")}, Widths: []float64{2.5, 1.5, 4}}
	for _, g := range b.v.Gegevens {
		c := b.cat.Categorie(g.Categorie)
		if c == nil || c.Bijzonder == model.BijzonderNone || c.Bijzonder == "" {
			continue
		}
		var covering []string
		for _, gr := range b.v.Grondslagen {
			if b.cat.Lifts(gr, c.Bijzonder, g.Categorie) {
				covering = append(covering, b.grondslag(gr.Artikel))
			}
		}
		exc, tone := listCel(covering), ToneNone
		if len(covering) == 0 {
			exc, tone = Plain(b.t("doc.pia.geen-uitzondering")), ToneFout
		}
		t.Rows = append(t.Rows, Row{Tone: tone, Cells: []Inline{Plain(g.Omschrijving),
			Plain(b.t("doc.bijzonder." + string(c.Bijzonder))), exc}})
	}
	if len(t.Rows) == 0 {
		return []Block{Text{Plain(b.t("doc.pia.geen-bijzonder"))}}
	}
	return []Block{t}
}

func (b *builder) doelbinding() []Block {
	var out []Block
	out = append(out, Text{Plain(b.t("doc.pia.doelbinding-intro"))})
	if len(b.v.Ontvangers) > 0 {
		l := List{}
		for _, o := range b.v.Ontvangers {
			l.Items = append(l.Items, Plain(b.t("doc.pia.doelbinding-ontvanger", o.Naam, b.gegevenNamen(o.Gegevens))))
		}
		out = append(out, l)
	}
	return out
}

func (b *builder) noodzaak() []Block {
	t := Table{Caption: b.t("doc.pia.noodzaak-caption"), Header: []string{b.t("doc.kol.gegeven"), b.t("doc.kol.doelen"),
		b.t("doc.kol.registreren"), b.t("doc.kol.noodzaak")}, Widths: []float64{2, 2, 1.5, 4.5}}
	for _, g := range b.v.Gegevens {
		var doelen []string
		for _, d := range g.Doelen {
			doelen = append(doelen, b.doelNaam(d))
		}
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(g.Omschrijving), listCel(doelen),
			Plain(b.registreren(g.Registreren)), MD(orDash(g.Noodzaak))}})
	}
	return []Block{t}
}

func (b *builder) rechtenSectie() []Block {
	t := Table{Caption: b.t("doc.pia.rechten-caption"), Header: []string{b.t("doc.kol.recht"), b.t("doc.kol.geldt"),
		b.t("doc.kol.waarom")}, Widths: []float64{2, 1, 5}}
	for _, r := range b.rechten() {
		why, geldt := r.Uitleg, b.yesNo(r.Geldt)
		if !r.Geldt {
			why = r.UitlegNiet
		}
		if len(r.NietVoor) > 0 {
			geldt = b.t("doc.pia.recht-deels")
			why = withSentence(why, b.t("doc.pia.recht-niet-voor", b.basisTitles(r.NietVoor)))
		}
		// A right that a legal obligation or a public task limits (erasure, art. 17(3)(b)) is not a plain yes.
		if len(r.Beperkt) > 0 {
			if len(r.NietVoor) == 0 {
				geldt = b.t("doc.pia.recht-beperkt")
			}
			if u := strings.TrimSpace(r.UitlegBeperkt); u != "" {
				why = strings.TrimRight(why, " \n") + " " + u
			}
			if r.Vol || len(r.NietVoor) > 0 {
				why = withSentence(why, b.t("doc.pia.recht-beperkt-voor", b.basisTitles(r.Beperkt)))
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(joinNonEmpty(" — ", r.Titel, r.Artikel)),
			Plain(geldt), MD(orDash(why))}})
	}
	out := []Block{t}
	var items []Field
	if p := strings.TrimSpace(b.v.Rechten.Procedure); p != "" {
		items = append(items, Field{b.t("doc.pia.procedure"), MD(p)})
	}
	if s := b.verplichting(); s != "" {
		items = append(items, Field{b.t("doc.pia.verplichting"), MD(s)})
	}
	if len(items) > 0 {
		out = append(out, Definitions{Items: items})
	}
	return out
}

func (b *builder) risicos() []Block {
	if len(b.v.Risicos) == 0 {
		return []Block{Notice{Tone: ToneWaarschuwing, Title: b.t("doc.pia.geen-risicos")}}
	}
	t := Table{Caption: b.t("doc.pia.risicos-caption"), Header: []string{b.t("doc.kol.id"), b.t("doc.kol.risico"),
		b.t("doc.kol.gevolg"), b.t("doc.kol.kans-impact"), b.t("doc.kol.niveau"), b.t("doc.kol.maatregelen"),
		b.t("doc.kol.restniveau")}, Widths: []float64{0.6, 2.6, 3, 1, 1, 1.2, 1}}
	levels := map[string]rules.RisicoScore{}
	for _, s := range b.res.Risicos {
		levels[s.ID] = s
	}
	var before, after []RiskPoint
	var altBefore, altAfter []string
	for _, r := range b.v.Risicos {
		s := levels[r.ID]
		t.Rows = append(t.Rows, Row{Tone: toneOf(s.RestNiveau), Cells: []Inline{Plain(r.ID), Plain(r.Omschrijving),
			MD(orDash(r.Gevolg)), Plain(scoreText(r.Kans) + " × " + scoreText(r.Impact)), Plain(b.niveau(s.Niveau)),
			Plain(orDash(strings.Join(r.Maatregelen, ", "))), Plain(b.niveau(s.RestNiveau))}})
		if r.Kans > 0 && r.Impact > 0 {
			before = append(before, RiskPoint{ID: r.ID, Label: r.Omschrijving, Kans: r.Kans, Impact: r.Impact, Niveau: s.Niveau})
			altBefore = append(altBefore, b.t("doc.pia.matrix-alt-item", r.ID, int(r.Kans), int(r.Impact), b.niveau(s.Niveau)))
		}
		rk, ri := r.RestKans, r.RestImpact
		if rk == 0 || ri == 0 {
			rk, ri = r.Kans, r.Impact
		}
		if rk > 0 && ri > 0 {
			after = append(after, RiskPoint{ID: r.ID, Label: r.Omschrijving, Kans: rk, Impact: ri, Niveau: s.RestNiveau})
			altAfter = append(altAfter, b.t("doc.pia.matrix-alt-item", r.ID, int(rk), int(ri), b.niveau(s.RestNiveau)))
		}
	}
	return []Block{t,
		RiskMatrix{Caption: b.t("doc.pia.matrix-voor"), Points: before, Alt: strings.Join(altBefore, " ")},
		RiskMatrix{Caption: b.t("doc.pia.matrix-na"), Points: after, Alt: strings.Join(altAfter, " ")},
	}
}

func (b *builder) maatregelen() []Block {
	if len(b.v.Maatregelen) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.pia.maatregelen-caption"), Header: []string{b.t("doc.kol.id"), b.t("doc.kol.maatregel"),
		b.t("doc.kol.soort"), b.t("doc.kol.status"), b.t("doc.kol.eigenaar"), b.t("doc.kol.gereed-op"),
		b.t("doc.kol.risicos")}, Widths: []float64{0.6, 3.6, 1.5, 1.4, 1.8, 1.3, 1.2}}
	for _, m := range b.v.Maatregelen {
		var risks []string
		for _, r := range b.v.Risicos {
			if slices.Contains(r.Maatregelen, m.ID) {
				risks = append(risks, r.ID)
			}
		}
		tone := ToneNone
		if m.Status == "gereed" {
			tone = ToneOK
		}
		t.Rows = append(t.Rows, Row{Tone: tone, Cells: []Inline{Plain(m.ID), Plain(m.Omschrijving),
			Plain(orDash(string(m.Soort))), Plain(orDash(b.maatregelStatus(m.Status))), Plain(orDash(m.Eigenaar)),
			Plain(orDash(m.GereedOp.Lang())), Plain(orDash(strings.Join(risks, ", ")))}})
	}
	return []Block{t}
}

func (b *builder) dpiaToets() []Block {
	res := b.res
	var out []Block
	if len(res.DPIA.Criteria) > 0 {
		t := Table{Caption: b.t("doc.pia.criteria-caption"), Header: []string{b.t("doc.kol.criterium"),
			b.t("doc.kol.herkomst"), b.t("doc.kol.waarom")}, Widths: []float64{2, 1.2, 5}}
		for _, c := range res.DPIA.Criteria {
			title := c.ID
			if cc := b.cat.Criterium(c.ID); cc != nil {
				title = cc.Titel
			}
			origin := b.t("doc.pia.opgegeven")
			if c.Afgeleid {
				origin = b.t("doc.pia.afgeleid")
			}
			t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(title), Plain(origin), Plain(orDash(c.Reden))}})
		}
		out = append(out, t)
	} else {
		out = append(out, Text{Plain(b.t("doc.pia.geen-criteria"))})
	}
	if len(res.DPIA.APLijst) > 0 {
		l := List{}
		for _, id := range res.DPIA.APLijst {
			title := id
			if a := b.cat.APCategorie(id); a != nil {
				title = fmt.Sprintf("%d. %s", a.Nummer, a.Titel)
				if a.Onzeker {
					title += " " + b.t("doc.onzeker-mark")
				}
			}
			l.Items = append(l.Items, Plain(title))
		}
		out = append(out, Text{Plain(b.t("doc.pia.ap-lijst"))}, l)
	}
	if strings.TrimSpace(b.v.DPIA.Toelichting) != "" {
		out = append(out, Text{MD(b.v.DPIA.Toelichting)})
	}
	return out
}

// bevindingen is the section the board and the FG read: each finding of the check, numbered, with what is wrong
// and why it matters. What to change in the files is in the appendix (oplossen), under the same number.
func (b *builder) bevindingen() []Block {
	if len(b.res.Bevindingen) == 0 {
		return []Block{Notice{Tone: ToneOK, Title: b.t("doc.pia.geen-bevindingen")}}
	}
	t := Table{Caption: b.t("doc.pia.bevindingen-caption"), Header: []string{b.t("doc.kol.id"), b.t("doc.kol.ernst"),
		b.t("doc.kol.bevinding"), b.t("doc.kol.onderdeel")}, Widths: []float64{0.5, 1.2, 6.6, 1.9}}
	for i, f := range b.res.Bevindingen {
		t.Rows = append(t.Rows, Row{Tone: toneOfErnst(f.Ernst), Cells: []Inline{Plain(strconv.Itoa(i + 1)),
			Plain(b.t("doc.ernst." + string(f.Ernst))), Plain(f.Bericht), b.shownIn(f)}})
	}
	intro := b.t("doc.pia.bevindingen-intro")
	if b.fouten() > 0 {
		if b.v.Status.IsFinal() {
			intro += " " + b.t("doc.pia.bevindingen-nog-fouten", string(b.v.Status)) + " " +
				b.t("doc.pia.bevindingen-nog-fouten."+string(b.v.Status))
		} else {
			intro += " " + b.t("doc.pia.bevindingen-los-op")
		}
	}
	return []Block{Text{Plain(intro)}, t, Text{Plain(b.t("doc.pia.bevindingen-bijlage", b.t("doc.pia.oplossen-caption")))}}
}

// piaSections says in which section of the report a field of the questionnaire shows, by its first key: the number
// of a numbered section, or the anchor of another. A field the report does not show is not in it.
var piaSections = map[string]string{
	"naam": "1", "naam_voor_inwoner": "1", "domein": "1", "samenvatting": "1", "proceseigenaar": "1",
	"opsteller": "1", "status": "1", "versie": "1", "datum": "1", "gegevens": "2", "beschrijving": "3",
	"systemen": "4", "besluitvorming": "4", "doelen": "5", "betrokkenen": "6", "aantal_betrokkenen": "6",
	"ontvangers": "6", "bewaartermijnen": "10", "grondslagen": "11", "publieke_taak": "11", "informeren": "15",
	"rechten": "15", "risicos": "16", "maatregelen": "17", "dpia": "dpia-toets", "advies_fg": "advies-fg",
	"raadpleging_betrokkenen": "raadpleging", "besluit": "vaststelling",
}

// piaSectionTitles are the titles of the sections without a number that findings point at.
var piaSectionTitles = map[string]string{
	"dpia-toets": "doc.pia.dpia-toets", "advies-fg": "doc.pia.advies-fg", "raadpleging": "doc.pia.raadpleging",
	"vaststelling": "doc.pia.vaststelling", "overige-antwoorden": "doc.pia.overige",
}

// shownIn links to the section of the report that shows what finding f is about, such as "11 Rechtsgrond" for a
// finding on "grondslagen[1].toelichting", so that the board can read it there; a dash for what the report does not
// show (the access per role is in the work instruction).
func (b *builder) shownIn(f rules.Bevinding) Inline {
	top, rest, _ := strings.Cut(f.Veld, ".")
	list, _, _ := strings.Cut(top, "[")
	section := piaSections[list]
	switch {
	case f.Code == "bijzonder-zonder-uitzondering" || f.Code == "bsn-zonder-grondslag":
		section = "12" // special categories and the BSN, with the exceptions that cover them
	case list == "gegevens" && rest == "noodzaak":
		section = "14" // the need for each gegeven
	case (list == "systemen" && rest == "locatie") || (list == "ontvangers" && rest == "land") ||
		((list == "systemen" || list == "ontvangers") && rest == "waarborg"):
		section = "8" // where the data are, and the safeguards outside the EEA
	case list == "antwoorden":
		section = b.answerShownIn(rest)
	}
	if section == "" {
		return Plain("—")
	}
	anchor, title := section, ""
	if key, ok := piaSectionTitles[section]; ok {
		title = b.t(key)
	} else {
		anchor, title = "s"+section, section+" "+b.t("doc.pia.s"+section)
	}
	return MD("[" + title + "](#" + anchor + ")")
}

// answerShownIn is the section where the answer to the question id belongs, as answers and unplacedAnswers place
// it: the numbered section of its question, where an unanswered question is missed too; or else the other answers
// at the end, which are there only for an answer that is not blank. "" for an answer the report does not show:
// one to a question that a field answers, or a blank one outside the numbered sections.
func (b *builder) answerShownIn(id string) string {
	if id == "" {
		return ""
	}
	var q *model.Vraag
	if b.site.Vragen != nil {
		q = b.site.Vragen.Vraag(id)
	}
	switch {
	case q != nil && q.Veld != "":
		return ""
	case q != nil && piaNumbered(q.Sectie):
		return q.Sectie
	case strings.TrimSpace(b.v.Antwoorden[id]) == "":
		return ""
	}
	return "overige-antwoorden"
}

// piaNumbered reports whether the report has a numbered section with the number s.
func piaNumbered(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 17 && strconv.Itoa(n) == s
}

// oplossen is the appendix for whoever keeps the questionnaire: per finding, under its number in the section
// bevindingen, the rule, what to change and where. Nil without findings.
func (b *builder) oplossen() []Block {
	if len(b.res.Bevindingen) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.pia.oplossen-caption"), Header: []string{b.t("doc.kol.id"), b.t("doc.kol.code"),
		b.t("doc.kol.bericht"), b.t("doc.kol.plaats")}, Widths: []float64{0.5, 2.2, 4.3, 3.2}}
	// Places in a file inside pia itself, which the reader cannot open but pia can show: the first, and whether
	// there are others.
	builtIn, others := "", false
	for i, f := range b.res.Bevindingen {
		pos := model.Pos{File: f.Bestand, Line: f.Regel, Col: f.Kolom}.String()
		if strings.HasPrefix(f.Bestand, model.EmbeddedPrefix) {
			if builtIn == "" {
				builtIn = pos
			}
			others = others || pos != builtIn
		}
		place := joinNonEmpty(" — ", f.Veld, pos)
		t.Rows = append(t.Rows, Row{Tone: toneOfErnst(f.Ernst), Cells: []Inline{Plain(strconv.Itoa(i + 1)),
			Plain(f.Code), Plain(orDash(f.Oplossing)), Plain(orDash(place))}})
	}
	out := []Block{Text{Plain(b.t("doc.pia.oplossen-intro", b.t("doc.pia.bevindingen")))}, t}
	if builtIn != "" {
		// Quoted for the shell, because of the parentheses.
		note := b.t("doc.pia.bevindingen-ingebouwd", model.EmbeddedPrefix, "pia sjablonen '"+builtIn+"'")
		if others {
			note += " " + b.t("doc.pia.bevindingen-ingebouwd-andere")
		}
		out = append(out, Text{MD(note)})
	}
	return out
}

func (b *builder) adviesFG() []Block {
	a := b.v.AdviesFG
	if a == nil || a.Oordeel == "" {
		return []Block{Notice{Tone: ToneWaarschuwing, Title: b.t("doc.pia.geen-advies")}}
	}
	out := []Block{Definitions{Items: []Field{
		{b.t("doc.meta.datum"), Plain(orDash(a.Datum.Lang()))},
		{b.t("doc.pia.oordeel"), Plain(b.t("doc.oordeel." + string(a.Oordeel)))},
	}}}
	return append(out, md(a.Tekst)...)
}

func (b *builder) raadpleging() []Block {
	r := b.v.RaadplegingBetrokkenen
	if r == nil {
		return []Block{Text{Plain(b.t("doc.pia.geen-raadpleging"))}}
	}
	items := []Field{{b.t("doc.pia.raadpleging-gedaan"), Plain(b.yesNo(r.Gedaan))}}
	if r.Wie != "" {
		items = append(items, Field{b.t("doc.pia.raadpleging-wie"), Plain(r.Wie)})
	}
	if strings.TrimSpace(r.Uitkomst) != "" {
		items = append(items, Field{b.t("doc.pia.raadpleging-uitkomst"), MD(r.Uitkomst)})
	}
	if strings.TrimSpace(r.Reden) != "" {
		items = append(items, Field{b.t("doc.pia.raadpleging-reden"), MD(r.Reden)})
	}
	return []Block{Definitions{Items: items}}
}

func (b *builder) vaststelling() []Block {
	out := b.tekstBlock(model.TekstPIAOndertekening)
	bs := b.v.Besluit
	if bs == nil {
		return append(out, Notice{Tone: ToneInfo, Title: b.t("doc.pia.niet-vastgesteld")})
	}
	gevolgd := "—"
	if bs.FGAdviesGevolgd != nil {
		gevolgd = b.yesNo(*bs.FGAdviesGevolgd)
	}
	items := []Field{
		{b.t("doc.pia.besluit-datum"), Plain(orDash(bs.Datum.Lang()))},
		{b.t("doc.pia.besluit-door"), Plain(orDash(bs.Door))},
		{b.t("doc.pia.maatregelen-door"), Plain(orDash(bs.MaatregelenGoedgekeurdDoor))},
		{b.t("doc.pia.restrisico-door"), Plain(orDash(bs.RestrisicoAanvaardDoor))},
		{b.t("doc.pia.fg-gevolgd"), Plain(gevolgd)},
	}
	if strings.TrimSpace(bs.Motivering) != "" {
		items = append(items, Field{b.t("doc.pia.motivering"), MD(bs.Motivering)})
	}
	items = append(items, Field{b.t("doc.pia.herbeoordeling"), Plain(orDash(bs.Herbeoordeling.Lang()))})
	return append(out, Definitions{Items: items})
}
