package build

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/rules"
	"github.com/pia-nl/pia/internal/testsite"
)

// probe loads the site in dir and probes it as pia check does.
func probe(t *testing.T, dir string) error {
	t.Helper()
	site, err := load.Load(dir, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPipeline(site, Options{Source: dir, Embedded: pia.Embedded(), HTML: true, PDF: true})
	if err != nil {
		return err
	}
	return p.Probe(rules.Evaluate(site))
}

// TestProbeRendersEveryKind: a layout of the theme that stops on one kind of page only (the register, the overall
// privacy statement) fails the probe, as it fails the build.
func TestProbeRendersEveryKind(t *testing.T) {
	dir := copyExample(t)
	if err := probe(t, dir); err != nil {
		t.Fatalf("the example: %v", err)
	}
	for _, kind := range []string{"register", "privacy"} {
		dir := copyExample(t)
		layout := filepath.Join(dir, "themes", "default", "layouts", kind+".html")
		if err := os.MkdirAll(filepath.Dir(layout), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(layout, []byte(`{{define "main"}}<h1>{{.Title}}</h1>{{.Bestaatniet}}{{.Body}}{{end}}`), 0o644); err != nil {
			t.Fatal(err)
		}
		err := probe(t, dir)
		if err == nil || !strings.Contains(err.Error(), kind+".html") || !strings.Contains(err.Error(), "Bestaatniet") {
			t.Errorf("a %s layout that stops: %v", kind, err)
		}
	}
}

// TestProbeRendersEveryPageOfSiteLayouts: a layout of the site's own that stops on one page only, past the first
// verwerking, fails the probe, as it fails the build; the shipped layouts are probed on one page of each kind.
func TestProbeRendersEveryPageOfSiteLayouts(t *testing.T) {
	dir := copyExample(t)
	shipped, err := os.ReadFile(filepath.Join(testsite.Root(), "themes", "default", "layouts", "document.html"))
	if err != nil {
		t.Fatal(err)
	}
	const page = "verwerkingen/zelfredzaamheidsmatrix/werkinstructie/index.html"
	stops := strings.Replace(string(shipped), "{{.Body}}",
		`{{.Body}}{{if eq .Path "`+page+`"}}{{index .Meta 99}}{{end}}`, 1)
	if stops == string(shipped) {
		t.Fatal("the shipped document.html has no {{.Body}}")
	}
	layout := filepath.Join(dir, "themes", "default", "layouts", "document.html")
	if err := os.MkdirAll(filepath.Dir(layout), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(layout, []byte(stops), 0o644); err != nil {
		t.Fatal(err)
	}
	err = probe(t, dir)
	if err == nil || !strings.Contains(err.Error(), page) || !strings.Contains(err.Error(), "index .Meta 99") {
		t.Errorf("a layout that stops on %s only: %v", page, err)
	}
}

// TestProbeDoesNotReadStatic: the probe opens the files of static/ but does not read them; a site may keep
// hundreds of megabytes there.
func TestProbeDoesNotReadStatic(t *testing.T) {
	dir := copyExample(t)
	big := filepath.Join(dir, "static", "groot.bin")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(512 << 20); err != nil { // sparse: no disk space, but 512 MB to read
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := probe(t, dir); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 256<<20 {
		t.Errorf("the probe allocated %d MB: it read static/", got>>20)
	}
}

// TestLinkedStatic: static/ may be a link to a folder elsewhere; the build copies its files under static/ as if
// it were the folder itself, and the probe opens them.
func TestLinkedStatic(t *testing.T) {
	dir := copyExample(t)
	elsewhere := filepath.Join(t.TempDir(), "beelden")
	if err := os.Rename(filepath.Join(dir, "static"), elsewhere); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(dir, "static")); err != nil {
		t.Skip("no links here:", err)
	}
	if err := probe(t, dir); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "uit")
	build(t, dir, out, false)
	if _, err := os.Stat(filepath.Join(out, "static", "logo.svg")); err != nil {
		t.Errorf("the logo of the linked static/ is not in the output: %v", err)
	}
}

// TestOwnFontFamily: a site that puts a family of its own in themes/default/fonts/ gets only its four faces, none
// of pia's mixed in (which would give two files for one face); a site that replaces one face under the name of
// pia's file keeps pia's other three.
func TestOwnFontFamily(t *testing.T) {
	shipped := filepath.Join(testsite.Root(), "themes", "default", "fonts")
	for _, c := range []struct {
		name  string
		files map[string]string // the site's file: pia's file it is a copy of
	}{
		{"a family of its own", map[string]string{"Eigen-Regular.ttf": "DejaVuSans.ttf", "Eigen-Bold.ttf": "DejaVuSans-Bold.ttf",
			"Eigen-Italic.ttf": "DejaVuSans-Oblique.ttf", "Eigen-Bold-Italic.ttf": "DejaVuSans-BoldOblique.ttf"}},
		{"one face replaced", map[string]string{"DejaVuSans-Bold.ttf": "DejaVuSans-Bold.ttf"}},
		{"a family of its own without italics", map[string]string{"Eigen-Regular.ttf": "DejaVuSans.ttf",
			"Eigen-Bold.ttf": "DejaVuSans-Bold.ttf"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyExample(t)
			fonts := filepath.Join(dir, "themes", "default", "fonts")
			if err := os.RemoveAll(fonts); err != nil { // the example site is pia's repository, with pia's theme
				t.Fatal(err)
			}
			if err := os.MkdirAll(fonts, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, from := range c.files {
				b, err := os.ReadFile(filepath.Join(shipped, from))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(fonts, name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := probe(t, dir)
			if strings.Contains(c.name, "without") {
				// Said of the site's own family, not of a file of pia's it never saw.
				if err == nil || !strings.Contains(err.Error(), "ontbreekt het lettertype voor cursief") || strings.Contains(err.Error(), "allebei") {
					t.Errorf("got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
