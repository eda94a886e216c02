package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/scaffold"
)

var validID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func runNew(e *env, args []string) error {
	var bron, sjabloon string
	f := newFlags(e, "new")
	f.source(&bron)
	f.string(&sjabloon, "sjabloon", "template", "", "cli.optie.sjabloon")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 2 || rest[0] != "verwerking" {
		return usageError{e.lang.T("cli.new.gebruik")}
	}
	id := rest[1]
	if !validID.MatchString(id) {
		return usageError{e.lang.T("cli.new.id", id)}
	}
	if sjabloon == "" {
		return usageError{e.lang.T("cli.new.geen-sjabloon")}
	}
	path, err := newVerwerking(e, bron, id, sjabloon)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.lang.T("cli.new.klaar", path, checkCommand(bron)))
	return nil
}

// newVerwerking writes content/verwerkingen/<id>.toml in the site dir and returns its path. It never overwrites.
func newVerwerking(e *env, dir, id, ref string) (string, error) {
	out, err := questionnaire(e, osfile.DirFS(dir), id, ref, "")
	if err != nil {
		return "", err
	}
	if other, at := questionnaireWithID(dir, id); at.File != "" {
		return "", usageError{e.lang.T("cli.new.id-bestaat", id, at.String())}
	} else if other != "" {
		return "", usageError{e.lang.T("cli.new.bestaat", other)}
	}
	path := filepath.Join(dir, "content", "verwerkingen", id+".toml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	// O_EXCL makes the refusal to overwrite race-free.
	if err := writeNew(path, out); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", usageError{e.lang.T("cli.new.bestaat", path)}
		}
		if errors.Is(err, errNotAFile) {
			return "", usageError{e.lang.T("cli.nieuw.geen-bestand", path)}
		}
		return "", err
	}
	return path, nil
}

// questionnaireWithID returns the path of a questionnaire of the site in content/verwerkingen or a sub-folder of it
// whose id is id, or "": a second questionnaire with that id would make the site fail to load on a duplicate id.
// The id is the one the file gives with `id = "…"`, whose position is returned too when the file has another name,
// or else its file name.
func questionnaireWithID(dir, id string) (string, model.Pos) {
	var found string
	var at model.Pos
	root := filepath.Join(dir, "content", "verwerkingen")
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return nil
		}
		rel, rerr := filepath.Rel(dir, p)
		if rerr != nil {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() && p != root && load.Hidden(rel) {
			return fs.SkipDir
		}
		if d.IsDir() || !load.IsQuestionnaire(rel) {
			return nil
		}
		var declared string
		var pos model.Pos
		if src, err := osfile.ReadFile(p); err == nil {
			declared, pos = load.DeclaredID(p, src)
		}
		switch {
		case d.Name() == id+".toml" && (declared == "" || declared == id):
			found = p
		case declared == id:
			found, at = p, pos
		default:
			return nil
		}
		return fs.SkipAll
	})
	return found, at
}

// questionnaire makes the text of a new questionnaire on template ref, as seen from the site. A template that does
// not load has its errors printed. Errors in the file unwritten (the pia.toml that pia init is about to write) come
// from the command's --sjabloon and are shown as such: the user has no such file to look at yet.
func questionnaire(e *env, site fs.FS, id, ref, unwritten string) ([]byte, error) {
	t, err := load.LoadTemplate(".", ref, load.Options{Embedded: pia.Embedded(), SiteFS: site})
	if err != nil {
		errs := load.AsErrors(err)
		if errs == nil {
			return nil, err
		}
		aboutTemplate := false // the hint to list the templates helps only with an error about --sjabloon
		for _, le := range errs {
			if unwritten != "" && le.Pos.File == unwritten {
				fmt.Fprintf(e.stderr, "--sjabloon: %s\n", le.Msg)
				aboutTemplate = true
				continue
			}
			aboutTemplate = aboutTemplate || le.Pos.File == "--sjabloon"
			printLoadError(e.stderr, le)
		}
		key := "cli.nieuw.laadfouten-kort"
		if aboutTemplate {
			key = "cli.nieuw.laadfouten"
		}
		fmt.Fprintln(e.stderr, e.lang.N(key, len(errs)))
		return nil, exitError{exitInput}
	}
	return append(scaffold.Verwerking(id, t, e.lang), '\n'), nil
}

// siteToBe is a site folder as it will be once pia init has written its pia.toml.
type siteToBe struct {
	fs.FS
	config []byte
}

func (s siteToBe) ReadFile(name string) ([]byte, error) {
	if name == "pia.toml" {
		return s.config, nil
	}
	return fs.ReadFile(s.FS, name)
}

// errNotAFile is writeNew's error for a folder where the file should be.
var errNotAFile = errors.New("a folder where a file should be")

// writeNew creates the file path with data. It fails with fs.ErrExist when a file is there, and with errNotAFile
// when a folder is: that is not a questionnaire the user wants kept.
func writeNew(path string, data []byte) error {
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		if fi, serr := os.Lstat(path); serr == nil && fi.IsDir() {
			return errNotAFile
		}
	}
	if err != nil {
		return err
	}
	if _, err := file.Write(data); err != nil {
		file.Close()
		os.Remove(path)
		return err
	}
	return file.Close()
}

func runInit(e *env, args []string) error {
	var naam, sjabloon string
	f := newFlags(e, "init")
	f.string(&naam, "naam", "name", "", "cli.optie.naam") // no made-up name that could be published unnoticed
	f.string(&sjabloon, "sjabloon", "template", "vng-sociaal-domein/wmo-maatwerkvoorziening", "cli.optie.init-sjabloon")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError{e.lang.T("cli.init.gebruik")}
	}
	dir := rest[0]
	if strings.TrimSpace(dir) == "" {
		return usageError{e.lang.T("cli.init.leeg")}
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return usageError{e.lang.T("cli.init.bestand", dir)}
	}
	if _, err := os.Stat(filepath.Join(dir, "pia.toml")); err == nil {
		return usageError{e.lang.T("cli.init.bestaat", dir)}
	}
	if site, in := enclosingSite(dir); site != "" {
		where := shown(site)
		if where == "." {
			where = e.lang.T("cli.init.deze-map")
		}
		elsewhere := filepath.Join(filepath.Dir(site), filepath.Base(site)+"-"+filepath.Base(absPath(dir)))
		return usageError{e.lang.T("cli.init.in-site", dir, in, where, shown(elsewhere))}
	}
	pack, verwerking, ok := strings.Cut(sjabloon, "/")
	if !ok || pack == "" || verwerking == "" {
		return usageError{e.lang.T("cli.init.sjabloon", sjabloon)}
	}
	// The template is read before anything is written, so that a wrong one leaves no half-made site behind. It is
	// read as the new site will see it: with the pia.toml about to be written, and any packs already in dir.
	config := initConfig(e.lang, naam, pack)
	first, err := questionnaire(e, siteToBe{osfile.DirFS(dir), []byte(config)}, verwerking, sjabloon, "pia.toml")
	if err != nil {
		return err
	}
	files := []struct{ name, content string }{
		{"pia.toml", config},
		{".gitignore", "/output/\n"},
		{"content/privacybeleid.md", e.lang.T("cli.init.pagina")},
		{"content/verwerkingen/" + verwerking + ".toml", string(first)},
	}
	kept, err := writeNewSite(e.lang, dir, files)
	if err != nil {
		return err
	}
	if filepath.Clean(dir) == "." {
		// "in ." reads as a stray full stop: name the folder, and the commands need no --bron here.
		where, err := filepath.Abs(dir)
		if err != nil {
			where = dir
		}
		fmt.Fprintln(e.stdout, e.lang.T("cli.init.klaar-hier", where))
	} else {
		fmt.Fprintln(e.stdout, e.lang.T("cli.init.klaar", dir, shellArg(dir), shellArg(dir)))
	}
	if len(kept) > 0 {
		fmt.Fprintln(e.stdout, e.lang.T("cli.init.behouden", strings.Join(kept, ", ")))
	}
	return nil
}

// enclosingSite returns the folder of a site that holds dir in one of the folders it reads (content/, static/, …),
// and which folder that is; "" when there is none. A new site there would be read as that site's own input: its
// pia.toml and questionnaires as stray files of the site around it.
func enclosingSite(dir string) (site, in string) {
	a := absPath(dir)
	for p := filepath.Dir(a); ; p = filepath.Dir(p) {
		if _, err := os.Stat(filepath.Join(p, "pia.toml")); err == nil {
			if _, in := load.OutputPlace(a, p); in != "" {
				return p, in
			}
		}
		if filepath.Dir(p) == p {
			return "", ""
		}
	}
}

// absPath is the absolute form of path, or path itself when the working folder cannot be read.
func absPath(path string) string {
	a, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	return a
}

// shown writes an absolute path relative to the working folder when it lies below it, as the user would type it.
func shown(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// writeNewSite writes the files of a new site into dir, keeping any file that is already there; it returns the names
// of the files it kept. When one cannot be written, the folders and files it made are removed again, so that pia
// init can simply be run once more.
func writeNewSite(lang i18n.Lang, dir string, files []struct{ name, content string }) (kept []string, err error) {
	var made []string // in the order they were made
	defer func() {
		if err != nil {
			for i := len(made) - 1; i >= 0; i-- {
				os.Remove(made[i])
			}
		}
	}()
	mkdir := func(d string) error {
		var missing []string
		for p := d; ; p = filepath.Dir(p) {
			if _, err := os.Lstat(p); err == nil || p == filepath.Dir(p) {
				break
			}
			missing = append(missing, p)
		}
		for i := len(missing) - 1; i >= 0; i-- {
			switch err := os.Mkdir(missing[i], 0o755); {
			case err == nil:
				made = append(made, missing[i])
			case !errors.Is(err, fs.ErrExist):
				return err
			}
		}
		return nil
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := mkdir(filepath.Dir(p)); err != nil {
			return nil, err
		}
		switch err := writeNew(p, []byte(f.content)); {
		case errors.Is(err, fs.ErrExist):
			kept = append(kept, f.name) // keep what the user already has
		case errors.Is(err, errNotAFile):
			return nil, usageError{lang.T("cli.nieuw.geen-bestand", p)}
		case err != nil:
			return nil, err
		default:
			made = append(made, p)
		}
	}
	return kept, nil
}

func initConfig(lang i18n.Lang, naam, pack string) string {
	return lang.T("cli.init.config", quoteTOML(naam), quoteTOML(pack))
}

func quoteTOML(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

func runSjablonen(e *env, args []string) error {
	var bron string
	f := newFlags(e, "sjablonen")
	f.source(&bron)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) == 1 {
		return showPackFile(e, bron, rest[0])
	}
	if len(rest) > 1 {
		return usageError{e.lang.T("cli.te-veel-argumenten", strings.Join(rest[1:], " "))}
	}
	opt := load.Options{Embedded: pia.Embedded()}
	packs, errs := load.Packs(bron, opt)
	chosen, site := load.ChosenPacks(bron, opt)
	if len(packs) == 0 {
		fmt.Fprintln(e.stdout, e.lang.T("cli.sjablonen.geen"))
	}
	for _, p := range packs {
		where := p.Dir
		fmt.Fprintf(e.stdout, "%s %s — %s\n", p.Naam, p.Versie, p.Uitgever)
		if p.Beschrijving != "" {
			fmt.Fprintf(e.stdout, "  %s\n", strings.Join(strings.Fields(p.Beschrijving), " "))
		}
		fmt.Fprintf(e.stdout, "  %s\n", e.lang.T("cli.sjablonen.map", where))
		if p.Basis != nil {
			fmt.Fprintf(e.stdout, "  %s\n", e.lang.T("cli.sjablonen.basis", p.Basis.Naam, p.Basis.Versie))
		}
		if len(p.Gebruikt) > 0 {
			var used []string
			for _, u := range p.Gebruikt {
				used = append(used, u.Naam+" "+u.Versie)
			}
			fmt.Fprintf(e.stdout, "  %s\n", e.lang.T("cli.sjablonen.gebruikt", strings.Join(used, ", ")))
		}
		if site {
			fmt.Fprintf(e.stdout, "  %s\n", choiceLine(e.lang, p, packs, chosen))
		}
		for _, v := range p.Verwerkingen {
			fmt.Fprintf(e.stdout, "    %s/%s\n", p.Naam, v)
		}
		fmt.Fprintln(e.stdout)
	}
	if len(errs) > 0 {
		printLoadErrors(e, e.stderr, errs)
		return exitError{exitInput}
	}
	return nil
}

// choiceLine says whether the site's pia.toml chooses the pack, itself or as the basis of a pack it chooses, and if
// not, how to choose it; chosen are the folders of the packs it chooses, with their bases.
func choiceLine(lang i18n.Lang, p *model.Pack, packs []*model.Pack, chosen []string) string {
	if slices.Contains(chosen, p.Dir) {
		for _, o := range packs {
			for b := o.Basis; b != nil && o != p && slices.Contains(chosen, o.Dir); b = b.Basis {
				if b.Dir == p.Dir {
					return lang.T("cli.sjablonen.gekozen-basis", o.Naam)
				}
			}
		}
		return lang.T("cli.sjablonen.gekozen")
	}
	for _, o := range packs {
		if o.Naam == p.Naam && slices.Contains(chosen, o.Dir) {
			return lang.T("cli.sjablonen.andere-versie", o.Versie, p.Naam+"@"+p.Versie)
		}
	}
	return lang.T("cli.sjablonen.niet-gekozen", p.Naam)
}

// checkCommand is the pia check command for the site in bron, to be typed in the folder pia was started in.
func checkCommand(bron string) string {
	if bron == "" || filepath.Clean(bron) == "." {
		return "pia check"
	}
	return "pia check --bron " + shellArg(bron)
}

// shellArg writes a folder so that it can be pasted into a shell command: as it is when it has only safe characters,
// else between single quotes.
func shellArg(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
