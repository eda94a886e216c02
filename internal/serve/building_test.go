package serve

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/i18n"
)

// TestBuildingPage: during the first build every page says that pia is building and asks again after a second;
// pia's own addresses answer 503 too, so that a script waiting for /_pia/status keeps waiting.
func TestBuildingPage(t *testing.T) {
	h := Building(i18n.Default)
	for _, tc := range []struct {
		method, path string
		page         bool
	}{
		{http.MethodGet, "/", true},
		{http.MethodGet, "/verwerkingen/wmo/", true},
		{http.MethodHead, "/", false},
		{http.MethodGet, "/_pia/status", false},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		body := rec.Body.String()
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "1" ||
			rec.Header().Get("Cache-Control") != "no-store" {
			t.Errorf("%s %s: %d %v", tc.method, tc.path, rec.Code, rec.Header())
		}
		isPage := strings.Contains(body, `<meta http-equiv="refresh" content="1">`) &&
			strings.Contains(body, "<h1>pia bouwt de site</h1>") && strings.Contains(body, "laadt vanzelf opnieuw") &&
			strings.Contains(body, `<html lang="nl">`)
		if isPage != tc.page {
			t.Errorf("%s %s: page %v, want %v:\n%s", tc.method, tc.path, isPage, tc.page, body)
		}
	}
	// A page open from before a restart keeps its reload stream: an empty one that asks to connect again.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/_pia/herlaad?generatie=3&start=x", nil))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/event-stream" ||
		rec.Body.String() != "retry: 1000\n\n" {
		t.Errorf("reload stream while building: %d %v %q", rec.Code, rec.Header(), rec.Body.String())
	}
}
