package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const good = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Goed</title></head>
<body><main><h1>Goed</h1><p>Een pagina zonder fouten.</p><img src="beeld.svg" alt="Een vierkant"></main></body></html>`

// bad has an image without alt text, a script error and a request to another host.
const bad = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Fout</title></head>
<body><main><h1>Fout</h1><img src="beeld.svg"><img src="http://elders.invalid/spoor.png" alt="spoor">
<script>undefinedFunction()</script></main></body></html>`

const square = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`

func site(t *testing.T) string {
	dir := t.TempDir()
	for name, body := range map[string]string{"goed.html": good, "sub/fout.html": bad, "beeld.svg": square, "sub/beeld.svg": square} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCheck(t *testing.T) {
	Available(t)
	res := Check(t, site(t), []string{"goed.html", "sub/fout.html"})
	if len(res) != 2 {
		t.Fatalf("got %d results", len(res))
	}
	if !res[0].OK() {
		t.Errorf("good page: %s", res[0])
	}
	b := res[1]
	if len(b.Violations) == 0 || b.Violations[0].ID != "image-alt" {
		t.Errorf("bad page: want image-alt violation, got %s", b)
	}
	if len(b.OffHost) != 1 || !strings.Contains(b.OffHost[0], "elders.invalid") {
		t.Errorf("bad page: want the off-host request, got %v", b.OffHost)
	}
	if len(b.Errors) == 0 || !strings.Contains(strings.Join(b.Errors, " "), "undefinedFunction") {
		t.Errorf("bad page: want the script error, got %v", b.Errors)
	}
}

func TestScreenshot(t *testing.T) {
	Available(t)
	out := filepath.Join(t.TempDir(), "goed.png")
	Screenshot(t, site(t), "goed.html", 390, 600, out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 8 || string(b[1:4]) != "PNG" {
		t.Errorf("not a PNG: % x", b[:min(8, len(b))])
	}
}

func TestAvailableInCI(t *testing.T) {
	// Without a browser, CI=true must fail rather than skip; checked with a fake testing.TB.
	t.Setenv("PIA_CHROMIUM", "")
	t.Setenv("PATH", t.TempDir())
	t.Setenv("CI", "true")
	f := &fakeTB{TB: t}
	func() {
		defer func() { _ = recover() }()
		Available(f)
	}()
	if !f.fatal || f.skipped {
		t.Errorf("CI=true without Chromium: fatal=%v skipped=%v", f.fatal, f.skipped)
	}
	t.Setenv("CI", "")
	f = &fakeTB{TB: t}
	func() {
		defer func() { _ = recover() }()
		Available(f)
	}()
	if f.fatal || !f.skipped || !strings.Contains(f.msg, "Chromium") {
		t.Errorf("without CI: fatal=%v skipped=%v msg=%q", f.fatal, f.skipped, f.msg)
	}
}

// fakeTB records Fatal and Skip instead of ending the test; it panics to stop Available like the real ones do.
type fakeTB struct {
	testing.TB
	fatal, skipped bool
	msg            string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Fatal(args ...any) {
	f.fatal = true
	f.msg = toString(args)
	panic("fatal")
}
func (f *fakeTB) Skip(args ...any) {
	f.skipped = true
	f.msg = toString(args)
	panic("skip")
}

func toString(args []any) string {
	var b strings.Builder
	for _, a := range args {
		if s, ok := a.(string); ok {
			b.WriteString(s)
		}
	}
	return b.String()
}
