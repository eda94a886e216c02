package document

import (
	"regexp"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// Werkinstructie builds the work instruction for the professional at the kitchen table: concrete per item of
// data what to ask and what to record, when (not) to ask consent, what to share with whom, how long to keep it,
// and what to do with requests and breaches (AP 2016 and 2018: instructions must be concrete and specific).
func Werkinstructie(site *model.Site, res *rules.Resultaat) *Document {
	b := newBuilder(site, res)
	v := b.v
	d := b.header(KindWerkinstructie, b.t("doc.wi.titel", v.Title()), b.t("doc.wi.ondertitel"))
	d.Summary = b.t("doc.wi.summary", v.Title())
	d.Body = []Block{
		Section{Anchor: "vooraf", Number: "1", Title: b.t("doc.wi.vooraf"), Blocks: b.wiVooraf()},
		Section{Anchor: "vragen-vastleggen", Number: "2", Title: b.t("doc.wi.vragen"), Blocks: b.wiGegevens()},
		Section{Anchor: "toestemming", Number: "3", Title: b.t("doc.wi.toestemming"), Blocks: b.wiToestemming()},
		Section{Anchor: "delen", Number: "4", Title: b.t("doc.wi.delen"), Blocks: b.wiDelen()},
		Section{Anchor: "bewaren", Number: "5", Title: b.t("doc.wi.bewaren"), Blocks: b.wiBewaren()},
		Section{Anchor: "toegang", Number: "6", Title: b.t("doc.wi.toegang"), Blocks: b.wiToegang()},
		Section{Anchor: "verzoeken", Number: "7", Title: b.t("doc.wi.verzoeken"), Blocks: b.wiVerzoeken()},
		Section{Anchor: "datalek", Number: "8", Title: b.t("doc.wi.datalek"), Blocks: b.tekstBlock(model.TekstWerkinstructieDatalek)},
		Section{Anchor: "vragen-aan", Number: "9", Title: b.t("doc.wi.hulp"), Blocks: b.wiHulp()},
	}
	d.Links = []Link{
		{Text: b.t("doc.link.pia"), Kind: KindPIA, ID: v.ID, Format: FormatHTML},
		{Text: b.t("doc.link.privacyverklaring"), Kind: KindPrivacyverklaring, ID: v.ID, Format: FormatHTML},
		{Text: b.t("doc.link.pdf", d.Title), Kind: KindWerkinstructie, ID: v.ID, Format: FormatPDF},
	}
	return d
}

func (b *builder) wiVooraf() []Block {
	out := b.tekstBlock(model.TekstWerkinstructieInleiding)
	l := List{}
	// These are the words the professional says to the citizen, so the purposes come in the citizen's words.
	var doelen []string
	for _, d := range b.v.Doelen {
		doelen = append(doelen, lowerFirstWord(d.Tekst(true)))
	}
	if len(doelen) > 0 {
		l.Items = append(l.Items, b.spokenLine("doc.wi.vertel-doel", doelen))
	}
	// What is written down only when help turns out to be needed is named, rather than promised for "topics": a
	// site may record always what its template records only then (the example's zelfredzaamheidsmatrix).
	if onNeed := b.recordedOnNeed(); len(onNeed) > 0 {
		l.Items = append(l.Items, b.spokenLine("doc.wi.vertel-vastleggen", onNeed))
	} else {
		l.Items = append(l.Items, Plain(b.t("doc.wi.vertel-vastleggen-nodig")))
	}
	if len(b.v.Ontvangers) > 0 {
		// As the purposes above, in the names the citizen knows; the names contain commas themselves.
		var names []string
		for _, o := range b.v.Ontvangers {
			names = append(names, lowerName(oneLine(o.NaamTekst(true))))
		}
		l.Items = append(l.Items, b.spokenLine("doc.wi.vertel-delen", names))
	}
	l.Items = append(l.Items, Plain(b.t("doc.wi.vertel-rechten")))
	for _, r := range b.rechten() {
		if r.Geldt && isObjection(r.CatRecht) {
			l.Items = append(l.Items, b.objectionLine(r))
			break
		}
	}
	out = append(out, Text{Plain(b.t("doc.wi.vertel-intro"))}, l)
	if inf := b.v.Informeren; inf != nil {
		items := []Field{{b.t("doc.wi.wanneer"), Plain(orDash(inf.Wanneer))}}
		if len(inf.Hoe) > 0 {
			items = append(items, Field{b.t("doc.wi.hoe"), Plain(strings.Join(inf.Hoe, ", "))})
		}
		out = append(out, Definitions{Items: items})
	}
	// What the statement tells the citizen about having to give the data speaks to the citizen ("u"): it is shown as
	// the statement's words, for the professional to pass on, not as an instruction.
	if s := b.verplichting(); s != "" {
		out = append(out, Text{Plain(b.t("doc.wi.verplichting"))},
			Notice{Tone: ToneInfo, Title: b.t("doc.wi.verplichting-titel"), Blocks: []Block{Text{MD(s)}}})
	}
	out = append(out, LinkList{Items: []Link{{Text: b.t("doc.wi.geef-verklaring"), Kind: KindPrivacyverklaring,
		ID: b.v.ID, Format: FormatHTML}}})
	return out
}

func (b *builder) wiGegevens() []Block {
	t := Table{Caption: b.t("doc.wi.gegevens-caption"), Header: []string{b.t("doc.kol.gegeven"), b.t("doc.wi.mag-vragen"),
		b.t("doc.wi.mag-vastleggen"), b.t("doc.kol.waarom")}, Widths: []float64{2.2, 1, 1.8, 5}}
	for _, g := range b.v.Gegevens {
		tone := ToneNone
		if g.Registreren == model.RegistreerNooit {
			tone = ToneInfo
		}
		t.Rows = append(t.Rows, Row{Tone: tone, Cells: []Inline{Plain(g.Omschrijving), Plain(b.mayAsk(g)),
			Plain(b.registreren(g.Registreren)), MD(orDash(g.Noodzaak))}})
	}
	out := []Block{Text{Plain(b.t("doc.wi.gegevens-intro"))}, t}
	// Rows recorded always where the template or the law asks for less (registratie-ruimer-dan-nodig): the
	// professional hears that this is a departure, not the rule, as with consent named as a basis.
	if b.res != nil && len(b.res.RuimVastgelegd) > 0 {
		var items []string
		for _, r := range b.res.RuimVastgelegd {
			why := b.t("doc.wi.ruim-bijzonder", lowerFirstWord(r.Categorie))
			if r.Standaard != "" {
				why = b.t("doc.wi.ruim-standaard", b.registreren(r.Standaard))
			}
			for _, name := range b.gegevenLijst([]string{r.ID}) {
				items = append(items, name+" ("+why+")")
			}
		}
		out = append(out, Notice{Tone: ToneWaarschuwing, Title: b.t("doc.wi.ruim-titel"), Blocks: []Block{
			Text{Plain(b.t("doc.wi.ruim"))}, plainList(items)}})
	}
	// The rule of AP 2018 is explained for the rows it governs; a row the site records always (the example's
	// zelfredzaamheidsmatrix scores) must not read as contradicted by it.
	if slices.ContainsFunc(b.v.Gegevens, func(g model.Gegeven) bool { return g.Registreren == model.RegistreerBijHulpbehoefte }) {
		out = append(out, Notice{Tone: ToneInfo, Title: b.t("doc.wi.hulpbehoefte-titel"),
			Blocks: []Block{Text{Plain(b.t("doc.wi.hulpbehoefte", b.registreren(model.RegistreerBijHulpbehoefte)))}}})
	}
	return out
}

// mayAsk answers "Mag u vragen?" for a gegeven: a bare "nee" reads as a ban on asking a citizen's name, so a
// gegeven that comes from elsewhere says where from, and one the municipality records itself says so.
func (b *builder) mayAsk(g model.Gegeven) string {
	switch {
	case g.MayAsk() || g.Bron == "" || g.Bron == "inwoner":
		return b.yesNo(g.MayAsk())
	case g.Bron == "eigen-administratie":
		return b.t("doc.wi.niet-vragen-eigen")
	}
	return b.t("doc.wi.niet-vragen-bron", b.bron(g.Bron))
}

// recordedOnNeed names, in the citizen's words, the data that are written down only when help turns out to be
// needed.
func (b *builder) recordedOnNeed() []string {
	var out []string
	for _, g := range b.v.Gegevens {
		if g.Registreren == model.RegistreerBijHulpbehoefte {
			out = append(out, lowerFirstWord(oneLine(g.Tekst(true))))
		}
	}
	return out
}

func (b *builder) wiToestemming() []Block {
	var out []Block
	var wetten []string
	for _, g := range b.art6() {
		if !b.cat.IsToestemming(g.Artikel) && strings.TrimSpace(g.Wet) != "" {
			wetten = append(wetten, g.Wet)
		}
	}
	if b.hasConsent() && b.v.IsPubliekeTaak() {
		out = append(out, Notice{Tone: ToneFout, Title: b.t("doc.wi.toestemming-fout-titel"),
			Blocks: []Block{Text{Plain(b.t("doc.wi.toestemming-fout"))}}})
	} else if len(wetten) > 0 {
		out = append(out, Text{Plain(b.t("doc.wi.geen-toestemming", strings.Join(wetten, "; ")))})
	}
	return append(out, b.tekstBlock(model.TekstWerkinstructieToestemming)...)
}

func (b *builder) wiDelen() []Block {
	out := b.tekstBlock(model.TekstWerkinstructieDelen)
	if len(b.v.Ontvangers) == 0 {
		return append(out, Text{Plain(b.t("doc.wi.niet-delen"))})
	}
	t := Table{Caption: b.t("doc.wi.delen-caption"), Header: []string{b.t("doc.wi.met-wie"), b.t("doc.wi.wanneer-delen"),
		b.t("doc.wi.wat"), b.t("doc.wi.op-grond-van")}, Widths: []float64{2, 2, 3, 2.5}}
	for _, o := range b.v.Ontvangers {
		basis := o.Grondslag
		if o.Rol == model.RolVerwerker {
			basis = b.t("doc.wi.verwerker", orDash(o.Overeenkomst))
		}
		wanneer := voorwaardeZin(o.VoorwaardeTekst(false))
		if wanneer == "" {
			wanneer = b.t("doc.wi.geen-voorwaarde")
		}
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(b.ontvangerMetRol(o)), Plain(wanneer),
			b.gegevenCel(o.Gegevens), Plain(orDash(basis))}})
	}
	return append(out, t, Text{Plain(b.t("doc.wi.anders-niet-delen"))})
}

// wiBewaren gives per retention period how long and from when, then the data it covers one per line: the
// descriptions contain commas and semicolons themselves, so a run-on list would not show where one ends.
func (b *builder) wiBewaren() []Block {
	if len(b.v.Bewaartermijnen) == 0 {
		return []Block{Notice{Tone: ToneWaarschuwing, Title: b.t("doc.wi.geen-termijn")}}
	}
	return append(b.termijnen("doc.wi."), Text{Plain(b.t("doc.wi.vernietigen"))})
}

func (b *builder) wiToegang() []Block {
	if len(b.v.Toegang) == 0 {
		return nil
	}
	t := Table{Caption: b.t("doc.wi.toegang-caption"), Header: []string{b.t("doc.kol.rol-medewerker"),
		b.t("doc.kol.gegevens"), b.t("doc.kol.toelichting")}, Widths: []float64{2, 3, 3}}
	for _, a := range b.v.Toegang {
		t.Rows = append(t.Rows, Row{Cells: []Inline{Plain(a.Rol), b.gegevenCel(a.Gegevens), MD(orDash(a.Toelichting))}})
	}
	return []Block{t, Text{Plain(b.t("doc.wi.alleen-eigen"))}}
}

// wiHulp says whom to ask: the privacy desk that the sections on requests and breaches send the professional to,
// the FG, the process owner and whoever drew up this instruction.
func (b *builder) wiHulp() []Block {
	org := b.site.Config.Organisatie
	var items []Field
	intro := b.t("doc.wi.hulp-intro")
	if loket := joinNonEmpty(", ", org.Email, org.Telefoon); loket != "" {
		items = append(items, Field{b.t("doc.wi.privacyloket"), Plain(loket)})
		intro += " " + b.t("doc.wi.hulp-loket")
	}
	items = append(items, Field{b.t("doc.wi.fg"), Plain(orDash(fgContact(org)))})
	if b.v.Proceseigenaar != "" {
		items = append(items, Field{b.t("doc.meta.eigenaar"), Plain(b.v.Proceseigenaar)})
	}
	if b.v.Opsteller != "" {
		items = append(items, Field{b.t("doc.wi.opsteller"), Plain(b.v.Opsteller)})
	}
	return []Block{Text{Plain(intro)}, Definitions{Items: items}}
}

// objectionArticle matches the article of the right to object in a catalogue entry: "AVG art. 21", "artikel 21 AVG".
var objectionArticle = regexp.MustCompile(`(?i)\bart(?:\.|ikel)?\s*21\b`)

// isObjection reports whether a right of the catalogue is the right to object (AVG art. 21), which the citizen must
// be told of explicitly and apart from other information at the first contact (art. 21(4)).
func isObjection(r model.CatRecht) bool {
	return r.ID == "bezwaar" || objectionArticle.MatchString(r.Artikel)
}

// objectionLine is what the professional says about the right to object r, which holds for some basis. Where a
// basis without the right (a legal obligation) covers part of the purposes, the line names the purposes the citizen
// can object to, in his words, rather than promise an objection to everything.
func (b *builder) objectionLine(r recht) Inline {
	apart := b.t("doc.wi.vertel-bezwaar-apart")
	if len(r.NietVoor) == 0 {
		return Plain(b.t("doc.wi.vertel-bezwaar") + " " + apart)
	}
	var doelen []string
	for _, d := range b.v.Doelen {
		if b.objectable(d.ID, r.ID) {
			doelen = append(doelen, lowerFirstWord(d.Tekst(true)))
		}
	}
	if len(doelen) == 0 || len(doelen) == len(b.v.Doelen) {
		// Every purpose has a basis with the right, or the bases name no purposes to tell them apart.
		return Plain(b.t("doc.wi.vertel-bezwaar") + " " + apart + " " + b.t("doc.wi.vertel-bezwaar-niet",
			b.basisTitles(r.NietVoor)))
	}
	line := b.spokenLine("doc.wi.vertel-bezwaar-voor", doelen)
	if line.Markdown {
		return MD(line.Text + "\n" + literalMarkdown(apart) + "\n")
	}
	return Plain(line.Text + " " + apart)
}

// objectable reports whether the citizen can object to the use of his data for the purpose doel: an art. 6 basis
// for it gives the right with id right, and none of its art. 6 bases lacks it (an objection does not stop what a
// legal obligation requires).
func (b *builder) objectable(doel, right string) bool {
	with := false
	for _, g := range b.v.Grondslagen {
		if !g.Covers(doel) {
			continue
		}
		cg := b.cat.Grondslag(g.Artikel)
		if cg == nil {
			continue
		}
		if s := b.cat.Soort(cg.Soort); s != nil && s.Art6 {
			if !slices.Contains(s.Rechten, right) {
				return false
			}
			with = true
		}
	}
	return with
}

// wiVerzoeken is what the professional does with a request, then how the municipality handles it (the
// questionnaire's procedure, introduced as such: it repeats some of what the professional tells the citizen).
func (b *builder) wiVerzoeken() []Block {
	out := b.tekstBlock(model.TekstWerkinstructieVerzoeken)
	if p := md(b.v.Rechten.Procedure); len(p) > 0 {
		out = append(append(out, Text{Plain(b.t("doc.wi.procedure"))}), p...)
	}
	return out
}

// maxSpokenInline is the most entries a line the professional says names within its sentence.
const maxSpokenInline = 3

// spokenLine is a line the professional says (key, with one %s for the entries): with up to maxSpokenInline entries
// one sentence, with more the sentence's opening and then the entries one per line, so that it can be read out
// rather than one sentence of eight clauses.
func (b *builder) spokenLine(key string, entries []string) Inline {
	if len(entries) <= maxSpokenInline {
		return Plain(b.t(key, strings.Join(entries, "; ")))
	}
	lead, tail, _ := strings.Cut(b.t(key, "\x00"), "\x00")
	var md strings.Builder
	md.WriteString(literalMarkdown(strings.TrimSpace(lead)) + "\n\n")
	for i, e := range entries {
		md.WriteString("- " + literalMarkdown(oneLine(e)))
		if i < len(entries)-1 {
			md.WriteString(";\n")
		} else {
			md.WriteString(literalMarkdown(tail) + "\n")
		}
	}
	return MD(md.String())
}
