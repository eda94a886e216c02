package load

import (
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// merge lays over on top of base following SPEC's merge rule and returns a new doc; neither input is changed.
//
//   - scalar fields and tables of over win (a table in over replaces the template's table whole);
//   - arrays of tables with an id (idArrays) merge by id, the over entry overriding field by field; an over entry
//     with `verwijder = true` drops the inherited one; new entries are appended in over's order;
//   - other arrays are replaced whole.
//
// Positions follow the values: a merged field keeps the position (and file) of the doc it came from.
func merge(base, over *doc) *doc {
	out := &doc{file: over.file, src: over.src, m: make(map[string]any, len(base.m)+len(over.m)),
		pos: make(map[string]model.Pos, len(base.pos)+len(over.pos))}
	out.pos[""] = over.pos[""]
	for k, v := range base.m {
		if _, overridden := over.m[k]; overridden {
			continue
		}
		out.m[k] = v
		copyPositions(out.pos, base, k, k)
	}
	for k, v := range over.m {
		bv, inBase := base.m[k]
		if idArrays[k] && inBase {
			bl, okB := asTables(bv)
			ol, okO := asTables(v)
			if okB && okO {
				out.m[k] = mergeByID(k, bl, ol, base, over, out)
				continue
			}
		}
		out.m[k] = v
		copyPositions(out.pos, over, k, k)
	}
	return out
}

// mergeByID merges two arrays of tables by their id and records the positions under the merged indices.
func mergeByID(key string, base, over []map[string]any, bd, od, out *doc) []map[string]any {
	overIdx := map[string]int{}
	for i, e := range over {
		if id, ok := e["id"].(string); ok {
			overIdx[id] = i
		}
	}
	used := make([]bool, len(over))
	merged := make([]map[string]any, 0, len(base)+len(over))
	for bi, be := range base {
		id, _ := be["id"].(string)
		oi, hit := overIdx[id]
		if !hit || id == "" {
			copyPositions(out.pos, bd, idx(key, bi), idx(key, len(merged)))
			merged = append(merged, be)
			continue
		}
		used[oi] = true
		oe := over[oi]
		if del, _ := oe["verwijder"].(bool); del {
			continue
		}
		j := len(merged)
		m := make(map[string]any, len(be)+len(oe))
		if p, ok := od.pos[idx(key, oi)]; ok {
			out.pos[idx(key, j)] = p
		}
		for f, v := range be {
			if _, ov := oe[f]; !ov {
				m[f] = v
				copyPositions(out.pos, bd, idx(key, bi)+"."+f, idx(key, j)+"."+f)
			}
		}
		for f, v := range oe {
			if f == "verwijder" {
				continue
			}
			m[f] = v
			copyPositions(out.pos, od, idx(key, oi)+"."+f, idx(key, j)+"."+f)
		}
		merged = append(merged, m)
	}
	for oi, oe := range over {
		if used[oi] {
			continue
		}
		if del, _ := oe["verwijder"].(bool); del {
			// Removing an entry the template does not have is harmless; nothing to drop.
			continue
		}
		copyPositions(out.pos, od, idx(key, oi), idx(key, len(merged)))
		e := oe
		if _, has := oe["verwijder"]; has {
			e = make(map[string]any, len(oe))
			for f, v := range oe {
				if f != "verwijder" {
					e[f] = v
				}
			}
		}
		merged = append(merged, e)
	}
	return merged
}

func idx(key string, i int) string { return key + "[" + strconv.Itoa(i) + "]" }

// copyPositions copies the position of path from and everything below it in d, renamed to path to.
func copyPositions(dst map[string]model.Pos, d *doc, from, to string) {
	if p, ok := d.pos[from]; ok {
		dst[to] = p
	}
	for _, k := range d.under(from) {
		if len(k) > len(from) && strings.HasPrefix(k, from) && (k[len(from)] == '.' || k[len(from)] == '[') {
			dst[to+k[len(from):]] = d.pos[k]
		}
	}
}

// under returns the paths of d that may lie below prefix: those with the same top-level key, or for an entry
// prefix ("gegevens[2]…") those of that entry. The index is built once per doc, so merging many verwerkingen onto
// one template stays linear in their size.
func (d *doc) under(prefix string) []string {
	d.indexOnce.Do(d.buildIndex)
	if i := strings.IndexByte(prefix, ']'); i > 0 {
		return d.byEntry[prefix[:i+1]]
	}
	return d.byTop[topKey(prefix)]
}

func (d *doc) buildIndex() {
	d.byTop = map[string][]string{}
	d.byEntry = map[string][]string{}
	for k := range d.pos {
		d.byTop[topKey(k)] = append(d.byTop[topKey(k)], k)
		if i := strings.IndexByte(k, ']'); i > 0 {
			d.byEntry[k[:i+1]] = append(d.byEntry[k[:i+1]], k)
		}
	}
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
