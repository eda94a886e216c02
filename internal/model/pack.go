package model

import "slices"

// Pack is a template pack (pia-templates/<dir>/).
type Pack struct {
	Naam         string `toml:"naam"`
	Versie       string `toml:"versie"`
	Uitgever     string `toml:"uitgever"`
	Licentie     string `toml:"licentie"`
	Taal         Taal   `toml:"taal"`
	Beschrijving string `toml:"beschrijving"`
	BasisRef     string `toml:"basis"`

	Dir      string // display path of the pack directory ("pia-templates/vng-sociaal-domein" or "(ingebouwd)/…")
	Embedded bool   // shipped inside the binary
	Basis    *Pack  // the resolved base pack, or nil
	// Verwerkingen are the ids of the pack's own base verwerkingen, sorted.
	Verwerkingen []string
	Catalogus    *Catalogus   // this pack's own catalogue (without its base)
	Vragen       *Vragenlijst // this pack's own questions (without its base)
	Teksten      map[string]string

	// Gebruikt are the other packs, not its bases, whose templates the pack's verwerkingen extend: a site that
	// chooses the pack chooses them too. Only pia sjablonen fills it in.
	Gebruikt []*Pack
}

// Vragenlijst is a pack's questionnaire.
type Vragenlijst struct {
	Secties []Sectie `toml:"secties"`
	Vragen  []Vraag  `toml:"vragen"`
}

// Sectie is a section of the questionnaire and of the PIA report (Model DPIA Rijksdienst numbering).
type Sectie struct {
	ID    string `toml:"id"`
	Deel  Deel   `toml:"deel"`
	Titel string `toml:"titel"`
}

// Vraag is one question of the questionnaire. Without Veld it is an open question answered in [antwoorden].
type Vraag struct {
	ID          string `toml:"id"`
	Sectie      string `toml:"sectie"`
	Vraag       string `toml:"vraag"`
	Toelichting string `toml:"toelichting"`
	Verplicht   bool   `toml:"verplicht"`
	Veld        string `toml:"veld"`

	Pack string `toml:"-"` // name of the pack that defines it
	Pos  Pos    `toml:"-"`
}

// Catalogus is the legal catalogue: the law as data, so that a pack can update it without a code change.
type Catalogus struct {
	Soorten         []SoortGrondslag   `toml:"soorten"`
	Grondslagen     []CatGrondslag     `toml:"grondslagen"`
	Categorieen     []CatCategorie     `toml:"categorieen"`
	Criteria        []CatCriterium     `toml:"criteria"`
	APLijst         []CatAPCategorie   `toml:"ap_lijst"`
	Bewaartermijnen []CatBewaartermijn `toml:"bewaartermijnen"`
	Rechten         []CatRecht         `toml:"rechten"`
}

// SoortGrondslag is a kind of legal basis; it decides whether it counts under art. 6 and which rights apply.
type SoortGrondslag struct {
	ID          string   `toml:"id"`
	Titel       string   `toml:"titel"`
	Art6        bool     `toml:"art6"`
	Toestemming bool     `toml:"toestemming"`
	Rechten     []string `toml:"rechten"`
	// Beperkt lists rights of Rechten that hold only within limits for this kind of basis: erasure (art. 17) does
	// not reach data a legal obligation or a public task still needs (art. 17(3)(b)). The right's UitlegBeperkt
	// says how far.
	Beperkt []string `toml:"beperkt"`
}

// CatGrondslag is a legal basis or exception in the catalogue.
type CatGrondslag struct {
	ID          string   `toml:"id"`
	Artikel     string   `toml:"artikel"`
	Titel       string   `toml:"titel"`
	Soort       string   `toml:"soort"`
	Uitleg      string   `toml:"uitleg"`
	URL         string   `toml:"url"`
	Dekt        []string `toml:"dekt"`        // art9 | art10 | bsn: the kinds of data whose prohibition it lifts
	Categorieen []string `toml:"categorieen"` // optional restriction to these categories
	Onzeker     bool     `toml:"onzeker"`
	Noot        string   `toml:"noot"`
}

// CatCategorie is a data category.
type CatCategorie struct {
	ID        string    `toml:"id"`
	Titel     string    `toml:"titel"`
	Bijzonder Bijzonder `toml:"bijzonder"`
	Gevoelig  bool      `toml:"gevoelig"`
	Uitleg    string    `toml:"uitleg"`
}

// CatCriterium is a WP248 criterion.
type CatCriterium struct {
	ID     string `toml:"id"`
	Titel  string `toml:"titel"`
	Uitleg string `toml:"uitleg"`
}

// CatAPCategorie is a category of the AP's list of processings that always need a DPIA.
type CatAPCategorie struct {
	ID      string `toml:"id"`
	Nummer  int    `toml:"nummer"`
	Titel   string `toml:"titel"`
	Uitleg  string `toml:"uitleg"`
	Onzeker bool   `toml:"onzeker"`
	Noot    string `toml:"noot"`
}

// CatBewaartermijn is a standard retention period with its source.
type CatBewaartermijn struct {
	ID        string   `toml:"id"`
	Titel     string   `toml:"titel"`
	Domeinen  []Domein `toml:"domeinen"`
	Termijn   Termijn  `toml:"termijn"`
	Vanaf     string   `toml:"vanaf"`
	Bron      string   `toml:"bron"`
	Wettelijk bool     `toml:"wettelijk"`
	// TerVergelijking marks a period the catalogue lists only for comparison (the WGBO period of a medical file,
	// say): it is never the standard of a domain, and a verwerking is compared with it only when it names it in
	// `standaard`.
	TerVergelijking bool   `toml:"ter_vergelijking"`
	Onzeker         bool   `toml:"onzeker"`
	Noot            string `toml:"noot"`
}

// CatRecht is a data subject's right.
type CatRecht struct {
	ID         string `toml:"id"`
	Artikel    string `toml:"artikel"`
	Titel      string `toml:"titel"`
	Uitleg     string `toml:"uitleg"`
	UitlegNiet string `toml:"uitleg_niet"`
	// UitlegBeperkt says, for the report, how far the right reaches where a kind of basis limits it (Beperkt).
	UitlegBeperkt string `toml:"uitleg_beperkt"`
	// UitlegBeperktVoorInwoner replaces Uitleg in a privacy statement where a kind of basis of the verwerking
	// limits the right: a text for the citizen that says the right often does not reach far here, and why.
	UitlegBeperktVoorInwoner string `toml:"uitleg_beperkt_voor_inwoner"`
}

// Grondslag returns the catalogue entry with the id, or nil.
func (c *Catalogus) Grondslag(id string) *CatGrondslag {
	return find(c.Grondslagen, id, func(g *CatGrondslag) string { return g.ID })
}

// Lifts reports whether the basis g lifts the prohibition of this kind (art. 9, art. 10, the BSN) for the data
// category: its catalogue entry covers the kind (Dekt) and its own restriction (Categorieen) allows the category,
// and so does the verwerking's restriction (Grondslag.Categorieen); an empty restriction allows every category.
func (c *Catalogus) Lifts(g Grondslag, kind Bijzonder, categorie string) bool {
	cg := c.Grondslag(g.Artikel)
	return cg != nil && cg.Lifts(kind, categorie) && (len(g.Categorieen) == 0 || slices.Contains(g.Categorieen, categorie))
}

// Lifts reports whether the catalogue entry can lift the prohibition of this kind for the category, whatever a
// verwerking restricts it to.
func (cg *CatGrondslag) Lifts(kind Bijzonder, categorie string) bool {
	return slices.Contains(cg.Dekt, string(kind)) && (len(cg.Categorieen) == 0 || slices.Contains(cg.Categorieen, categorie))
}

// Soort returns the kind of basis with the id, or nil.
func (c *Catalogus) Soort(id string) *SoortGrondslag {
	return find(c.Soorten, id, func(s *SoortGrondslag) string { return s.ID })
}

// Categorie returns the data category with the id, or nil.
func (c *Catalogus) Categorie(id string) *CatCategorie {
	return find(c.Categorieen, id, func(x *CatCategorie) string { return x.ID })
}

// Criterium returns the WP248 criterion with the id, or nil.
func (c *Catalogus) Criterium(id string) *CatCriterium {
	return find(c.Criteria, id, func(x *CatCriterium) string { return x.ID })
}

// APCategorie returns the AP-list category with the id, or nil.
func (c *Catalogus) APCategorie(id string) *CatAPCategorie {
	return find(c.APLijst, id, func(x *CatAPCategorie) string { return x.ID })
}

// Bewaartermijn returns the standard retention period with the id, or nil.
func (c *Catalogus) Bewaartermijn(id string) *CatBewaartermijn {
	return find(c.Bewaartermijnen, id, func(x *CatBewaartermijn) string { return x.ID })
}

// Recht returns the right with the id, or nil.
func (c *Catalogus) Recht(id string) *CatRecht {
	return find(c.Rechten, id, func(x *CatRecht) string { return x.ID })
}

// IsToestemming reports whether the catalogue basis with this id is a form of consent.
func (c *Catalogus) IsToestemming(id string) bool {
	g := c.Grondslag(id)
	if g == nil {
		return false
	}
	s := c.Soort(g.Soort)
	return s != nil && s.Toestemming
}

// IsArt6 reports whether the catalogue basis with this id is a basis under AVG art. 6(1).
func (c *Catalogus) IsArt6(id string) bool {
	g := c.Grondslag(id)
	if g == nil {
		return false
	}
	s := c.Soort(g.Soort)
	return s != nil && s.Art6
}

func find[T any](xs []T, id string, key func(*T) string) *T {
	for i := range xs {
		if key(&xs[i]) == id {
			return &xs[i]
		}
	}
	return nil
}

// Merge returns a catalogue holding the entries of c and then of over, entries of over replacing those of c with
// the same id. Neither input is changed.
func (c *Catalogus) Merge(over *Catalogus) *Catalogus {
	if c == nil {
		c = &Catalogus{}
	}
	if over == nil {
		over = &Catalogus{}
	}
	return &Catalogus{
		Soorten:         mergeByID(c.Soorten, over.Soorten, func(x *SoortGrondslag) string { return x.ID }),
		Grondslagen:     mergeByID(c.Grondslagen, over.Grondslagen, func(x *CatGrondslag) string { return x.ID }),
		Categorieen:     mergeByID(c.Categorieen, over.Categorieen, func(x *CatCategorie) string { return x.ID }),
		Criteria:        mergeByID(c.Criteria, over.Criteria, func(x *CatCriterium) string { return x.ID }),
		APLijst:         mergeByID(c.APLijst, over.APLijst, func(x *CatAPCategorie) string { return x.ID }),
		Bewaartermijnen: mergeByID(c.Bewaartermijnen, over.Bewaartermijnen, func(x *CatBewaartermijn) string { return x.ID }),
		Rechten:         mergeByID(c.Rechten, over.Rechten, func(x *CatRecht) string { return x.ID }),
	}
}

// Merge returns the questionnaire of q with over's sections and questions added, over's replacing q's by id.
func (q *Vragenlijst) Merge(over *Vragenlijst) *Vragenlijst {
	if q == nil {
		q = &Vragenlijst{}
	}
	if over == nil {
		over = &Vragenlijst{}
	}
	return &Vragenlijst{
		Secties: mergeByID(q.Secties, over.Secties, func(x *Sectie) string { return x.ID }),
		Vragen:  mergeByID(q.Vragen, over.Vragen, func(x *Vraag) string { return x.ID }),
	}
}

// Vraag returns the question with the id, or nil.
func (q *Vragenlijst) Vraag(id string) *Vraag {
	return find(q.Vragen, id, func(x *Vraag) string { return x.ID })
}

// Sectie returns the section with the id, or nil.
func (q *Vragenlijst) Sectie(id string) *Sectie {
	return find(q.Secties, id, func(x *Sectie) string { return x.ID })
}

func mergeByID[T any](base, over []T, key func(*T) string) []T {
	out := make([]T, 0, len(base)+len(over))
	index := make(map[string]int, len(base)+len(over))
	for _, list := range [][]T{base, over} {
		for i := range list {
			k := key(&list[i])
			if j, ok := index[k]; ok {
				out[j] = list[i]
				continue
			}
			index[k] = len(out)
			out = append(out, list[i])
		}
	}
	return out
}
