package i18n

import (
	"fmt"
	"testing"
)

// formatArgs are the arguments the fuzzer picks from: the kinds messages get, and some they do not.
var formatArgs = []any{"Wmo", "", "100%", int(7), int64(-12), 3.5, true, nil, []string{"a"}, fmt.Errorf("fout")}

func TestFormatIsSprintf(t *testing.T) {
	for _, c := range []struct {
		f    string
		args []any
	}{
		{"%s heeft %d gegevens", []any{"Wmo", 3}},
		{"%d%% van %s", []any{int64(40), "x"}},
		{"%s", []any{3}},
		{"%s en %s", []any{"a"}},
		{"%s", []any{"a", "b"}},
		{"%q: %s", []any{"a", "b"}},
		{"einde %", []any{"a"}},
		{"%v", []any{nil}},
		{"zonder werkwoord", []any{"a"}},
	} {
		if got, want := format(c.f, c.args), fmt.Sprintf(c.f, c.args...); got != want {
			t.Errorf("format(%q, %v) = %q, fmt: %q", c.f, c.args, got, want)
		}
	}
}

// TestFormatAllocatesOnce: the message is the only allocation, as messages are made for every finding and many
// words of every document.
func TestFormatAllocatesOnce(t *testing.T) {
	args := []any{"Wmo-maatwerkvoorziening", int64(12), 7}
	want := fmt.Sprintf("%s: %d gegevens, %d%% ingevuld", args...)
	var got string
	if n := testing.AllocsPerRun(100, func() { got = format("%s: %d gegevens, %d%% ingevuld", args) }); n != 1 {
		t.Errorf("format allocates %v times, want 1", n)
	}
	if got != want {
		t.Errorf("format = %q, want %q", got, want)
	}
}

func FuzzFormat(f *testing.F) {
	f.Add("%s heeft %d gegevens", []byte{0, 3})
	f.Add("%d%% %s %q", []byte{4, 1, 2})
	f.Add("%", []byte{5})
	f.Fuzz(func(t *testing.T, msg string, picks []byte) {
		if len(picks) == 0 || len(picks) > 8 {
			return
		}
		args := make([]any, len(picks))
		for i, p := range picks {
			args[i] = formatArgs[int(p)%len(formatArgs)]
		}
		if got, want := format(msg, args), fmt.Sprintf(msg, args...); got != want {
			t.Errorf("format(%q, %v) = %q, fmt: %q", msg, args, got, want)
		}
	})
}
