package serve

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/browsertest"
)

// TestReloadKeepsThePlace: after a rebuild the page reloads at the same heading, also in the register, whose
// sections far from the window are not laid out (so the browser's own restoring by pixels lands elsewhere).
func TestReloadKeepsThePlace(t *testing.T) {
	browsertest.Available(t)
	dir := copySite(t)
	s, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer ts.CloseClientConnections() // the page's open event stream would keep Close waiting
	browsertest.Browse(t, t.TempDir(), func(ctx context.Context, _ string) {
		for _, c := range []struct{ page, heading string }{
			{"/register/", "v-wmo-maatwerkvoorziening"},
			{"/verwerkingen/wmo-maatwerkvoorziening/", "bevindingen"},
		} {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 600), chromedp.Navigate(ts.URL+c.page)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond) // the page subscribes to the reload events
			before, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(h => { h.scrollIntoView(); scrollBy(0, 120);
				window.piaVoorHerladen = true; return h.getBoundingClientRect().top; })(document.getElementById("`+c.heading+`"))`))
			if err != nil {
				t.Fatal(err)
			}
			s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"})
			var after float64
			for deadline := time.Now().Add(10 * time.Second); ; {
				time.Sleep(100 * time.Millisecond)
				reloaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.piaVoorHerladen !== true && document.readyState === "complete"`))
				if err == nil && reloaded {
					time.Sleep(200 * time.Millisecond)
					if after, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`document.getElementById("`+c.heading+`").getBoundingClientRect().top`)); err != nil {
						t.Fatal(err)
					}
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%s: the page did not reload after the rebuild", c.page)
				}
			}
			if d := after - before; d < -2 || d > 2 {
				t.Errorf("%s: heading %s at %.0f px before the reload, at %.0f px after", c.page, c.heading, before, after)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
			t.Fatal(err)
		}
	})
}
