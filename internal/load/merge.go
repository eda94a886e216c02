package load

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/suggest"
)

// merge lays over on top of base following SPEC's merge rule and returns a new doc; neither input is changed.
//
//   - scalar fields and tables of over win (a table in over replaces the template's table whole);
//   - arrays of tables with an id (model.MergesByID) merge by id, the over entry overriding field by field; an over entry
//     with `verwijder = true` drops the inherited one; new entries are appended in over's order;
//   - other arrays are replaced whole.
//
// Positions follow the values: a merged field keeps the position (and file) of the doc it came from. They are not
// copied: the merged doc's mergedPos records which doc each top-level key and each merged entry came from and asks
// that doc, so a template's positions are stored once however many verwerkingen use it.
func merge(base, over *doc) *doc {
	mp := mergePos(base, over)
	out := &doc{file: over.file, src: over.src, m: make(map[string]any, len(base.m)+len(over.m)), pos: mp}
	for k, v := range base.m {
		if _, overridden := over.m[k]; !overridden {
			out.m[k] = v
		}
	}
	for k, v := range over.m {
		if from, merged := mp.entries[k]; merged {
			bl, _ := asTables(base.m[k])
			ol, _ := asTables(v)
			out.m[k] = mergeEntries(bl, ol, from)
			continue
		}
		out.m[k] = v
	}
	return out
}

// mergePos works out where every value of over laid on base comes from: which top-level keys over sets, and for
// the id arrays both have, the origin of each merged entry. merge builds the merged tree from it; a verwerking
// file is laid over its template's decoded verwerking from it (overlay), without a merged tree.
func mergePos(base, over *doc) *mergedPos {
	mp := &mergedPos{base: base.pos, over: over.pos, fromOver: make(map[string]bool, len(over.m))}
	for k, v := range over.m {
		if bv, inBase := base.m[k]; inBase && model.MergesByID(k) {
			bl, okB := asTables(bv)
			ol, okO := asTables(v)
			if okB && okO {
				if mp.entries == nil {
					mp.entries = map[string][]entryFrom{}
				}
				var removed []string
				mp.entries[ownKey(k)], removed = entryOrigins(bl, ol)
				if len(removed) > 0 {
					if mp.removed == nil {
						mp.removed = map[string][]string{}
					}
					mp.removed[ownKey(k)] = removed
				}
				continue
			}
		}
		mp.fromOver[ownKey(k)] = true
	}
	return mp
}

// entryOrigins merges two arrays of tables by their id: the base's entries in order, each overridden field by
// field by the over entry with its id or dropped by one with `verwijder = true`, then over's new entries in order.
// It says for each merged entry where it came from, and which ids of base over removed.
func entryOrigins(base, over []map[string]any) ([]entryFrom, []string) {
	overIdx := map[string]int{}
	for i, e := range over {
		if id, ok := e["id"].(string); ok {
			overIdx[id] = i
		}
	}
	used := make([]bool, len(over))
	from := make([]entryFrom, 0, len(base)+len(over))
	var removed []string
	for bi, be := range base {
		id, _ := be["id"].(string)
		oi, hit := overIdx[id]
		if !hit || id == "" {
			from = append(from, entryFrom{base: bi, over: -1})
			continue
		}
		used[oi] = true
		oe := over[oi]
		if del, _ := oe["verwijder"].(bool); del {
			removed = append(removed, id)
			continue
		}
		fields := make([]string, 0, len(oe))
		for f := range oe {
			if f != "verwijder" {
				fields = append(fields, ownKey(f))
			}
		}
		slices.Sort(fields) // the same order whichever order the map gives
		from = append(from, entryFrom{base: bi, over: oi, overFields: fields})
	}
	for oi, oe := range over {
		if used[oi] {
			continue
		}
		if del, _ := oe["verwijder"].(bool); del {
			// Removing an entry the template does not have is harmless; nothing to drop.
			continue
		}
		from = append(from, entryFrom{base: -1, over: oi})
	}
	return from, removed
}

// mergeEntries builds the merged entries entryOrigins describes.
func mergeEntries(base, over []map[string]any, from []entryFrom) []map[string]any {
	merged := make([]map[string]any, 0, len(from))
	for _, e := range from {
		switch {
		case e.over < 0:
			merged = append(merged, base[e.base])
		case e.base < 0:
			oe := over[e.over]
			if _, has := oe["verwijder"]; has {
				oe = withoutVerwijder(oe)
			}
			merged = append(merged, oe)
		default:
			be, oe := base[e.base], over[e.over]
			m := make(map[string]any, len(be)+len(oe))
			for f, v := range be {
				if _, ov := oe[f]; !ov {
					m[f] = v
				}
			}
			for f, v := range withoutVerwijder(oe) {
				m[f] = v
			}
			merged = append(merged, m)
		}
	}
	return merged
}

func withoutVerwijder(e map[string]any) map[string]any {
	if _, has := e["verwijder"]; !has {
		return e
	}
	out := make(map[string]any, len(e))
	for f, v := range e {
		if f != "verwijder" {
			out[f] = v
		}
	}
	return out
}

func idx(key string, i int) string { return key + "[" + strconv.Itoa(i) + "]" }

// mergedPos answers position lookups of a merged doc from the positions of its two docs.
type mergedPos struct {
	base, over model.PosTable
	fromOver   map[string]bool        // top-level keys whose value is over's
	entries    map[string][]entryFrom // id arrays merged entry by entry, by key
	removed    map[string][]string    // ids of base's entries over removed (`verwijder = true`), by key
}

// fromOverAt reports whether the value at path came from over. The path of a merged array itself has values
// from both; it counts as base's.
func (m *mergedPos) fromOverAt(path string) bool {
	key := topKey(path)
	if _, merged := m.entries[key]; !merged {
		return m.fromOver[key]
	}
	e, tail, ok := m.entryAt(key, path)
	return ok && e.gives(tail)
}

// entryFrom is where an entry of a merged id array came from: its index in base and in over, -1 when it is not
// there; overFields are the fields over set on an entry both have.
type entryFrom struct {
	base, over int
	overFields []string
}

// gives reports whether the value at tail (".noodzaak", or "" for the entry) of the entry is over's.
func (e entryFrom) gives(tail string) bool {
	return e.over >= 0 && (e.base < 0 || tail == "" || slices.Contains(e.overFields, topKey(strings.TrimPrefix(tail, "."))))
}

// entryAt returns the origin of the merged entry path ("gegevens[3].noodzaak") is in, and the rest of the path
// after the entry (".noodzaak").
func (m *mergedPos) entryAt(key, path string) (entryFrom, string, bool) {
	rest := path[len(key):]
	end := strings.IndexByte(rest, ']')
	if len(rest) < 3 || rest[0] != '[' || end < 0 {
		return entryFrom{}, "", false
	}
	from := m.entries[key]
	j, err := strconv.Atoi(rest[1:end])
	if err != nil || j < 0 || j >= len(from) {
		return entryFrom{}, "", false
	}
	return from[j], rest[end+1:], true
}

// Lookup returns the position of path in the doc its value came from. The path of a merged array itself
// ("gegevens") has none: it lies in both files.
func (m *mergedPos) Lookup(path string) (model.Pos, bool) {
	if path == "" {
		return m.over.Lookup("")
	}
	key := topKey(path)
	if _, merged := m.entries[key]; !merged {
		if m.fromOver[key] {
			return m.over.Lookup(path)
		}
		return m.base.Lookup(path)
	}
	e, tail, ok := m.entryAt(key, path)
	if !ok {
		return model.Pos{}, false
	}
	if e.gives(tail) {
		return m.over.Lookup(idx(key, e.over) + tail)
	}
	return m.base.Lookup(idx(key, e.base) + tail)
}

func topKey(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}

func asTables(v any) ([]map[string]any, bool) {
	switch x := v.(type) {
	case []map[string]any:
		return x, true
	case []any:
		out := make([]map[string]any, 0, len(x))
		for _, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				return nil, false
			}
			out = append(out, m)
		}
		return out, true
	}
	return nil, false
}

// checkVerwijder reports the entries of a file that remove an inherited entry (`verwijder = true`) whose id the
// template does not have. Such an entry removes nothing; with a typo in the id, the data the author means to drop
// would stay in every document, the citizen's statement included.
func checkVerwijder(base, over *doc, c *collector) {
	keys := model.IDLists()
	slices.Sort(keys) // report in alphabetical order
	for _, k := range keys {
		ol, ok := asTables(over.m[k])
		if !ok {
			continue
		}
		bl, _ := asTables(base.m[k])
		var ids []string
		for _, be := range bl {
			if id, ok := be["id"].(string); ok {
				ids = append(ids, id)
			}
		}
		for i, oe := range ol {
			id, _ := oe["id"].(string)
			if del, _ := oe["verwijder"].(bool); !del || id == "" || slices.Contains(ids, id) {
				continue
			}
			at := over.posOf(k + "[" + strconv.Itoa(i) + "].id")
			if sug := suggest.Closest(id, ids); sug != "" {
				c.add(at, "load.verwijder.onbekend.suggestie", id, k, sug)
			} else {
				c.add(at, "load.verwijder.onbekend", id, k)
			}
		}
	}
}
