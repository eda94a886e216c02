package load

import (
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"
)

// treePaths lists the paths of every key, table entry and array element of a decoded TOML tree.
func treePaths(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			p := join(prefix, k)
			*out = append(*out, p)
			treePaths(p, e, out)
		}
	case []map[string]any:
		for i, e := range x {
			p := prefix + "[" + strconv.Itoa(i) + "]"
			*out = append(*out, p)
			treePaths(p, e, out)
		}
	case []any:
		for i, e := range x {
			p := prefix + "[" + strconv.Itoa(i) + "]"
			*out = append(*out, p)
			treePaths(p, e, out)
		}
	}
}

var keyPosSeeds = []string{
	basePack,
	"a = 1\nb = \"x\"\n[t]\nc = [1, 2,\n 3]\n",
	"[[g]]\nid = \"a\"\n[[g]]\nid = \"b\"\n[g.sub]\nx = 1\n",
	"s = \"\"\"\nmulti\n[niet-een-tabel]\n\"\"\"\nna = 1\n",
	"l = '''\n[x]\n'''\nk = 2\n",
	"inline = { a = 1, b = { c = 2 } }\n",
	"\"quoted key\" = 1\n'lit' = 2\na.b.c = 3\n",
	"arr = [ # comment\n  \"x\", # another\n  \"y\",\n]\n",
	"[[a]]\n[[a.b]]\nx = 1\n[[a.b]]\nx = 2\n[[a]]\n[[a.b]]\nx = 3\n",
	"d = 2026-11-01\nt = 2026-11-01T10:00:00Z\nf = 1.5\n",
	"esc = \"a\\\"b\"\nnext = 1\n",
	"x = \"\"\"a\"\"\"\"\ny = 1\n",
}

// FuzzKeyPositions checks that the key scanner never panics and that, for every input the TOML parser accepts,
// every decoded key and element has a position.
func FuzzKeyPositions(f *testing.F) {
	for _, s := range keyPosSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		pos := keyPositions([]byte(src), "f.toml")
		m := map[string]any{}
		if _, err := toml.Decode(src, &m); err != nil {
			return
		}
		if strings.Count(src, "[")+strings.Count(src, "{") > maxNesting {
			return // may nest deeper than the scanner records
		}
		var paths []string
		treePaths("", m, &paths)
		sort.Strings(paths)
		for _, p := range paths {
			if _, ok := pos[p]; !ok {
				t.Fatalf("no position for %q in\n%s\npositions: %v", p, src, pos)
			}
		}
	})
}

// FuzzLoadVerwerking loads a site whose one questionnaire is the fuzz input: loading must return a site or load
// errors, never panic, and every error must name the file.
func FuzzLoadVerwerking(f *testing.F) {
	f.Add("sjabloon = \"basis/wmo\"\nnaam = \"x\"\n[[gegevens]]\nid = \"naw\"\nverwijder = true\n")
	f.Add("naam = 1\n[[risicos]]\nid = \"R1\"\nkans = 9\n")
	f.Add("[informeren]\nhoe = \"gesprek\"\n[[bewaartermijnen]]\ntermijn = \"x jaar\"\n")
	f.Add("id = \"../x\"\nsjabloon = \"basis/../../x\"\n")
	f.Add("datum = 2026-13-01\n")
	f.Add("[[gegevens]]\nid = \"a\"\n[[gegevens]]\nid = \"a\"\ndoelen = [1, 2]\n")
	f.Add("antwoorden = { \"A.1\" = 3 }\n")
	f.Add("[besluit]\ndatum = 2026-01-01T10:00:00\n")
	base := siteFS(f, basePack)
	f.Fuzz(func(t *testing.T, src string) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["content/verwerkingen/fuzz.toml"] = &fstest.MapFile{Data: []byte(src)}
		site, err := Load("site", Options{SiteFS: fsys})
		if err != nil {
			errs := AsErrors(err)
			if errs == nil {
				t.Fatalf("non-load error: %v", err)
			}
			for _, e := range errs {
				if e.Pos.File == "" || e.Msg == "" {
					t.Fatalf("error without file or message: %#v", e)
				}
			}
			return
		}
		if site.Verwerking("fuzz") == nil && len(site.Verwerkingen) != 1 {
			t.Fatalf("loaded without the fuzzed verwerking")
		}
	})
}

// FuzzSkipTo: skipping to a byte counts lines and columns as advancing character by character does.
func FuzzSkipTo(f *testing.F) {
	f.Add("abc\ndé\n\nf\xffg", 9)
	f.Add("naam = \"\"\"\nregel één\nregel twee\"\"\"\n", 30)
	f.Fuzz(func(t *testing.T, src string, j int) {
		if len(src) == 0 {
			return
		}
		j = (j%len(src) + len(src)) % len(src)
		stepped := &keyScanner{src: []byte(src), line: 1, col: 1}
		for stepped.i < j {
			stepped.advance()
		}
		if stepped.i != j {
			return // j is inside a character
		}
		skipped := &keyScanner{src: []byte(src), line: 1, col: 1}
		skipped.skipTo(j)
		if skipped.line != stepped.line || skipped.col != stepped.col {
			t.Errorf("skipTo(%d) in %q: %d:%d, advancing gives %d:%d", j, src, skipped.line, skipped.col, stepped.line, stepped.col)
		}
	})
}

// FuzzBareKeyFastPath: the positions with bareKey's shortcut are the positions of the general way, for any input.
func FuzzBareKeyFastPath(f *testing.F) {
	for _, s := range keyPosSeeds {
		f.Add(s)
	}
	f.Add("a = 1\nb=2\n c\t= 3\n[t]\nd = 4\ne.f = 5\ng =\n")
	f.Add("[[x]]\nk = 1\n[[x]]\nk = 2\n\"q\" = 3\nk2 =")
	f.Fuzz(func(t *testing.T, src string) {
		fast := keyPositions([]byte(src), "f.toml")
		general := keyPositionsGeneral([]byte(src), "f.toml")
		if !reflect.DeepEqual(fast, general) {
			t.Fatalf("positions differ for\n%s\nfast:    %v\ngeneral: %v", src, fast, general)
		}
	})
}

// TestKeyPositionsDeepNesting checks that the scanner records no positions below maxNesting levels, where every
// path would be longer than the one above it, and that it stops at the first level past maxDepth: a file nested
// millions of levels deep takes neither memory nor stack in proportion to its depth.
func TestKeyPositionsDeepNesting(t *testing.T) {
	for _, depth := range []int{maxDepth, maxDepth + 1, 3_000_000} {
		for _, src := range []string{
			"a = " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\nb = 1\n",
			"a = " + strings.Repeat("{ b = ", depth) + "1" + strings.Repeat(" }", depth) + "\nb = 1\n",
			"a = " + strings.Repeat("[{ b = ", depth) + "1" + strings.Repeat(" }]", depth) + "\nb = 1\n",
		} {
			b := []byte(src)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			pos, deep := scanKeys(b, "f.toml")
			runtime.ReadMemStats(&after)
			if n := after.TotalAlloc - before.TotalAlloc; n > 20<<20 {
				t.Errorf("%.40s…: %d MB allocated for a %d KB file", src, n>>20, len(src)>>10)
			}
			if len(pos) > 2*maxNesting+4 {
				t.Errorf("%.40s…: %d positions recorded", src, len(pos))
			}
			if levels := strings.Count(src, "[") + strings.Count(src, "{"); levels <= maxDepth {
				if p, ok := pos["b"]; deep != nil || !ok || p.Line != 2 {
					t.Errorf("%.40s…: the key after the deep value is at %v (too deep: %v), want line 2", src, p, deep)
				}
			} else if deep == nil || deep.Line != 1 {
				t.Errorf("%.40s… (%d levels): too deep at %v, want on line 1", src, levels, deep)
			}
		}
	}
}
