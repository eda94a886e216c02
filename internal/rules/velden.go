package rules

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pia-nl/pia/internal/model"
)

// Field questions name a field of a verwerking by its TOML path ("samenvatting", "rechten.procedure",
// "gegevens[0].noodzaak"). These helpers resolve such a path by the struct tags of model.Verwerking, so a pack can
// ask about any field without a code change.

var verwerkingType = reflect.TypeFor[model.Verwerking]()

type pathStep struct {
	name  string
	index int // -1 when the step has no [n]
}

func parseFieldPath(path string) ([]pathStep, bool) {
	if path == "" {
		return nil, false
	}
	var steps []pathStep
	for _, part := range strings.Split(path, ".") {
		step := pathStep{name: part, index: -1}
		if i := strings.IndexByte(part, '['); i >= 0 {
			if !strings.HasSuffix(part, "]") {
				return nil, false
			}
			n, err := strconv.Atoi(part[i+1 : len(part)-1])
			if err != nil || n < 0 {
				return nil, false
			}
			step = pathStep{name: part[:i], index: n}
		}
		if step.name == "" {
			return nil, false
		}
		steps = append(steps, step)
	}
	return steps, true
}

// fieldByTag finds the struct field with the TOML key name.
func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if tag == name && tag != "-" {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// validFieldPath reports whether path names a field of a verwerking.
func validFieldPath(path string) bool {
	steps, ok := parseFieldPath(path)
	if !ok {
		return false
	}
	t := verwerkingType
	for _, s := range steps {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() == reflect.Map {
			return true // the rest of the path is a key of a map such as antwoorden
		}
		if t.Kind() != reflect.Struct {
			return false
		}
		f, ok := fieldByTag(t, s.name)
		if !ok {
			return false
		}
		t = f.Type
		if s.index >= 0 {
			if t.Kind() != reflect.Slice {
				return false
			}
			t = t.Elem()
		}
	}
	return true
}

// fieldEmpty reports whether the field at path is empty in v; ok is false when the path names no field.
func fieldEmpty(v *model.Verwerking, path string) (empty, ok bool) {
	if !validFieldPath(path) {
		return false, false
	}
	return isEmptyValue(fieldValue(v, path), true), true
}

// fieldValue resolves a valid path in v; the zero Value when a pointer on the way is nil, an index is out of range
// or a map has no such key.
func fieldValue(v *model.Verwerking, path string) reflect.Value {
	steps, _ := parseFieldPath(path)
	val := reflect.ValueOf(v).Elem()
	for i, s := range steps {
		for val.Kind() == reflect.Pointer {
			if val.IsNil() {
				return reflect.Value{}
			}
			val = val.Elem()
		}
		if val.Kind() == reflect.Map {
			// The rest of the path is the key: question ids such as "A.4" contain dots.
			key := strings.Join(strings.Split(path, ".")[i:], ".")
			return val.MapIndex(reflect.ValueOf(key))
		}
		f, _ := fieldByTag(val.Type(), s.name)
		val = val.FieldByIndex(f.Index)
		if s.index >= 0 {
			if s.index >= val.Len() {
				return reflect.Value{}
			}
			val = val.Index(s.index)
		}
	}
	return val
}

// isEmptyValue: blank strings, empty lists and maps, nil pointers, zero numbers and dates, and structs whose fields
// are all empty. A plain bool at the top is an answer either way, so it is never empty.
func isEmptyValue(val reflect.Value, top bool) bool {
	switch val.Kind() {
	case reflect.Invalid:
		return true
	case reflect.String:
		return blank(val.String())
	case reflect.Slice, reflect.Map:
		return val.Len() == 0
	case reflect.Pointer, reflect.Interface:
		return val.IsNil()
	case reflect.Bool:
		return !top && !val.Bool()
	case reflect.Struct:
		for i := range val.NumField() {
			if val.Type().Field(i).IsExported() && !isEmptyValue(val.Field(i), false) {
				return false
			}
		}
		return true
	}
	return val.IsZero()
}

// eachText calls fn with the TOML path and the value of every text of v for which want is true: plain fields, texts
// in lists and tables, and the answers in [antwoorden] (sorted by question id, so findings come in the same order
// every time). The path is only written out for such a text, so a walk over thousands of verwerkingen costs little
// more than the tests.
func eachText(v *model.Verwerking, want func(string) bool, fn func(path, s string)) {
	w := textWalker{want: want, fn: fn}
	w.walk(reflect.ValueOf(v).Elem())
}

type textWalker struct {
	want func(string) bool
	fn   func(path, s string)
	path []pathStep // a step with index >= 0 and no name is an index into the list of the step before
}

func (w *textWalker) walk(val reflect.Value) {
	switch val.Kind() {
	case reflect.String:
		if s := val.String(); w.want(s) {
			w.fn(w.pathString(), s)
		}
	case reflect.Pointer:
		if !val.IsNil() {
			w.walk(val.Elem())
		}
	case reflect.Slice:
		for i := range val.Len() {
			w.path = append(w.path, pathStep{index: i})
			w.walk(val.Index(i))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Map:
		if val.Type().Key().Kind() != reflect.String || val.Len() == 0 {
			return
		}
		keys := val.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			w.path = append(w.path, pathStep{name: k.String(), index: -1})
			w.walk(val.MapIndex(k))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Struct:
		for _, f := range tomlFields(val.Type()) {
			w.path = append(w.path, pathStep{name: f.name, index: -1})
			w.walk(val.Field(f.index))
			w.path = w.path[:len(w.path)-1]
		}
	}
}

func (w *textWalker) pathString() string {
	var b strings.Builder
	for i, st := range w.path {
		if st.name == "" {
			b.WriteString("[" + strconv.Itoa(st.index) + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(st.name)
	}
	return b.String()
}

type tomlField struct {
	index int
	name  string
}

var tomlFieldCache sync.Map // reflect.Type → []tomlField

// tomlFields lists the exported fields of struct type t that have a TOML key, in order.
func tomlFields(t reflect.Type) []tomlField {
	if fs, ok := tomlFieldCache.Load(t); ok {
		return fs.([]tomlField)
	}
	var fs []tomlField
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if tag != "" && tag != "-" && f.IsExported() {
			fs = append(fs, tomlField{index: i, name: tag})
		}
	}
	tomlFieldCache.Store(t, fs)
	return fs
}
