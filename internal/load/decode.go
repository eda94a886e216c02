package load

import (
	"bytes"
	"encoding"
	"errors"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/markdown"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/suggest"
)

// A doc is one parsed TOML file, or files merged: its generic tree and the positions of its keys (a
// model.PosMap for a file, a mergedPos for a merge).
type doc struct {
	file string // display path
	src  []byte
	m    map[string]any
	pos  model.PosTable
}

// posOf returns the position of path in the doc, or of its nearest parent, or the file.
func (d *doc) posOf(path string) model.Pos {
	return model.NewPositions(d.pos).Of(path)
}

var (
	// strictID is the form of ids that become file and folder names: verwerkingen, packs and pages.
	strictID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	// entryID is the form of ids inside a verwerking; SPEC's own examples use R1 and M1.
	entryID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
)

var (
	timeType   = reflect.TypeFor[time.Time]()
	datumType  = reflect.TypeFor[model.Datum]()
	enumType   = reflect.TypeFor[model.Enum]()
	textType   = reflect.TypeFor[encoding.TextUnmarshaler]()
	rangerType = reflect.TypeFor[interface{ Range() (int, int) }]()
)

// decoder converts a generic TOML tree into a typed value, reporting every problem with its position.
type decoder struct {
	d    *doc
	errs *collector
	// allowVerwijder accepts `verwijder` in entries of id arrays (only in files that extend a template).
	allowVerwijder bool
	// escapes is set when the source may hold escapes (\u001b, \b, …): the only way a control character gets
	// into a TOML string. Without a backslash in the file, strings are not searched for them.
	escapes bool
	// root is the type the whole file is decoded into: its keys are what a key written below a table header may
	// have been meant as (see topHint).
	root reflect.Type
	// entry is the key of the entry of a table of texts ([antwoorden]) being decoded, for messages: its path
	// cannot say where a key with dots ("B.12.2") begins.
	entry string
	// vragen are the questions of the site's packs, whose ids are the keys of [antwoorden]; nil when not known.
	vragen *model.Vragenlijst
}

// controlChar returns the first control character in s other than a tab or line end. It would be invisible or
// garbled in a page and a PDF.
func controlChar(s string) (rune, bool) {
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (r >= 0x7f && r < 0xa0) {
			return r, true
		}
	}
	return 0, false
}

// keyName names the key of the value at path in a message: the whole key of an entry of a table of texts, whose
// dots are its own ("B.12.2"), or the last key of the path.
func (dc *decoder) keyName(path string) string {
	if dc.entry != "" && strings.HasSuffix(path, "."+dc.entry) {
		return dc.entry
	}
	return lastKey(path)
}

// limitOf returns the limit of a kind of markdown.Excess.
func limitOf(kind string) int {
	switch kind {
	case markdown.KindColumns:
		return markdown.MaxColumns
	case markdown.KindLinks:
		return markdown.MaxLinks
	case markdown.KindCells:
		return markdown.MaxCells
	}
	return markdown.MaxNesting
}

// decode fills the struct pointed to by out from the tree m at path.
func (dc *decoder) decode(m map[string]any, out any) {
	dc.escapes = dc.d.src == nil || bytes.IndexByte(dc.d.src, '\\') >= 0
	dc.root = reflect.TypeOf(out).Elem()
	dc.value("", m, reflect.ValueOf(out).Elem())
}

// topHint returns the sentence that tells to move a key up, or "": for the key k that does not fit in the table
// at path, when that table was opened by a header ([informeren], [[maatregelen]]) and k is a key of the file's top
// level whose field fits says would take it. In TOML every key after a header belongs to that table, so a key
// added at the end of a file lands in its last table.
func (dc *decoder) topHint(path, k string, fits func(reflect.Type) bool) string {
	if path == "" || dc.root == nil || dc.root.Kind() != reflect.Struct {
		return ""
	}
	i, ok := fieldsOf(dc.root).index[k]
	if !ok || fits != nil && !fits(dc.root.Field(i).Type) {
		return ""
	}
	header := dc.d.headerOf(path)
	if header == "" {
		return ""
	}
	return dc.errs.lang.T("load.bovenaan", k, header)
}

// isVraag reports whether id is the id of a question of the site's packs.
func (dc *decoder) isVraag(id string) bool {
	return dc.vragen != nil && dc.vragen.Vraag(id) != nil
}

// addHinted records the message key with its arguments at pos, followed by hint when there is one.
func (dc *decoder) addHinted(pos model.Pos, hint, key string, args ...any) {
	msg := dc.errs.lang.T(key, args...)
	if hint != "" {
		if !strings.HasSuffix(msg, "?") {
			msg += "."
		}
		msg += " " + hint
	}
	dc.errs.errs = append(dc.errs.errs, &Error{Pos: pos, Msg: msg})
}

// headerOf returns the header that opened the table at path, as written in the doc's file ("[informeren]",
// "[[maatregelen]]"), or "" when the table was not opened by a header of its own: an inline table, a table made by
// a dotted key, or a doc merged from several files.
func (d *doc) headerOf(path string) string {
	p, ok := d.pos.Lookup(path)
	if !ok || p.File != d.file || d.src == nil {
		return ""
	}
	line := lineFrom(d.src, p.Line, p.Col)
	if len(line) == 0 || line[0] != '[' {
		return ""
	}
	end := bytes.IndexByte(line, ']')
	if end < 0 {
		return ""
	}
	if bytes.HasPrefix(line, []byte("[[")) && bytes.HasPrefix(line[end:], []byte("]]")) {
		end++
	}
	return string(line[:end+1])
}

// lineFrom returns the rest of line n of src from column col (in characters), without its line end; nil when src
// has no such place.
func lineFrom(src []byte, n, col int) []byte {
	for ; n > 1; n-- {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return nil
		}
		src = src[i+1:]
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	for ; col > 1 && len(src) > 0; col-- {
		_, size := utf8.DecodeRune(src)
		src = src[size:]
	}
	return src
}

// minYear and maxYear bound the year of a date in a questionnaire or pia.toml.
const minYear, maxYear = 1990, 2200

func (dc *decoder) value(path string, in any, out reflect.Value) {
	t := out.Type()
	switch {
	case t == datumType:
		tm, ok := in.(time.Time)
		if !ok {
			dc.typeErr(path, in, "load.type.datum")
			return
		}
		if tm.Hour() != 0 || tm.Minute() != 0 || tm.Second() != 0 || tm.Nanosecond() != 0 {
			dc.errs.add(dc.d.posOf(path), "load.datum.tijd", path)
			return
		}
		// A date of a processing activity under the AVG lies after it came (2018) and not centuries ahead; a year
		// outside is a typing error, 0026 for 2026, that the documents would print as it is.
		if y := tm.Year(); y < minYear || y > maxYear {
			dc.errs.add(dc.d.posOf(path), "load.datum.jaar", lastKey(path), y, minYear, maxYear)
			return
		}
		out.Set(reflect.ValueOf(model.DatumOf(tm)))
		return
	case reflect.PointerTo(t).Implements(textType) && t.Kind() == reflect.Struct:
		s, ok := in.(string)
		if !ok {
			dc.typeErr(path, in, "load.type.tekst")
			return
		}
		if err := out.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			dc.errs.add(dc.d.posOf(path), "load.waarde", lastKey(path), valueProblem(dc.errs.lang, err))
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		v := reflect.New(t.Elem())
		dc.value(path, in, v.Elem())
		out.Set(v)
	case reflect.String:
		s, ok := in.(string)
		if !ok {
			dc.typeErr(path, in, "load.type.tekst")
			return
		}
		if t.Implements(enumType) {
			allowed := enumValues(t)
			if !slices.Contains(allowed, s) {
				msg := "load.enum"
				args := []any{s, lastKey(path), strings.Join(allowed, ", ")}
				if sug := suggest.Closest(s, allowed); sug != "" {
					msg = "load.enum.suggestie"
					args = append(args, sug)
				}
				// status = "definitief" below [[maatregelen]] is the file's status, written after a table.
				hint := dc.topHint(parentPath(path), lastKey(path), func(top reflect.Type) bool {
					return top.Implements(enumType) && slices.Contains(enumValues(top), s)
				})
				dc.addHinted(dc.d.posOf(path), hint, msg, args...)
				return
			}
		}
		if dc.escapes {
			if r, ok := controlChar(s); ok {
				dc.errs.add(dc.d.posOf(path), "load.stuurteken", dc.keyName(path), r)
				return
			}
		}
		if e, ok := markdown.Excessive(s); ok {
			dc.errs.add(dc.d.posOf(path), "load.markdown."+e.Kind, dc.keyName(path), e.Line, e.N, limitOf(e.Kind))
			return
		}
		out.SetString(s)
	case reflect.Bool:
		b, ok := in.(bool)
		if !ok {
			dc.typeErr(path, in, "load.type.bool")
			return
		}
		out.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, ok := in.(int64)
		if !ok {
			dc.typeErr(path, in, "load.type.getal")
			return
		}
		if t.Implements(rangerType) {
			lo, hi := reflect.Zero(t).Interface().(interface{ Range() (int, int) }).Range()
			if n < int64(lo) || n > int64(hi) {
				dc.errs.add(dc.d.posOf(path), "load.bereik", lastKey(path), n, lo, hi)
				return
			}
		} else if n < 0 {
			dc.errs.add(dc.d.posOf(path), "load.negatief", lastKey(path), n)
			return
		}
		out.SetInt(n)
	case reflect.Slice:
		list, ok := in.([]any)
		if !ok {
			if tables, isTables := in.([]map[string]any); isTables {
				list = make([]any, len(tables))
				for i := range tables {
					list[i] = tables[i]
				}
			} else {
				key := "load.type.lijst"
				if t.Elem().Kind() == reflect.Struct {
					key = "load.type.tabellen"
				}
				dc.typeErr(path, in, key)
				return
			}
		}
		s := reflect.MakeSlice(t, len(list), len(list))
		for i, item := range list {
			dc.value(path+"["+strconv.Itoa(i)+"]", item, s.Index(i))
		}
		if t.Elem().Kind() == reflect.Struct {
			dc.checkIDs(path, list, mergedByID[t.Elem()])
		}
		out.Set(s)
	case reflect.Map:
		m, ok := in.(map[string]any)
		if !ok {
			dc.typeErr(path, in, "load.type.tabel")
			return
		}
		mv := reflect.MakeMapWithSize(t, len(m))
		for _, k := range sortedKeys(m) {
			if t.Elem().Kind() == reflect.String {
				// naam = "…" below [antwoorden] is the file's naam, written after the table, not an answer. Only said
				// when the questions are known: a decoder without them (a template decoded again after its check)
				// keeps every answer.
				if hint := dc.topHint(path, k, nil); hint != "" && dc.vragen != nil && !dc.isVraag(k) {
					dc.addHinted(dc.d.posOf(join(path, k)), hint, "load.antwoord.geen-vraag", k, dc.d.headerOf(path))
					continue
				}
				if !dc.textEntry(join(path, k), k, m[k]) {
					continue
				}
			}
			ev := reflect.New(t.Elem()).Elem()
			dc.entry = k
			dc.value(join(path, k), m[k], ev)
			dc.entry = ""
			mv.SetMapIndex(reflect.ValueOf(ownKey(k)), ev)
		}
		out.Set(mv)
	case reflect.Struct:
		m, ok := in.(map[string]any)
		if !ok {
			dc.typeErr(path, in, "load.type.tabel")
			return
		}
		dc.fields(path, m, out)
	default:
		dc.typeErr(path, in, "load.type.onbekend")
	}
}

// fields fills a struct from a table and reports keys the struct does not have.
func (dc *decoder) fields(path string, m map[string]any, out reflect.Value) {
	names := fieldsOf(out.Type())
	known := 0
	for k := range m {
		if _, ok := names.index[k]; ok {
			known++
		}
	}
	if known == len(m) {
		// The usual case: every key is a field. The struct's keys are sorted, so this is the order below too.
		for _, k := range names.keys {
			if v, ok := m[k]; ok {
				dc.value(join(path, k), v, out.Field(names.index[k]))
			}
		}
		return
	}
	for _, k := range sortedKeys(m) {
		fp := join(path, k)
		idx, ok := names.index[k]
		if !ok {
			if k == "verwijder" && dc.allowVerwijder && model.MergesByID(arrayName(path)) {
				if _, isBool := m[k].(bool); !isBool {
					dc.typeErr(fp, m[k], "load.type.bool")
				}
				continue
			}
			hint := dc.topHint(path, k, nil)
			sug := suggest.Closest(k, names.keys)
			switch table := tableName(path); {
			case table == "" && sug != "":
				dc.addHinted(dc.d.posOf(fp), hint, "load.onbekend.suggestie", k, sug)
			case table == "":
				dc.addHinted(dc.d.posOf(fp), hint, "load.onbekend", k, strings.Join(names.keys, ", "))
			case sug != "":
				dc.addHinted(dc.d.posOf(fp), hint, "load.onbekend.in.suggestie", k, table, sug)
			default:
				dc.addHinted(dc.d.posOf(fp), hint, "load.onbekend.in", k, table, strings.Join(names.keys, ", "))
			}
			continue
		}
		dc.value(fp, m[k], out.Field(idx))
	}
}

// indexPart matches the index of an array entry in a path: gegevens[2].
var indexPart = regexp.MustCompile(`\[[0-9]+\]`)

// tableName is how the file writes the table at path, for messages: [organisatie.fg], or [[gegevens]] for an entry
// of an array of tables; "" at the top of the file.
func tableName(path string) string {
	if path == "" {
		return ""
	}
	if strings.HasSuffix(path, "]") {
		return "[[" + indexPart.ReplaceAllString(path, "") + "]]"
	}
	return "[" + indexPart.ReplaceAllString(path, "") + "]"
}

// mergedByID are the entries of a verwerking's lists that are merged with the template's and referred to by id;
// each needs an id. (Questions and catalogue entries have checks of their own.)
var mergedByID = map[reflect.Type]bool{
	reflect.TypeFor[model.Doel]():       true,
	reflect.TypeFor[model.Betrokkene](): true,
	reflect.TypeFor[model.Gegeven]():    true,
	reflect.TypeFor[model.Ontvanger]():  true,
	reflect.TypeFor[model.Risico]():     true,
	reflect.TypeFor[model.Maatregel]():  true,
}

// checkIDs validates the ids of the entries of an array of tables and reports duplicates. With needID (the lists in
// mergedByID) every entry needs one: an entry without one could be neither merged nor referred to.
func (dc *decoder) checkIDs(path string, list []any, needID bool) {
	seen := map[string]string{}
	for i, item := range list {
		m, ok := item.(map[string]any)
		if !ok {
			continue
		}
		raw, present := m["id"]
		id, ok := raw.(string)
		if needID && (!present || ok && id == "") {
			at := path + "[" + strconv.Itoa(i) + "]"
			if present {
				at += ".id"
			}
			dc.errs.add(dc.d.posOf(at), "load.id.ontbreekt", i+1, lastKey(path))
			continue
		}
		if !ok {
			continue
		}
		ip := path + "[" + strconv.Itoa(i) + "].id"
		if !entryID.MatchString(id) {
			dc.errs.add(dc.d.posOf(ip), "load.id.tekens", id)
			continue
		}
		if first, dup := seen[id]; dup {
			dc.errs.add(dc.d.posOf(ip), "load.id.dubbel", id, lastKey(path), dc.d.posOf(first).Line)
			continue
		}
		seen[id] = ip
	}
}

func (dc *decoder) typeErr(path string, in any, want string) {
	dc.typeErrAs(path, lastKey(path), in, want)
}

// typeErrAs reports that the value in at path, whose key the message calls name, is not of the type want.
func (dc *decoder) typeErrAs(path, name string, in any, want string) {
	lang := dc.errs.lang
	pos := dc.d.posOf(path)
	raw := dc.d.rawValue(pos, name)
	is := describe(in, dc.errs)
	if _, ok := in.(float64); ok && raw != "" {
		is = lang.T("load.is.kommagetal-zo", raw) // as written: TOML reads 1.0 as 1 and 4.000 as 4
	}
	msg := lang.T("load.type", name, lang.T(want), is)
	switch _, isFloat := in.(float64); {
	case isFloat && want == "load.type.getal" && thousands.MatchString(raw):
		// "10.000" is ten in TOML: the Dutch thousands separator makes a decimal number.
		msg += ". " + lang.T("load.type.getal-punt", name+" = "+strings.ReplaceAll(raw, ".", ""))
	case want == "load.type.tekst" && raw != "" && !strings.ContainsAny(raw, `"'[{`):
		// A version, a number or a word that TOML took for a number, a date or true: it needs quotes. The key as
		// the line has it: a dotted key (informeren.wanneer = 5) stays dotted.
		msg += ". " + lang.T("load.type.tekst-zo", dc.d.keyAsWritten(pos, name)+` = "`+raw+`"`)
	case want == "load.type.tabel" && isTables(in):
		// [[organisatie]] where [organisatie] is meant.
		msg += ". " + lang.T("load.type.tabel-zo", name)
	}
	dc.errs.errs = append(dc.errs.errs, &Error{Pos: pos, Msg: msg})
}

// isTables reports whether in is a list of tables, as [[name]] blocks make it.
func isTables(in any) bool {
	_, ok := in.([]map[string]any)
	return ok
}

// keyAsWritten returns the key on the line at pos (key = value) as written there, or name when the line does not
// have that form or another key.
func (d *doc) keyAsWritten(pos model.Pos, name string) string {
	if pos.Line < 1 {
		return name
	}
	k, _, ok := strings.Cut(string(lineFrom(withoutBOM(d.src), pos.Line, 1)), "=")
	k = strings.TrimSpace(k)
	if !ok || !strings.HasSuffix(strings.Trim(k, `"'`), strings.Trim(name, `"`)) {
		return name
	}
	return k
}

// thousands matches a whole number written with points between groups of three digits, as in Dutch: 10.000.
var thousands = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})+$`)

// rawValue returns the value of key as written on its line at pos (key = value), without a comment after it, or ""
// when the line does not have that form (a value in a list or an inline table).
func (d *doc) rawValue(pos model.Pos, key string) string {
	if pos.Line < 1 {
		return ""
	}
	k, v, ok := strings.Cut(string(lineFrom(withoutBOM(d.src), pos.Line, 1)), "=")
	k = strings.TrimSpace(k)
	last := k
	if i := strings.LastIndexByte(k, '.'); i >= 0 {
		last = strings.TrimSpace(k[i+1:]) // a dotted key: besluit.datum
	}
	key = strings.Trim(key, `"`)
	if !ok || strings.Trim(k, `"'`) != key && strings.Trim(last, `"'`) != key {
		return ""
	}
	v, _, _ = strings.Cut(v, "#")
	return strings.TrimSpace(v)
}

// textEntry checks an entry of a table of texts, such as [antwoorden], whose keys are ids like A.3.2. Written
// without quotes such a key is a table in a table in TOML, and the message says to quote it; an entry written as a
// table ([antwoorden."A.3.2"], or "A.3.2" = { … }) is told to be a text. It reports whether the entry is a text.
func (dc *decoder) textEntry(path, key string, in any) bool {
	switch x := in.(type) {
	case string:
		return true
	case map[string]any:
		// dotted is every key down to the first value that is not a table, id the keys of the tables above it.
		dotted, id := key, key
		for len(x) == 1 {
			k := sortedKeys(x)[0]
			dotted += "." + k
			next, ok := x[k].(map[string]any)
			if !ok {
				break
			}
			id, x = dotted, next
		}
		if dc.d.bareDottedKey(path) {
			dc.errs.add(dc.d.posOf(path), "load.sleutel-met-punten", dotted, dotted)
		} else {
			dc.errs.add(dc.d.posOf(path), "load.antwoord.tabel", id, "["+strings.TrimSuffix(path, "."+key)+"]", id)
		}
	default:
		dc.typeErrAs(path, strconv.Quote(key), in, "load.type.tekst")
	}
	return false
}

// bareDottedKey reports whether the key at path is written in the doc's file as a dotted key of bare words, like
// A.3.2 = "…", rather than as a header or with quotes; true when the file is not known.
func (d *doc) bareDottedKey(path string) bool {
	p, ok := d.pos.Lookup(path)
	if !ok || p.File != d.file || d.src == nil {
		return true
	}
	key, _, ok := bytes.Cut(lineFrom(d.src, p.Line, p.Col), []byte("="))
	if !ok || bytes.IndexByte(key, '.') < 0 {
		return false
	}
	for _, c := range key {
		if !isBare(c) && c != '.' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// describe names the TOML type of a value for messages.
func describe(v any, c *collector) string {
	switch x := v.(type) {
	case string:
		if len(x) > 40 {
			x = x[:37] + "…"
		}
		return c.lang.T("load.is.tekst", x)
	case int64:
		return c.lang.T("load.is.getal", x)
	case float64:
		return c.lang.T("load.is.kommagetal", x)
	case bool:
		return c.lang.T("load.is.bool", x)
	case time.Time:
		return c.lang.T("load.is.datum")
	case []any:
		return c.lang.T("load.is.lijst")
	case []map[string]any:
		return c.lang.T("load.is.tabellen")
	case map[string]any:
		return c.lang.T("load.is.tabel")
	}
	return "?"
}

type fieldNames struct {
	index map[string]int
	keys  []string
}

var fieldCache = map[reflect.Type]fieldNames{}

// fieldsOf lists the TOML keys of a struct type. The model's types are few and fixed, so the cache is filled at
// init (see init below) and read without locking afterwards.
func fieldsOf(t reflect.Type) fieldNames {
	if f, ok := fieldCache[t]; ok {
		return f
	}
	return computeFields(t)
}

func computeFields(t reflect.Type) fieldNames {
	f := fieldNames{index: map[string]int{}}
	for i := range t.NumField() {
		tag := t.Field(i).Tag.Get("toml")
		if tag == "" || tag == "-" {
			continue
		}
		f.index[tag] = i
		f.keys = append(f.keys, tag)
	}
	sort.Strings(f.keys)
	return f
}

func init() {
	for _, v := range []any{model.Config{}, model.Verwerking{}, model.Pack{}, model.Vragenlijst{}, model.Catalogus{},
		model.Page{}} {
		cacheType(reflect.TypeOf(v))
	}
}

// knownKeys holds the keys of the model's tables, filled at init with fieldCache.
var knownKeys = map[string]string{}

// ownKey returns a key of a parsed file that is kept after the file: a model key as the model's own string, any
// other as a copy, so that it does not hold the file's text in memory (see ownStrings).
func ownKey(k string) string {
	if s, ok := knownKeys[k]; ok {
		return s
	}
	return strings.Clone(k)
}

func cacheType(t reflect.Type) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == datumType || t == timeType {
		return
	}
	if _, done := fieldCache[t]; done {
		return
	}
	fieldCache[t] = computeFields(t)
	for _, k := range fieldCache[t].keys {
		knownKeys[k] = k
	}
	for i := range t.NumField() {
		cacheType(t.Field(i).Type)
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// lastKey gives the last key of a path, without an index: "gegevens[2].registreren" → "registreren".
func lastKey(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return path
}

// enumValues lists the values an enum type allows.
func enumValues(t reflect.Type) []string {
	return reflect.Zero(t).Interface().(model.Enum).Allowed()
}

// parentPath gives the table a path is in: "maatregelen[0].status" → "maatregelen[0]", "naam" → "".
func parentPath(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// arrayName gives the array an entry path belongs to: "gegevens[2]" → "gegevens".
func arrayName(path string) string {
	if i := strings.LastIndexByte(path, '['); i >= 0 {
		return path[:i]
	}
	return ""
}

// valueProblem says in the user's language what is wrong with a value that a model type could not read.
func valueProblem(lang i18n.Lang, err error) string {
	var te *model.TermijnError
	if !errors.As(err, &te) {
		return err.Error()
	}
	switch te.Fout {
	case model.TermijnTeGroot:
		return lang.T("load.termijn.te-groot", te.Tekst)
	case model.TermijnGeenGetal:
		return lang.T("load.termijn.geen-getal", te.Tekst)
	case model.TermijnEenheid:
		return lang.T("load.termijn.eenheid", te.Tekst, te.Eenheid)
	}
	return lang.T("load.termijn.vorm", te.Tekst)
}
