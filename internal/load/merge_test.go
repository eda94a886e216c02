package load

import "testing"

func mustParse(t *testing.T, file, src string) *doc {
	t.Helper()
	c := &collector{lang: "nl"}
	d := parseDoc(file, []byte(src), c)
	if d == nil || len(c.errs) > 0 {
		t.Fatalf("%s: %v", file, c.errs)
	}
	return d
}

// TestMergedPositions merges a questionnaire onto a template that itself extends a base, and checks that every
// kind of path answers with the file and line its value came from.
func TestMergedPositions(t *testing.T) {
	base := mustParse(t, "basis.toml", `naam = "basis"
doel = "basis"

[[gegevens]]
id = "a"
categorie = "basis-a"
noodzaak = "basis-a"

[[gegevens]]
id = "b"
categorie = "basis-b"
`)
	tmpl := mustParse(t, "sjabloon.toml", `doel = "sjabloon"

[[gegevens]]
id = "b"
noodzaak = "sjabloon-b"

[[gegevens]]
id = "c"
categorie = "sjabloon-c"
`)
	own := mustParse(t, "eigen.toml", `naam = "eigen"

[[gegevens]]
id = "a"
verwijder = true

[[gegevens]]
id = "c"
categorie = "eigen-c"

[[gegevens]]
id = "d"
categorie = "eigen-d"
`)
	d := merge(merge(base, tmpl), own)
	// After the merge: gegevens[0] = b (basis, with the template's noodzaak), [1] = c (template, own categorie),
	// [2] = d (own). a is removed.
	want := map[string]string{
		"":                      "eigen.toml:1:1",
		"naam":                  "eigen.toml:1:1",
		"doel":                  "sjabloon.toml:1:1",
		"gegevens[0]":           "sjabloon.toml:3:1",
		"gegevens[0].id":        "sjabloon.toml:4:1",
		"gegevens[0].categorie": "basis.toml:11:1",
		"gegevens[0].noodzaak":  "sjabloon.toml:5:1",
		"gegevens[1]":           "eigen.toml:7:1",
		"gegevens[1].categorie": "eigen.toml:9:1",
		"gegevens[1].id":        "eigen.toml:8:1",
		"gegevens[2].categorie": "eigen.toml:13:1",
		"gegevens[2].noodzaak":  "eigen.toml:11:1", // missing: falls back to its entry
		"gegevens[3].id":        "eigen.toml:1:1",  // no such entry: falls back to the file
		"gegevens":              "eigen.toml:1:1",
	}
	for path, w := range want {
		if got := d.posOf(path).String(); got != w {
			t.Errorf("%s: %s, want %s", path, got, w)
		}
	}
	if got := len(d.m["gegevens"].([]map[string]any)); got != 3 {
		t.Errorf("%d merged gegevens, want 3", got)
	}
	if _, ok := d.pos.(*mergedPos); !ok {
		t.Errorf("merged positions are a %T, want *mergedPos (shared, not copied)", d.pos)
	}
}
