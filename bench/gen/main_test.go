package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
)

const packDir = "../../pia-templates/vng-sociaal-domein"

// tree returns the files below dir by their path relative to it.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func generate(t *testing.T, n int, seed uint64) (string, map[string][]byte) {
	t.Helper()
	pk, err := readPack(packDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := write(dir, n, seed, pk); err != nil {
		t.Fatal(err)
	}
	return dir, tree(t, dir)
}

// TestSameSeedSameSite checks that the corpus is deterministic for a seed, and that another seed varies it.
func TestSameSeedSameSite(t *testing.T) {
	_, a := generate(t, 30, 7)
	_, b := generate(t, 30, 7)
	_, c := generate(t, 30, 8)
	if len(a) != len(b) {
		t.Fatalf("same seed: %d files against %d", len(a), len(b))
	}
	for name, content := range a {
		if !bytes.Equal(content, b[name]) {
			t.Errorf("same seed, %s differs", name)
		}
	}
	differ := 0
	for name, content := range a {
		if !bytes.Equal(content, c[name]) {
			differ++
		}
	}
	if differ < 30 {
		t.Errorf("another seed changed only %d files; want every questionnaire and page to vary", differ)
	}
}

// TestGeneratedSiteLoads checks that the generated site loads with pia's loader, one verwerking per questionnaire on
// every base of the pack, and that the Hugo site beside it has three pages per verwerking with the same Markdown.
func TestGeneratedSiteLoads(t *testing.T) {
	const n = 24
	dir, files := generate(t, n, 1)
	site, err := load.Load(dir, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatalf("generated site does not load:\n%v", err)
	}
	if len(site.Verwerkingen) != n {
		t.Fatalf("%d verwerkingen loaded, want %d", len(site.Verwerkingen), n)
	}
	perBase := map[string]int{}
	for _, v := range site.Verwerkingen {
		for _, b := range bases {
			if strings.HasPrefix(v.ID, b+"-") {
				perBase[b]++
			}
		}
		for _, kind := range []string{"pia", "werkinstructie", "privacyverklaring"} {
			page, ok := files["hugo/content/verwerkingen/"+v.ID+"-"+kind+".md"]
			if !ok {
				t.Fatalf("no Hugo page %s for %s", kind, v.ID)
			}
			if _, text, _ := strings.Cut(string(page), "+++\n\n"); strings.TrimSpace(text) != strings.TrimSpace(v.Beschrijving) {
				t.Errorf("Hugo page %s of %s has other Markdown than the verwerking's description", kind, v.ID)
			}
		}
	}
	for _, b := range bases {
		if perBase[b] != n/len(bases) {
			t.Errorf("%d verwerkingen on %s, want %d", perBase[b], b, n/len(bases))
		}
	}
}
