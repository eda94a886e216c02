package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
)

// largeSite copies the example site and multiplies its questionnaires to n verwerkingen.
func largeSite(b *testing.B, n int) string {
	b.Helper()
	dir := copySite(b)
	vdir := filepath.Join(dir, "content", "verwerkingen")
	entries, _ := os.ReadDir(vdir)
	var sources [][]byte
	for _, e := range entries {
		src, _ := os.ReadFile(filepath.Join(vdir, e.Name()))
		sources = append(sources, src)
	}
	for i := len(entries); i < n; i++ {
		src := sources[i%len(sources)]
		name := fmt.Sprintf("kopie-%05d.toml", i)
		if err := os.WriteFile(filepath.Join(vdir, name), src, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkRebuildOneFile measures a save of one questionnaire on sites of growing size: the cost must stay flat.
func BenchmarkRebuildOneFile(b *testing.B) {
	for _, n := range []int{60, 600, 3000} {
		b.Run(fmt.Sprintf("verwerkingen=%d", n), func(b *testing.B) {
			dir := largeSite(b, n)
			s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
			if err != nil {
				b.Fatal(err)
			}
			file := filepath.Join(dir, "content", "verwerkingen", "jeugdwet-toegang.toml")
			orig, _ := os.ReadFile(file)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				src := strings.Replace(string(orig), "\n", fmt.Sprintf("\nversie = \"1.%d\"\n", i), 1)
				if strings.Contains(string(orig), "\nversie = ") {
					src = string(orig) + fmt.Sprintf("\n# wijziging %d\n", i)
				}
				if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
					b.Fatal(err)
				}
				if sum := s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"}); sum.Err != nil || sum.Full {
					b.Fatalf("rebuild: %+v", sum)
				}
			}
		})
	}
}
