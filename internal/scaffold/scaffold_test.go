package scaffold

import (
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestFullRoundTrips: a template's value written out by full is, uncommented, the same value again, so that a
// list copied from the questionnaire pia new writes keeps the template's texts exactly.
func TestFullRoundTrips(t *testing.T) {
	for _, v := range []any{
		"kort", "met \"aanhalingstekens\" en \\ backslash", "twee\nregels\n", "zonder regeleinde\naan het eind",
		"met ''' erin\nen een regel", "tab\tin\nregels", "\nbegint met een regeleinde", []any{"a", "b\nc"},
	} {
		src := "k = " + full(v)
		var got map[string]any
		if _, err := toml.Decode(src, &got); err != nil {
			t.Errorf("%q: %v\n%s", v, err, src)
			continue
		}
		if !reflect.DeepEqual(got["k"], v) {
			t.Errorf("%q came back as %q\n%s", v, got["k"], src)
		}
		// A text over several lines keeps its lines, readable in the comment, unless it holds three quotes itself.
		if s, ok := v.(string); ok && strings.Contains(s, "\n") && !strings.Contains(s, "'''") && strings.Contains(src, `\n`) {
			t.Errorf("%q is written with escaped line ends:\n%s", v, src)
		}
	}
}
