package theme

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia/internal/osfile"
)

func TestOpenOverlay(t *testing.T) {
	embedded := fstest.MapFS{
		"themes/default/theme.toml":          {Data: []byte("naam = \"default\"")},
		"themes/default/assets/tokens.css":   {Data: []byte("embedded tokens")},
		"themes/default/assets/pia.css":      {Data: []byte("embedded pia")},
		"themes/default/layouts/base.html":   {Data: []byte("embedded base")},
		"themes/other/layouts/base.html":     {Data: []byte("other")},
		"themes/default/layouts/partials/x":  {Data: []byte("x")},
		"pia-templates/vng/pack.toml":        {Data: []byte("")},
		"themes/default/assets/img/logo.svg": {Data: []byte("<svg/>")},
	}
	site := fstest.MapFS{
		"themes/default/assets/tokens.css": {Data: []byte("site tokens")},
		"themes/default/layouts/pia.html":  {Data: []byte("site pia layout")},
	}
	th, err := Open(site, embedded, "default")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"assets/tokens.css": "site tokens",
		"assets/pia.css":    "embedded pia",
		"layouts/pia.html":  "site pia layout",
		"layouts/base.html": "embedded base",
	} {
		b, err := fs.ReadFile(th, name)
		if err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", name, b, err, want)
		}
	}
	entries, err := fs.ReadDir(th, "layouts")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, ","); got != "base.html,partials,pia.html" {
		t.Errorf("ReadDir(layouts) = %s", got)
	}
	// WalkDir sees both layers through the merged directories.
	var files []string
	if err := fs.WalkDir(th, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := "assets/img/logo.svg,assets/pia.css,assets/tokens.css,layouts/base.html,layouts/partials/x,layouts/pia.html,theme.toml"
	if got := strings.Join(files, ","); got != want {
		t.Errorf("walk = %s\nwant   %s", got, want)
	}
	if _, err := fs.ReadFile(th, "assets/missing.css"); err == nil {
		t.Error("missing file opened")
	}
	if _, err := th.Open("../secret"); err == nil {
		t.Error("invalid path opened")
	}
}

func TestOpenSiteOnlyAndEmbeddedOnly(t *testing.T) {
	site := fstest.MapFS{"themes/eigen/layouts/base.html": {Data: []byte("eigen")}}
	th, err := Open(site, nil, "eigen")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := fs.ReadFile(th, "layouts/base.html"); string(b) != "eigen" {
		t.Errorf("got %q", b)
	}
	embedded := fstest.MapFS{"themes/default/theme.toml": {Data: []byte("x")}}
	if _, err := Open(nil, embedded, "default"); err != nil {
		t.Fatal(err)
	}
}

func TestOpenErrors(t *testing.T) {
	embedded := fstest.MapFS{"themes/default/theme.toml": {Data: []byte("x")}}
	_, err := Open(fstest.MapFS{}, embedded, "gemeente")
	if err == nil || !strings.Contains(err.Error(), `thema "gemeente" bestaat niet`) ||
		!strings.Contains(err.Error(), "themes/gemeente/") {
		t.Errorf("unknown theme: %v", err)
	}
	for _, bad := range []string{"", "..", "a/b", `a\b`, "."} {
		if _, err := Open(embedded, embedded, bad); err == nil || !strings.Contains(err.Error(), "ongeldig") {
			t.Errorf("Open(%q) = %v, want an error about the name", bad, err)
		}
	}
}

func TestEmbeddedDefaultTheme(t *testing.T) {
	// The shipped theme must open from the repository's themes/ folder as the binary embeds it.
	th, err := Open(nil, os.DirFS("../.."), "default")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(th, "theme.toml"); err != nil {
		t.Fatal(err)
	}
}

// Files that macOS and editors write unasked beside a theme's files (._base.html, .DS_Store, .#base.html) are no
// part of the theme: a listing leaves them out, so that they do not become layouts, assets or fonts.
func TestOpenLeavesOutHiddenFiles(t *testing.T) {
	site := fstest.MapFS{
		"themes/eigen/layouts/base.html":            {Data: []byte("eigen")},
		"themes/eigen/layouts/._base.html":          {Data: []byte("\x00\x05\x16\x07")},
		"themes/eigen/layouts/partials/._nav.html":  {Data: []byte("\x00\x05\x16\x07")},
		"themes/eigen/assets/.DS_Store":             {Data: []byte("\x00")},
		"themes/eigen/fonts/._Inter-Regular.ttf":    {Data: []byte("\x00")},
		"themes/eigen/fonts/Inter-Regular.ttf":      {Data: []byte("ttf")},
		"themes/eigen/layouts/partials/header.html": {Data: []byte("header")},
	}
	th, err := Open(site, nil, "eigen")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	if err := fs.WalkDir(th, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	want := "fonts/Inter-Regular.ttf,layouts/base.html,layouts/partials/header.html"
	if got := strings.Join(files, ","); got != want {
		t.Errorf("walk = %s\nwant   %s", got, want)
	}
	if partials, _ := fs.Glob(th, "layouts/partials/*.html"); len(partials) != 1 {
		t.Errorf("partials = %v", partials)
	}
}

// TestFolderOverFile: a folder of the site where the shipped theme has a file hides that file, and a file of the
// site hides a folder below: the merged listing is the upper layer's, and reading the folder as a file fails as a
// folder does, not with the lower layer's "not a directory".
func TestFolderOverFile(t *testing.T) {
	site := fstest.MapFS{
		"themes/t/layouts/footer.html/x": {Data: []byte("x")},
		"themes/t/assets":                {Data: []byte("een bestand")},
	}
	shipped := fstest.MapFS{
		"themes/t/layouts/footer.html": {Data: []byte("voet")},
		"themes/t/assets/pia.css":      {Data: []byte("p{}")},
	}
	th, err := Open(site, shipped, "t")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(th, "layouts/footer.html")
	if err != nil || len(entries) != 1 || entries[0].Name() != "x" {
		t.Errorf("the site's folder footer.html: %v, %v; want its one entry", entries, err)
	}
	if fi, err := fs.Stat(th, "layouts/footer.html"); err != nil || !fi.IsDir() {
		t.Errorf("footer.html is the site's folder: %v, %v", fi, err)
	}
	if _, err := fs.ReadDir(th, "assets"); err == nil {
		t.Error("the site's file assets is listed as a folder")
	}
	if b, err := fs.ReadFile(th, "assets"); err != nil || string(b) != "een bestand" {
		t.Errorf("the site's file assets: %q, %v", b, err)
	}
}

// TestSiteHas: only what the site's own folder of the theme holds counts, not what the shipped theme brings.
func TestSiteHas(t *testing.T) {
	embedded := fstest.MapFS{
		"themes/default/layouts/base.html": {Data: []byte("base")},
		"themes/default/assets/pia.css":    {Data: []byte("css")},
	}
	for _, tc := range []struct {
		site    fstest.MapFS
		layouts bool
	}{
		{nil, false},
		{fstest.MapFS{"themes/default/assets/tokens.css": {Data: []byte("kleuren")}}, false},
		{fstest.MapFS{"themes/default/layouts/partials/footer.html": {Data: []byte("voet")}}, true},
		{fstest.MapFS{"themes/ander/layouts/base.html": {Data: []byte("ander")}}, false},
	} {
		var site fs.FS
		if tc.site != nil {
			site = tc.site
		}
		th, err := Open(site, embedded, "default")
		if err != nil {
			t.Fatal(err)
		}
		if got := SiteHas(th, "layouts"); got != tc.layouts {
			t.Errorf("site %v: SiteHas(layouts) = %v, want %v", tc.site, got, tc.layouts)
		}
	}
}

// TestSiteFileThatDoesNotOpenIsNoFallback: a file of the site's theme that is there but does not open (a link to
// nothing, a named pipe) is an error, not a reason to use pia's own file; so is the site's theme folder itself
// behind a link to nothing.
func TestSiteFileThatDoesNotOpenIsNoFallback(t *testing.T) {
	embedded := fstest.MapFS{
		"themes/default/layouts/base.html":            {Data: []byte("base")},
		"themes/default/layouts/partials/footer.html": {Data: []byte("voet")},
	}
	dir := t.TempDir()
	partials := filepath.Join(dir, "themes", "default", "layouts", "partials")
	if err := os.MkdirAll(partials, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "weg.html"), filepath.Join(partials, "footer.html")); err != nil {
		t.Skip("no links here:", err)
	}
	th, err := Open(osfile.DirFS(dir), embedded, "default")
	if err != nil {
		t.Fatal(err)
	}
	if b, err := fs.ReadFile(th, "layouts/partials/footer.html"); err == nil {
		t.Errorf("a link to nothing read as pia's own file: %q", b)
	}
	if b, err := fs.ReadFile(th, "layouts/base.html"); err != nil || string(b) != "base" {
		t.Errorf("a file the site does not have: %q, %v", b, err)
	}

	gone := t.TempDir()
	if err := os.MkdirAll(filepath.Join(gone, "themes"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(gone, "weg"), filepath.Join(gone, "themes", "default")); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(osfile.DirFS(gone), embedded, "default"); err == nil {
		t.Error("the site's theme folder behind a link to nothing: pia's own theme was used")
	}

	// A file where the site's theme folder, or its fonts/, should be.
	file := t.TempDir()
	if err := os.MkdirAll(filepath.Join(file, "themes"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(file, "themes", "default"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(osfile.DirFS(file), embedded, "default"); err == nil {
		t.Error("a file in the place of the site's theme folder: pia's own theme was used")
	}
	embedded["themes/default/fonts/DejaVuSans.ttf"] = &fstest.MapFile{Data: []byte("font")}
	fonts := t.TempDir()
	if err := os.MkdirAll(filepath.Join(fonts, "themes", "default"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(fonts, "themes", "default", "fonts"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	th, err = Open(osfile.DirFS(fonts), embedded, "default")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Part(th, "fonts"); err == nil {
		t.Error("a file in the place of the site's fonts/: pia's own fonts were used")
	}
}
