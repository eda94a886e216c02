// Package theme finds a site's theme: the folder themes/<name>/ of the site laid over the theme of the same name
// that is embedded in the binary. A municipality can thus replace one file (tokens.css with its own colours, or a
// single layout) and keep everything else from the shipped theme.
package theme

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"syscall"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/osfile"
)

// Open returns the theme name as one file system: files of site's themes/<name>/ replace files of the same path in
// embedded's themes/<name>/, and directories list the files of both. Either file system may be nil. It is an error
// when neither has the theme, when the name is not a plain folder name, and when the site's themes/<name> is there
// but does not open as a folder (a link to nothing, a file, no permission): pia's own theme does not quietly take
// its place.
func Open(site, embedded fs.FS, name string) (fs.FS, error) {
	if name == "" || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		return nil, errors.New(i18n.T("theme.naam", name))
	}
	var o overlay
	dir := path.Join("themes", name)
	for i, fsys := range []fs.FS{site, embedded} {
		if fsys == nil {
			continue
		}
		// The site's theme folder behind a link to nothing, unreadable or a file is no reason to use pia's own.
		there, err := folderIn(fsys, dir)
		if err != nil {
			return nil, err
		}
		if there {
			sub, err := fs.Sub(fsys, dir)
			if err != nil {
				return nil, err
			}
			o.layers = append(o.layers, sub)
			o.sources = append(o.sources, [2]string{"", " " + i18n.T("theme.ingebouwd")}[i])
		}
	}
	if len(o.layers) == 0 {
		return nil, errors.New(i18n.T("theme.onbekend", name, name))
	}
	o.dir = dir
	return o, nil
}

// Source names a file of a theme for a message: its path in the site (themes/<name>/<file>), and a note that
// says it is the tool's own when the site does not replace the file ("" otherwise). For a file system that Open
// did not return, it is file itself.
func Source(theme fs.FS, file string) (path, note string) {
	o, ok := theme.(overlay)
	if !ok {
		return file, ""
	}
	for i, l := range o.layers {
		if _, err := fs.Stat(l, file); err == nil || !osfile.Absent(l, file, err) {
			return o.dir + "/" + file, o.sources[i] // there, though maybe unreadable
		}
	}
	return o.dir + "/" + file, ""
}

// FromSite reports whether theme, as Open returned it, reads the site's own folder themes/<name>/. Only then does a
// file added to that folder later show up in it; otherwise the theme must be opened again.
func FromSite(theme fs.FS) bool {
	o, ok := theme.(overlay)
	return ok && len(o.sources) > 0 && o.sources[0] == ""
}

// SiteHas reports whether the site's own folder of theme, as Open returned it, has name (a file or a folder, such
// as "layouts"): whether the site replaces or adds that part of the theme.
func SiteHas(theme fs.FS, name string) bool {
	if !FromSite(theme) {
		return false
	}
	_, err := fs.Stat(theme.(overlay).layers[0], name)
	return err == nil
}

// Part returns the folder name of theme as one whole: the site's own when the site's folder of the theme has it,
// else the tool's. Unlike the rest of a theme, whose files the site replaces one by one, some folders only make
// sense whole: the four fonts of a theme are one family, and a site with its own family in fonts/ must not get
// the shipped faces mixed in.
func Part(theme fs.FS, name string) (fs.FS, error) {
	o, ok := theme.(overlay)
	if !ok {
		return fs.Sub(theme, name)
	}
	for _, l := range o.layers {
		there, err := folderIn(l, name)
		if err != nil {
			return nil, err
		}
		if there {
			return fs.Sub(l, name)
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// folderIn reports whether fsys has the folder name. It is an error when name is there but is no folder that
// opens: a file in its place, a link to nothing, one without permission. Only a name that is not there at all
// leaves the place to the layer below.
func folderIn(fsys fs.FS, name string) (bool, error) {
	fi, err := fs.Stat(fsys, name)
	switch {
	case err == nil && fi.IsDir():
		return true, nil
	case err == nil:
		return false, &fs.PathError{Op: "open", Path: name, Err: syscall.ENOTDIR}
	case osfile.Absent(fsys, name, err):
		return false, nil
	}
	return false, osfile.NotThere(fsys, name, err)
}

// Shipped reports whether a layer below the site's own folder of theme has the file name: whether a file of the
// site by that name replaces one of the tool's.
func Shipped(theme fs.FS, name string) bool {
	o, ok := theme.(overlay)
	if !ok {
		return false
	}
	for i, l := range o.layers {
		if o.sources[i] == "" {
			continue
		}
		if _, err := fs.Stat(l, name); err == nil {
			return true
		}
	}
	return false
}

// overlay is a read-only union of file systems; the first layer that has a file wins.
type overlay struct {
	layers  []fs.FS
	sources []string // per layer: "" for the site's, a note for the tool's own
	dir     string   // themes/<name>
}

// Open implements fs.FS. A directory opens as a merged directory so that fs.ReadDir and fs.WalkDir see every layer.
func (o overlay) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	for _, l := range o.layers {
		fi, err := fs.Stat(l, name)
		if err != nil {
			// Only a file that is not there falls through to the layer below. One that is there but cannot be
			// read (no permission, a link to nothing, a named pipe) is an error: the site meant to replace it.
			if !osfile.Absent(l, name, err) {
				return nil, osfile.NotThere(l, name, err)
			}
			continue
		}
		if fi.IsDir() {
			entries, err := o.ReadDir(name)
			if err != nil {
				return nil, err
			}
			return &dir{info: fi, entries: entries}, nil
		}
		return l.Open(name)
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadDir implements fs.ReadDirFS: the entries of every layer, an upper layer's entry hiding a lower one of the
// same name, sorted by name. Entries whose name starts with a dot are left out: tools write them unasked beside a
// theme's files (macOS's ._base.html and .DS_Store, Emacs's .#base.html), and they are no part of the theme.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, l := range o.layers {
		// A file in an upper layer hides a folder of the same name below, and a folder above hides a file.
		if fi, err := fs.Stat(l, name); err == nil && !fi.IsDir() {
			if found {
				break
			}
			return nil, &fs.PathError{Op: "readdir", Path: name, Err: syscall.ENOTDIR}
		}
		entries, err := fs.ReadDir(l, name)
		if err != nil {
			if osfile.Absent(l, name, err) {
				continue
			}
			return nil, osfile.NotThere(l, name, err)
		}
		found = true
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// dir is an open merged directory.
type dir struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	off     int
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dir) Close() error               { return nil }
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}

// ReadDir implements fs.ReadDirFile.
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	if n > len(rest) {
		n = len(rest)
	}
	d.off += n
	return rest[:n], nil
}
