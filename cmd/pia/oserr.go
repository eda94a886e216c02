package main

import (
	"errors"
	"io/fs"
	"os"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/osfile"
)

// fsMessage tells what went wrong with a file or folder in the user's language: what pia tried to do, with which
// path, and why, for the reasons a user can act on (no permission, disk full, a file where a folder should be, …).
// Other errors are returned as they are.
func fsMessage(lang i18n.Lang, err error) string {
	var pe *fs.PathError
	var le *os.LinkError
	path, op, cause := "", "", error(nil)
	switch {
	case errors.As(err, &pe):
		path, op, cause = pe.Path, pe.Op, pe.Err
	case errors.As(err, &le):
		path, op, cause = le.Old, "rename", le.Err
	default:
		return err.Error()
	}
	doing := "cli.fs.op." + op
	if !i18n.Has(lang, doing) && !i18n.Has(i18n.Default, doing) {
		doing = "cli.fs.op.anders"
	}
	return lang.T("cli.fs", lang.T(doing, path), osfile.Reason(lang, cause))
}
