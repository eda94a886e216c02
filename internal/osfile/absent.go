package osfile

import (
	"errors"
	"io/fs"
	"path"
)

// ErrBrokenLink is the error of opening a link to a file or folder that is not there (any more). It is no
// fs.ErrNotExist: the name is there, and a default must not take its place.
var ErrBrokenLink = errors.New("link to nothing")

// NotThere returns err for name in fsys as it should be reported: ErrBrokenLink in a *fs.PathError when name or a
// folder of its path is a link to nothing, else err itself.
func NotThere(fsys fs.FS, name string, err error) error {
	if Missing(err) && BrokenLink(fsys, name) != "" {
		return &fs.PathError{Op: "open", Path: name, Err: ErrBrokenLink}
	}
	return err
}

// Absent reports whether err, met when opening or reading name in fsys, means that name is simply not there, so
// that a default may take its place: not a link to something that is gone (a network share that is not mounted),
// not a file where a folder of its path should be, and not a file that is there but cannot be read. Taking any
// of those for absent would quietly build a site without them, or with pia's own files in their place.
func Absent(fsys fs.FS, name string, err error) bool {
	if !Missing(err) {
		return false
	}
	d, fi, _ := nearest(fsys, name)
	switch {
	case fi != nil:
		return fi.IsDir() && d != name // a folder above name that is there: name is not
	case d != "":
		return false // listed, but it does not open
	}
	return true
}

// BrokenLink returns name or the folder of its path that its folder lists but that does not open because what it
// points at is gone, or "".
func BrokenLink(fsys fs.FS, name string) string {
	if d, fi, err := nearest(fsys, name); fi == nil && d != "" && Missing(err) {
		return d
	}
	return ""
}

// nearest walks from name up its path to the first that is there: one that opens (fi is its information), or one
// that its folder lists but that does not open (err says why). It returns "" when none of them is there.
func nearest(fsys fs.FS, name string) (d string, fi fs.FileInfo, err error) {
	for d := name; d != "." && d != "/" && d != ""; d = path.Dir(d) {
		fi, err := fs.Stat(fsys, d)
		if err == nil {
			return d, fi, nil
		}
		if listed(fsys, d) {
			return d, nil, err
		}
	}
	return "", nil, nil
}

// listed reports whether the folder above name lists it, whatever it is.
func listed(fsys fs.FS, name string) bool {
	entries, err := fs.ReadDir(fsys, path.Dir(name))
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.Name() == path.Base(name) {
			return true
		}
	}
	return false
}
