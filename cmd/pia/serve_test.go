package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
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
	if runtime.GOOS == "windows" {
		t.Skip("stops pia serve with an interrupt signal")
	}
	cmd := exec.Command(piaBin, "serve", "--poort", "0")
	cmd.Dir = dir
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
			if m := regexp.MustCompile(`http://\S+/`).FindString(sc.Text()); m != "" {
				found <- m
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
func (s *served) stop(t *testing.T) time.Duration {
	t.Helper()
	start := time.Now()
	if err := s.cmd.Process.Signal(os.Interrupt); err != nil {
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
