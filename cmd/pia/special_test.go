//go:build linux || darwin || freebsd || netbsd || openbsd

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFilesInTheSite: a named pipe or a link to /dev/zero in content/, static/ or the theme makes pia check
// and pia build stop at once with a message that names the file, instead of waiting for ever or filling the memory,
// and the build leaves no half-made output behind.
func TestSpecialFilesInTheSite(t *testing.T) {
	for _, c := range []struct {
		file string
		pipe bool
		code int // of pia build
	}{
		{"content/verwerkingen/pijp.toml", true, exitInput},
		{"content/nul.md", false, exitInput},
		{"static/pijp.txt", true, exitInput},
		{"static/nul.bin", false, exitInput},
		{"themes/default/assets/pijp.css", true, exitInput},
	} {
		dir := writeSite(t, map[string]string{
			"pia.toml":                      minimalConfig,
			"content/verwerkingen/wmo.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
		})
		p := filepath.Join(dir, filepath.FromSlash(c.file))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		if c.pipe {
			err = syscall.Mkfifo(p, 0o644)
		} else {
			err = os.Symlink("/dev/zero", p)
		}
		if err != nil {
			t.Fatal(err)
		}
		// pia new last: it reads the questionnaires for a clash of ids, and must not wait on the pipe either.
		for _, args := range [][]string{{"build"}, {"check"}, {"new", "verwerking", "nieuw-x", "--sjabloon", "vng-sociaal-domein/wmo-maatwerkvoorziening"}} {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			cmd := exec.CommandContext(ctx, piaBin, args...)
			cmd.Dir = dir
			out, _ := cmd.CombinedOutput()
			late := ctx.Err() != nil
			cancel()
			if late {
				t.Fatalf("pia %s with %s did not end", args[0], c.file)
			}
			code := cmd.ProcessState.ExitCode()
			if args[0] == "check" || args[0] == "build" {
				if code == exitOK || !strings.Contains(string(out), c.file[strings.LastIndex(c.file, "/")+1:]) ||
					!strings.Contains(string(out), "geen gewoon bestand") {
					t.Errorf("pia %s with %s: exit code %d, want the file named as no regular file:\n%s", args[0], c.file, code, out)
				}
			}
			if args[0] == "build" && code != c.code {
				t.Errorf("pia build with %s: exit code %d, want %d", c.file, code, c.code)
			}
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".output") || e.Name() == "output" {
				t.Errorf("with %s the failed build left %s", c.file, e.Name())
			}
		}
	}
}
