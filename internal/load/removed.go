package load

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// A file that removes an inherited entry with `verwijder = true` removes what the template says about it too:
// the template's references to the entry's id are dropped, so that a municipality without, say, a pgb does not
// get errors in the pack's file it cannot change. References the file itself writes stay, and pia check reports
// them. This holds level by level in a chain of templates: each file drops the references of the files below it
// to what it removes, and a file that adds an entry with a removed id again adds a new entry, to which only it
// and the files above it refer. An inherited entry of a list without ids that was only about removed entries (a
// retention period, an access role, a legal basis for removed purposes only) goes too: a basis whose purposes are
// all gone must not turn into one for every purpose, which an empty `doelen` means.

// gone holds the ids removed per id list ("gegevens" → ids).
type gone map[string]map[string]bool

// removedIDs returns the ids of the entries a file removed from its template (removed, by list), for the lists
// other entries refer to: nothing refers to risks or recipients by id. A file cannot add an entry with an id it
// removes (that is a duplicate id), so every id removed is gone.
func removedIDs(removed map[string][]string) gone {
	g := gone{}
	for _, list := range []string{"doelen", "betrokkenen", "gegevens", "maatregelen"} {
		for _, id := range removed[list] {
			if g[list] == nil {
				g[list] = map[string]bool{}
			}
			g[list][id] = true
		}
	}
	return g
}

// dropRemoved takes the references to gone ids out of the values of v that inherited reports as coming from a
// template, and the inherited entries of lists without ids that referred only to gone ids. It never changes a
// slice v shares with its template: a changed list is a new one. It returns, for each list path in v that lost
// entries, the index in the file of each entry left, for positions (see remapPos).
func dropRemoved(v *model.Verwerking, g gone, inherited func(path string) bool) map[string][]int {
	if len(g) == 0 {
		return nil
	}
	kept := map[string][]int{}
	// filter drops the gone ids of list from refs at path (a path in the file); nil when none is.
	filter := func(path string, refs []string, list string) ([]string, bool) {
		ids := g[list]
		if len(ids) == 0 || !slices.ContainsFunc(refs, func(r string) bool { return ids[r] }) || !inherited(path) {
			return refs, false
		}
		out := make([]string, 0, len(refs))
		var idx []int
		for i, r := range refs {
			if !ids[r] {
				out = append(out, r)
				idx = append(idx, i)
			}
		}
		kept[path] = idx
		return out, true
	}

	// Entries with an id stay (a file removes them by id itself); only their references go.
	if len(g["doelen"]) > 0 || len(g["betrokkenen"]) > 0 {
		v.Gegevens = slices.Clone(v.Gegevens)
		for i := range v.Gegevens {
			e := &v.Gegevens[i]
			e.Doelen, _ = filter(idx("gegevens", i)+".doelen", e.Doelen, "doelen")
			e.Betrokkenen, _ = filter(idx("gegevens", i)+".betrokkenen", e.Betrokkenen, "betrokkenen")
		}
	}
	if len(g["gegevens"]) > 0 {
		v.Ontvangers = slices.Clone(v.Ontvangers)
		for i := range v.Ontvangers {
			e := &v.Ontvangers[i]
			e.Gegevens, _ = filter(idx("ontvangers", i)+".gegevens", e.Gegevens, "gegevens")
		}
	}
	if len(g["maatregelen"]) > 0 {
		v.Risicos = slices.Clone(v.Risicos)
		for i := range v.Risicos {
			e := &v.Risicos[i]
			e.Maatregelen, _ = filter(idx("risicos", i)+".maatregelen", e.Maatregelen, "maatregelen")
		}
	}

	// Entries without an id go when nothing they referred to is left.
	v.Grondslagen = dropEntries(v.Grondslagen, "grondslagen", kept, func(i int, e *model.Grondslag) bool {
		var changed bool
		e.Doelen, changed = filter(idx("grondslagen", i)+".doelen", e.Doelen, "doelen")
		return changed && len(e.Doelen) == 0
	})
	v.Bewaartermijnen = dropEntries(v.Bewaartermijnen, "bewaartermijnen", kept, func(i int, e *model.Bewaartermijn) bool {
		var changed bool
		e.Gegevens, changed = filter(idx("bewaartermijnen", i)+".gegevens", e.Gegevens, "gegevens")
		return changed && len(e.Gegevens) == 0
	})
	v.Toegang = dropEntries(v.Toegang, "toegang", kept, func(i int, e *model.Toegang) bool {
		var changed bool
		e.Gegevens, changed = filter(idx("toegang", i)+".gegevens", e.Gegevens, "gegevens")
		return changed && len(e.Gegevens) == 0
	})
	return kept
}

// dropEntries returns list without the entries drop says go, after drop has changed each entry (in a copy when
// anything changes). drop gets the entry's index in the file. It records the indices kept under path.
func dropEntries[T any](list []T, path string, kept map[string][]int, drop func(i int, e *T) bool) []T {
	var out []T
	var idx []int
	changed := false
	for i := range list {
		e := list[i]
		before := len(kept)
		gone := drop(i, &e)
		if len(kept) != before || gone {
			changed = true
		}
		if !gone {
			out = append(out, e)
			idx = append(idx, i)
		}
	}
	if !changed {
		return list
	}
	if len(idx) < len(list) {
		kept[path] = idx
	}
	return out
}

// remapPos answers position lookups for a verwerking some of whose lists lost entries (dropRemoved): it turns
// each index in a path into the index the entry has in its file, left to right, and asks the file's table.
type remapPos struct {
	table model.PosTable
	kept  map[string][]int // list path, with indices as in the file → the file index of each entry left
}

func (r *remapPos) Lookup(path string) (model.Pos, bool) { return r.table.Lookup(r.inFile(path)) }

// inFile rewrites the indices of path ("bewaartermijnen[1].gegevens[0]") to those in the file.
func (r *remapPos) inFile(path string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(path, '[')
		if open < 0 {
			break
		}
		end := strings.IndexByte(path[open:], ']')
		if end < 0 {
			break
		}
		end += open
		b.WriteString(path[:open])
		n, err := strconv.Atoi(path[open+1 : end])
		if kept, ok := r.kept[b.String()]; ok && err == nil && n >= 0 && n < len(kept) {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(kept[n]))
			b.WriteByte(']')
		} else {
			b.WriteString(path[open : end+1])
		}
		path = path[end+1:]
	}
	b.WriteString(path)
	return b.String()
}

// refLists are, per list without ids, the field of its entries that refers to an id list: the lists a file that
// extends a template replaces whole, and so copies from it.
var refLists = map[string]struct{ field, list string }{
	"grondslagen":     {"doelen", "doelen"},
	"bewaartermijnen": {"gegevens", "gegevens"},
	"toegang":         {"gegevens", "gegevens"},
}

// withoutRemoved returns the merged tree m of a template, for a questionnaire that copies its lists without ids,
// with those lists as the template's verwerking v has them: without references to ids v does not have (entries the
// chain removed), and without the entries that referred only to such ids. The tree itself is not changed.
func withoutRemoved(m map[string]any, v *model.Verwerking) map[string]any {
	has := map[string]map[string]bool{"doelen": {}, "gegevens": {}}
	for _, d := range v.Doelen {
		has["doelen"][d.ID] = true
	}
	for _, g := range v.Gegevens {
		has["gegevens"][g.ID] = true
	}
	out, copied := m, false
	for key, ref := range refLists {
		entries, ok := asTables(m[key])
		if !ok {
			continue
		}
		var kept []map[string]any
		changed := false
		for _, e := range entries {
			refs, ok := e[ref.field].([]any)
			if !ok || len(refs) == 0 {
				kept = append(kept, e)
				continue
			}
			left := make([]any, 0, len(refs))
			for _, r := range refs {
				if id, ok := r.(string); !ok || id == "*" || has[ref.list][id] {
					left = append(left, r)
				}
			}
			if len(left) == len(refs) {
				kept = append(kept, e)
				continue
			}
			changed = true
			if len(left) == 0 {
				continue // only about removed entries
			}
			c := maps.Clone(e)
			c[ref.field] = left
			kept = append(kept, c)
		}
		if !changed {
			continue
		}
		if !copied {
			out, copied = maps.Clone(m), true
		}
		out[key] = kept
	}
	return out
}
