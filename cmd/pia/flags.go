package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/suggest"
)

// flags wraps flag.FlagSet so that every option has its Dutch name and the English alias of SPEC, and so that
// options may follow positional arguments (pia new verwerking x --sjabloon …).
type flags struct {
	fs    *flag.FlagSet
	e     *env
	name  string            // the command, for its help
	names map[string]string // alias → canonical Dutch name, for messages
	opts  []option          // in the order the command declares them, for its help
	site  *string           // the --bron option, checked to be a folder once parsed
	// filled are the options (Dutch names) whose value may not be empty: --uitvoer "" would quietly mean the
	// default folder, --adres "" every network address.
	filled map[string]bool
}

// option is one declared option as the help shows it.
type option struct {
	nl, en, def, helpKey string
	value                bool // takes a value (not a switch)
}

func newFlags(e *env, name string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{fs: fs, e: e, name: name, names: map[string]string{}, filled: map[string]bool{}}
}

// notEmpty refuses an empty value for the options named (by their Dutch names).
func (f *flags) notEmpty(names ...string) {
	for _, n := range names {
		f.filled[n] = true
	}
}

func (f *flags) string(p *string, nl, en, def, helpKey string) {
	*p = def
	v := onceValue{p: p, given: new(bool)} // one for both names: --bron x --source y is given twice too
	f.fs.Var(v, nl, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.Var(v, en, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
	f.opts = append(f.opts, option{nl, en, def, helpKey, true})
}

// errTwice is the error of an option given twice with different values.
var errTwice = errors.New("given twice")

// onceValue is a string option that may be given once, or more often with the same value: a command line that
// names two sites or two output folders means one of them, and taking the last silently could build the wrong one.
type onceValue struct {
	p     *string
	given *bool
}

func (o onceValue) String() string {
	if o.p == nil {
		return ""
	}
	return *o.p
}

func (o onceValue) Set(v string) error {
	if *o.given && !strings.EqualFold(strings.TrimSpace(v), strings.TrimSpace(*o.p)) { // --formaat json --format JSON
		return errTwice
	}
	*o.p, *o.given = v, true
	return nil
}

// source declares --bron (--source), the site folder, which parse checks to exist.
func (f *flags) source(p *string) {
	f.string(p, "bron", "source", ".", "cli.optie.bron")
	f.site = p
	f.notEmpty("bron")
}

func (f *flags) int(p *int, nl, en string, def int, helpKey string) {
	f.fs.IntVar(p, nl, def, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.IntVar(p, en, def, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
	f.opts = append(f.opts, option{nl, en, fmt.Sprint(def), helpKey, true})
}

// list declares an option that takes comma-separated items and may be given more than once; the items of every
// use are collected in p. A value without items ("," or "") is refused: it would quietly mean "all".
func (f *flags) list(p *[]string, nl, en, helpKey string) {
	f.fs.Var(listValue{p}, nl, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.Var(listValue{p}, en, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
	f.opts = append(f.opts, option{nl, en, "", helpKey, true})
}

type listValue struct{ items *[]string }

func (l listValue) String() string {
	if l.items == nil {
		return ""
	}
	return strings.Join(*l.items, ",")
}

func (l listValue) Set(v string) error {
	items := splitList(v)
	if len(items) == 0 {
		return errors.New("no items")
	}
	*l.items = append(*l.items, items...)
	return nil
}

func (f *flags) bool(p *bool, nl, en string, helpKey string) {
	f.fs.BoolVar(p, nl, false, f.e.lang.T(helpKey))
	if en != "" {
		f.fs.BoolVar(p, en, false, f.e.lang.T(helpKey))
		f.names[en] = nl
	}
	f.opts = append(f.opts, option{nl, en, "", helpKey, false})
}

// parse parses options anywhere on the line and returns the positional arguments. With -h or --help it prints the
// command's help on stdout and returns exitError{exitOK}: asking for help is not a mistake.
func (f *flags) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.usage(f.e.stdout)
				return nil, exitError{exitOK}
			}
			msg := f.message(err.Error())
			return nil, usageError{msg}
		}
		rest := f.fs.Args()
		if len(rest) == 0 {
			if err := f.checkFilled(); err != nil {
				return nil, err
			}
			if f.site != nil {
				if err := f.checkSite(*f.site); err != nil {
					return nil, err
				}
			}
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// checkFilled refuses an option given with an empty value that may not be empty, named as the user typed it.
func (f *flags) checkFilled() error {
	var err error
	f.fs.Visit(func(fl *flag.Flag) {
		nl := fl.Name
		if n, ok := f.names[nl]; ok {
			nl = n
		}
		// Only spaces is empty too: a folder named " " looks like none in every message.
		if err == nil && f.filled[nl] && strings.TrimSpace(fl.Value.String()) == "" {
			err = usageError{f.e.lang.T("cli.optie.leeg", "--"+fl.Name, "--"+fl.Name+" "+f.valueName(fl.Name))}
		}
	})
	return err
}

// checkSite tells when the site folder does not exist or is a file, before a command tries to read it.
func (f *flags) checkSite(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usageError{f.e.lang.T("cli.bron.bestaat-niet", dir)}
	case err != nil:
		return usageError{fsMessage(f.e.lang, err)}
	case !fi.IsDir():
		return usageError{f.e.lang.T("cli.bron.geen-map", dir)}
	}
	return nil
}

// message puts an error of the flag package in the user's language. The package names an option with one dash
// whatever the user typed; pia's help writes two, so the message does too.
func (f *flags) message(msg string) string {
	l := f.e.lang
	if m := flagUndefined.FindStringSubmatch(msg); m != nil {
		typed := "--" + m[1]
		if len(m[1]) == 1 {
			typed = "-" + m[1] // a one-letter option, as other tools have them: -o
		}
		if s := f.closest(m[1]); s != "" {
			return l.T("cli.optie.onbekend.suggestie", typed, "--"+s)
		}
		if long, ok := shortOptions[m[1]]; ok && f.fs.Lookup(long) != nil {
			if nl, ok := f.names[long]; ok {
				long = nl
			}
			return l.T("cli.optie.onbekend.suggestie", typed, "--"+long)
		}
		return l.T("cli.optie.onbekend", typed)
	}
	if m := flagNoArgument.FindStringSubmatch(msg); m != nil {
		return l.T("cli.optie.zonder-waarde", "--"+m[1], "--"+m[1]+" "+f.valueName(m[1]))
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		if strings.HasSuffix(msg, ": "+errTwice.Error()) {
			name := m[3]
			if nl, ok := f.names[name]; ok {
				name = nl
			}
			return l.T("cli.optie.twee-keer", "--"+name, m[2])
		}
		key := "cli.optie.ongeldig"
		switch {
		case m[1] == "boolean ":
			key = "cli.optie.ongeldig.schakelaar"
		case f.isInt(m[3]) && strings.HasSuffix(msg, "value out of range"):
			key = "cli.optie.ongeldig.bereik"
		case f.isInt(m[3]):
			key = "cli.optie.ongeldig.getal"
		case f.isList(m[3]):
			key = "cli.optie.ongeldig.lijst"
		}
		return l.T(key, m[2], "--"+m[3])
	}
	if m := flagBadSyntax.FindStringSubmatch(msg); m != nil {
		return l.T("cli.optie.vorm", m[1])
	}
	return l.T("cli.optie.anders", msg)
}

var (
	flagUndefined  = regexp.MustCompile(`^flag provided but not defined: -(.*)$`)
	flagNoArgument = regexp.MustCompile(`^flag needs an argument: -(.*)$`)
	flagBadValue   = regexp.MustCompile(`^invalid (boolean |)value ("(?:[^"\\]|\\.)*") for (?:flag )?-([^:]*):`)
	flagBadSyntax  = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// closest returns the declared option (Dutch or English) nearest to name, when it is a likely typo.
// shortOptions are the one-letter options other tools have, and the option of pia (by its English name) they are
// meant as: pia has none of one letter but -h.
var shortOptions = map[string]string{"o": "output", "s": "source", "f": "format", "p": "port"}

func (f *flags) closest(name string) string {
	var names []string
	f.fs.VisitAll(func(fl *flag.Flag) { names = append(names, fl.Name) })
	return suggest.Closest(name, names)
}

// valueName is what the help shows for the value of an option: <map>, <getal>, ….
func (f *flags) valueName(name string) string {
	l := f.e.lang
	if nl, ok := f.names[name]; ok {
		name = nl
	}
	if k := "cli.waarde." + name; i18n.Has(l, k) || i18n.Has(i18n.Default, k) {
		return l.T(k)
	}
	return l.T("cli.waarde")
}

// isInt tells whether the option takes a whole number.
func (f *flags) isInt(name string) bool {
	fl := f.fs.Lookup(name)
	if fl == nil {
		return false
	}
	g, ok := fl.Value.(flag.Getter)
	if !ok {
		return false
	}
	_, isInt := g.Get().(int)
	return isInt
}

// isList tells whether the option takes a list of items.
func (f *flags) isList(name string) bool {
	fl := f.fs.Lookup(name)
	if fl == nil {
		return false
	}
	_, ok := fl.Value.(listValue)
	return ok
}

// usage writes the help of the command: how to call it, what it does and each option with its English alias,
// its default and what it is for.
func (f *flags) usage(w io.Writer) {
	l := f.e.lang
	fmt.Fprintln(w, l.T("cli.synopsis."+f.name))
	for _, c := range commands() {
		if c.name != f.name {
			continue
		}
		// The line of the overview, unless it repeats the synopsis just written: then the longer description.
		if k := "cli.uitleg." + c.name; i18n.Has(l, k) {
			fmt.Fprintln(w, l.T(k))
		} else {
			fmt.Fprintln(w, l.T(c.help))
		}
	}
	if len(f.opts) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, l.T("cli.opties"))
	names := make([]string, len(f.opts))
	width := 0
	for i, o := range f.opts {
		n := "--" + o.nl
		if o.en != "" {
			n += ", --" + o.en
		}
		if o.value {
			n += " " + f.valueName(o.nl)
		}
		names[i] = n
		width = max(width, len([]rune(n)))
	}
	for i, o := range f.opts {
		line := "  " + names[i] + strings.Repeat(" ", width-len([]rune(names[i]))+2) + l.T(o.helpKey)
		if o.def != "" {
			line += " " + l.T("cli.standaard", o.def)
		}
		fmt.Fprintln(w, line)
	}
}
