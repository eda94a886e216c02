package pdf

import "testing"

// TestPlaceEndsWithContent: spacing that does not fit below the last slice of a full page starts no page of its
// own, and content after such spacing still goes to the next page.
func TestPlaceEndsWithContent(t *testing.T) {
	full := slice{h: bodyBottom - bodyTop - 1, ops: []op{{}}}
	line := slice{h: 5, ops: []op{{}}}
	for _, c := range []struct {
		name  string
		in    []slice
		pages int
	}{
		{"spacing after a full page", []slice{full, spacer(4)}, 1},
		{"content after that spacing", []slice{full, spacer(4), line}, 2},
		{"spacing that fits", []slice{line, spacer(4), line}, 1},
	} {
		p := &pager{}
		p.newPage(bodyTop)
		p.place(c.in)
		if len(p.pages) != c.pages {
			t.Errorf("%s: %d pages, want %d", c.name, len(p.pages), c.pages)
		}
	}
}
