package load

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/model"
)

func TestReloadOnlyTheChangedQuestionnaire(t *testing.T) {
	fsys := siteFS(t, basePack+`
-- content/verwerkingen/a.toml --
sjabloon = "basis/wmo"
naam = "A"
-- content/verwerkingen/b.toml --
sjabloon = "basis/wmo"
naam = "B"
`)
	r := NewReloader("site", Options{SiteFS: fsys})
	site, err := r.Load()
	if err != nil {
		t.Fatal(err)
	}
	oldA, oldB := site.Verwerking("a"), site.Verwerking("b")

	fsys["content/verwerkingen/b.toml"] = &fstest.MapFile{Data: []byte("sjabloon = \"basis/wmo\"\nnaam = \"B2\"\n")}
	site, ch, err := r.Reload([]string{"content/verwerkingen/b.toml"})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Full || len(ch.Verwerkingen) != 1 || ch.Verwerkingen[0] != "b" {
		t.Errorf("change = %+v, want only b", ch)
	}
	if site.Verwerking("a") != oldA {
		t.Error("an unchanged verwerking must not be loaded again")
	}
	if nb := site.Verwerking("b"); nb == oldB || nb.Naam != "B2" || nb.Samenvatting != "Sjabloon" {
		t.Errorf("changed verwerking not reloaded with its template: %+v", nb)
	}

	// A broken file reports its error and keeps the last good site.
	fsys["content/verwerkingen/b.toml"] = &fstest.MapFile{Data: []byte("naam = \n")}
	if _, _, err := r.Reload([]string{"content/verwerkingen/b.toml"}); AsErrors(err) == nil {
		t.Fatalf("want a load error, got %v", err)
	}
	if r.Site().Verwerking("b").Naam != "B2" {
		t.Error("the last good site must stay current")
	}
	// A file that became a link to nothing is not a removed one: the full load would report it too.
	fsys["content/verwerkingen/b.toml"] = &fstest.MapFile{Data: []byte("weg.toml"), Mode: fs.ModeSymlink}
	if _, _, err := r.Reload([]string{"content/verwerkingen/b.toml"}); err == nil ||
		!strings.Contains(err.Error(), "content/verwerkingen/b.toml is een link naar een map of bestand dat er niet (meer) is") {
		t.Fatalf("a link to nothing: got %v", err)
	}
	if _, err := Load("site", Options{SiteFS: fsys}); err == nil || !strings.Contains(err.Error(), "b.toml is een link") {
		t.Fatalf("a link to nothing in a full load: got %v", err)
	}

	// A new file, a removed file.
	fsys["content/verwerkingen/c.toml"] = &fstest.MapFile{Data: []byte("naam = \"C\"\n")}
	delete(fsys, "content/verwerkingen/a.toml")
	fsys["content/verwerkingen/b.toml"] = &fstest.MapFile{Data: []byte("naam = \"B3\"\n")}
	site, ch, err = r.Reload([]string{"content/verwerkingen/a.toml", "content/verwerkingen/b.toml", "content/verwerkingen/c.toml"})
	if err != nil {
		t.Fatal(err)
	}
	if site.Verwerking("a") != nil || site.Verwerking("c") == nil || len(site.Verwerkingen) != 2 {
		t.Errorf("add/remove: %v", ch)
	}

	// A duplicate id in a changed file is an error.
	fsys["content/verwerkingen/d.toml"] = &fstest.MapFile{Data: []byte("id = \"c\"\n")}
	if _, _, err := r.Reload([]string{"content/verwerkingen/d.toml"}); AsErrors(err) == nil {
		t.Error("duplicate id must be reported")
	}

	// pia.toml or a pack change reloads everything.
	delete(fsys, "content/verwerkingen/d.toml")
	if _, ch, err := r.Reload([]string{"pia.toml"}); err != nil || !ch.Full {
		t.Errorf("pia.toml change: %+v %v", ch, err)
	}
}

// TestReloadMatchesAFullLoad: after each of a series of edits (new files, changed names and ids, removals, several
// files at once, a file named twice, a file moved, files in sub-folders and in a folder pia skips) the reloaded site has the
// verwerkingen a full load finds, sorted by id. Changes to questionnaires alone are reloaded on their own.
func TestReloadMatchesAFullLoad(t *testing.T) {
	fsys := siteFS(t, basePack)
	file := func(n int) string {
		switch n % 4 {
		case 1:
			return fmt.Sprintf("content/verwerkingen/jeugd/v%02d.toml", n)
		case 2:
			return fmt.Sprintf("content/verwerkingen/wmo/hulp/v%02d.toml", n)
		case 3:
			if n > 12 {
				return fmt.Sprintf("content/verwerkingen/.oud/v%02d.toml", n)
			}
		}
		return fmt.Sprintf("content/verwerkingen/v%02d.toml", n)
	}
	for n := range 12 {
		fsys[file(n)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("sjabloon = \"basis/wmo\"\nnaam = \"V%d\"\n", n))}
	}
	r := NewReloader("site", Options{SiteFS: fsys})
	if _, err := r.Load(); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for step := range 60 {
		var changed []string
		for range 1 + rng.IntN(3) {
			n := rng.IntN(16)
			switch rng.IntN(5) {
			case 0:
				delete(fsys, file(n))
			case 4: // moved, keeping its id: a new name or another folder
				k := rng.IntN(16)
				if _, there := fsys[file(k)]; there || fsys[file(n)] == nil {
					continue
				}
				fsys[file(k)] = fsys[file(n)]
				delete(fsys, file(n))
				changed = append(changed, file(k))
			case 1: // an id of its own, unlike the file name
				fsys[file(n)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("id = \"x-%02d\"\nnaam = \"X%d-%d\"\n", n, n, step))}
			default:
				fsys[file(n)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("naam = \"V%d-%d\"\n", n, step))}
			}
			changed = append(changed, file(n))
		}
		if len(changed) == 0 {
			continue
		}
		got, ch, err := r.Reload(changed)
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		skipped := slices.ContainsFunc(changed, func(f string) bool { return strings.Contains(f, "/.oud/") })
		if ch.Full != skipped {
			t.Errorf("step %d (%v): full reload = %v, want %v", step, changed, ch.Full, skipped)
		}
		want, err := NewReloader("site", Options{SiteFS: fsys}).Load()
		if err != nil {
			t.Fatal(err)
		}
		describe := func(vs []*model.Verwerking) []string {
			var out []string
			for _, v := range vs {
				out = append(out, v.ID+"="+v.Naam+"@"+v.File)
			}
			return out
		}
		w := describe(want.Verwerkingen)
		sort.Strings(w)
		if g := describe(got.Verwerkingen); !slices.Equal(g, w) {
			t.Fatalf("step %d (%v):\n got  %v\n want %v", step, changed, g, w)
		}
	}
}

// TestReloadAfterAFailure: the files of a reload that failed are read again with the next change. A questionnaire
// copied to a sub-folder and then removed from its old place takes two changes; after the first (a duplicate id)
// the second must still find the copy. A failed full reload makes the next change reload everything.
func TestReloadAfterAFailure(t *testing.T) {
	fsys := siteFS(t, basePack+`
-- content/verwerkingen/a.toml --
naam = "A"
-- content/verwerkingen/b.toml --
naam = "B"
`)
	r := NewReloader("site", Options{SiteFS: fsys})
	if _, err := r.Load(); err != nil {
		t.Fatal(err)
	}
	fsys["content/verwerkingen/wmo/a.toml"] = fsys["content/verwerkingen/a.toml"]
	if _, _, err := r.Reload([]string{"content/verwerkingen/wmo/a.toml"}); AsErrors(err) == nil {
		t.Fatalf("a copy with the same id must be reported, got %v", err)
	}
	delete(fsys, "content/verwerkingen/a.toml")
	site, ch, err := r.Reload([]string{"content/verwerkingen/a.toml"})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Full {
		t.Error("the second change can be reloaded on its own")
	}
	if a := site.Verwerking("a"); a == nil || a.File != "content/verwerkingen/wmo/a.toml" {
		t.Errorf("verwerking a after the move: %+v", a)
	}

	fsys["pia.toml"] = &fstest.MapFile{Data: []byte("titel = \n")}
	if _, _, err := r.Reload([]string{"pia.toml"}); AsErrors(err) == nil {
		t.Fatalf("a broken pia.toml must be reported, got %v", err)
	}
	fsys["content/verwerkingen/b.toml"] = &fstest.MapFile{Data: []byte("naam = \"B2\"\n")}
	if _, ch, err := r.Reload([]string{"content/verwerkingen/b.toml"}); !ch.Full || AsErrors(err) == nil {
		t.Errorf("after a failed full reload the next change reloads everything: full %v, err %v", ch.Full, err)
	}
}
