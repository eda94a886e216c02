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
