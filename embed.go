// Package pia ships the tool's own template packs, themes and guides inside the binary, so that a site needs nothing
// but its pia.toml and content/. The repository root is itself the example site; this file lives here because
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

//go:embed docs/themas.md docs/sjabloonpakketten.md
var docs embed.FS

// Docs returns the guides to themes and template packs (docs/themas.md, docs/sjabloonpakketten.md), which pia
// uitleg shows to users who have the binary but not the repository.
func Docs() fs.FS { return docs }
