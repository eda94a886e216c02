package i18n

import (
	"strings"
	"testing"
)

func TestFallbackAndFormatting(t *testing.T) {
	Register("nl", map[string]string{"test.groet": "Hallo %s"})
	Register("en", map[string]string{"test.alleen-en": "only"})
	if got := Lang("nl").T("test.groet", "Jan"); got != "Hallo Jan" {
		t.Fatalf("nl: %q", got)
	}
	if got := Lang("en").T("test.groet", "Jan"); got != "Hallo Jan" {
		t.Fatalf("en falls back to nl: %q", got)
	}
	if got := T("test.bestaat-niet"); got != "[test.bestaat-niet]" {
		t.Fatalf("unknown key: %q", got)
	}
	if !Has("en", "test.alleen-en") || Has("nl", "test.alleen-en") {
		t.Fatal("Has")
	}
}

func TestDuplicateKeyPanics(t *testing.T) {
	Register("nl", map[string]string{"test.dubbel": "a"})
	defer func() {
		if recover() == nil {
			t.Fatal("registering a key twice must panic")
		}
	}()
	Register("nl", map[string]string{"test.dubbel": "b"})
}

func TestNumberPicksSingular(t *testing.T) {
	Register("nl", map[string]string{"test.fout": "%d fouten in %s", "test.fout.een": "%d fout in %s",
		"test.regel": "%d regels in %s"})
	for _, c := range []struct {
		key  string
		n    int
		want string
	}{
		{"test.fout", 0, "0 fouten in a.toml"},
		{"test.fout", 1, "1 fout in a.toml"},
		{"test.fout", 2, "2 fouten in a.toml"},
		{"test.regel", 1, "1 regels in a.toml"}, // no singular registered: the plural is used
	} {
		if got := Lang("en").N(c.key, c.n, "a.toml"); got != c.want {
			t.Errorf("N(%s, %d) = %q, want %q", c.key, c.n, got, c.want)
		}
	}
}

// TestDecimal: numbers with decimals in messages are written as the language writes them.
func TestDecimal(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		x    float64
		prec int
		want string
	}{
		{"nl", 0.1234, 1, "0,1"},
		{"nl", 1234.5, 1, "1234,5"},
		{"nl", 3, 0, "3"},
		{"en", 0.1234, 1, "0.1"},
	} {
		if got := c.l.Decimal(c.x, c.prec); got != c.want {
			t.Errorf("%s.Decimal(%v, %d) = %q, want %q", c.l, c.x, c.prec, got, c.want)
		}
	}
}

// TestSplit: a message with Sep comes back as two parts that share the arguments, in order or by index, and read
// as the whole message when joined with a space.
func TestSplit(t *testing.T) {
	Register("nl", map[string]string{
		"test.split.volgorde": "Gegeven %s mist %d dingen. ¶ Vul %s in bij %s.",
		"test.split.index":    "Grondslag %[1]s is onzeker.%[2]s ¶ Zet geverifieerd = [%[1]s].",
		"test.split.staart":   "Het is mis. ¶ Zet %s en %s.",
		"test.split.geen":     "Alleen wat er mis is met %s.",
		"test.split.procent":  "100%% van %s ¶ en %s.",
		"test.split.kaal":     "Gegeven %[1]s heet %[2]s. ¶ Vul het in.",
	})
	for _, c := range []struct {
		key        string
		args       []any
		head, tail string
	}{
		{"test.split.volgorde", []any{"a", 2, "b", "c"}, "Gegeven a mist 2 dingen.", "Vul b in bij c."},
		{"test.split.index", []any{`"x"`, " Noot."}, `Grondslag "x" is onzeker. Noot.`, `Zet geverifieerd = ["x"].`},
		{"test.split.staart", []any{"a", "b"}, "Het is mis.", "Zet a en b."},
		{"test.split.geen", []any{"a"}, "Alleen wat er mis is met a.", ""},
		{"test.split.procent", []any{"a", "b"}, "100% van a", "en b."},
		{"test.bestaat-niet", []any{"a"}, "[test.bestaat-niet]", ""},
		{"test.split.kaal", []any{"a", "b"}, "Gegeven a heet b.", "Vul het in."},
	} {
		h, tl := Lang("en").Split(c.key, c.args...)
		if h != c.head || tl != c.tail {
			t.Errorf("Split(%s) = %q | %q, want %q | %q", c.key, h, tl, c.head, c.tail)
		}
	}
	// An argument too many shows in the tail, as T shows it at the end.
	if _, tl := Lang("nl").Split("test.split.staart", "a", "b", "c"); !strings.HasSuffix(tl, "%!(EXTRA string=c)") {
		t.Errorf("an argument too many: tail %q", tl)
	}
	// An argument that holds the mark Split cuts at still gives the two parts.
	if h, tl := Lang("nl").Split("test.split.volgorde", "a"+cut, 2, "b", "c"); h != "Gegeven a"+cut+" mist 2 dingen." || tl != "Vul b in bij c." {
		t.Errorf("an argument with the mark: %q | %q", h, tl)
	}
}
