package load

import "testing"

// Files whose name starts with a dot, as macOS writes them on network shares and USB sticks (._wmo.toml) and Emacs
// while a file is edited (.#wmo.toml), are no part of the site: the site loads as if they were not there, and
// pia sjablonen does not report them in a pack.
func TestHiddenFilesArePassedBy(t *testing.T) {
	const junk = "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X"
	site := mustLoad(t, basePack+`
-- content/verwerkingen/wmo.toml --
sjabloon = "basis/wmo"
-- content/verwerkingen/._wmo.toml --
`+junk+`
-- content/verwerkingen/.#wmo.toml --
user@host.1234:1700000000
-- content/verwerkingen/.DS_Store --
`+junk+`
-- content/contact.md --
+++
titel = "Contact"
+++
Bel ons.
-- content/._contact.md --
`+junk+`
-- content/._oud.toml --
`+junk+`
-- pia-templates/basis/verwerkingen/._wmo.toml --
`+junk+`
-- pia-templates/basis/catalogus/._grondslagen.toml --
`+junk+`
-- pia-templates/.git/config --
[core]
`)
	if len(site.Verwerkingen) != 1 || site.Verwerkingen[0].ID != "wmo" {
		t.Errorf("verwerkingen = %v", site.Verwerkingen)
	}
	if len(site.Pages) != 1 || site.Pages[0].Path != "contact" {
		t.Errorf("pages = %v", site.Pages)
	}
	packs, errs := Packs("site", Options{SiteFS: siteFS(t, basePack+`
-- pia-templates/basis/verwerkingen/._wmo.toml --
`+junk+`
-- pia-templates/basis/catalogus/._grondslagen.toml --
`+junk+`
-- pia-templates/.git/config --
[core]
`)})
	if len(errs) != 0 || len(packs) != 1 || len(packs[0].Verwerkingen) != 1 {
		t.Errorf("packs = %v, errors = %v", packs, errs)
	}
}

func TestHidden(t *testing.T) {
	for f, want := range map[string]bool{
		"content/verwerkingen/._wmo.toml":            true,
		"content/verwerkingen/.#wmo.toml":            true,
		"content/verwerkingen/.oud/wmo.toml":         true,
		"content/._contact.md":                       true,
		"pia-templates/eigen/verwerkingen/._a.toml":  true,
		"themes/default/layouts/partials/._nav.html": true,
		"static/._logo.svg":                          true,
		"static/img/.DS_Store":                       true,
		"static/.#logo.svg":                          true,
		"content/verwerkingen/wmo.toml":              false,
		"content/contact.md":                         false,
		"pia.toml":                                   false,
		"static/.htaccess":                           false,
		"static/.well-known/security.txt":            false,
		"static/logo.svg":                            false,
	} {
		if got := Hidden(f); got != want {
			t.Errorf("Hidden(%q) = %v, want %v", f, got, want)
		}
	}
	if IsQuestionnaire("content/verwerkingen/._wmo.toml") || !IsQuestionnaire("content/verwerkingen/jeugd/wmo.toml") {
		t.Error("IsQuestionnaire counts a hidden file or misses a questionnaire in a sub-folder")
	}
}
