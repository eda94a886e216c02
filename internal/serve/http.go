package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// reloadScript is injected into HTML pages only while serving, so built files stay identical to `pia build`. On a
// rebuild it reloads the page, and keeps the reader at the same heading: the nearest one with an id at or above
// the top of the window, at the same distance. The browser's own restoring by pixels misses when the text above
// changed length, or when sections far from the window are not laid out (the register).
//
// The page subscribes with the generation it was made from and the server that made it: a page that subscribes
// after a rebuild it did not see (it was loading, or its stream was broken), or to a server started anew, is told
// at once.
//
// A browser opens at most six connections to one server over HTTP/1.1, and an event stream keeps one open: a
// seventh tab of the site would never load. So one tab of the browser holds the stream (the holder of a Web Lock)
// and passes what it hears to the others over a BroadcastChannel: the stand of the server (its generation and
// start) when it connects, and every rebuild. A tab reloads when the server is newer than its page; a tab that
// opens asks the holder for the stand. Where a browser has neither (or a page is not on localhost or https, where
// Web Locks are missing, as for a colleague who opens the site from another machine), a tab holds no stream: it
// asks for the stand every second, and at once when it comes into view, so that any number of tabs load. A stream
// that the browser has closed for good (it does so on any answer but 200) is opened again after a second.
const reloadScript = `<script>(function(){var k="pia-herlaad-plek",g=%d,st="%s",` +
	`u="/_pia/herlaad?generatie="+g+"&start="+st,weg=false;` +
	`try{var p=JSON.parse(sessionStorage.getItem(k)||"null");sessionStorage.removeItem(k);` +
	`if(p&&p.pad===location.pathname){var e=document.getElementById(p.id);` +
	`if(e){e.scrollIntoView();window.scrollBy(0,-p.y);}}}catch(x){}` +
	`function herlaad(){if(weg)return;weg=true;var h=null,y=0;` +
	`document.querySelectorAll("h1[id],h2[id],h3[id],h4[id],h5[id],h6[id]").forEach(function(e){` +
	`if(e.checkVisibility&&!e.checkVisibility({contentVisibilityAuto:true}))return;` +
	`var t=e.getBoundingClientRect().top;if(t<=1&&(h===null||t>y)){h=e;y=t;}});` +
	`try{if(h){sessionStorage.setItem(k,JSON.stringify({pad:location.pathname,id:h.id,y:y}));` +
	`history.scrollRestoration="manual";}}catch(x){}location.reload();}` +
	`if(!window.BroadcastChannel||!navigator.locks){var kijk=function(){fetch("/_pia/stand",{cache:"no-store"})` +
	`.then(function(r){return r.json();}).then(function(d){if(nieuwer(d))herlaad();},function(){});};` +
	`setInterval(kijk,1000);document.addEventListener("visibilitychange",function(){if(!document.hidden)kijk();});` +
	`return;}` +
	`var b=new BroadcastChannel("pia-herlaad"),stand=null;` +
	`function nieuwer(d){return !!d&&(d.generatie>g||d.start!==st);}` +
	`b.onmessage=function(m){if(m.data==="vraag"){if(stand)b.postMessage(stand);}else if(nieuwer(m.data))herlaad();};` +
	`b.postMessage("vraag");` +
	`navigator.locks.request("pia-herlaad",function(){return new Promise(function(){(function open(){` +
	`var s=new EventSource(u);` +
	`s.onerror=function(){stand=null;if(s.readyState===2)setTimeout(open,1000);};` +
	`s.addEventListener("stand",function(m){try{stand=JSON.parse(m.data);}catch(x){return;}` +
	`b.postMessage(stand);if(nieuwer(stand))herlaad();});` +
	`s.addEventListener("herbouwd",function(m){stand={generatie:+m.data,start:stand?stand.start:st};` +
	`b.postMessage(stand);herlaad();});})();});});})();</script>`

// reloadScriptFor is the reload script for a page of generation gen.
func (s *Server) reloadScriptFor(gen int64) string { return fmt.Sprintf(reloadScript, gen, s.start) }

// ServeHTTP serves the in-memory site. Only files the build produced are served; every other path is 404, so
// nothing outside the output can be reached.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, s.language().T("serve.methode"), http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/_pia/herlaad":
		s.events(w, r)
		return
	case "/_pia/status":
		s.status(w)
		return
	case "/_pia/stand":
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintf(w, "{\"generatie\":%d,\"start\":%q}\n", s.told.Load(), s.start)
		return
	}
	// The generation is taken before the page: a rebuild in between makes the page reload once more, never miss one.
	gen := s.Generation()
	name, ok := cleanPath(r.URL.Path)
	if !ok {
		s.notFound(w)
		return
	}
	b, found, err := s.file(name)
	if !found && !strings.HasSuffix(name, ".html") && path.Ext(name) == "" {
		// /register → /register/ like a static file server does.
		if _, ok, _ := s.file(name + "/index.html"); ok {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
	}
	if !found && s.noSiteYet() && strings.HasSuffix(name, ".html") {
		// No build has succeeded since serve started: every page is the list of errors, and reloads once they are
		// fixed.
		s.page(w, http.StatusServiceUnavailable, s.language().T("serve.overlay.titel"), "")
		return
	}
	if !found {
		s.notFound(w)
		return
	}
	if err != nil {
		s.page(w, http.StatusInternalServerError, s.language().T("serve.renderfout.titel"),
			"<p>"+html.EscapeString(err.Error())+"</p><p>"+html.EscapeString(s.language().T("serve.renderfout"))+"</p>")
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	if strings.HasSuffix(name, ".html") {
		b = s.inject(b, gen)
	}
	_, _ = w.Write(b)
}

// cleanPath maps a URL path to a file name of the output, refusing anything that leaves it.
func cleanPath(p string) (string, bool) {
	if strings.Contains(p, "\x00") || strings.Contains(p, "\\") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	clean := path.Clean("/" + p)
	if strings.HasSuffix(p, "/") || clean == "/" {
		clean = path.Join(clean, "index.html")
	}
	return strings.TrimPrefix(clean, "/"), true
}

// inject adds the reload script and, while the last rebuild failed, the error overlay.
func (s *Server) inject(page []byte, gen int64) []byte {
	extra := s.reloadScriptFor(gen)
	if errs := s.errorsOf(); len(errs) > 0 {
		var b strings.Builder
		b.WriteString(`<div id="pia-fout" role="alert" style="position:fixed;inset:0 0 auto 0;z-index:9999;` +
			`max-height:70vh;overflow:auto;background:#fff3f3;color:#3b0000;border-bottom:4px solid #b00020;` +
			`padding:1rem 1.5rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2)">`)
		fmt.Fprintf(&b, "<h2 style=\"margin:0 0 .5rem;font-size:1.2rem\">%s</h2><ul style=\"margin:0;padding-left:1.2rem\">",
			html.EscapeString(s.language().T("serve.overlay.titel")))
		for _, e := range errs {
			b.WriteString("<li><code>")
			b.WriteString(html.EscapeString(e.Pos.String()))
			b.WriteString("</code> ")
			b.WriteString(html.EscapeString(e.Msg))
			if e.Excerpt != "" {
				b.WriteString(`<pre style="margin:.25rem 0;background:#fff;padding:.25rem .5rem">`)
				b.WriteString(html.EscapeString(e.Excerpt))
				b.WriteString("</pre>")
			}
			b.WriteString("</li>")
		}
		// Under the list: the page below is the last good build, or, when none succeeded yet, there is none.
		uitleg := "serve.overlay.uitleg"
		if s.noSiteYet() {
			uitleg = "serve.overlay.uitleg-geen-site"
		}
		fmt.Fprintf(&b, "</ul><p style=\"margin:.5rem 0 0\">%s</p></div>", html.EscapeString(s.language().T(uitleg)))
		extra = b.String() + extra
	}
	if i := bytes.LastIndex(page, []byte("</body>")); i >= 0 {
		out := make([]byte, 0, len(page)+len(extra))
		out = append(out, page[:i]...)
		out = append(out, extra...)
		return append(out, page[i:]...)
	}
	return append(append([]byte{}, page...), extra...)
}

// events streams a "herbouwd" event after every rebuild (Server-Sent Events).
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming not supported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	ch := make(chan int64, 4)
	s.clientsMu.Lock()
	s.clients[ch] = struct{}{}
	s.clientsMu.Unlock()
	defer func() {
		s.clientsMu.Lock()
		delete(s.clients, ch)
		s.clientsMu.Unlock()
	}()
	fmt.Fprint(w, ": verbonden\n\n")
	// A page gives its generation: it gets the stand of the server, which its script passes on to the other tabs,
	// and a page made before the last rebuild, or by an earlier server, reloads now. It is subscribed already, so
	// a rebuild from now on reaches it too.
	q := r.URL.Query()
	if g := q.Get("generatie"); g != "" {
		gen := s.Generation()
		fmt.Fprintf(w, "event: stand\ndata: {\"generatie\":%d,\"start\":%q}\n\n", gen, s.start)
		if g != strconv.FormatInt(gen, 10) || q.Get("start") != s.start {
			fmt.Fprintf(w, "event: herbouwd\ndata: %d\n\n", gen)
		}
	}
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case gen := <-ch:
			fmt.Fprintf(w, "event: herbouwd\ndata: %d\n\n", gen)
			flusher.Flush()
		}
	}
}

// notify tells the pages about generation gen: whatever failed before it has now been told.
func (s *Server) notify(gen int64) {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	if gen > s.told.Load() {
		s.told.Store(gen)
	}
	s.untold = time.Time{}
	for ch := range s.clients {
		select {
		case ch <- gen:
		default: // a slow client misses an intermediate generation; the next event reloads it anyway
		}
	}
}

func (s *Server) status(w http.ResponseWriter) {
	var errs []string
	for _, e := range s.errorsOf() {
		errs = append(errs, e.Error())
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"generatie": s.Generation(), "fouten": errs, "renders": s.Renders()})
}

func (s *Server) notFound(w http.ResponseWriter) {
	s.page(w, http.StatusNotFound, s.language().T("serve.404"),
		fmt.Sprintf("<p><a href=\"/\">%s</a></p>", html.EscapeString(s.language().T("serve.404.terug"))))
}

// page writes a page of serve's own: a heading and body (HTML), with the reload script, so that it reloads when
// the site is rebuilt, and with the errors of the last rebuild, if any.
func (s *Server) page(w http.ResponseWriter, status int, title, body string) {
	gen := s.Generation()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	page := fmt.Sprintf("<!doctype html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head>"+
		"<body><main><h1>%[2]s</h1>%s</main></body></html>", html.EscapeString(string(s.language())), html.EscapeString(title), body)
	_, _ = w.Write(s.inject([]byte(page), gen))
}

// noSiteYet reports whether the site has not loaded once since the server started.
func (s *Server) noSiteYet() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.site == nil
}
