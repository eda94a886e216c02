// Command pia checks privacy questionnaires of the municipal social domain and generates the PIA report, the work
// instruction, the privacy statement and the processing register as a static site and as PDF.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"syscall"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/suggest"
)

// Exit codes, as SPEC defines them.
const (
	exitOK          = 0
	exitFindings    = 1   // findings of severity fout (or any warning with --streng)
	exitInput       = 2   // the input could not be loaded, or a usage error
	exitInterrupted = 130 // stopped by Ctrl-C or SIGTERM, as a shell reports it
)

// stopSignals end a build or pia serve cleanly: Ctrl-C, a stop request (SIGTERM), and a closed terminal or dropped
// SSH session (SIGHUP), which would otherwise end pia at once and leave a half-written folder behind.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// usageError is a wrong command line; it exits with exitInput and points at the help.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries an exit code for a command that already printed its own message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

type command struct {
	name string
	run  func(env *env, args []string) error
	help string // i18n key of the one-line description
}

// env is what a command may use from the outside world; tests give their own.
type env struct {
	stdout, stderr io.Writer
	lang           i18n.Lang
	isTerminal     bool
}

func commands() []command {
	return []command{
		{"build", runBuild, "cli.help.build"},
		{"check", runCheck, "cli.help.check"},
		{"serve", runServe, "cli.help.serve"},
		{"new", runNew, "cli.help.new"},
		{"init", runInit, "cli.help.init"},
		{"sjablonen", runSjablonen, "cli.help.sjablonen"},
		{"uitleg", runUitleg, "cli.help.uitleg"},
		{"version", runVersion, "cli.help.version"},
	}
}

func main() {
	e := &env{stdout: os.Stdout, stderr: os.Stderr, lang: i18n.Default, isTerminal: isTerminal(os.Stderr)}
	os.Exit(run(e, os.Args[1:]))
}

// run executes the command line and returns the exit code.
func run(e *env, args []string) int {
	if len(args) == 2 && args[0] == "help" {
		args = []string{args[1], "-h"} // pia help build is pia build -h
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(e, e.stdout)
		if len(args) == 0 {
			return exitInput
		}
		return exitOK
	}
	if args[0] == "--version" || args[0] == "-version" {
		args = []string{"version"}
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(e, args[1:])
		var ue usageError
		var ee exitError
		switch {
		case err == nil:
			return exitOK
		case errors.As(err, &ee):
			return ee.code
		case errors.As(err, &ue):
			fmt.Fprintf(e.stderr, "pia %s: %s\n%s\n", c.name, ue.msg, e.lang.T("cli.zie-help", c.name))
			return exitInput
		default:
			fmt.Fprintf(e.stderr, "pia %s: %s\n", c.name, fsMessage(e.lang, err))
			return exitInput
		}
	}
	msg := e.lang.T("cli.onbekend-commando", args[0])
	if c := likelyCommand(e.lang, args[0]); c != "" {
		msg += e.lang.T("cli.bedoelde-u", "pia "+c)
	}
	fmt.Fprintln(e.stderr, msg)
	printUsage(e, e.stderr)
	return exitInput
}

// likelyCommand gives the command a mistyped command, or a word of the user's language for it, most likely means,
// or "". The words per command are in the string table ("cli.woorden.build": "bouw bouwen maak …").
func likelyCommand(lang i18n.Lang, word string) string {
	w := strings.ToLower(strings.TrimLeft(word, "-"))
	var names []string
	for _, c := range commands() {
		if slices.Contains(strings.Fields(lang.T("cli.woorden."+c.name)), w) {
			return c.name
		}
		names = append(names, c.name)
	}
	return suggest.Closest(w, names)
}

func printUsage(e *env, w io.Writer) {
	fmt.Fprintln(w, e.lang.T("cli.gebruik"))
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, e.lang.T(c.help))
	}
	fmt.Fprintln(w, e.lang.T("cli.gebruik.meer"))
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
