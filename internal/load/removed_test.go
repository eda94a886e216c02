package load

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
)

// removedPack is basePack's pack with a template whose lists refer to its entries in every way a verwerking can.
const removedPack = basePack + `
-- pia-templates/basis/verwerkingen/volledig.toml --
naam = "Volledig"
domein = "wmo"

[[doelen]]
id = "d1"
omschrijving = "Doel 1"

[[doelen]]
id = "d2"
omschrijving = "Doel 2"

[[betrokkenen]]
id = "client"
omschrijving = "Cliënt"

[[betrokkenen]]
id = "kind"
omschrijving = "Kind"

[[gegevens]]
id = "a"
doelen = ["d1", "d2"]
betrokkenen = ["client", "kind"]

[[gegevens]]
id = "b"
doelen = ["d2"]

[[gegevens]]
id = "c"
doelen = ["d1"]

[[grondslagen]]
artikel = "avg-6-1-e"
doelen = ["d2"]

[[grondslagen]]
artikel = "avg-6-1-e"
doelen = ["d1", "d2"]

[[ontvangers]]
id = "o1"
naam = "Eén"
gegevens = ["a", "b", "c"]

[[ontvangers]]
id = "o2"
naam = "Twee"
gegevens = ["b"]

[[bewaartermijnen]]
gegevens = ["b"]
termijn = "1 jaar"

[[bewaartermijnen]]
gegevens = ["a", "b", "c"]
termijn = "2 jaar"

[[toegang]]
rol = "Alleen b"
gegevens = ["b"]

[[toegang]]
rol = "Alles"
gegevens = ["b", "a", "c"]

[[risicos]]
id = "R1"
maatregelen = ["M1", "M2"]

[[maatregelen]]
id = "M1"
omschrijving = "Eerste"

[[maatregelen]]
id = "M2"
omschrijving = "Tweede"
`

// removing is a site file that removes b, d2, kind and M1 from volledig.
const removing = `sjabloon = "basis/volledig"

[[gegevens]]
id = "b"
verwijder = true

[[doelen]]
id = "d2"
verwijder = true

[[betrokkenen]]
id = "kind"
verwijder = true

[[maatregelen]]
id = "M1"
verwijder = true
`

// lists gives the reference lists of v in a form that is easy to compare.
func lists(v *model.Verwerking) map[string]any {
	out := map[string]any{}
	for _, g := range v.Gegevens {
		out["gegevens "+g.ID] = []any{g.Doelen, g.Betrokkenen}
	}
	var gr, bt, tg [][]string
	for _, g := range v.Grondslagen {
		gr = append(gr, g.Doelen)
	}
	for _, b := range v.Bewaartermijnen {
		bt = append(bt, b.Gegevens)
	}
	for _, a := range v.Toegang {
		tg = append(tg, append([]string{a.Rol}, a.Gegevens...))
	}
	for _, o := range v.Ontvangers {
		out["ontvanger "+o.ID] = o.Gegevens
	}
	for _, r := range v.Risicos {
		out["risico "+r.ID] = r.Maatregelen
	}
	out["grondslagen"], out["bewaartermijnen"], out["toegang"] = gr, bt, tg
	return out
}

var wantAfterRemoving = map[string]any{
	"gegevens a":      []any{[]string{"d1"}, []string{"client"}},
	"gegevens c":      []any{[]string{"d1"}, []string(nil)},
	"grondslagen":     [][]string{{"d1"}},
	"ontvanger o1":    []string{"a", "c"},
	"ontvanger o2":    []string{},
	"bewaartermijnen": [][]string{{"a", "c"}},
	"toegang":         [][]string{{"Alles", "a", "c"}},
	"risico R1":       []string{"M2"},
}

// TestRemovedEntriesTakeTheirReferences: a file that removes an inherited entry removes the template's references
// to it, and the template's entries without an id that were only about it; positions still point at the value
// in the template's file.
func TestRemovedEntriesTakeTheirReferences(t *testing.T) {
	check := func(t *testing.T, v *model.Verwerking, tmplFile string) {
		t.Helper()
		if got := lists(v); !reflect.DeepEqual(got, wantAfterRemoving) {
			t.Errorf("reference lists\n got %v\nwant %v", got, wantAfterRemoving)
		}
		// "c" is the third value of the second retention period's list in the file, the second one left.
		for path, want := range map[string]string{
			"bewaartermijnen[0].gegevens[1]": `"c"`,
			"bewaartermijnen[0].termijn":     `termijn = "2 jaar"`,
			"toegang[0].gegevens[1]":         `"c"`,
			"grondslagen[0].doelen[0]":       `"d1"`,
			"ontvangers[0].gegevens[1]":      `"c"`,
			"risicos[0].maatregelen[0]":      `"M2"`,
		} {
			p, ok := v.Pos.Exact(path)
			if !ok {
				t.Errorf("%s: no position", path)
				continue
			}
			if p.File != tmplFile {
				t.Errorf("%s: position in %s, want the template %s", path, p.File, tmplFile)
				continue
			}
			if got := at(t, removedPack, tmplFile, p); !strings.HasPrefix(got, want) {
				t.Errorf("%s: position %d:%d points at %q, want %s", path, p.Line, p.Col, got, want)
			}
		}
	}
	tmplFile := "pia-templates/basis/verwerkingen/volledig.toml"

	t.Run("site file", func(t *testing.T) {
		site := mustLoad(t, removedPack+"-- content/verwerkingen/v.toml --\n"+removing)
		v := site.Verwerkingen[0]
		check(t, v, tmplFile)
		if v.Base == nil || len(v.Base.Bewaartermijnen) != 2 || len(v.Base.Ontvangers[0].Gegevens) != 3 {
			t.Errorf("the template's own verwerking changed: %+v", v.Base)
		}
	})
	t.Run("template", func(t *testing.T) {
		site := mustLoad(t, withZonder(removing)+
			"-- content/verwerkingen/v.toml --\nsjabloon = \"basis/zonder\"\n")
		check(t, site.Verwerkingen[0], tmplFile)
	})
	t.Run("own references stay", func(t *testing.T) {
		site := mustLoad(t, removedPack+"-- content/verwerkingen/v.toml --\n"+removing+`
[[ontvangers]]
id = "o2"
gegevens = ["b", "c"]

[[bewaartermijnen]]
gegevens = ["b"]
termijn = "3 jaar"
`)
		v := site.Verwerkingen[0]
		if got := v.Ontvangers[1].Gegevens; !reflect.DeepEqual(got, []string{"b", "c"}) {
			t.Errorf("the file's own recipient lost a reference it writes: %v", got)
		}
		if len(v.Bewaartermijnen) != 1 || !reflect.DeepEqual(v.Bewaartermijnen[0].Gegevens, []string{"b"}) {
			t.Errorf("the file's own retention periods changed: %+v", v.Bewaartermijnen)
		}
		if p, _ := v.Pos.Exact("bewaartermijnen[0].gegevens[0]"); p.File != "content/verwerkingen/v.toml" {
			t.Errorf("own retention period positioned in %s", p.File)
		}
	})
	t.Run("level by level", func(t *testing.T) {
		// zonder removes b and gives its own role for b; boven extends zonder and adds a b of its own. Each file
		// drops only the references of the files below it: zonder's own role for b stays (pia check reports it),
		// and volledig's references to the removed b do not come back with boven's new b.
		zonder := removing + "\n[[toegang]]\nrol = \"Eigen\"\ngegevens = [\"b\"]\n"
		site := mustLoad(t, withZonder(zonder+
			"-- pia-templates/basis/verwerkingen/boven.toml --\nsjabloon = \"basis/zonder\"\nnaam = \"Boven\"\n"+
			"[[gegevens]]\nid = \"b\"\nomschrijving = \"Weer b\"\n")+
			"-- content/verwerkingen/v.toml --\nsjabloon = \"basis/boven\"\n")
		v := site.Verwerkingen[0]
		if got := v.Ontvangers[0].Gegevens; !reflect.DeepEqual(got, []string{"a", "c"}) {
			t.Errorf("recipient o1: %v", got)
		}
		if len(v.Toegang) != 1 || !reflect.DeepEqual(v.Toegang[0].Gegevens, []string{"b"}) {
			t.Errorf("the role zonder writes itself: %+v", v.Toegang)
		}
		if p, _ := v.Pos.Exact("toegang[0].gegevens[0]"); p.File != "pia-templates/basis/verwerkingen/zonder.toml" {
			t.Errorf("zonder's role positioned in %q", p.File)
		}
	})
	t.Run("added anew", func(t *testing.T) {
		// A template removes b and the site file adds a b of its own: that is a new gegeven, and the
		// template's references to the b it removed stay dropped.
		site := mustLoad(t, withZonder(removing)+
			"-- content/verwerkingen/v.toml --\nsjabloon = \"basis/zonder\"\n[[gegevens]]\nid = \"b\"\nomschrijving = \"Weer b\"\n")
		v := site.Verwerkingen[0]
		// The template already dropped b's references; the file adds b as a new gegeven of its own.
		if got := v.Ontvangers[0].Gegevens; !reflect.DeepEqual(got, []string{"a", "c"}) {
			t.Errorf("recipient o1: %v", got)
		}
	})
}

// withZonder is removedPack with a template zonder that extends volledig with the given body (a file that removes,
// such as removing), and the files that follow it in the archive.
func withZonder(body string) string {
	return strings.Replace(removedPack, "-- pia-templates/basis/verwerkingen/volledig.toml --",
		"-- pia-templates/basis/verwerkingen/zonder.toml --\n"+strings.Replace(body, "sjabloon", "naam = \"Zonder\"\nsjabloon", 1)+
			"-- pia-templates/basis/verwerkingen/volledig.toml --", 1)
}

// at returns the text of file in archive from position p on.
func at(t *testing.T, archive, file string, p model.Pos) string {
	t.Helper()
	src := string(siteFS(t, archive)[file].Data)
	lines := strings.Split(src, "\n")
	if p.Line < 1 || p.Line > len(lines) {
		return ""
	}
	line := []rune(lines[p.Line-1])
	if p.Col < 1 || p.Col > len(line) {
		return ""
	}
	return string(line[p.Col-1:])
}
