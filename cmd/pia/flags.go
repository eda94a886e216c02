package main

import (
	"flag"
	"io"
	"strings"
)

// flags wraps flag.FlagSet so that every option has its Dutch name and the English alias of SPEC, and so that
// options may follow positional arguments (pia new verwerking x --sjabloon …).
type flags struct {
	fs    *flag.FlagSet
	e     *env
	names map[string]string // alias → canonical Dutch name, for messages
}

func newFlags(e *env, name string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{fs: fs, e: e, names: map[string]string{}}
}

func (f *flags) string(p *string, nl, en, def, helpKey string) {
	f.fs.StringVar(p, nl, def, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.StringVar(p, en, def, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
}

func (f *flags) int(p *int, nl, en string, def int, helpKey string) {
	f.fs.IntVar(p, nl, def, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.IntVar(p, en, def, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
}

func (f *flags) bool(p *bool, nl, en string, helpKey string) {
	f.fs.BoolVar(p, nl, false, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.BoolVar(p, en, false, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
}

// parse parses options anywhere on the line and returns the positional arguments.
func (f *flags) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.fs.Parse(args); err != nil {
			msg := err.Error()
			if strings.HasPrefix(msg, "flag provided but not defined: ") {
				msg = f.e.lang.T("cli.optie.onbekend", strings.TrimPrefix(msg, "flag provided but not defined: "))
			} else if strings.HasPrefix(msg, "invalid value ") || strings.HasPrefix(msg, "flag needs an argument") {
				msg = f.e.lang.T("cli.optie.waarde", msg)
			}
			return nil, usageError{msg}
		}
		rest := f.fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
