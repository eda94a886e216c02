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
// waiting, and a page's event stream tries again.
func Building(lang i18n.Lang) http.Handler {
	title := html.EscapeString(lang.T("serve.bezig.titel"))
	page := fmt.Sprintf("<!doctype html><html lang=\"%s\"><head><meta charset=\"utf-8\">"+
		"<meta http-equiv=\"refresh\" content=\"1\"><title>%s</title></head><body><main><h1>%[2]s</h1><p>%s</p>"+
		"</main></body></html>", html.EscapeString(string(lang)), title, html.EscapeString(lang.T("serve.bezig.uitleg")))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
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
