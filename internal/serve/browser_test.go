package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/browsertest"
	"github.com/pia-nl/pia/internal/i18n"
)

// TestReloadKeepsThePlace: after a rebuild the page reloads at the same heading, also in the register, whose
// sections far from the window are not laid out (so the browser's own restoring by pixels lands elsewhere).
func TestReloadKeepsThePlace(t *testing.T) {
	browsertest.Available(t)
	dir := copySite(t)
	s, ts := serveSite(t, dir)
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

// TestManyTabs: a browser opens at most six connections to a server, and an open page keeps one for its reload
// events. With more tabs of the site open, every tab still loads, and every tab reloads after a rebuild. That
// holds too where the browser has no Web Locks: on a page from another machine over plain http.
func TestManyTabs(t *testing.T) {
	t.Run("localhost", func(t *testing.T) { manyTabs(t, false) })
	t.Run("zonder-web-locks", func(t *testing.T) { manyTabs(t, true) })
}

func manyTabs(t *testing.T, withoutLocks bool) {
	browsertest.Available(t)
	dir := copySite(t)
	s, ts := serveSite(t, dir)
	defer ts.CloseClientConnections()
	browsertest.Browse(t, t.TempDir(), func(ctx context.Context, _ string) {
		pages := []string{"/", "/register/", "/privacy/", "/contact/", "/privacybeleid/", "/toegankelijkheid/"}
		for _, id := range []string{"jeugdwet-toegang", "wmo-maatwerkvoorziening", "schuldhulpverlening"} {
			pages = append(pages, "/verwerkingen/"+id+"/", "/privacy/"+id+"/")
		}
		var tabs []context.Context
		var closeTab []context.CancelFunc
		for _, p := range pages {
			tab, cancel := chromedp.NewContext(ctx)
			defer cancel()
			closeTab = append(closeTab, cancel)
			if err := chromedp.Do(tab); err != nil { // opens the tab, for as long as tab lasts
				t.Fatal(err)
			}
			if withoutLocks {
				// What a browser gives a page that is not on localhost or https.
				if err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
					_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument,
						page.AddScriptToEvaluateOnNewDocumentParams{Source: `delete Navigator.prototype.locks`})
					return err
				})); err != nil {
					t.Fatal(err)
				}
			}
			tctx, stop := context.WithTimeout(tab, 10*time.Second)
			err := chromedp.Do(tctx, chromedp.Navigate(ts.URL+p))
			stop()
			if err != nil {
				t.Fatalf("tab %d (%s) did not load: %v", len(tabs)+1, p, err)
			}
			if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`window.piaVoorHerladen = true`)); err != nil {
				t.Fatal(err)
			}
			tabs = append(tabs, tab)
		}
		reloads := func(first int) {
			t.Helper()
			time.Sleep(300 * time.Millisecond) // the pages subscribe
			s.Rebuild([]string{"content/verwerkingen/jeugdwet-toegang.toml"})
			for i := first; i < len(tabs); i++ {
				for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
					reloaded, err := chromedp.Run(tabs[i], chromedp.Evaluate[bool](`window.piaVoorHerladen !== true && document.readyState === "complete"`))
					if err == nil && reloaded {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("tab %d (%s) did not reload after the rebuild", i+1, pages[i])
					}
				}
				if _, err := chromedp.Run(tabs[i], chromedp.Evaluate[bool](`window.piaVoorHerladen = true`)); err != nil {
					t.Fatal(err)
				}
			}
		}
		reloads(0)
		// Closing tabs, the one that holds the stream among them, leaves the others reloading.
		closeTab[0]()
		closeTab[1]()
		reloads(2)
	})
}

// TestReloadAfterASlowRestart: a page open while pia serve is stopped and started again reloads once the new server
// has built the site, also when that first build takes seconds. Meanwhile the address answers with Building, whose
// 503 would make a browser give up the page's event stream for good.
func TestReloadAfterASlowRestart(t *testing.T) {
	browsertest.Available(t)
	dir := copySite(t)
	first, err := New(Options{Source: dir, Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	// One address for both servers, as one port is for pia serve before and after the restart.
	var current atomic.Pointer[http.Handler]
	use := func(h http.Handler) { current.Store(&h) }
	use(first)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { (*current.Load()).ServeHTTP(w, r) }))
	defer ts.Close()
	defer ts.CloseClientConnections()
	browsertest.Browse(t, t.TempDir(), func(ctx context.Context, _ string) {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/register/")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond) // the page subscribes to the reload events
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.piaVoorHerladen = true`)); err != nil {
			t.Fatal(err)
		}
		// The server stops (its streams break) and starts again; its first build takes three seconds.
		use(Building(i18n.Default))
		ts.CloseClientConnections()
		time.Sleep(3 * time.Second)
		second, err := New(Options{Source: dir, Embedded: pia.Embedded()})
		if err != nil {
			t.Fatal(err)
		}
		use(second)
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			reloaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.piaVoorHerladen !== true && document.readyState === "complete"`))
			if err == nil && reloaded {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the page did not reload after the restart")
			}
		}
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
			t.Fatal(err)
		}
	})
}
