package load

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pia-nl/pia/internal/model"
)

// SourceDirs are the folders of a site that pia reads. Output inside one would be read back by the next build (under
// static/ it is even copied into the output again, a copy deeper every build), and replacing one would wipe the
// site's own files.
var SourceDirs = []string{"content", "static", "themes", "pia-templates"}

// OutputPlace says where the output folder out lies for the site in source: isSite when out is the site folder or
// holds it, else in, the folder of SourceDirs that holds out, or "" when out is a fine place. Links are resolved as
// far as the paths exist, so that a link to the site is recognised as the site.
func OutputPlace(out, source string) (isSite bool, in string) {
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return filepath.Clean(p)
		}
		for rest := ""; ; {
			if real, err := filepath.EvalSymlinks(a); err == nil {
				return filepath.Join(real, rest)
			}
			parent := filepath.Dir(a)
			if parent == a {
				return filepath.Join(a, rest)
			}
			rest = filepath.Join(filepath.Base(a), rest)
			a = parent
		}
	}
	o, s := abs(out), abs(source)
	within := func(path, dir string) bool {
		rel, err := filepath.Rel(dir, path)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	if within(s, o) {
		return true, ""
	}
	for _, d := range SourceDirs {
		if within(o, filepath.Join(s, d)) {
			return false, d
		}
	}
	return false, ""
}

// OutputMarker is the file that marks a folder as pia's output: only such a folder, or an empty one, is replaced.
const OutputMarker = ".pia-uitvoer"

// ForeignOutput says whether out is something pia build must not replace: a file (isFile), or a folder with files
// that is not pia's output (foreign). A folder that is not there, is empty or has the marker is neither.
func ForeignOutput(out string) (isFile, foreign bool, err error) {
	info, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return false, false, nil
	}
	if err != nil {
		return false, false, err
	}
	if !info.IsDir() {
		return true, false, nil
	}
	entries, err := os.ReadDir(out)
	if err != nil || len(entries) == 0 {
		return false, false, err
	}
	if _, err := os.Stat(filepath.Join(out, OutputMarker)); err == nil {
		return false, false, nil
	}
	return false, true, nil
}

// checkUitvoer reports an output folder in pia.toml that pia build would refuse, at uitvoer, so that pia check
// finds it too. The build puts the folder where this looks: in the site folder dir.
func (l *loader) checkUitvoer(dir string, cfg *model.Config) {
	out := filepath.Join(dir, filepath.FromSlash(cfg.Uitvoer))
	isSite, in := OutputPlace(out, dir)
	switch {
	case isSite:
		l.c.add(cfg.Pos.Of("uitvoer"), "load.uitvoer.site", cfg.Uitvoer)
		return
	case in != "":
		l.c.add(cfg.Pos.Of("uitvoer"), "load.uitvoer.bron", cfg.Uitvoer, in+"/")
		return
	}
	switch isFile, foreign, _ := ForeignOutput(out); {
	case isFile:
		l.c.add(cfg.Pos.Of("uitvoer"), "load.uitvoer.bestand", cfg.Uitvoer)
	case foreign:
		l.c.add(cfg.Pos.Of("uitvoer"), "load.uitvoer.vreemd", cfg.Uitvoer, OutputMarker)
	}
}
