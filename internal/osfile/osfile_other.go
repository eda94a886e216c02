//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package osfile

import (
	"io/fs"
	"os"
)

func readFile(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if special(fi.Mode()) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return os.ReadFile(name)
}

func readable(name string) error {
	fi, err := os.Stat(name)
	if err != nil {
		return err
	}
	if special(fi.Mode()) {
		return &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	return f.Close()
}

func writeFile(name string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(name, data, perm)
}

// ReadFile reads the named file of the tree with os.DirFS.
func (d dirFS) ReadFile(name string) ([]byte, error) {
	fi, err := fs.Stat(d.FS, name)
	if err != nil {
		return nil, err
	}
	if special(fi.Mode()) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return fs.ReadFile(d.FS, name)
}
