package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/pia-nl/pia"
)

// TestLanguageWhileRebuilding: pages of serve's own read the site's language while a rebuild sets it (run with
// -race).
func TestLanguageWhileRebuilding(t *testing.T) {
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
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
