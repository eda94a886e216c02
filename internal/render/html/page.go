package html

import (
	"html/template"
	"path"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
)

// pageData is what the layouts see. Its methods URL and Asset turn output paths into addresses from this page.
type pageData struct {
	Site      Site
	Lang      i18n.Lang
	Path      string // output path of this page
	Title     string // the document title, the page's h1
	PageTitle string // the <title>: document and site
	Kind      string
	KindLabel string
	Subtitle  string
	Summary   string
	Concept   bool
	Search    bool // the search page, which has its own search form
	Canonical string
	LogoURL   string
	Nav       []navLink
	Meta      []metaField
	MetaItems template.HTML // the same as rows (<div><dt><dd>), as the default theme shows them
	Links     []linkData
	LinkItems template.HTML // the same as list items (<li>), as the default theme shows them
	TOC       []tocItem     // the table of contents, for themes that lay it out themselves
	TOCItems  template.HTML // the same as list items (<li>), as the default theme shows them
	// TOCFilter is a search field for a long table of contents, which filters the list with id tocListID (hidden
	// until pia.js shows it); "" for a short one.
	TOCFilter template.HTML
	Body      template.HTML
	Scripts   []string // output paths of scripts, loaded with defer in this order
}

// tocListID is the id of the list of the table of contents in the default theme, which its filter searches.
const tocListID = "pia-inhoudsopgave-lijst"

type metaField struct {
	Label string
	Value template.HTML
}

// linkData is a rendered document link; URL is "" when the target does not exist.
type linkData struct {
	Text     string
	URL      string
	FileType string // "(PDF)" for a link to a file that is not a web page, else ""
	Note     string
}

type navLink struct {
	Title string
	URL   string
	// Current is "page" for the page itself and "true" for a page below the item, as aria-current wants.
	Current string
}

type tocItem struct {
	Anchor, Number, Title string
	Children              []tocItem
}

func (r *Renderer) pageData(p string, lang i18n.Lang, title string) *pageData {
	d := &pageData{Site: r.site, Lang: lang, Path: p, Title: title, Scripts: append([]string(nil), r.scripts...)}
	d.PageTitle = title
	if r.site.Title != "" && title != r.site.Title {
		d.PageTitle = lang.T("html.paginatitel", title, r.site.Title)
	}
	if r.site.BaseURL != "" {
		d.Canonical = absURL(r.site.BaseURL, p)
	}
	if r.site.LogoPath != "" {
		d.LogoURL = d.Asset(r.site.LogoPath)
	}
	for _, n := range r.site.Nav {
		l := navLink{Title: n.Title, URL: d.URL(n.Path)}
		target := cleanPath(n.Path)
		switch dir := path.Dir(target); {
		case target == p:
			l.Current = "page"
		case dir != "." && strings.HasPrefix(p, dir+"/"):
			l.Current = "true"
		}
		d.Nav = append(d.Nav, l)
	}
	return d
}

// URL is the address of the page at output path target: absolute under the site's basis_url, else relative.
func (d *pageData) URL(target string) string {
	if d.Site.BaseURL != "" {
		return absURL(d.Site.BaseURL, target)
	}
	return relURL(d.Path, target)
}

// Asset is the address of a style sheet, script or image. It is always relative, so that a site previewed from
// disk or by pia serve shows its own styles, not those of the published site.
func (d *pageData) Asset(target string) string { return relURL(d.Path, target) }
