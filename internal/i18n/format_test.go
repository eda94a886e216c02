package i18n

import (
	"fmt"
	"strings"
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

// FuzzSplit: a message with one Sep comes back as two parts that, for arguments in the order of their verbs, read
// as T gives the whole message with Sep as a space: formatted by fmt, or as it is without arguments.
func FuzzSplit(f *testing.F) {
	f.Add("Gegeven %s mist %d dingen.", "Vul %s in.", []byte{0, 3, 1})
	f.Add("100%% van %s", "en %s.", []byte{0, 1})
	f.Add("Niets", "Ook niets", []byte{})
	f.Fuzz(func(t *testing.T, head, tail string, picks []byte) {
		if len(picks) > 8 || strings.Contains(head+tail, Sep) || strings.Contains(head+tail, "%[") ||
			strings.TrimSpace(head) != head || strings.TrimSpace(tail) != tail || head == "" || tail == "" {
			return
		}
		args := make([]any, len(picks))
		for i, p := range picks {
			args[i] = formatArgs[int(p)%len(formatArgs)]
		}
		whole := head + " " + tail
		if verbs(whole) != len(args) || strings.HasSuffix(head, "%") {
			return // fmt would report missing or extra arguments, or read the space as a flag
		}
		want := whole // T takes a message without arguments as it is
		if len(args) > 0 {
			want = fmt.Sprintf(whole, args...)
		}
		n := verbs(head)
		if strings.Contains(want, "%!") || len(args) > 0 &&
			(strings.Contains(fmt.Sprintf(head, args[:n]...), "%!") || strings.Contains(fmt.Sprintf(tail, args[n:]...), "%!")) {
			return // a faulty message or part, which the catalogue's own tests keep out
		}
		h, tl := splitFormat(head+" "+Sep+" "+tail, args)
		if got := strings.TrimSpace(h) + " " + strings.TrimSpace(tl); got != strings.TrimSpace(want) &&
			strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(want), " ") {
			t.Errorf("Split(%q) = %q | %q, fmt of the whole: %q", head+" ¶ "+tail, h, tl, want)
		}
	})
}
