package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/scaffold"
)

var validID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func runNew(e *env, args []string) error {
	var bron, sjabloon string
	f := newFlags(e, "new")
	f.string(&bron, "bron", "source", ".", "cli.optie.bron")
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
	fmt.Fprintln(e.stdout, e.lang.T("cli.new.klaar", path))
	return nil
}

// newVerwerking writes content/verwerkingen/<id>.toml in the site dir and returns its path. It never overwrites.
func newVerwerking(e *env, dir, id, ref string) (string, error) {
	t, err := load.LoadTemplate(dir, ref, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		if errs := load.AsErrors(err); errs != nil {
			printLoadErrors(e, e.stderr, errs)
			return "", exitError{exitInput}
		}
		return "", err
	}
	path := filepath.Join(dir, "content", "verwerkingen", id+".toml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	out := scaffold.Verwerking(id, t, e.lang)
	// O_EXCL makes the refusal to overwrite race-free.
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", usageError{e.lang.T("cli.new.bestaat", path)}
		}
		return "", err
	}
	if _, err := file.Write(append(out, '\n')); err != nil {
		file.Close()
		return "", err
	}
	return path, file.Close()
}

func runInit(e *env, args []string) error {
	var naam, sjabloon string
	f := newFlags(e, "init")
	f.string(&naam, "naam", "name", "Gemeente Nieuwstad", "cli.optie.naam")
	f.string(&sjabloon, "sjabloon", "template", "vng-sociaal-domein/wmo-maatwerkvoorziening", "cli.optie.init-sjabloon")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError{e.lang.T("cli.init.gebruik")}
	}
	dir := rest[0]
	if _, err := os.Stat(filepath.Join(dir, "pia.toml")); err == nil {
		return usageError{e.lang.T("cli.init.bestaat", dir)}
	}
	pack, verwerking, ok := strings.Cut(sjabloon, "/")
	if !ok || pack == "" || verwerking == "" {
		return usageError{e.lang.T("cli.init.sjabloon", sjabloon)}
	}
	if err := os.MkdirAll(filepath.Join(dir, "content", "verwerkingen"), 0o755); err != nil {
		return err
	}
	files := map[string]string{
		"pia.toml":                 initConfig(e.lang, naam, pack),
		".gitignore":               "/output/\n",
		"content/privacybeleid.md": e.lang.T("cli.init.pagina", naam),
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			continue // keep what the user already has
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return err
		}
	}
	if _, err := newVerwerking(e, dir, verwerking, sjabloon); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.lang.T("cli.init.klaar", dir))
	return nil
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
	f.string(&bron, "bron", "source", ".", "cli.optie.bron")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{e.lang.T("cli.te-veel-argumenten", strings.Join(rest, " "))}
	}
	packs, errs := load.Packs(bron, load.Options{Embedded: pia.Embedded()})
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
