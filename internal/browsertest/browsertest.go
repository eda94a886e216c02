// Package browsertest checks rendered pages in a real browser for tests: it serves a folder on 127.0.0.1, opens
// pages in headless Chromium through the DevTools protocol (chromedp, no Node needed), runs axe-core's WCAG 2.1 A
// and AA rules in each page, records every network request, and takes screenshots for a person to look at.
//
// Chromium is found on PATH as chromium or chromium-browser (or PIA_CHROMIUM); axe-core as
// node_modules/axe-core/axe.min.js in the working folder or one of its parents (npm install at the repository
// root puts it there), or at the path in PIA_AXE_JS. Tests skip without them, except in CI (CI=true), where a
// missing browser is a failure: a green CI must mean the pages were checked.
package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Tags are the axe-core rule tags that are run: WCAG 2.0 and 2.1, levels A and AA.
var Tags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"}

// Result is what one page showed.
type Result struct {
	Page       string
	Violations []Violation
	// OffHost are the URLs the page requested from any host other than the test server.
	OffHost []string
	// Errors are uncaught JavaScript exceptions and console.error calls.
	Errors []string
}

// Violation is one failed axe rule with the elements that fail it.
type Violation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	HelpURL string   `json:"helpUrl"`
	Nodes   []string `json:"nodes"` // CSS selector and HTML of each failing element
}

func (v Violation) String() string {
	return fmt.Sprintf("%s (%s): %s\n    %s\n    %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n    "), v.HelpURL)
}

// OK reports whether the page had no violations, no off-host requests and no script errors.
func (r Result) OK() bool { return len(r.Violations) == 0 && len(r.OffHost) == 0 && len(r.Errors) == 0 }

// String lists the problems of the page.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", r.Page)
	for _, v := range r.Violations {
		b.WriteString("\n  axe: " + v.String())
	}
	for _, u := range r.OffHost {
		b.WriteString("\n  request to another host: " + u)
	}
	for _, e := range r.Errors {
		b.WriteString("\n  script error: " + e)
	}
	return b.String()
}

// Chromium returns the path of the browser, or "" when there is none.
func Chromium() string {
	if p := os.Getenv("PIA_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// AxePath returns the path of axe.min.js, or "" when there is none.
func AxePath() string {
	if p := os.Getenv("PIA_AXE_JS"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "node_modules", "axe-core", "axe.min.js")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Available skips the test when Chromium or axe-core is missing, with what to install. With CI=true it fails
// instead.
func Available(t testing.TB) {
	t.Helper()
	var missing []string
	if Chromium() == "" {
		missing = append(missing, "Chromium (apt-get install chromium, or set PIA_CHROMIUM)")
	}
	if p := AxePath(); p == "" {
		missing = append(missing, "axe-core (npm install in the repository root, or set PIA_AXE_JS)")
	} else if _, err := os.Stat(p); err != nil {
		missing = append(missing, "axe-core at "+p)
	}
	if len(missing) == 0 {
		return
	}
	msg := "browser test needs " + strings.Join(missing, " and ")
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// sessions holds the browser and the servers of each running test, so that the calls of one test share one
// browser: starting Chromium takes about a second.
var sessions sync.Map // testing.TB → *session

type session struct {
	ctx     context.Context
	mu      sync.Mutex
	servers map[string]string // dir → base URL
}

// browser returns the test's headless Chromium, started on first use and stopped when the test ends.
func browser(t testing.TB) *session {
	t.Helper()
	Available(t)
	if s, ok := sessions.Load(t); ok {
		return s.(*session)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { sessions.Delete(t); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	s := &session{ctx: ctx, servers: map[string]string{}}
	sessions.Store(t, s)
	return s
}

// serve returns the base URL (without trailing slash) of a server on 127.0.0.1 for dir, started on first use.
func (s *session) serve(t testing.TB, dir string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u, ok := s.servers[dir]; ok {
		return u
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	s.servers[dir] = srv.URL
	return srv.URL
}

// Widths are the screen widths at which Check runs axe: a desktop and a phone, since a page may show other
// elements on a small screen.
var Widths = []int{1280, 390}

// Check opens each page (a path under dir, such as "register/index.html") from a server on 127.0.0.1 at each of
// Widths, runs axe in it and returns what each page showed. It fails the test when the browser cannot load a page.
func Check(t testing.TB, dir string, pages []string) []Result {
	t.Helper()
	s := browser(t)
	ctx, base := s.ctx, s.serve(t, dir)
	axe, err := os.ReadFile(AxePath())
	if err != nil {
		t.Fatal(err)
	}
	var results []Result
	for _, p := range pages {
		res := Result{Page: p}
		seen := map[string]bool{}
		rec := record(t, ctx, base)
		for _, w := range Widths {
			tctx, cancel := timeout(ctx)
			err := chromedp.Do(tctx, chromedp.EmulateViewport(int64(w), 900), chromedp.Navigate(base+"/"+p))
			var vs []Violation
			if err == nil {
				vs, err = runAxe(tctx, string(axe))
			}
			cancel()
			if err != nil {
				t.Fatalf("%s at %dpx: %v", p, w, err)
			}
			for _, v := range vs {
				if key := v.ID + strings.Join(v.Nodes, ""); !seen[key] {
					seen[key] = true
					v.Help = fmt.Sprintf("%s (at %dpx)", v.Help, w)
					res.Violations = append(res.Violations, v)
				}
			}
		}
		res.OffHost, res.Errors = rec.stop()
		results = append(results, res)
	}
	return results
}

// Browse opens the browser and a server for dir and calls fn with the browser context and the server's base URL,
// for tests that drive a page themselves (fill in a search, open a page from disk).
func Browse(t testing.TB, dir string, fn func(ctx context.Context, base string)) {
	t.Helper()
	s := browser(t)
	fn(s.ctx, s.serve(t, dir))
}

// Screenshot saves a PNG of the whole page (a path under dir) at the given viewport size to out.
func Screenshot(t testing.TB, dir, page string, width, height int, out string) {
	t.Helper()
	s := browser(t)
	tctx, cancel := timeout(s.ctx)
	base := s.serve(t, dir)
	defer cancel()
	err := chromedp.Do(tctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate(base+"/"+page))
	if err != nil {
		t.Fatalf("screenshot of %s: %v", page, err)
	}
	png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot of %s: %v", page, err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Print returns the page (a path under dir) as Chromium prints it to PDF on A4, with the page's print style sheet
// and without the browser's own header and footer: what a user gets from the browser's print dialog.
func Print(t testing.TB, dir, page string) []byte {
	t.Helper()
	s := browser(t)
	tctx, cancel := timeout(s.ctx)
	base := s.serve(t, dir)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(base+"/"+page)); err != nil {
		t.Fatalf("printing %s: %v", page, err)
	}
	pdf, err := chromedp.Run(tctx, func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		no := false
		r, err := cdp.Call(ctx, tg, cdppage.PrintToPDF, cdppage.PrintToPDFParams{
			PaperWidth: 8.27, PaperHeight: 11.69, DisplayHeaderFooter: &no,
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	})
	if err != nil {
		t.Fatalf("printing %s: %v", page, err)
	}
	return pdf
}

// timeout bounds the steps of one page, so that a page that never loads fails the test instead of hanging it.
func timeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, 60*time.Second)
}

// recorder collects the requests and script errors of one page load.
type recorder struct {
	mu      sync.Mutex
	base    *url.URL
	offHost []string
	errors  []string
	cancel  context.CancelFunc
}

func record(t testing.TB, ctx context.Context, base string) *recorder {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	r := &recorder{base: u}
	lctx, cancel := context.WithCancel(ctx)
	r.cancel = cancel
	err = chromedp.Listen(lctx, func(ev any) {
		r.mu.Lock()
		defer r.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if e.Request != nil && r.offHostURL(e.Request.URL) {
				r.offHost = append(r.offHost, e.Request.URL)
			}
		case *runtime.EventExceptionThrown:
			if d := e.ExceptionDetails; d != nil {
				msg := d.Text
				if d.Exception != nil && d.Exception.Description != "" {
					msg += " " + d.Exception.Description
				}
				r.errors = append(r.errors, msg)
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
				}
				r.errors = append(r.errors, "console.error: "+strings.Join(parts, " "))
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// offHostURL reports whether a request leaves the test server. data: and blob: URLs stay inside the page.
func (r *recorder) offHostURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return true
	}
	switch u.Scheme {
	case "data", "blob", "about":
		return false
	}
	return u.Host != r.base.Host
}

// stop ends the recording and returns what it saw, each URL and error once (a page loads once per width).
func (r *recorder) stop() (offHost, errs []string) {
	r.cancel()
	r.mu.Lock()
	defer r.mu.Unlock()
	return unique(r.offHost), unique(r.errors)
}

func unique(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// runAxe injects axe-core into the page and runs the WCAG rules. Content a page lets the browser skip until it
// is scrolled to (content-visibility: auto) is laid out first: axe cannot judge colours it does not see, and the
// reader sees every part of the page once it is on screen.
func runAxe(ctx context.Context, axe string) ([]Violation, error) {
	tags, _ := json.Marshal(Tags)
	script := `(async () => {
  const all = document.createElement("style");
  all.textContent = "* { content-visibility: visible !important; }";
  document.head.append(all);
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const r = await axe.run(document, {runOnly: {type: "tag", values: ` + string(tags) + `}, resultTypes: ["violations"]});
  return JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => n.target.join(" ") + "  " + n.html)})));
})()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[*runtime.RemoteObject](axe)); err != nil {
		return nil, err
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, err
	}
	var vs []Violation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		return nil, errors.New("axe result: " + err.Error())
	}
	return vs, nil
}
