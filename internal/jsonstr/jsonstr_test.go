package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"
)

// encodingJSON is how encoding/json writes s, with or without its HTML escaping.
func encodingJSON(t *testing.T, s string, html bool) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "gewoon", "\"\\/", "\x00\x01\b\f\n\r\t\x1f\x7f", "é€\u2028\u2029", "\xff\xc3", "<&>",
		"</script>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Append([]byte("x"), s), append([]byte("x"), encodingJSON(t, s, false)...); !bytes.Equal(got, want) {
			t.Errorf("Append(%q) = %s, encoding/json: %s", s, got, want)
		}
		if got, want := AppendHTML(nil, s), encodingJSON(t, s, true); !bytes.Equal(got, want) {
			t.Errorf("AppendHTML(%q) = %s, encoding/json: %s", s, got, want)
		}
	})
}
