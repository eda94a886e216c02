package load

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"github.com/pia-nl/pia"
)

// deniedFS is a site in which some files and folders exist but cannot be read.
type deniedFS struct {
	fstest.MapFS
	denied map[string]bool
}

func (d deniedFS) err(op, name string) error {
	if d.denied[name] {
		return &fs.PathError{Op: op, Path: name, Err: syscall.EACCES}
	}
	return nil
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if err := d.err("open", name); err != nil {
		return nil, err
	}
	return d.MapFS.Open(name)
}

func (d deniedFS) ReadFile(name string) ([]byte, error) {
	if err := d.err("open", name); err != nil {
		return nil, err
	}
	return d.MapFS.ReadFile(name)
}

func (d deniedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := d.err("open", name); err != nil {
		return nil, err
	}
	return d.MapFS.ReadDir(name)
}

// TestUnreadableIsNotMissing: a file or folder that is there but cannot be read stops the load with a message
// that names it and says why, in Dutch; it is not taken for an empty folder, which would publish an empty site.
func TestUnreadableIsNotMissing(t *testing.T) {
	const site = `
-- pia.toml --
titel = "Site"
[organisatie]
naam = "Gemeente"
-- content/verwerkingen/a.toml --
naam = "A"
-- content/over.md --
+++
titel = "Over"
+++
Tekst.
`
	for _, c := range []struct{ denied, want string }{
		{"pia.toml", "pia.toml: kan het bestand niet lezen: geen toestemming"},
		{"content/verwerkingen", "content/verwerkingen: kan de map content/verwerkingen niet lezen: geen toestemming"},
		{"content/verwerkingen/a.toml", "content/verwerkingen/a.toml: kan het bestand niet lezen: geen toestemming"},
		{"content", "content: kan de map content niet lezen: geen toestemming"},
		{"content/over.md", "content/over.md: kan het bestand niet lezen: geen toestemming"},
	} {
		fsys := deniedFS{MapFS: siteFS(t, site), denied: map[string]bool{c.denied: true}}
		_, err := Load("site", Options{SiteFS: fsys})
		if err == nil {
			t.Errorf("%s cannot be read, yet the site loaded", c.denied)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s cannot be read:\n%v\nwant %q", c.denied, err, c.want)
		}
	}
	// Without a pia.toml the message is the one for a folder that is no site.
	fsys := siteFS(t, site)
	delete(fsys, "pia.toml")
	if _, err := Load("site", Options{SiteFS: fsys}); err == nil || !strings.Contains(err.Error(), "geen pia.toml gevonden") {
		t.Errorf("missing pia.toml: %v", err)
	}
}

// TestFolderGoneIsNotEmpty: content/ or content/verwerkingen/ that is a link to a folder that is gone (a network
// share not mounted), or a file, stops the load; only a folder that is simply not there means no questionnaires.
func TestFolderGoneIsNotEmpty(t *testing.T) {
	for _, c := range []struct {
		name string
		make func(t *testing.T, dir string)
		want string // "" for a site that loads without verwerkingen
	}{
		{"content is a link to nothing", func(t *testing.T, dir string) { link(t, dir, "content") },
			"content is een link naar een map of bestand dat er niet (meer) is"},
		{"verwerkingen is a link to nothing", func(t *testing.T, dir string) { mkdir(t, dir, "content"); link(t, dir, "content/verwerkingen") },
			"content/verwerkingen is een link naar een map of bestand dat er niet (meer) is"},
		{"verwerkingen is a file", func(t *testing.T, dir string) { mkdir(t, dir, "content"); write(t, dir, "content/verwerkingen") },
			"kan de map content/verwerkingen niet lezen"},
		{"content is a file", func(t *testing.T, dir string) { write(t, dir, "content") },
			"kan de map content/verwerkingen niet lezen"},
		{"no content", func(t *testing.T, dir string) {}, ""},
		{"no verwerkingen", func(t *testing.T, dir string) { mkdir(t, dir, "content") }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := diskSite(t, "")
			c.make(t, dir)
			site, err := Load(dir, Options{})
			switch {
			case c.want == "" && err != nil:
				t.Errorf("a site without questionnaires: %v", err)
			case c.want == "" && len(site.Verwerkingen) != 0:
				t.Errorf("%d verwerkingen", len(site.Verwerkingen))
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
}

// diskSite writes a pia.toml with a title and an organisation into a new folder and returns the folder: top goes
// above [organisatie], organisatie (if any) into it.
func diskSite(t *testing.T, top string, organisatie ...string) string {
	t.Helper()
	dir := t.TempDir()
	src := "titel = \"Site\"\n" + top + "[organisatie]\nnaam = \"Gemeente\"\n" + strings.Join(organisatie, "")
	if err := os.WriteFile(filepath.Join(dir, "pia.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func link(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.Symlink(filepath.Join(dir, "weg"), filepath.Join(dir, filepath.FromSlash(name))); err != nil {
		t.Skip("no links here:", err)
	}
}

func mkdir(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(name)), 0o755); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPackPartGoneIsNotAbsent: a part of a site's pack that is a link to nothing, or a file where a folder should
// be, stops the load; it is not read as "no questions", "no catalogue" or "no pack of the site's own", which would
// report every answer as unknown or quietly use the pack pia brings. A pack kept elsewhere behind a link is read.
func TestPackPartGoneIsNotAbsent(t *testing.T) {
	const site = `
-- pia.toml --
titel = "Site"
sjablonen = ["eigen"]
[organisatie]
naam = "Gemeente"
-- content/verwerkingen/a.toml --
sjabloon = "eigen/basis"
naam = "A"
-- pia-templates/eigen/pack.toml --
naam = "eigen"
versie = "1.0.0"
-- pia-templates/eigen/vragen.toml --
[[vragen]]
id = "V.1"
vraag = "Waarom?"
-- pia-templates/eigen/verwerkingen/basis.toml --
naam = "Basis"
-- pia-templates/eigen/catalogus/extra.toml --
-- pia-templates/eigen/teksten/privacyverklaring-fg.md --
Tekst.
`
	const pack = "pia-templates/eigen"
	for _, c := range []struct {
		name, want string
		make       func(t *testing.T, dir string)
	}{
		{"vragen.toml is a link to nothing", pack + "/vragen.toml is een link",
			func(t *testing.T, dir string) { remove(t, dir, pack+"/vragen.toml"); link(t, dir, pack+"/vragen.toml") }},
		{"catalogus is a file", "kan de map " + pack + "/catalogus niet lezen",
			func(t *testing.T, dir string) { remove(t, dir, pack+"/catalogus"); write(t, dir, pack+"/catalogus") }},
		{"verwerkingen is a link to nothing", pack + "/verwerkingen is een link",
			func(t *testing.T, dir string) {
				remove(t, dir, pack+"/verwerkingen")
				link(t, dir, pack+"/verwerkingen")
			}},
		{"teksten is a link to nothing", pack + "/teksten is een link",
			func(t *testing.T, dir string) { remove(t, dir, pack+"/teksten"); link(t, dir, pack+"/teksten") }},
		{"the pack is a link to nothing", pack + " is een link",
			func(t *testing.T, dir string) { remove(t, dir, pack); link(t, dir, pack) }},
		{"pia-templates is a link to nothing", "pia-templates is een link",
			func(t *testing.T, dir string) { remove(t, dir, "pia-templates"); link(t, dir, "pia-templates") }},
		{"pack.toml is a folder", pack + "/pack.toml: kan het bestand niet lezen",
			func(t *testing.T, dir string) { remove(t, dir, pack+"/pack.toml"); mkdir(t, dir, pack+"/pack.toml") }},
		{"the pack is a link to its folder elsewhere", "", func(t *testing.T, dir string) {
			elsewhere := filepath.Join(t.TempDir(), "eigen")
			if err := os.Rename(filepath.Join(dir, filepath.FromSlash(pack)), elsewhere); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(elsewhere, filepath.Join(dir, filepath.FromSlash(pack))); err != nil {
				t.Skip("no links here:", err)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, f := range siteFS(t, site) {
				mkdir(t, dir, path.Dir(name))
				if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c.make(t, dir)
			s, err := Load(dir, Options{})
			switch {
			case c.want == "" && err != nil:
				t.Errorf("the linked pack: %v", err)
			case c.want == "" && (len(s.Verwerkingen) != 1 || len(s.Packs) == 0 || s.Packs[0].Naam != "eigen"):
				t.Errorf("the linked pack was not read: %d verwerkingen", len(s.Verwerkingen))
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
}

func remove(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
		t.Fatal(err)
	}
}

// TestThemeFolderGone: the site's folder of its theme behind a link to nothing is reported as such, at thema in
// pia.toml, rather than as a theme that does not exist (or quietly replaced by the theme pia brings).
func TestThemeFolderGone(t *testing.T) {
	dir := diskSite(t, "thema = \"default\"\n")
	mkdir(t, dir, "themes")
	link(t, dir, "themes/default")
	_, err := Load(dir, Options{Embedded: pia.Embedded()})
	if err == nil || !strings.Contains(err.Error(), "pia.toml:2:1: kan de map themes/default van het thema niet lezen: "+
		"themes/default is een link") {
		t.Errorf("got %v", err)
	}
}

// TestLogoBehindAFolderGone: a logo in a static/ that is a link to nothing is reported as that, not as a logo
// that does not exist.
func TestLogoBehindAFolderGone(t *testing.T) {
	dir := diskSite(t, "", "logo = \"static/logo.svg\"\n")
	link(t, dir, "static")
	_, err := Load(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "pia.toml:4:1: kan het bestand niet lezen: static is een link") {
		t.Errorf("got %v", err)
	}
}
