package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/serve"
)

// lockedBuffer collects what a running command writes, for reading while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// served is a running pia serve.
type served struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedBuffer
	done   chan error
}

// startServe runs pia serve on a free port in dir and waits until it says where the site is.
func startServe(t *testing.T, dir string) *served {
	t.Helper()
	return startServeIn(t, dir)
}

// startServeIn is startServe run from the folder cwd, with more arguments (--bron).
func startServeIn(t *testing.T, cwd string, args ...string) *served {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("stops pia serve with an interrupt signal")
	}
	cmd := exec.Command(piaBin, append([]string{"serve", "--poort", "0"}, args...)...)
	cmd.Dir = cwd
	s := &served{cmd: cmd, stderr: &lockedBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = s.stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			// The line that says the site is there, not the one a slow first build gives while it builds.
			if m := regexp.MustCompile(`staat op (http://\S+/)`).FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		_, _ = io.Copy(io.Discard, out)
		s.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
	})
	select {
	case s.url = <-found:
	case err := <-s.done:
		t.Fatalf("pia serve ended before it served: %v\n%s", err, s.stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("pia serve did not start\n%s", s.stderr.String())
	}
	return s
}

// stop interrupts pia serve as Ctrl-C does and returns how long it took to end.
func (s *served) stop(t *testing.T) time.Duration { return s.stopWith(t, os.Interrupt) }

// stopWith stops pia serve with sig, expects it to end cleanly, and returns how long that took.
func (s *served) stopWith(t *testing.T, sig os.Signal) time.Duration {
	t.Helper()
	start := time.Now()
	if err := s.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("pia serve ended with %v\n%s", err, s.stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("pia serve did not stop on an interrupt")
	}
	return time.Since(start)
}

// TestServeStartsOnAFailingLayout: pia serve starts when the site's own layout fails, and says that the pages
// could not be made, not that the site did not load.
func TestServeStartsOnAFailingLayout(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                         minimalConfig,
		"content/verwerkingen/x.toml":      "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
		"themes/default/layouts/base.html": "{{if}}",
	})
	s := startServe(t, dir)
	s.stop(t)
	out := s.stderr.String()
	if !strings.Contains(out, "pia kan de pagina's niet maken: themes/default/layouts/base.html:1") ||
		strings.Contains(out, "laadfout") || !strings.Contains(out, "pia start toch: de pagina's tonen deze fout ") {
		t.Errorf("stderr:\n%s", out)
	}
}

// TestServeNamesAFileInTheSite: a file of the site that keeps the pages from being made is named as the pages name
// it, relative to the site, also when the site is given with --bron.
func TestServeNamesAFileInTheSite(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
	})
	if err := os.MkdirAll(filepath.Join(dir, "static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(t.TempDir(), "weg"), filepath.Join(dir, "static", "kapot.txt")); err != nil {
		t.Skip("no links here:", err)
	}
	s := startServeIn(t, t.TempDir(), "--bron", dir)
	s.stop(t)
	out := s.stderr.String()
	if !strings.Contains(out, "kan static/kapot.txt niet openen") || strings.Contains(out, dir) {
		t.Errorf("stderr:\n%s", out)
	}
}

// TestServeStopsAtOnceWithOpenPages: Ctrl-C stops pia serve at once, also while pages listen for reloads.
func TestServeStopsAtOnceWithOpenPages(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
	})
	s := startServe(t, dir)
	for range 3 {
		resp, err := http.Get(s.url + "_pia/herlaad")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if _, err := bufio.NewReader(resp.Body).ReadString('\n'); err != nil {
			t.Fatal(err)
		}
	}
	if d := s.stop(t); d > time.Second {
		t.Errorf("pia serve took %v to stop", d)
	}
}

// TestServeStopsCleanlyOnHangup: a closed terminal or a dropped SSH session (SIGHUP) ends pia serve as Ctrl-C does,
// rather than killing it.
func TestServeStopsCleanlyOnHangup(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
	})
	s := startServe(t, dir)
	s.stopWith(t, syscall.SIGHUP)
}

// TestServeSaysItIsBuilding: while the first build of a large site runs, the address already answers with a page
// that says pia is building and reloads itself, and pia serve tells that address; then the site appears there.
func TestServeSaysItIsBuilding(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("stops pia serve with an interrupt signal")
	}
	release := make(chan struct{})
	defer func(n func(serve.Options) (*serve.Server, error), d time.Duration) { newServer, buildingNotice = n, d }(newServer, buildingNotice)
	newServer = func(o serve.Options) (*serve.Server, error) {
		<-release // a first build that takes as long as the test wants
		return serve.New(o)
	}
	buildingNotice = 10 * time.Millisecond
	stdout, stderr := &lockedBuffer{}, &lockedBuffer{}
	e := &env{stdout: stdout, stderr: stderr, lang: i18n.Default}
	done := make(chan int, 1)
	go func() { done <- run(e, []string{"serve", "--bron", repoRoot(t), "--poort", "0"}) }()

	url := waitFor(t, stdout, regexp.MustCompile(`Op (http://\S+/) ziet u nu dat pia bezig is`))
	for _, path := range []string{"", "verwerkingen/wmo-maatwerkvoorziening/"} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") != "1" ||
			!strings.Contains(string(body), "<h1>pia bouwt de site</h1>") ||
			!strings.Contains(string(body), `http-equiv="refresh" content="1"`) {
			t.Errorf("during the first build, /%s: %d, Retry-After %q\n%s", path, resp.StatusCode,
				resp.Header.Get("Retry-After"), body)
		}
	}
	close(release)
	if got := waitFor(t, stdout, regexp.MustCompile(`De site staat op (http://\S+/)`)); got != url {
		t.Errorf("the site is told at %s, the building page was at %s", got, url)
	}
	resp, err := http.Get(url + "verwerkingen/wmo-maatwerkvoorziening/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Wmo") {
		t.Errorf("after the first build: %d\n%.300s", resp.StatusCode, body)
	}
	// Once the site is there, serve listens for Ctrl-C.
	self, err := os.FindProcess(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if err := self.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("pia serve did not stop on Ctrl-C")
	}
}

// waitFor waits until the output matches re and returns its first group.
func waitFor(t *testing.T, out *lockedBuffer, re *regexp.Regexp) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no %q in:\n%s", re, out.String())
	return ""
}
