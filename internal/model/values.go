package model

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// An Enum is a string type with a closed set of allowed values. The loader rejects other values and lists these.
type Enum interface {
	Allowed() []string
}

// Taal is the language of a pack's texts (pack.toml's taal): the languages pia has or is to have texts in.
type Taal string

// Allowed implements Enum.
func (Taal) Allowed() []string { return []string{"nl", "en"} }

// Deel is the part of the PIA report a section of the questionnaire belongs to (Model DPIA Rijksdienst): A
// description, B lawfulness, C risks, D measures.
type Deel string

// Allowed implements Enum.
func (Deel) Allowed() []string { return []string{"A", "B", "C", "D"} }

// Domein is the policy domain of a verwerking.
type Domein string

// Allowed implements Enum.
func (Domein) Allowed() []string {
	return []string{"wmo", "jeugdwet", "participatiewet", "schuldhulpverlening", "wijkteam", "overig"}
}

// Status is the state of a PIA document.
type Status string

// Status values.
const (
	StatusConcept     Status = "concept"
	StatusDefinitief  Status = "definitief"
	StatusVastgesteld Status = "vastgesteld"
)

// Allowed implements Enum.
func (Status) Allowed() []string { return []string{"concept", "definitief", "vastgesteld"} }

// IsFinal reports whether the document is meant to be final (definitief or vastgesteld).
func (s Status) IsFinal() bool { return s == StatusDefinitief || s == StatusVastgesteld }

// Registreren says what a professional may record of a gegeven.
type Registreren string

// Registreren values.
const (
	RegistreerAltijd          Registreren = "altijd"
	RegistreerBijHulpbehoefte Registreren = "bij-hulpbehoefte"
	RegistreerNooit           Registreren = "nooit"
)

// Allowed implements Enum.
func (Registreren) Allowed() []string { return []string{"altijd", "bij-hulpbehoefte", "nooit"} }

// Rol is the role of a recipient.
type Rol string

// Rol values.
const (
	RolVerwerker                    Rol = "verwerker"
	RolDerde                        Rol = "derde"
	RolGezamenlijkVerantwoordelijke Rol = "gezamenlijk-verantwoordelijke"
)

// Allowed implements Enum.
func (Rol) Allowed() []string { return []string{"verwerker", "derde", "gezamenlijk-verantwoordelijke"} }

// Soort is the kind of a measure.
type Soort string

// Allowed implements Enum.
func (Soort) Allowed() []string { return []string{"technisch", "organisatorisch", "juridisch"} }

// MaatregelStatus is the progress of a measure.
type MaatregelStatus string

// Allowed implements Enum.
func (MaatregelStatus) Allowed() []string { return []string{"gepland", "in-uitvoering", "gereed"} }

// Oordeel is the FG's verdict.
type Oordeel string

// Allowed implements Enum.
func (Oordeel) Allowed() []string {
	return []string{"positief", "positief-met-voorwaarden", "negatief"}
}

// Bijzonder says whether a data category is special (art. 9), criminal (art. 10), the BSN, or ordinary.
type Bijzonder string

// Bijzonder values.
const (
	BijzonderArt9  Bijzonder = "art9"
	BijzonderArt10 Bijzonder = "art10"
	BijzonderBSN   Bijzonder = "bsn"
	BijzonderNone  Bijzonder = "none"
)

// Allowed implements Enum.
func (Bijzonder) Allowed() []string { return []string{"art9", "art10", "bsn", "none"} }

// Score is a position on the 4-point scale for likelihood and impact (1 verwaarloosbaar … 4 maximaal); 0 means
// not scored.
type Score int

// Range gives the allowed values; the loader checks them.
func (Score) Range() (int, int) { return 1, 4 }

// Niveau is a risk level on the 4×4 matrix.
type Niveau string

// Risk levels.
const (
	NiveauGeen   Niveau = ""
	NiveauLaag   Niveau = "laag"
	NiveauMidden Niveau = "midden"
	NiveauHoog   Niveau = "hoog"
)

// Rank orders levels: geen < laag < midden < hoog.
func (n Niveau) Rank() int {
	switch n {
	case NiveauLaag:
		return 1
	case NiveauMidden:
		return 2
	case NiveauHoog:
		return 3
	}
	return 0
}

// RiskLevel maps kans × impact to a level: 1–3 laag, 4–6 midden, 8–16 hoog. Unscored input gives NiveauGeen.
func RiskLevel(kans, impact Score) Niveau {
	if kans < 1 || impact < 1 {
		return NiveauGeen
	}
	switch p := int(kans) * int(impact); {
	case p <= 3:
		return NiveauLaag
	case p <= 6:
		return NiveauMidden
	default:
		return NiveauHoog
	}
}

// Datum is a calendar date without time or zone, as TOML local dates are.
type Datum struct {
	Jaar  int
	Maand time.Month
	Dag   int
}

// DatumOf returns the date part of t.
func DatumOf(t time.Time) Datum { return Datum{t.Year(), t.Month(), t.Day()} }

// IsZero reports whether the date is unset.
func (d Datum) IsZero() bool { return d.Jaar == 0 && d.Maand == 0 && d.Dag == 0 }

// Time returns midnight UTC of the date.
func (d Datum) Time() time.Time { return time.Date(d.Jaar, d.Maand, d.Dag, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is before e.
func (d Datum) Before(e Datum) bool { return d.Time().Before(e.Time()) }

// String gives the ISO form, 2026-11-01, or "" when unset.
func (d Datum) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Jaar, int(d.Maand), d.Dag)
}

var maanden = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
	"oktober", "november", "december"}

// Lang gives the date in Dutch words: 1 november 2026.
func (d Datum) Lang() string {
	if d.IsZero() || d.Maand < 1 || d.Maand > 12 {
		return d.String()
	}
	return fmt.Sprintf("%d %s %d", d.Dag, maanden[d.Maand-1], d.Jaar)
}

// Eenheid is the unit of a retention period.
type Eenheid string

// Units of a retention period.
const (
	Dagen   Eenheid = "dagen"
	Weken   Eenheid = "weken"
	Maanden Eenheid = "maanden"
	Jaren   Eenheid = "jaar"
)

// Termijn is a retention period such as "15 jaar".
type Termijn struct {
	Aantal  int
	Eenheid Eenheid
}

var eenheden = map[string]Eenheid{
	"dag": Dagen, "dagen": Dagen, "week": Weken, "weken": Weken, "maand": Maanden, "maanden": Maanden,
	"jaar": Jaren, "jaren": Jaren,
}

// TermijnFout says what is wrong with a written retention period. The loader turns it into the user's language;
// the model holds no text that users read.
type TermijnFout int

// What can be wrong with a written retention period.
const (
	TermijnVorm      TermijnFout = iota + 1 // not "<number> <unit>"
	TermijnTeGroot                          // a number too large to count with
	TermijnGeenGetal                        // the number is not a whole number of zero or more
	TermijnEenheid                          // the unit is not known
)

// TermijnError reports a retention period that cannot be read.
type TermijnError struct {
	Tekst   string // the text as written
	Fout    TermijnFout
	Eenheid string // the unit as written, for TermijnEenheid
}

// Error gives a short description for logs; users see the loader's message for Fout.
func (e *TermijnError) Error() string {
	reason := [...]string{TermijnVorm: "not of the form <number> <unit>", TermijnTeGroot: "number too large",
		TermijnGeenGetal: "no whole number", TermijnEenheid: "unknown unit " + strconv.Quote(e.Eenheid)}
	r := "invalid"
	if int(e.Fout) < len(reason) && reason[e.Fout] != "" {
		r = reason[e.Fout]
	}
	return "retention period " + strconv.Quote(e.Tekst) + ": " + r
}

// ParseTermijn reads "<n> dagen|weken|maanden|jaar" (singular forms too). Its error is a *TermijnError.
func ParseTermijn(s string) (Termijn, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return Termijn{}, &TermijnError{Tekst: s, Fout: TermijnVorm}
	}
	n, err := strconv.Atoi(f[0])
	if errors.Is(err, strconv.ErrRange) && !strings.HasPrefix(f[0], "-") || n > math.MaxInt/12 {
		// Too large to count with, also in months (exact): no retention period is meant.
		return Termijn{}, &TermijnError{Tekst: s, Fout: TermijnTeGroot}
	}
	if err != nil || n < 0 {
		return Termijn{}, &TermijnError{Tekst: s, Fout: TermijnGeenGetal}
	}
	u, ok := eenheden[strings.ToLower(f[1])]
	if !ok {
		return Termijn{}, &TermijnError{Tekst: s, Fout: TermijnEenheid, Eenheid: f[1]}
	}
	return Termijn{Aantal: n, Eenheid: u}, nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Termijn) UnmarshalText(b []byte) error {
	v, err := ParseTermijn(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// IsZero reports whether no period is set.
func (t Termijn) IsZero() bool { return t.Eenheid == "" }

// exact gives the period in the unit it converts to exactly: weeks to days (1 week = 7 dagen), years to months
// (1 jaar = 12 maanden). calendar reports which of the two families the period belongs to.
func (t Termijn) exact() (n int, calendar bool) {
	switch t.Eenheid {
	case Weken:
		return 7 * t.Aantal, false
	case Maanden:
		return t.Aantal, true
	case Jaren:
		return 12 * t.Aantal, true
	}
	return t.Aantal, false
}

// SamePeriod reports whether t and u are the same length of time, and whether pia can know that exactly. Within a
// family the conversion is exact, so "180 maanden" is "15 jaar" and "2 weken" is "14 dagen". Between days or weeks
// and months or years there is no exact conversion: a month has 28 to 31 days and a year 365 or 366, so pia does not
// count "30 dagen" as "1 maand", nor "5475 dagen" as "15 jaar" (fifteen years hold three or four leap days). Such a
// pair is not known to be the same: same and exact are both false, so a caller can say that the units differ
// rather than claim a difference it cannot prove. Zero is zero in any unit.
func (t Termijn) SamePeriod(u Termijn) (same, exact bool) {
	n, cal := t.exact()
	m, ucal := u.exact()
	if cal == ucal || n == 0 || m == 0 {
		return n == m, true
	}
	return false, false
}

// String gives the period in Dutch with the right number: "1 dag", "15 jaar".
func (t Termijn) String() string {
	if t.IsZero() {
		return ""
	}
	unit := string(t.Eenheid)
	if t.Aantal == 1 {
		switch t.Eenheid {
		case Dagen:
			unit = "dag"
		case Weken:
			unit = "week"
		case Maanden:
			unit = "maand"
		}
	}
	return fmt.Sprintf("%d %s", t.Aantal, unit)
}

// EmbeddedPrefix starts the display path of a file shipped inside pia itself, such as a built-in template pack:
// "(ingebouwd)/pia-templates/vng-sociaal-domein/verwerkingen/wmo-maatwerkvoorziening.toml".
const EmbeddedPrefix = "(ingebouwd)/"

// Pos is a position in a source file. Line and Col count from 1; zero means unknown.
type Pos struct {
	File string
	Line int
	Col  int
}

// String gives file:line:col, leaving out what is unknown.
func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	return s
}

// Positions tells where field paths ("gegevens[2].registreren", "informeren", "gegevens[2]") are defined. The zero
// value knows no positions.
type Positions struct {
	table PosTable
}

// PosTable is what Positions looks paths up in. A questionnaire merged onto a template answers from the two files'
// own tables instead of a copy of them: a template's positions are shared by every verwerking that uses it.
type PosTable interface {
	Lookup(path string) (Pos, bool)
}

// PosMap is a PosTable of one file.
type PosMap map[string]Pos

// Lookup returns the position recorded for path.
func (m PosMap) Lookup(path string) (Pos, bool) {
	p, ok := m[path]
	return p, ok
}

// NewPositions returns Positions that look paths up in t.
func NewPositions(t PosTable) Positions { return Positions{table: t} }

// Exact returns the position of path itself, without falling back to a parent; ok is false when the path has none
// (the field is not written in any file).
func (p Positions) Exact(path string) (Pos, bool) {
	if p.table == nil {
		return Pos{}, false
	}
	return p.table.Lookup(path)
}

// Of returns the position of path, falling back to its nearest parent that has one (a missing field points at the
// table or entry it should be in), and finally to the position under "" (the file).
func (p Positions) Of(path string) Pos {
	if p.table == nil {
		return Pos{}
	}
	for {
		if pos, ok := p.table.Lookup(path); ok {
			return pos
		}
		if path == "" {
			return Pos{}
		}
		path = parentPath(path)
	}
}

// parentPath strips the last element of a field path: "a[1].b" → "a[1]" → "a" → "".
func parentPath(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}
