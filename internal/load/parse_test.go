package load

import (
	"strings"
	"testing"
	"unsafe"
)

// TestOwnStringsCopiesShortStrings checks that no short string of a parsed file shares memory with the parser's
// copy of the file after ownStrings: one name kept from each of thousands of files would otherwise keep all their
// text in memory.
func TestOwnStringsCopiesShortStrings(t *testing.T) {
	long := strings.Repeat("lang ", keepLimit/5+1)
	src := []byte(`id = "wmo-hulp"
naam = "Wmo-maatwerk"
tags = ["a", "b"]
lang = "` + long + `"

[[gegevens]]
id = "G1"
naam = "BSN"
`)
	d := parseDoc("x.toml", src, &collector{})
	if d == nil {
		t.Fatal("parse failed")
	}
	paths := []func(m map[string]any) string{
		func(m map[string]any) string { return m["id"].(string) },
		func(m map[string]any) string { return m["naam"].(string) },
		func(m map[string]any) string { return m["tags"].([]any)[1].(string) },
		func(m map[string]any) string { return m["gegevens"].([]map[string]any)[0]["naam"].(string) },
	}
	// The parser's strings without escapes are parts of one string: the whole file.
	before := make([]uintptr, len(paths))
	for i, p := range paths {
		before[i] = uintptr(unsafe.Pointer(unsafe.StringData(p(d.m))))
	}
	lo, hi := before[0], before[0]
	for _, b := range before {
		lo, hi = min(lo, b), max(hi, b)
	}
	if hi-lo >= uintptr(len(src)) {
		t.Fatalf("the parser's strings are not parts of one text (spread %d, file %d bytes): the test's premise is gone", hi-lo, len(src))
	}
	longBefore := unsafe.StringData(d.m["lang"].(string))
	ownStrings(d.m)
	for i, p := range paths {
		s := p(d.m)
		at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		if at >= hi-uintptr(len(src)) && at < lo+uintptr(len(src)) {
			t.Errorf("string %d %q still lies in the parsed file", i, s)
		}
	}
	if d.m["naam"] != "Wmo-maatwerk" || d.m["tags"].([]any)[0] != "a" {
		t.Errorf("values changed: %v", d.m)
	}
	if unsafe.StringData(d.m["lang"].(string)) != longBefore {
		t.Error("a text longer than keepLimit was copied again")
	}
}

func TestOwnKey(t *testing.T) {
	src := string([]byte("naam onbekend"))
	naam, other := src[:4], src[5:]
	if got := ownKey(naam); unsafe.StringData(got) == unsafe.StringData(src) || got != "naam" {
		t.Errorf("ownKey(%q) kept the file's memory", naam)
	}
	if got := ownKey(other); unsafe.StringData(got) == unsafe.StringData(other) || got != "onbekend" {
		t.Errorf("ownKey(%q) kept the file's memory", other)
	}
}
