package main

import (
	"context"
	"errors"
	"fmt"
	"os/signal"
	"strings"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/build"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/osfile"
)

func runBuild(e *env, args []string) error {
	var bron, uitvoer, formaat string
	f := newFlags(e, "build")
	f.source(&bron)
	f.string(&uitvoer, "uitvoer", "output", "", "cli.optie.uitvoer")
	f.string(&formaat, "formaat", "format", "html,pdf", "cli.optie.formaat-build")
	f.notEmpty("uitvoer")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{e.lang.T("cli.te-veel-argumenten", strings.Join(rest, " "))}
	}
	opt := build.Options{Source: bron, Output: uitvoer, Embedded: pia.Embedded()}
	for _, part := range strings.Split(formaat, ",") {
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "html":
			opt.HTML = true
		case "pdf":
			opt.PDF = true
		default:
			return usageError{e.lang.T("cli.formaat-build", part)}
		}
	}
	if e.isTerminal {
		opt.Progress, opt.Live = e.stderr, true
	}
	// Ctrl-C or a stop signal ends the build cleanly: the half-written folder is removed and the previous output
	// stays. A second signal ends pia at once.
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals...)
	defer stop()
	go func() { <-ctx.Done(); stop() }()
	opt.Context = ctx
	stopTuning := tuneGC(buildHeapLimit)
	res, err := build.Build(opt)
	stopTuning()
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(e.stderr, e.lang.T("cli.build.afgebroken"))
		return exitError{exitInterrupted}
	}
	if err != nil {
		if errs := load.AsErrors(err); errs != nil {
			printLoadErrors(e, e.stderr, errs)
			fmt.Fprintln(e.stderr, e.lang.T("cli.build.niets-geschreven"))
			return exitError{exitInput}
		}
		fmt.Fprintln(e.stderr, e.lang.T("cli.build.mislukt", fsMessage(e.lang, err)))
		return exitError{exitInput}
	}
	e.lang = res.Lang
	fmt.Fprintln(e.stdout, e.lang.T("cli.build.klaar", e.lang.N("cli.telling.verwerking", res.Verwerkingen),
		e.lang.N("cli.telling.pagina", res.Pages), e.lang.N("cli.telling.pdf", res.PDFs),
		telling(e, res.Fouten, res.Waarschuwingen, res.Adviezen), e.lang.Decimal(res.Duration.Seconds(), 1), res.Output))
	if res.Fouten > 0 {
		fmt.Fprintln(e.stdout, e.lang.T("cli.build.zie-check", checkCommand(bron)))
	}
	if res.Verwerkingen == 0 {
		fmt.Fprintln(e.stdout, e.lang.T("cli.geen-verwerkingen"))
	}
	if res.Leftover != "" {
		fmt.Fprintln(e.stderr, e.lang.T("cli.build.restant", osfile.Reason(e.lang, res.LeftoverErr), res.Leftover))
	}
	return nil
}
