package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pia-nl/pia"
)

// TestLanguageWhileRebuilding: pages of serve's own read the site's language while a rebuild sets it (run with
// -race).
func TestLanguageWhileRebuilding(t *testing.T) {
	dir := copySite(t)
	s, ts := serveSite(t, dir)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				get(t, ts.URL+"/bestaat-niet/")
				if resp, err := http.Post(ts.URL+"/", "text/plain", nil); err == nil {
					resp.Body.Close()
				}
			}
		}
	}()
	for range 3 {
		if sum := s.Rebuild([]string{"pia.toml"}); sum.Err != nil || !sum.Full {
			t.Errorf("rebuild: %+v", sum)
		}
	}
	close(stop)
	wg.Wait()
}

// TestCloseEndsEventStreams: Close ends the reload streams of open pages, so that shutting the server down does
// not wait for them.
func TestCloseEndsEventStreams(t *testing.T) {
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(s)
	ts.Config.RegisterOnShutdown(s.Close)
	ts.Start()
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/_pia/herlaad")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	ended := make(chan error, 1)
	go func() { _, err := io.Copy(io.Discard, resp.Body); ended <- err }()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	if err := ts.Config.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v after %v", err, time.Since(start))
	}
	select {
	case <-ended:
	case <-time.After(time.Second):
		t.Error("the event stream did not end")
	}
}

// firstEvent returns the first reload event (not the stand) a reload stream sends within wait, or "".
func firstEvent(t *testing.T, url string, wait time.Duration) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if ev, ok := strings.CutPrefix(sc.Text(), "event: "); ok && ev != "stand" {
			return ev
		}
	}
	return ""
}

// TestReloadAfterAMissedRebuild: a page that subscribes to reloads after a rebuild it did not see (it was still
// loading) reloads at once, and so does a page of an earlier server; a page that is current waits.
func TestReloadAfterAMissedRebuild(t *testing.T) {
	dir := copySite(t)
	s, ts := serveSite(t, dir)
	defer ts.CloseClientConnections()
	// The page's script subscribes with its generation and the server's start.
	src := regexp.MustCompile(`var k="pia-herlaad-plek",g=(\d+),st="([^"]+)",u="/_pia/herlaad\?generatie="\+g\+"&start="\+st`)
	subscription := func(path string) string {
		_, page := get(t, ts.URL+path)
		m := src.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("%s: no reload subscription in the page", path)
		}
		return "/_pia/herlaad?generatie=" + m[1] + "&start=" + m[2]
	}
	old := subscription("/verwerkingen/jeugdwet-toegang/")
	if !strings.Contains(old, "generatie=0") {
		t.Errorf("subscription %s does not give the generation", old)
	}
	notFound := subscription("/bestaat-niet/")
	s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"})
	for _, sub := range []string{old, notFound} {
		if ev := firstEvent(t, ts.URL+sub, 2*time.Second); ev != "herbouwd" {
			t.Errorf("%s after a rebuild: event %q, want herbouwd at once", sub, ev)
		}
	}
	current := subscription("/verwerkingen/jeugdwet-toegang/")
	if ev := firstEvent(t, ts.URL+current, 300*time.Millisecond); ev != "" {
		t.Errorf("a current page was told %q", ev)
	}
	// The stream gives the stand of the server first, for the page to pass on to other tabs.
	resp, err := http.Get(ts.URL + current)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(resp.Body)
	var stand []string
	for len(stand) < 2 && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "event: ") || strings.HasPrefix(sc.Text(), "data: ") {
			stand = append(stand, sc.Text())
		}
	}
	resp.Body.Close()
	if want := []string{"event: stand", fmt.Sprintf(`data: {"generatie":1,"start":%q}`, s.start)}; !slices.Equal(stand, want) {
		t.Errorf("stream begins with %q, want %q", stand, want)
	}
	other := regexp.MustCompile(`start=[^&"]+`).ReplaceAllString(current, "start=eerder")
	if ev := firstEvent(t, ts.URL+other, 2*time.Second); ev != "herbouwd" {
		t.Errorf("a page of an earlier server: event %q, want herbouwd at once", ev)
	}
}

// TestPagesWhileALazyFileRenders: while a file that is rendered on request takes long (the search index of a large
// site), other pages are served; requests for that file wait for the one render.
func TestPagesWhileALazyFileRenders(t *testing.T) {
	dir := copySite(t)
	s, ts := serveSite(t, dir)
	release := make(chan struct{})
	renders := 0
	s.mu.Lock()
	s.lazy["traag/index.html"] = &lazyFile{render: func() ([]byte, error) {
		renders++
		<-release
		return []byte("<html><body>traag</body></html>"), nil
	}}
	s.mu.Unlock()
	slow := make(chan string, 2)
	for range 2 {
		go func() { _, page := get(t, ts.URL+"/traag/"); slow <- page }()
	}
	time.Sleep(50 * time.Millisecond)
	served := make(chan int, 1)
	go func() { code, _ := get(t, ts.URL+"/verwerkingen/jeugdwet-toegang/"); served <- code }()
	select {
	case code := <-served:
		if code != 200 {
			t.Errorf("status %d", code)
		}
	case <-time.After(2 * time.Second):
		t.Error("a page waited for another page's render")
	}
	close(release)
	for range 2 {
		if page := <-slow; !strings.Contains(page, "traag") {
			t.Errorf("slow page: %s", page)
		}
	}
	if renders != 1 {
		t.Errorf("rendered %d times", renders)
	}
}
