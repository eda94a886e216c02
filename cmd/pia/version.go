package main

import (
	"fmt"
	"runtime/debug"
)

// version is set at release time with -ldflags "-X main.version=…"; otherwise the module version is used.
var version = ""

func runVersion(e *env, args []string) error {
	if _, err := newFlags(e, "version").parse(args); err != nil {
		return err
	}
	if len(args) > 0 {
		return usageError{e.lang.T("cli.te-veel-argumenten", args[0])}
	}
	v := version
	if v == "" {
		v = e.lang.T("cli.version.dev")
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	fmt.Fprintf(e.stdout, "pia %s\n", v)
	return nil
}
