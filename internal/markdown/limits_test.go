package markdown

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExcessive(t *testing.T) {
	deep := strings.Repeat(">", MaxNesting+1)
	for _, c := range []struct {
		name string
		src  string
		want Excess
		ok   bool
	}{
		{"plain text", "Een gewone tekst.\n\nMet twee alinea's.", Excess{}, false},
		{"nesting at the limit", strings.Repeat("> ", MaxNesting) + "citaat", Excess{}, false},
		{"quotes past the limit", deep + " tekst", Excess{1, MaxNesting + 1, KindNesting, MaxNesting + 1}, true},
		{"on a later line", "Eerst dit.\n\n" + strings.Repeat("> ", 40), Excess{3, 2*MaxNesting + 1, KindNesting, 40}, true},
		{"ordinals", strings.Repeat("1. ", 50) + "a", Excess{1, 3*MaxNesting + 1, KindNesting, 50}, true},
		{"bullets", strings.Repeat("- ", 20) + strings.Repeat("> ", 20), Excess{1, 2*MaxNesting + 1, KindNesting, 40}, true},
		{"a rule of spaced dashes", strings.Repeat("- ", 50), Excess{}, false},
		{"a rule of spaced stars", strings.Repeat("* ", 50) + "\n", Excess{}, false},
		{"a dash in a word stops the count", strings.Repeat("-a ", 50), Excess{}, false},
		{"ten digits are no ordinal", strings.Repeat("1234567890. ", 50), Excess{}, false},
		{"a long line of text", strings.Repeat("woord ", 1000), Excess{}, false},
		{"a table at the limit", "|" + strings.Repeat(" a |", MaxColumns) + "\n|" + strings.Repeat("---|", MaxColumns), Excess{}, false},
		{"a wide table", "| a | b |\n|" + strings.Repeat(":-:|", MaxColumns+1) + "\n", Excess{2, 1, KindColumns, MaxColumns + 1}, true},
		{"a wide table with Windows line ends", "| a |\r\n|" + strings.Repeat("-|", 70) + "\r\n| b |\r\n", Excess{2, 1, KindColumns, 70}, true},
		{"a wide table without outer pipes", strings.Repeat("-|", 99) + "-", Excess{1, 1, KindColumns, 100}, true},
		{"a long table at the limit", "| a | b |\n|---|---|\n" + strings.Repeat("| x | y |\n", MaxCells/2), Excess{}, false},
		{"a long table", "Tekst\n\n| a | b |\n|---|---|\n" + strings.Repeat("| x | y |\n", MaxCells/2+1),
			Excess{4 + MaxCells/2 + 1, 1, KindCells, MaxCells + 2}, true},
		{"two tables apart", strings.Repeat("| a | b |\n|---|---|\n"+strings.Repeat("| x | y |\n", MaxCells/4)+"\n", 4),
			Excess{}, false},
		{"links at the limit", strings.Repeat("[a](", MaxLinks), Excess{}, false},
		{"links past the limit", "é " + strings.Repeat("[a](b) ", MaxLinks+10), Excess{1, 2 + 7*MaxLinks + 3, KindLinks, MaxLinks + 10}, true},
		{"links on many lines", strings.Repeat(strings.Repeat("[a](", 100)+"\n", 10), Excess{}, false},
		{"inside a fenced code block", "Voorbeeld:\n\n```\n" + deep + "\n" + strings.Repeat("[a](", 300) + "\n```\n", Excess{}, false},
		{"inside a tilde fence with a longer close", "~~~ tekst\n" + deep + "\n~~~~\n", Excess{}, false},
		{"after the code block", "```\nx\n```\n" + deep, Excess{4, MaxNesting + 1, KindNesting, MaxNesting + 1}, true},
		{"a shorter fence does not close", "````\n```\n" + deep + "\n````\n", Excess{}, false},
		{"a backtick fence is not closed by tildes", "```\n~~~\n" + deep, Excess{}, false},
		{"a setext underline", "Kop\n" + strings.Repeat("-", 200), Excess{}, false},
	} {
		got, ok := Excessive(c.src)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: Excessive = %+v, %v; want %+v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// BenchmarkConvertAtTheLimits converts a text of lines just inside the limits: its time per byte should stay that
// of ordinary text.
func BenchmarkConvertAtTheLimits(b *testing.B) {
	var src strings.Builder
	for i := 0; i < 2000; i++ {
		src.WriteString(strings.Repeat("> ", MaxNesting) + "tekst\n\n")
		src.WriteString("|" + strings.Repeat(" a |", MaxColumns) + "\n|" + strings.Repeat("---|", MaxColumns) + "\n\n")
		src.WriteString(strings.Repeat("[a](", MaxLinks) + "\n\n")
	}
	s := src.String()
	if _, ok := Excessive(s); ok {
		b.Fatal("the text is within the limits")
	}
	b.ResetTimer()
	for b.Loop() {
		Convert(s, "x")
	}
}

func FuzzExcessive(f *testing.F) {
	f.Add(strings.Repeat("> ", 40))
	f.Add("| a |\n|" + strings.Repeat("-|", 70))
	f.Add("1. 2) - + * > a")
	f.Add("é" + strings.Repeat("![a](", 300))
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := Excessive(s)
		if !ok {
			return
		}
		lines := strings.Split(s, "\n")
		if e.Line < 1 || e.Line > len(lines) || e.Col < 1 || e.Col > utf8.RuneCountInString(lines[e.Line-1]) {
			t.Fatalf("%+v lies outside %q", e, s)
		}
		if e.Kind == KindNesting && e.N <= MaxNesting || e.Kind == KindColumns && e.N <= MaxColumns ||
			e.Kind == KindLinks && e.N <= MaxLinks || e.Kind == KindCells && e.N <= MaxCells {
			t.Fatalf("%+v is within the limits", e)
		}
	})
}
