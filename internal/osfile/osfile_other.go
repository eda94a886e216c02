//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package osfile

import (
	"io/fs"
	"os"
)

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }

func writeFile(name string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(name, data, perm)
}

// ReadFile reads the named file of the tree with os.DirFS.
func (d dirFS) ReadFile(name string) ([]byte, error) { return fs.ReadFile(d.FS, name) }
