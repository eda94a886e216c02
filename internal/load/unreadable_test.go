package load

import (
	"io/fs"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
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
