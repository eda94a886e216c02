package serve

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

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
