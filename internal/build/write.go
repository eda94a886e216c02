package build

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
)

// writeAtomic writes files into a fresh folder next to out and then swaps it in place of out. A build that fails
// before the swap leaves out as it was. Paths are checked so that nothing can be written outside the folder.
func writeAtomic(out string, files map[string][]byte, lang i18n.Lang) error {
	out = filepath.Clean(out)
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	if err := guardOutput(out, lang); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".nieuw-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := writeTree(tmp, files); err != nil {
		return err
	}
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = tmp + ".oud"
		if err := os.Rename(out, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			_ = os.Rename(old, out)
		}
		return err
	}
	ok = true
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// guardOutput refuses to replace a folder that does not look like pia output: a typo in --uitvoer must never wipe
// a user's folder. An existing output folder is recognised by the marker file pia writes into it.
func guardOutput(out string, lang i18n.Lang) error {
	entries, err := os.ReadDir(out)
	if err != nil || len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, markerFile)); err == nil {
		return nil
	}
	return fmt.Errorf("%s", lang.T("build.geen-uitvoermap", out, markerFile))
}

// markerFile marks a folder as pia output.
const markerFile = ".pia-uitvoer"

// writeTree writes files below root, creating each folder once.
func writeTree(root string, files map[string][]byte) error {
	files[markerFile] = []byte("Deze map is gemaakt door pia build en wordt bij elke build vervangen.\n")
	names := make([]string, 0, len(files))
	dirs := map[string]bool{}
	for name := range files {
		if !safePath(name) {
			return fmt.Errorf("onveilig uitvoerpad %q", name)
		}
		names = append(names, name)
		dirs[path.Dir(name)] = true
	}
	sortedDirs := make([]string, 0, len(dirs))
	for d := range dirs {
		sortedDirs = append(sortedDirs, d)
	}
	sort.Strings(sortedDirs)
	for _, d := range sortedDirs {
		if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(d)), 0o755); err != nil {
			return err
		}
	}
	sort.Strings(names)
	return writeParallel(root, names, files)
}

func writeParallel(root string, names []string, files map[string][]byte) error {
	var errs errList
	parallel(len(names), func(i int) {
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(names[i])), files[names[i]], 0o644); err != nil {
			errs.add(err)
		}
	})
	return errs.err()
}

// safePath reports whether a slash path stays inside the output folder.
func safePath(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || strings.ContainsRune(name, 0) {
		return false
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return path.Clean(name) == name
}
