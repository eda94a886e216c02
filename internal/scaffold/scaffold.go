// Package scaffold writes new questionnaires: a verwerking file in which every question of the pack stands as a
// comment above the field that answers it, so that a privacy officer can fill it in from top to bottom.
package scaffold

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
)

// field describes one top-level key of a verwerking.
type field struct {
	key  string
	typ  reflect.Type
	kind kind
}

type kind int

const (
	scalar kind = iota
	list        // array of plain values
	table       // [table]
	tables      // [[array of tables]]
)

// fields lists the keys of a verwerking in the order of the model, which is the order of SPEC.
func fields() []field {
	t := reflect.TypeFor[model.Verwerking]()
	var out []field
	for i := range t.NumField() {
		key := t.Field(i).Tag.Get("toml")
		if key == "" || key == "-" || key == "sjabloon" || key == "id" || key == "antwoorden" {
			continue
		}
		out = append(out, field{key: key, typ: t.Field(i).Type, kind: kindOf(t.Field(i).Type)})
	}
	return out
}

func kindOf(t reflect.Type) kind {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeFor[model.Datum]() || t == reflect.TypeFor[model.Termijn]():
		return scalar
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		return tables
	case t.Kind() == reflect.Slice:
		return list
	case t.Kind() == reflect.Struct || t.Kind() == reflect.Map:
		return table
	}
	return scalar
}

// Verwerking returns the questionnaire for a new verwerking id extending the template t.
func Verwerking(id string, t *load.Template, lang i18n.Lang) []byte {
	var b bytes.Buffer
	w := &writer{b: &b, lang: lang, t: t}
	w.header(id)

	byField := map[string][]model.Vraag{}
	var open []model.Vraag
	for _, q := range sortedVragen(t.Vragen) {
		if q.Veld == "" {
			open = append(open, q)
		} else {
			byField[q.Veld] = append(byField[q.Veld], q)
		}
	}
	// TOML wants plain keys before the first [table]; so plain fields first, then tables, each in question order.
	all := fields()
	order := fieldOrder(all, t.Vragen, byField)
	for _, pass := range []func(kind) bool{
		func(k kind) bool { return k == scalar || k == list },
		func(k kind) bool { return k == table || k == tables },
	} {
		for _, f := range order {
			if pass(f.kind) {
				w.field(f, byField[f.key])
			}
		}
	}
	w.antwoorden(open)
	return bytes.TrimRight(b.Bytes(), "\n")
}

// fieldOrder puts fields with questions in the order of their first question, then the rest in model order.
func fieldOrder(all []field, q *model.Vragenlijst, byField map[string][]model.Vraag) []field {
	rank := map[string]int{}
	for i, v := range sortedVragen(q) {
		if _, seen := rank[v.Veld]; v.Veld != "" && !seen {
			rank[v.Veld] = i
		}
	}
	out := append([]field(nil), all...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, oki := rank[out[i].key]
		rj, okj := rank[out[j].key]
		switch {
		case oki && okj:
			return ri < rj
		case oki != okj:
			return oki
		}
		return false
	})
	return out
}

// sortedVragen orders questions by their section (numerically where possible), keeping the pack's order within.
func sortedVragen(q *model.Vragenlijst) []model.Vraag {
	secIdx := map[string]int{}
	for i, s := range q.Secties {
		secIdx[s.ID] = i
	}
	out := append([]model.Vraag(nil), q.Vragen...)
	sort.SliceStable(out, func(i, j int) bool {
		si, oki := secIdx[out[i].Sectie]
		sj, okj := secIdx[out[j].Sectie]
		if !oki {
			si = len(secIdx)
		}
		if !okj {
			sj = len(secIdx)
		}
		return si < sj
	})
	return out
}

type writer struct {
	b       *bytes.Buffer
	lang    i18n.Lang
	t       *load.Template
	section string
}

func (w *writer) line(format string, args ...any) { fmt.Fprintf(w.b, format+"\n", args...) }

func (w *writer) header(id string) {
	p := w.t.Pack
	w.line("# %s", w.lang.T("scaffold.kop", id))
	w.comment(w.lang.T("scaffold.pakket", p.Naam, p.Versie, p.Uitgever), "")
	w.comment(w.lang.T("scaffold.uitleg"), "")
	w.line("")
	w.line("sjabloon = %s", quote(w.t.Ref))
	w.line("id = %s", quote(id))
	w.line("")
}

// comment writes text as wrapped comment lines with the given indent after "# ". Single newlines in the pack's
// text are soft (the text is rewrapped); a blank line starts a new paragraph.
func (w *writer) comment(text, indent string) {
	for i, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			w.line("#")
		}
		for _, l := range wrap(para, 100-len(indent)) {
			w.line("# %s%s", indent, l)
		}
	}
}

// newDefaults are values a new questionnaire starts with: a new document is by definition a first concept.
var newDefaults = map[string]string{"status": `"concept"`, "versie": `"0.1"`}

func (w *writer) sectionFor(q model.Vraag) {
	if q.Sectie == w.section {
		return
	}
	w.section = q.Sectie
	if s := w.t.Vragen.Sectie(q.Sectie); s != nil {
		title := fmt.Sprintf("%s %s", s.ID, s.Titel)
		if s.Deel != "" {
			title += " — " + w.lang.T("scaffold.deel", s.Deel)
		}
		w.line("# ── %s %s", title, strings.Repeat("─", max(3, 96-utf8.RuneCountInString(title))))
		w.line("")
	}
}

func (w *writer) question(q model.Vraag) {
	w.sectionFor(q)
	head := q.ID + " " + strings.TrimSpace(q.Vraag)
	if q.Verplicht {
		head += " " + w.lang.T("scaffold.verplicht")
	}
	w.comment(head, "")
	if q.Toelichting != "" {
		w.comment(q.Toelichting, "    ")
	}
}

func (w *writer) field(f field, qs []model.Vraag) {
	for _, q := range qs {
		w.question(q)
	}
	inherited, has := w.t.Values[f.key]
	switch f.kind {
	case scalar, list:
		if hint := enumHint(f.typ, w.lang); hint != "" {
			w.comment(hint, "")
		}
		switch {
		case has:
			w.line("# %s = %s", f.key, short(inherited))
			w.comment(w.lang.T("scaffold.uit-sjabloon"), "")
		case newDefaults[f.key] != "":
			w.line("%s = %s", f.key, newDefaults[f.key])
		case enumValues(f.typ) != "":
			w.line("# %s = %s", f.key, example(f.typ))
		case isString(f.typ):
			w.line("%s = \"\"", f.key)
		default:
			w.line("# %s = %s", f.key, example(f.typ))
		}
	case table:
		if has {
			w.comment(w.lang.T("scaffold.tabel-uit-sjabloon", f.key), "")
		}
		w.line("# [%s]", f.key)
		m, _ := inherited.(map[string]any)
		w.fields(elem(f.typ), m, false)
	case tables:
		if list, ok := inherited.([]map[string]any); ok && len(list) > 0 {
			ids := make([]string, 0, len(list))
			for _, e := range list {
				if id, ok := e["id"].(string); ok {
					ids = append(ids, id)
				}
			}
			if len(ids) == 0 {
				// A list without ids is replaced whole: its items are written out in full, so that a file that
				// changes one of them can take the others over as they are.
				w.comment(w.lang.N("scaffold.lijst-vervangt", len(list)), "")
				for _, e := range list {
					w.line("# [[%s]]", f.key)
					w.fields(f.typ.Elem(), e, true)
				}
				w.line("")
				return
			}
			w.comment(w.lang.T("scaffold.lijst-uit-sjabloon", len(list), strings.Join(ids, ", ")), "")
		}
		w.line("# [[%s]]", f.key)
		w.fields(f.typ.Elem(), nil, false)
	}
	w.line("")
}

// fields writes the keys of a table type as commented lines, in the type's order: a key item sets with its value
// in full (a table or list in the file replaces the template's whole, so a shortened text would end up in the
// documents), any other key with an example and the values it takes. With onlySet only the keys item sets are
// written: uncommented, they are the template's item as it is.
func (w *writer) fields(t reflect.Type, item map[string]any, onlySet bool) {
	for i := range t.NumField() {
		key := t.Field(i).Tag.Get("toml")
		v, set := item[key]
		if key == "" || key == "-" || onlySet && !set {
			continue
		}
		val := example(t.Field(i).Type)
		if set {
			val = full(v)
		}
		lines := strings.Split(key+" = "+val, "\n")
		if hint := enumValues(t.Field(i).Type); hint != "" && !onlySet {
			lines[len(lines)-1] += "   # " + hint
		}
		for _, l := range lines {
			w.line("# %s", l)
		}
	}
}

// full writes a value as TOML, in full: a text over several lines as a literal multi-line string, whose lines stay
// readable in a comment.
func full(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "\n") && !strings.Contains(x, "'''") && !strings.ContainsFunc(x, func(r rune) bool {
			return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f
		}) {
			return "'''\n" + x + "'''"
		}
		return quote(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = full(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return short(v)
}

func (w *writer) antwoorden(open []model.Vraag) {
	if len(open) == 0 {
		return
	}
	w.line("# ── %s %s", w.lang.T("scaffold.open-vragen"), strings.Repeat("─", 80))
	w.comment(w.lang.T("scaffold.open-uitleg"), "")
	w.line("")
	w.line("[antwoorden]")
	w.section = ""
	for _, q := range open {
		w.question(q)
		w.line("%s = \"\"", quote(q.ID))
		w.line("")
	}
}

func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func isString(t reflect.Type) bool { return elem(t).Kind() == reflect.String }

func enumValues(t reflect.Type) string {
	t = elem(t)
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if e, ok := reflect.Zero(t).Interface().(model.Enum); ok {
		return strings.Join(e.Allowed(), " | ")
	}
	return ""
}

func enumHint(t reflect.Type, lang i18n.Lang) string {
	if v := enumValues(t); v != "" {
		return lang.T("scaffold.keuze", v)
	}
	return ""
}

// example gives a placeholder value of the right TOML type.
func example(t reflect.Type) string {
	t = elem(t)
	switch {
	case t == reflect.TypeFor[model.Datum]():
		return "2026-01-31"
	case t == reflect.TypeFor[model.Termijn]():
		return `"15 jaar"`
	case t == reflect.TypeFor[model.Score]():
		return "2"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "false"
	case reflect.Int, reflect.Int64:
		return "0"
	case reflect.Slice:
		return "[]"
	case reflect.String:
		if e, ok := reflect.Zero(t).Interface().(model.Enum); ok {
			return quote(e.Allowed()[0])
		}
	}
	return `""`
}

// short renders an inherited value as TOML on one line, shortening long texts.
func short(v any) string {
	switch x := v.(type) {
	case string:
		x = strings.Join(strings.Fields(x), " ")
		if utf8.RuneCountInString(x) > 70 {
			x = string([]rune(x)[:69]) + "…"
		}
		return quote(x)
	case bool:
		return fmt.Sprint(x)
	case int64:
		return fmt.Sprint(x)
	case time.Time:
		return x.Format("2006-01-02")
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = short(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return `""`
}

// quote writes a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// wrap breaks text into lines of at most width runes at spaces.
func wrap(text string, width int) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	cur := words[0]
	for _, word := range words[1:] {
		if utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, cur)
			cur = word
			continue
		}
		cur += " " + word
	}
	return append(lines, cur)
}
