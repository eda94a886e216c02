// Package model holds the typed description of a pia site after loading and merging: the site configuration, the
// verwerkingen (processing activities), the template packs and their legal catalogue, and Markdown pages.
//
// The Dutch nouns are the domain's own words (Verwerking, Gegeven, Grondslag, Risico …); the TOML keys they are
// read from are part of the product contract in SPEC.md. The model is plain data: loading fills it, the rules and
// renderers only read it.
package model

// Site is everything a build or a check works on.
type Site struct {
	Dir          string // the site directory as given by the user
	Config       Config
	Verwerkingen []*Verwerking // sorted by id
	Pages        []*Page       // Markdown pages under content/, sorted by path
	Packs        []*Pack       // the packs the site selected, in pia.toml order (bases are reachable through Basis)
	Catalogus    *Catalogus    // the merged catalogue of all selected packs
	Vragen       *Vragenlijst  // the merged questionnaire of all selected packs
	Teksten      map[string]string
}

// Verwerking returns the verwerking with the given id, or nil.
func (s *Site) Verwerking(id string) *Verwerking {
	for _, v := range s.Verwerkingen {
		if v.ID == id {
			return v
		}
	}
	return nil
}

// Config is pia.toml.
type Config struct {
	Titel       string      `toml:"titel"`
	Taal        string      `toml:"taal"`
	Thema       string      `toml:"thema"`
	BasisURL    string      `toml:"basis_url"`
	Sjablonen   []string    `toml:"sjablonen"`
	Uitvoer     string      `toml:"uitvoer"`
	Organisatie Organisatie `toml:"organisatie"`
	// Geverifieerd lists catalogue entries marked unverified (onzeker) that the organisation's jurist has checked:
	// pia check no longer asks to check them.
	Geverifieerd []string `toml:"geverifieerd"`

	File string    `toml:"-"` // path of pia.toml relative to the site
	Pos  Positions `toml:"-"`
	// TaalGevraagd is the taal of pia.toml when pia has no texts in it; Taal is then the language the documents
	// are written in, so that pages do not claim a language they are not in.
	TaalGevraagd string `toml:"-"`
}

// Organisatie is the controller (verwerkingsverantwoordelijke).
type Organisatie struct {
	Naam string `toml:"naam"`
	// Verantwoordelijke is the body that is the controller in law when it is not the organisation as such: for a
	// municipality's tasks in the social domain mostly the college van burgemeester en wethouders.
	Verantwoordelijke string  `toml:"verantwoordelijke"`
	Adres             string  `toml:"adres"`
	Website           string  `toml:"website"`
	Telefoon          string  `toml:"telefoon"`
	Email             string  `toml:"email"`
	Logo              string  `toml:"logo"`
	FG                Contact `toml:"fg"`
}

// Contact is a person or desk that can be reached.
type Contact struct {
	Naam     string `toml:"naam"`
	Email    string `toml:"email"`
	Telefoon string `toml:"telefoon"`
}

// Page is a Markdown page under content/ with TOML front matter.
type Page struct {
	Path         string // slash path under content/ without .md, e.g. "privacybeleid" or "over/contact"
	File         string // path relative to the site
	Titel        string `toml:"titel"`
	Beschrijving string `toml:"beschrijving"`
	Gewicht      int    `toml:"gewicht"`
	Body         string // Markdown after the front matter
	BodyLine     int    // line of the first body line in File, for positions in Markdown errors
}
