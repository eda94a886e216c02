package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/suggest"
)

// place is a file of a pack with an optional line and column, as pia check writes it:
// "(ingebouwd)/pia-templates/vng-sociaal-domein/verwerkingen/wmo-maatwerkvoorziening.toml:325:1".
var place = regexp.MustCompile(`(?s)^(.*?)(?::(\d+))?(?::(\d+))?$`)

// lineBreak is a line break with the spaces around it: a place copied from a PDF or a narrow terminal may have been
// wrapped inside its path.
var lineBreak = regexp.MustCompile(`[ \t]*\r?\n[ \t]*`)

// cleanPlace undoes what copying may have done to a place: a line break inside it, and quotes that a shell did not
// remove (cmd.exe passes '…' on as it is).
func cleanPlace(arg string) string {
	arg = lineBreak.ReplaceAllString(strings.TrimSpace(arg), "")
	for _, q := range []string{"'", `"`} {
		if len(arg) >= 2 && strings.HasPrefix(arg, q) && strings.HasSuffix(arg, q) {
			arg = arg[1 : len(arg)-1]
		}
	}
	return arg
}

// showPackFile writes a file of a template pack: a template named as <pakket>/<verwerking>, or any file of a
// pack by the path pia check gives, also one built into pia ((ingebouwd)/…), which the user has no other way to
// open. Without a line the file is written as it is; with one, the lines around it, numbered, the line marked.
func showPackFile(e *env, bron, arg string) error {
	m := place.FindStringSubmatch(cleanPlace(arg))
	name := m[1]
	line, errL := strconv.Atoi(m[2])
	col, errC := strconv.Atoi(m[3])
	// What follows a colon after the last folder is a line and a column: "x.toml:abc", "x.toml:12:" and a number
	// too large to be one are not a file's name.
	slash := strings.LastIndexByte(name, '/') + 1
	if i := strings.IndexByte(name[slash:], ':'); i >= 0 || m[2] != "" && errL != nil || m[3] != "" && errC != nil {
		file := name
		if i >= 0 {
			file = name[:slash+i]
		}
		return usageError{e.lang.T("cli.sjablonen.regelnummer", arg, file)}
	}
	fsys, file, display, err := packFile(e, bron, name)
	if err != nil {
		return err
	}
	src, err := fs.ReadFile(fsys, file)
	switch {
	case osfile.Missing(err):
		return usageError{e.lang.T("cli.sjablonen.geen-bestand", display)}
	case err != nil:
		if fi, serr := fs.Stat(fsys, file); serr == nil && fi.IsDir() {
			return usageError{e.lang.T("cli.sjablonen.is-map", display)}
		}
		return usageError{e.lang.T("cli.sjablonen.lezen", display, osfile.Reason(e.lang, err))}
	}
	if line == 0 {
		_, err := e.stdout.Write(src)
		return err
	}
	lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	if line > len(lines) {
		return usageError{e.lang.T("cli.sjablonen.geen-regel", display, line, len(lines))}
	}
	w := bufio.NewWriter(e.stdout)
	fmt.Fprintln(w, display)
	first, last := max(1, line-5), min(len(lines), line+10)
	width := len(strconv.Itoa(last))
	for n := first; n <= last; n++ {
		mark := " "
		if n == line {
			mark = ">"
		}
		fmt.Fprintf(w, "%s %*d | %s\n", mark, width, n, load.Visible(strings.TrimSuffix(lines[n-1], "\r")))
		if n == line && col > 1 {
			// The caret under the column, counted in characters as pia check counts them.
			fmt.Fprintf(w, "  %*s | %s^\n", width, "", strings.Repeat(" ", col-1))
		}
	}
	return w.Flush()
}

// packFile finds the file that name means: a path under (ingebouwd)/pia-templates/ in pia's own packs, a path under
// pia-templates/ in the site, or <pakket>/<verwerking> as pia new takes it, in the version the site chooses. It
// returns the file system and the path in it, and the path as pia check would write it (display).
func packFile(e *env, bron, name string) (fsys fs.FS, file, display string, err error) {
	switch {
	case strings.HasPrefix(name, load.EmbeddedPrefix+"pia-templates/"):
		file = strings.TrimPrefix(name, load.EmbeddedPrefix)
		return pia.Embedded(), file, name, nil
	case strings.HasPrefix(name, "pia-templates/"):
		return osfile.DirFS(orDot(bron)), name, name, nil
	}
	packName, id, ok := strings.Cut(strings.TrimSuffix(name, ".toml"), "/")
	if !ok || strings.Contains(id, "/") {
		return nil, "", "", usageError{e.lang.T("cli.sjablonen.welk-bestand", name)}
	}
	opt := load.Options{Embedded: pia.Embedded()}
	packs, _ := load.Packs(bron, opt)
	chosen, _ := load.ChosenPacks(bron, opt)
	var pack *model.Pack
	var names []string
	for _, p := range packs { // sorted by name, the highest version first
		if p.Naam == packName && (pack == nil || slices.Contains(chosen, p.Dir)) {
			pack = p
		}
		names = append(names, p.Naam)
	}
	if pack == nil {
		msg := e.lang.T("cli.sjablonen.geen-pakket", packName)
		if s := suggest.Meant(packName, names); s != "" {
			msg += e.lang.T("cli.bedoelde-u", s)
		}
		return nil, "", "", usageError{msg}
	}
	if !slices.Contains(pack.Verwerkingen, id) {
		msg := e.lang.T("cli.sjablonen.geen-sjabloon", id, pack.Naam)
		if s := suggest.Meant(id, pack.Verwerkingen); s != "" {
			msg += e.lang.T("cli.bedoelde-u", pack.Naam+"/"+s)
		}
		return nil, "", "", usageError{msg}
	}
	display = path.Join(pack.Dir, "verwerkingen", id+".toml")
	if pack.Embedded {
		return pia.Embedded(), strings.TrimPrefix(display, load.EmbeddedPrefix), display, nil
	}
	return osfile.DirFS(orDot(bron)), display, display, nil
}

// orDot is dir, or the working folder when dir is empty.
func orDot(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}
