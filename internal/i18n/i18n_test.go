package i18n

import "testing"

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
