package main

import (
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/osfile"
)

// fsMessage tells what went wrong with a file or folder in the user's language (osfile.Message), with paths as
// they were given.
func fsMessage(lang i18n.Lang, err error) string { return osfile.Message(lang, err, "") }
