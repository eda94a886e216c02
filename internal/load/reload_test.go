package load

import (
	"testing"
	"testing/fstest"
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
