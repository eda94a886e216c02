package html

import (
	"net/url"
	"path"
	"strings"

	"github.com/pia-nl/pia/internal/document"
)

// relURL returns the address of target, an output path with an optional #fragment, as seen from the page at the
// output path from. Relative addresses keep index.html so that a site opened from disk (file://) works: a browser
// does not look for index.html in a folder there.
func relURL(from, target string) string {
	target, frag, _ := strings.Cut(target, "#")
	if frag != "" {
		frag = "#" + url.PathEscape(frag)
	}
	if target == "" {
		return frag
	}
	t := cleanPath(target)
	if t == "" {
		return ""
	}
	dir := path.Dir(cleanPath(from))
	if dir == "." {
		dir = ""
	}
	// Skip the folders both paths begin with; the file name of the target never counts as a folder.
	for dir != "" {
		seg, restDir, _ := strings.Cut(dir, "/")
		tseg, restT, isFolder := strings.Cut(t, "/")
		if !isFolder || seg != tseg {
			break
		}
		dir, t = restDir, restT
	}
	ups := 0
	if dir != "" {
		ups = strings.Count(dir, "/") + 1
	}
	rel := strings.Repeat("../", ups) + t
	// url.URL puts "./" before a first segment with a colon so that it is not read as a scheme.
	return (&url.URL{Path: rel}).String() + frag
}

// absURL returns the address of target under base. A server answers a folder with its index.html, so the file
// name is left out there for shorter, stable addresses.
func absURL(base, target string) string {
	target, frag, _ := strings.Cut(target, "#")
	if frag != "" {
		frag = "#" + url.PathEscape(frag)
	}
	t := cleanPath(target)
	if t == "" && target != "" {
		return ""
	}
	if t == "index.html" {
		t = ""
	}
	t = strings.TrimSuffix(t, "/index.html")
	if t != "" && !strings.Contains(path.Base(t), ".") {
		t += "/"
	}
	return strings.TrimSuffix(base, "/") + "/" + (&url.URL{Path: t}).EscapedPath() + frag
}

// cleanPath cleans an output path; ".." cannot climb above the output folder. The root itself gives "".
func cleanPath(p string) string {
	p = path.Clean("/" + strings.ReplaceAll(p, `\`, "/"))[1:]
	if p == "" {
		return ""
	}
	return p
}

// linkTarget resolves a document link to an output path, "" when the kind has no such form.
func linkTarget(l document.Link) string {
	f := l.Format
	if f == "" {
		f = document.FormatHTML
	}
	p := document.Path(l.Kind, l.ID, f)
	if p == "" || strings.Contains("/"+p+"/", "/../") {
		return ""
	}
	return p
}
