// Package pia ships the tool's own template packs and themes inside the binary, so that a site needs nothing but
// its pia.toml and content/. The repository root is itself the example site; this file lives here because
// go:embed cannot reach into parent folders.
package pia

import (
	"embed"
	"io/fs"
)

//go:embed all:pia-templates all:themes
var files embed.FS

// Embedded returns the shipped pia-templates/ and themes/ as one file system.
func Embedded() fs.FS { return files }
