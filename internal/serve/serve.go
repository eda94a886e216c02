// Package serve is `pia serve`: it builds the site into memory, serves it on a local address, watches the site's
// files and rebuilds what a change touches, and tells open browser pages to reload.
//
// A changed questionnaire re-renders that verwerking's three pages at once; the pages that list every verwerking
// (overview, register, overall statement, search index) and all PDFs are rendered when they are first requested
// after a change. So a save costs the same on a site of ten verwerkingen as on one of thousands.
package serve

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/pia-nl/pia/internal/build"
	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/render/html"
	"github.com/pia-nl/pia/internal/rules"
)

// Options configure the server.
type Options struct {
	Source   string
	Embedded fs.FS
	Log      io.Writer // one line per rebuild; nil discards
}

// Server holds the site in memory and serves it.
type Server struct {
	opt  Options
	lang i18n.Lang
	rl   *load.Reloader

	mu      sync.Mutex
	site    *model.Site
	report  *rules.Rapport
	results map[string]*rules.Resultaat // by verwerking id
	pipe    *build.Pipeline
	files   map[string][]byte                 // rendered files
	lazy    map[string]func() ([]byte, error) // files rendered on first request
	renders map[string]int                    // how often each file was rendered, for tests and /_pia/status
	loadErr error                             // the errors of the last failed rebuild, shown as an overlay
	gen     int64                             // rebuild generation

	clientsMu sync.Mutex
	clients   map[chan int64]struct{}
}

// New loads and renders the site. A site whose files do not load still gets a server: every page shows the load
// errors (Errors has them) until a change fixes them, as after a failed rebuild. Other errors end it.
func New(opt Options) (*Server, error) {
	s := &Server{opt: opt, lang: i18n.Default, rl: load.NewReloader(opt.Source, load.Options{Embedded: opt.Embedded, OutputElsewhere: true}),
		renders: map[string]int{}, clients: map[chan int64]struct{}{}, files: map[string][]byte{}}
	site, err := s.rl.Load()
	if load.AsErrors(err) != nil {
		s.loadErr = err
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s, s.full(site)
}

// full renders everything for a freshly loaded site.
func (s *Server) full(site *model.Site) error {
	pipe, err := build.NewPipeline(site, build.Options{Source: s.opt.Source, Embedded: s.opt.Embedded, HTML: true, PDF: true})
	if err != nil {
		return err
	}
	report := rules.Evaluate(site)
	s.site, s.report, s.pipe = site, report, pipe
	s.lang = i18n.Lang(site.Config.Taal)
	s.results = map[string]*rules.Resultaat{}
	for _, r := range report.Resultaten {
		s.results[r.Verwerking.ID] = r
	}
	s.files = map[string][]byte{}
	s.lazy = map[string]func() ([]byte, error){}
	static, err := pipe.Static()
	if err != nil {
		return err
	}
	for name, b := range static {
		s.put(name, b)
	}
	for _, r := range report.Resultaten {
		if err := s.renderVerwerking(r); err != nil {
			return err
		}
	}
	for _, p := range site.Pages {
		d := document.Pagina(site, p)
		b, err := pipe.HTML(d)
		if err != nil {
			return err
		}
		s.put(document.Path(d.Kind, d.ID, document.FormatHTML), b)
	}
	s.invalidateLists()
	return nil
}

func (s *Server) put(name string, b []byte) {
	s.files[name] = b
	s.renders[name]++
	delete(s.lazy, name)
}

// renderVerwerking renders the HTML pages of one verwerking now and its PDFs on request.
func (s *Server) renderVerwerking(r *rules.Resultaat) error {
	for _, d := range document.ForVerwerking(s.site, r) {
		b, err := s.pipe.HTML(d)
		if err != nil {
			return err
		}
		s.put(document.Path(d.Kind, d.ID, document.FormatHTML), b)
		if s.pipe.HasPDF() {
			d := d
			name := document.Path(d.Kind, d.ID, document.FormatPDF)
			delete(s.files, name)
			s.lazy[name] = func() ([]byte, error) { return s.pipe.PDF(d) }
		}
	}
	return nil
}

// removeVerwerking drops the files of a verwerking that no longer exists.
func (s *Server) removeVerwerking(id string) {
	for _, k := range []document.Kind{document.KindPIA, document.KindWerkinstructie, document.KindPrivacyverklaring} {
		for _, f := range []document.Format{document.FormatHTML, document.FormatPDF} {
			name := document.Path(k, id, f)
			delete(s.files, name)
			delete(s.lazy, name)
		}
	}
}

// invalidateLists marks the pages that list every verwerking to be rendered again on their next request.
func (s *Server) invalidateLists() {
	site, report := s.site, s.report
	builders := map[document.Kind]func(*model.Site, *rules.Rapport) *document.Document{
		document.KindOverzicht:        document.Overzicht,
		document.KindPrivacyOverzicht: document.PrivacyOverzicht,
		document.KindRegister:         document.Register,
	}
	for kind, build := range builders {
		name := document.Path(kind, "", document.FormatHTML)
		delete(s.files, name)
		s.lazy[name] = func() ([]byte, error) { return s.pipe.HTML(build(site, report)) }
	}
	var once sync.Once
	var lists map[string][]byte
	var listErr error
	render := func() {
		docs := build.Documents(site, report)
		lists, listErr = s.pipe.SiteFiles(site, docs, report)
	}
	names := []string{html.SearchIndexPath, html.SearchScriptPath}
	for _, f := range document.RegisterFormats {
		names = append(names, document.Path(document.KindRegister, "", f))
	}
	for _, name := range names {
		name := name
		delete(s.files, name)
		s.lazy[name] = func() ([]byte, error) {
			once.Do(render)
			return lists[name], listErr
		}
	}
}

// Summary of one rebuild, for the log and tests.
type Summary struct {
	Changed  []string
	Full     bool
	Rendered int // files rendered at once
	Duration time.Duration
	Err      error
}

// Rebuild applies changes to files (slash paths relative to the site). Broken input keeps the last good pages
// and records the error for the overlay; fixing it clears the error.
func (s *Server) Rebuild(changed []string) Summary {
	start := time.Now()
	s.mu.Lock()
	before := s.totalRenders()
	sum := Summary{Changed: changed}
	site, ch, err := s.rl.Reload(changed)
	switch {
	case err != nil:
		s.loadErr = err
	case ch.Full || ch.Pages:
		sum.Full = true
		if err := s.full(site); err != nil {
			s.loadErr = err
		} else {
			s.loadErr = nil
		}
	default:
		s.loadErr = s.incremental(site, ch.Verwerkingen)
	}
	sum.Err = s.loadErr
	sum.Rendered = s.totalRenders() - before
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	sum.Duration = time.Since(start)
	s.notify(gen)
	s.log(sum)
	return sum
}

// incremental re-evaluates and re-renders the changed verwerkingen only.
func (s *Server) incremental(site *model.Site, ids []string) error {
	s.site = site
	for _, id := range ids {
		v := site.Verwerking(id)
		if v == nil {
			delete(s.results, id)
			s.removeVerwerking(id)
			continue
		}
		s.results[id] = rules.EvaluateVerwerking(site, v)
	}
	report := &rules.Rapport{Site: s.report.Site, Resultaten: make([]*rules.Resultaat, 0, len(site.Verwerkingen))}
	for _, v := range site.Verwerkingen {
		report.Resultaten = append(report.Resultaten, s.results[v.ID])
	}
	s.report = report
	for _, id := range ids {
		if r := s.results[id]; r != nil {
			if err := s.renderVerwerking(r); err != nil {
				return err
			}
		}
	}
	s.invalidateLists()
	return nil
}

func (s *Server) totalRenders() int {
	n := 0
	for _, c := range s.renders {
		n += c
	}
	return n
}

func (s *Server) log(sum Summary) {
	if s.opt.Log == nil {
		return
	}
	what := strings.Join(sum.Changed, ", ")
	ts := time.Now().Format("15:04:05")
	if sum.Err != nil {
		fmt.Fprintf(s.opt.Log, "%s %s\n%s\n", ts, s.lang.T("serve.log.fout", what), sum.Err)
		return
	}
	ms := float64(sum.Duration.Microseconds()) / 1000
	if sum.Full {
		fmt.Fprintf(s.opt.Log, "%s %s\n", ts, s.lang.T("serve.log.alles", what, sum.Rendered, ms))
	} else {
		fmt.Fprintf(s.opt.Log, "%s %s\n", ts, s.lang.T("serve.log.deel", what, sum.Rendered, ms))
	}
}

// file returns a served file, rendering it first when it is lazy.
func (s *Server) file(name string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.files[name]; ok {
		return b, true, nil
	}
	render, ok := s.lazy[name]
	if !ok {
		return nil, false, nil
	}
	b, err := render()
	if err != nil {
		return nil, true, err
	}
	s.put(name, b)
	return b, true, nil
}

// Renders returns how often each file was rendered since the server started.
func (s *Server) Renders() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.renders))
	for k, v := range s.renders {
		out[k] = v
	}
	return out
}

// Generation is the number of rebuilds so far.
func (s *Server) Generation() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen
}

// Errors returns the errors of the last load or rebuild, nil when it succeeded.
func (s *Server) Errors() []*load.Error { return s.errorsOf() }

// errorsOf returns the current load error as positioned entries for the overlay.
func (s *Server) errorsOf() []*load.Error {
	s.mu.Lock()
	err := s.loadErr
	s.mu.Unlock()
	if err == nil {
		return nil
	}
	if es := load.AsErrors(err); es != nil {
		return es
	}
	return []*load.Error{{Msg: err.Error()}}
}
