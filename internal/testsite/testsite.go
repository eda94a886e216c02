// Package testsite gives tests a private copy of the example site (the repository root's pia.toml, content/ and
// static/), so that builds and edits never touch the repository.
package testsite

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root is the repository root, found from this file's location so that it works from any package's tests.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// CopyExample copies the example site into a temporary folder and returns it.
func CopyExample(t testing.TB) string {
	t.Helper()
	root, dst := Root(), t.TempDir()
	for _, name := range []string{"pia.toml", "content", "static"} {
		err := filepath.WalkDir(filepath.Join(root, name), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}
