package serve

import (
	"fmt"
	"html"
	"net/http"
	"strings"

	"github.com/pia-nl/pia/internal/i18n"
)

// Building answers every request while the site is read and built for the first time, which on a site of
// thousands of verwerkingen takes seconds: a page that says so and asks again after a second, rather than a browser
// that waits without a word. It answers 503 with Retry-After, so that scripts that wait for /_pia/status keep
// waiting. The reload stream of a page that is open from before a restart is the exception: a browser gives up an
// event stream for good on any answer but 200, so it gets an empty stream that asks to connect again after a second.
func Building(lang i18n.Lang) http.Handler {
	title := html.EscapeString(lang.T("serve.bezig.titel"))
	page := fmt.Sprintf("<!doctype html><html lang=\"%s\"><head><meta charset=\"utf-8\">"+
		"<meta http-equiv=\"refresh\" content=\"1\"><title>%s</title></head><body><main><h1>%[2]s</h1><p>%s</p>"+
		"</main></body></html>", html.EscapeString(string(lang)), title, html.EscapeString(lang.T("serve.bezig.uitleg")))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if r.URL.Path == "/_pia/herlaad" {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = w.Write([]byte("retry: 1000\n\n"))
			return
		}
		w.Header().Set("Retry-After", "1")
		if strings.HasPrefix(r.URL.Path, "/_pia/") {
			http.Error(w, lang.T("serve.bezig.titel"), http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		if r.Method != http.MethodHead {
			_, _ = w.Write([]byte(page))
		}
	})
}
