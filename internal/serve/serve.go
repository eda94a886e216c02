// Package serve is `pia serve`: it builds the site into memory, serves it on a local address, watches the site's
// files and rebuilds what a change touches, and tells open browser pages to reload.
//
// A changed questionnaire re-renders that verwerking's three pages at once; the pages that list every verwerking
// (overview, register, overall statement, search index) and all PDFs are rendered when they are first requested
// after a change. So a save costs the same on a site of ten verwerkingen as on one of thousands. A changed file of
// static/, or a style sheet or script of the theme, is only copied (not the logo, which the PDFs show).
//
// A rebuild is rendered apart from the site being served, which it replaces only once it is complete: while it
// renders, and when it fails, the last good site is served, with the errors over it.
package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pia-nl/pia/internal/build"
	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/i18n"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/osfile"
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
	opt Options
	rl  *load.Reloader

	// rebuildMu serialises rebuilds. The reloader and needAll and needIDs are used only under it; the served state
	// below is read under it too, and changed only under both it and mu.
	rebuildMu sync.Mutex
	// needAll and needIDs say what the served state lacks because rendering failed after the reloader had taken
	// the change: everything, or the pages of these verwerkingen. The next rebuild renders them too.
	needAll bool
	needIDs map[string]bool

	mu      sync.Mutex
	site    *model.Site // the site served, nil until a build succeeded
	report  *rules.Rapport
	results map[string]*rules.Resultaat // by verwerking id
	pipe    *build.Pipeline
	files   map[string][]byte    // rendered files
	lazy    map[string]*lazyFile // files rendered on first request
	renders map[string]int       // how often each file was rendered, for tests and /_pia/status
	err     error                // the errors of the last failed load or rebuild, shown as an overlay
	gen     atomic.Int64         // rebuild generation, changed under mu
	// told is the last generation the pages were told about (under clientsMu): a failed rebuild is told later, or
	// not at all when a next rebuild follows at once (see signalLater). Tabs that ask instead of listen get it.
	told atomic.Int64

	// lang is the language of the site served (i18n.Lang), which requests read without a lock.
	lang atomic.Value
	// logo is the site-relative slash path of the logo that pia.toml names, or "", as the watcher last read it
	// (watchLogo): the loader takes a logo anywhere in the site, also outside the folders watched.
	logo atomic.Value

	start  string    // tells this server from an earlier one, for pages that subscribe again
	loaded time.Time // when New began to read the site: Watch rebuilds what changed since
	// present holds the site's files when New began to read it: Watch rebuilds those that were removed or renamed
	// since, and files that came in with an old time (moved or copied with their time).
	present   map[string]time.Time
	done      chan struct{} // closed by Close: the event streams end
	closeOnce sync.Once

	clientsMu sync.Mutex
	clients   map[chan int64]struct{}
	failed    *time.Timer // tells the pages about a failed rebuild, unless a next one comes first (see Rebuild)
	// untold is when the first failed rebuild that the pages have not been told about happened; zero when there
	// is none. A run of failed rebuilds is told at most failedDelay after its first one.
	untold time.Time

	logMu sync.Mutex // one log line at a time: a failed rebuild logs from a timer
}

// New loads and renders the site. A site that does not load or render still gets a server: every page shows the
// errors (Err and Errors have them) until a change fixes them, as after a failed rebuild.
func New(opt Options) (*Server, error) {
	s := &Server{opt: opt, rl: load.NewReloader(opt.Source, load.Options{Embedded: opt.Embedded}),
		renders: map[string]int{}, clients: map[chan int64]struct{}{}, files: map[string][]byte{},
		lazy: map[string]*lazyFile{}, needIDs: map[string]bool{}, done: make(chan struct{}),
		start: strconv.FormatInt(time.Now().UnixNano(), 36), loaded: time.Now(), present: siteFiles(opt.Source)}
	s.lang.Store(i18n.Default)
	s.rebuildMu.Lock()
	defer s.rebuildMu.Unlock()
	site, err := s.rl.Load()
	var st *staged
	if err == nil {
		if st, err = s.renderAll(site); err != nil {
			s.needAll = true
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if st != nil {
		s.apply(st)
	}
	s.err = s.explain(err)
	return s, nil
}

// explained is an error about a file or folder told in the user's language, for the log and the pages.
type explained struct {
	msg string
	err error
}

func (e *explained) Error() string { return e.msg }
func (e *explained) Unwrap() error { return e.err }

// explain tells an error about a file or folder of the site in the site's language, with the path as the site
// names it (osfile.Message), instead of Go's English words with the whole path; load errors say it already.
func (s *Server) explain(err error) error {
	if err == nil || load.AsErrors(err) != nil {
		return err
	}
	msg := osfile.Message(s.language(), err, s.opt.Source)
	if msg == err.Error() {
		return err
	}
	return &explained{msg: msg, err: err}
}

// Close ends the event streams of open pages, which would otherwise keep an http.Server's Shutdown waiting:
// register it with RegisterOnShutdown. The site is still served.
func (s *Server) Close() {
	s.closeOnce.Do(func() { close(s.done) })
}

// language is the language of the site served.
func (s *Server) language() i18n.Lang { return s.lang.Load().(i18n.Lang) }

// staged is a build of the site, or of some of its verwerkingen, that is served once it is complete: a build that
// fails half-way leaves the last good pages.
type staged struct {
	site    *model.Site
	report  *rules.Rapport
	results map[string]*rules.Resultaat
	pipe    *build.Pipeline
	all     bool // files and lazy replace every file; else they replace only their own, and removed go
	files   map[string][]byte
	lazy    map[string]func() ([]byte, error)
	removed []string
	renders map[string]int
}

func (st *staged) put(name string, b []byte) {
	st.files[name] = b
	st.renders[name]++
	delete(st.lazy, name)
}

func (st *staged) later(name string, render func() ([]byte, error)) {
	delete(st.files, name)
	st.lazy[name] = render
}

// renderAll renders everything for a freshly loaded site.
func (s *Server) renderAll(site *model.Site) (*staged, error) {
	pipe, err := build.NewPipeline(site, build.Options{Source: s.opt.Source, Embedded: s.opt.Embedded, HTML: true, PDF: true,
		Preview: true})
	if err != nil {
		return nil, err
	}
	report := rules.Evaluate(site)
	st := &staged{site: site, report: report, pipe: pipe, all: true, results: map[string]*rules.Resultaat{},
		files: map[string][]byte{}, lazy: map[string]func() ([]byte, error){}, renders: map[string]int{}}
	for _, r := range report.Resultaten {
		st.results[r.Verwerking.ID] = r
	}
	static, err := pipe.Static()
	if err != nil {
		return nil, err
	}
	for name, b := range static {
		st.put(name, b)
	}
	for _, r := range report.Resultaten {
		if err := st.renderVerwerking(r); err != nil {
			return nil, err
		}
	}
	for _, p := range site.Pages {
		d := document.Pagina(site, p)
		b, err := pipe.HTML(d)
		if err != nil {
			return nil, err
		}
		st.put(document.Path(d.Kind, d.ID, document.FormatHTML), b)
	}
	st.invalidateLists()
	// The pages that list every verwerking are rendered now too, so that a layout that fails on them keeps the
	// last good site as well; after a change of one questionnaire they wait for their next request.
	for _, name := range listPages {
		b, err := st.lazy[name]()
		if err != nil {
			return nil, err
		}
		st.put(name, b)
	}
	return st, nil
}

// renderVerwerking renders the HTML pages of one verwerking now and its PDFs on request.
func (st *staged) renderVerwerking(r *rules.Resultaat) error {
	pipe := st.pipe
	for _, d := range document.ForVerwerking(st.site, r) {
		b, err := pipe.HTML(d)
		if err != nil {
			return err
		}
		st.put(document.Path(d.Kind, d.ID, document.FormatHTML), b)
		if pipe.HasPDF() {
			d := d
			st.later(document.Path(d.Kind, d.ID, document.FormatPDF), func() ([]byte, error) { return pipe.PDF(d) })
		}
	}
	return nil
}

// verwerkingFiles are the files of a verwerking.
func verwerkingFiles(id string) []string {
	var names []string
	for _, k := range []document.Kind{document.KindPIA, document.KindWerkinstructie, document.KindPrivacyverklaring} {
		for _, f := range []document.Format{document.FormatHTML, document.FormatPDF} {
			names = append(names, document.Path(k, id, f))
		}
	}
	return names
}

// listPages are the pages that list every verwerking.
var listPages = []string{
	document.Path(document.KindOverzicht, "", document.FormatHTML),
	document.Path(document.KindPrivacyOverzicht, "", document.FormatHTML),
	document.Path(document.KindRegister, "", document.FormatHTML),
}

// invalidateLists marks the pages that list every verwerking to be rendered again on their next request.
func (st *staged) invalidateLists() {
	site, report, pipe := st.site, st.report, st.pipe
	builders := map[document.Kind]func(*model.Site, *rules.Rapport) *document.Document{
		document.KindOverzicht:        document.Overzicht,
		document.KindPrivacyOverzicht: document.PrivacyOverzicht,
		document.KindRegister:         document.Register,
	}
	for kind, build := range builders {
		st.later(document.Path(kind, "", document.FormatHTML), func() ([]byte, error) { return pipe.HTML(build(site, report)) })
	}
	var once sync.Once
	var lists map[string][]byte
	var listErr error
	render := func() {
		docs := build.Documents(site, report)
		lists, listErr = pipe.SiteFiles(site, docs, report)
	}
	names := []string{html.SearchIndexPath, html.SearchScriptPath}
	for _, f := range document.RegisterFormats {
		names = append(names, document.Path(document.KindRegister, "", f))
	}
	for _, name := range names {
		st.later(name, func() ([]byte, error) {
			once.Do(render)
			return lists[name], listErr
		})
	}
}

// apply makes a staged build the one served. It is called with mu held.
func (s *Server) apply(st *staged) {
	if st.all {
		s.files, s.lazy = st.files, map[string]*lazyFile{}
	} else {
		for _, name := range st.removed {
			delete(s.files, name)
			delete(s.lazy, name)
		}
		for name, b := range st.files {
			s.files[name] = b
			delete(s.lazy, name)
		}
	}
	for name, render := range st.lazy {
		delete(s.files, name)
		s.lazy[name] = &lazyFile{render: render}
	}
	for name, n := range st.renders {
		s.renders[name] += n
	}
	s.site, s.report, s.results, s.pipe = st.site, st.report, st.results, st.pipe
	s.lang.Store(i18n.Lang(st.site.Config.Taal))
}

// logoPath returns the site-relative slash path of the logo of the site served, or "".
func (s *Server) logoPath() string {
	l, _ := s.logo.Load().(string)
	return l
}

// Summary of one rebuild, for the log and tests.
type Summary struct {
	Changed  []string
	All      bool // everything was read again because what changed is not known (RebuildAll)
	Full     bool
	Rendered int // files rendered at once
	Duration time.Duration
	Err      error
}

// Rebuild applies changes to files (slash paths relative to the site). Broken input, and input that loads but
// whose pages fail to render, keeps the last good pages and records the error for the overlay; fixing it clears
// the error.
func (s *Server) Rebuild(changed []string) Summary { return s.rebuild(changed, false) }

// RebuildAll reads and renders the whole site again, for when it is not known what changed.
func (s *Server) RebuildAll() Summary { return s.rebuild(nil, true) }

func (s *Server) rebuild(changed []string, all bool) Summary {
	start := time.Now()
	s.rebuildMu.Lock()
	s.cancelSignal()
	sum := Summary{Changed: changed, All: all}
	var site *model.Site
	var ch load.Change
	var err error
	var st *staged
	switch {
	case !all && s.staticOnly(changed):
		// Files that the build copies as they are: nothing to read again, no page to render.
		st, err = s.copyStatic(changed)
		site = s.site
	case all:
		site, err = s.rl.Load()
		ch.Full = true
	default:
		site, ch, err = s.rl.Reload(changed)
	}
	if err == nil && st == nil {
		// Markdown pages are in the menu of every page: a page that comes, goes or changes its title or weight
		// renders the whole site again; a change to the text of a page renders that page. The pages are compared
		// with those served, not only when one changed now: a page whose rendering failed before is still to do.
		sum.Full = ch.Full || s.needAll || s.site == nil || !sameMenu(s.site.Pages, site.Pages)
		if sum.Full {
			st, err = s.renderAll(site)
			s.needAll = err != nil
		} else {
			for _, id := range ch.Verwerkingen {
				s.needIDs[id] = true
			}
			st, err = s.renderSome(site, slices.Sorted(maps.Keys(s.needIDs)), changedPages(s.site.Pages, site.Pages))
			// A renderer whose layouts wrote too much for a page refuses every page after it: start afresh.
			s.needAll = s.needAll || errors.Is(err, html.ErrTooLong)
		}
		if err == nil {
			clear(s.needIDs)
		}
	}
	s.mu.Lock()
	if st != nil {
		s.apply(st)
		for _, n := range st.renders {
			sum.Rendered += n
		}
	}
	err = s.explain(err)
	s.err = err
	gen := s.gen.Add(1)
	s.mu.Unlock()
	s.rebuildMu.Unlock()
	sum.Err = err
	sum.Duration = time.Since(start)
	if err != nil {
		// The pages keep the last good version. They are told (and reload to show the errors), and the log
		// says it, only when no next rebuild follows in a moment: an editor that writes a file in parts makes a
		// rebuild fail half-way through a save.
		s.signalLater(gen, func() { s.log(sum) })
		return sum
	}
	s.notify(gen)
	s.log(sum)
	return sum
}

// failedDelay is how long the signal and log line of a failed rebuild wait for a next rebuild.
var failedDelay = 300 * time.Millisecond

// signalLater tells the pages about the failed rebuild gen, and logs it, after failedDelay, unless another
// rebuild starts first. The wait counts from the first of the failed rebuilds not yet told, so that a tool that
// writes a broken file more often than failedDelay still gets its error shown.
func (s *Server) signalLater(gen int64, log func()) {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	now := time.Now()
	if s.untold.IsZero() {
		s.untold = now
	}
	s.failed = time.AfterFunc(max(failedDelay-now.Sub(s.untold), 0), func() {
		if s.gen.Load() != gen {
			return
		}
		s.notify(gen)
		log()
	})
}

// cancelSignal drops what signalLater was to tell: a new rebuild tells its own outcome.
func (s *Server) cancelSignal() {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	if s.failed != nil {
		s.failed.Stop()
		s.failed = nil
	}
}

// staticOnly reports whether every changed file is one that the build copies as it is, while the site served is
// the last one read and rendered without errors: a file of static/, but not the logo, which the PDFs show and the
// loader checks; or a file of the theme's assets that no page depends on (build.Pipeline.AssetOnly).
func (s *Server) staticOnly(changed []string) bool {
	if len(changed) == 0 || s.site == nil || s.pipe == nil || s.err != nil || s.needAll || len(s.needIDs) > 0 {
		return false
	}
	logo := s.site.Config.Organisatie.Logo
	if logo != "" {
		logo = path.Clean(logo)
	}
	for _, f := range changed {
		// The logo, wherever the site keeps it (static/ or the theme's assets), or a folder it is in.
		if logo != "" && (f == logo || strings.HasPrefix(logo, f+"/")) {
			return false
		}
		if strings.HasPrefix(f, "static/") {
			continue
		}
		if _, ok := s.pipe.AssetOnly(f); !ok {
			return false
		}
	}
	return true
}

// copyStatic stages the files of static/ that are new or changed, and the removal of those that are gone, and the
// same for the files of the theme's assets among changed.
func (s *Server) copyStatic(changed []string) (*staged, error) {
	// Only what changed is read: a file of static/, or a folder moved in or out, which stands for its files. The
	// rest of static/ may be large (hundreds of megabytes of documents and images).
	var inStatic, assets []string
	for _, f := range changed {
		if strings.HasPrefix(f, "static/") {
			inStatic = append(inStatic, f)
		} else if out, ok := s.pipe.AssetOnly(f); ok {
			// The assets are copied by the names that changed: other files under the same output folder (the
			// search index) are not the theme's.
			assets = append(assets, out)
		}
	}
	files, err := s.pipe.StaticAt(inStatic)
	if err != nil {
		return nil, err
	}
	if len(assets) > 0 {
		theme, err := s.pipe.Assets()
		if err != nil {
			return nil, err
		}
		maps.Copy(files, theme)
	}
	roots := slices.Concat(inStatic, assets)
	ours := func(name string) bool {
		for _, a := range roots {
			if name == a || strings.HasPrefix(name, a+"/") {
				return true
			}
		}
		return false
	}
	st := &staged{site: s.site, report: s.report, results: s.results, pipe: s.pipe, files: map[string][]byte{},
		lazy: map[string]func() ([]byte, error){}, renders: map[string]int{}}
	s.mu.Lock()
	for name, b := range files {
		if old, ok := s.files[name]; ours(name) && !(ok && bytes.Equal(old, b)) {
			st.put(name, b)
		}
	}
	for name := range s.files {
		if _, ok := files[name]; !ok && ours(name) {
			st.removed = append(st.removed, name)
		}
	}
	s.mu.Unlock()
	return st, nil
}

// renderSome re-evaluates and re-renders the given verwerkingen only.
// sameMenu reports whether two lists of Markdown pages give the same menu: the same pages, titles and weights.
func sameMenu(a, b []*model.Page) bool {
	return slices.EqualFunc(a, b, func(x, y *model.Page) bool {
		return x.Path == y.Path && x.Titel == y.Titel && x.Gewicht == y.Gewicht
	})
}

// changedPages returns the pages of next whose content differs from the page at its path in prev.
func changedPages(prev, next []*model.Page) []*model.Page {
	old := map[string]*model.Page{}
	for _, p := range prev {
		old[p.Path] = p
	}
	var out []*model.Page
	for _, p := range next {
		if o := old[p.Path]; o == nil || *o != *p {
			out = append(out, p)
		}
	}
	return out
}

// renderSome re-evaluates and re-renders the given verwerkingen and Markdown pages only; pages that changed may
// change the site's findings (html-in-tekst), which are evaluated again with them.
func (s *Server) renderSome(site *model.Site, ids []string, pages []*model.Page) (*staged, error) {
	st := &staged{site: site, pipe: s.pipe, results: maps.Clone(s.results), files: map[string][]byte{},
		lazy: map[string]func() ([]byte, error){}, renders: map[string]int{}}
	for _, id := range ids {
		v := site.Verwerking(id)
		if v == nil {
			delete(st.results, id)
			st.removed = append(st.removed, verwerkingFiles(id)...)
			continue
		}
		st.results[id] = rules.EvaluateVerwerking(site, v)
	}
	siteFindings := s.report.Site
	if len(pages) > 0 {
		siteFindings = rules.EvaluateSite(site)
	}
	report := &rules.Rapport{Site: siteFindings, Resultaten: make([]*rules.Resultaat, 0, len(site.Verwerkingen))}
	for _, v := range site.Verwerkingen {
		report.Resultaten = append(report.Resultaten, st.results[v.ID])
	}
	st.report = report
	for _, id := range ids {
		if r := st.results[id]; r != nil {
			if err := st.renderVerwerking(r); err != nil {
				return nil, err
			}
		}
	}
	for _, p := range pages {
		d := document.Pagina(site, p)
		b, err := s.pipe.HTML(d)
		if err != nil {
			return nil, err
		}
		st.put(document.Path(d.Kind, d.ID, document.FormatHTML), b)
	}
	st.invalidateLists()
	return st, nil
}

// logNames is how many changed files a log line names; it counts the others.
const logNames = 3

// logLine logs one message.
func (s *Server) logLine(msg string) {
	if s.opt.Log == nil {
		return
	}
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opt.Log, "%s %s\n", time.Now().Format("15:04:05"), msg)
}

func (s *Server) log(sum Summary) {
	if s.opt.Log == nil {
		return
	}
	s.logMu.Lock()
	defer s.logMu.Unlock()
	lang := s.language()
	what := strings.Join(sum.Changed, ", ")
	if len(sum.Changed) > logNames {
		// A checkout changes hundreds of files: the line stays one line.
		what = lang.T("serve.log.en-andere", strings.Join(sum.Changed[:logNames], ", "), len(sum.Changed)-logNames)
	}
	if sum.All {
		what = lang.T("serve.log.onbekend")
	}
	ts := time.Now().Format("15:04:05")
	if sum.Err != nil {
		fmt.Fprintf(s.opt.Log, "%s %s\n%s\n", ts, lang.T("serve.log.fout", what), sum.Err)
		return
	}
	ms := float64(sum.Duration.Microseconds()) / 1000
	if sum.Full {
		fmt.Fprintf(s.opt.Log, "%s %s\n", ts, lang.T("serve.log.alles", what, sum.Rendered, lang.Decimal(ms, 1)))
	} else {
		fmt.Fprintf(s.opt.Log, "%s %s\n", ts, lang.N("serve.log.deel", sum.Rendered, what, lang.Decimal(ms, 1)))
	}
}

// lazyFile is a file rendered on its first request. Requests that come while it renders wait for that render.
type lazyFile struct {
	render func() ([]byte, error)
	once   sync.Once
	b      []byte
	err    error
}

func (l *lazyFile) get() ([]byte, error) {
	l.once.Do(func() { l.b, l.err = l.render() })
	return l.b, l.err
}

// file returns a served file, rendering it first when it is lazy. The render does not hold mu: the search index of
// a large site takes a second, and the other pages are served meanwhile.
func (s *Server) file(name string) ([]byte, bool, error) {
	s.mu.Lock()
	if b, ok := s.files[name]; ok {
		s.mu.Unlock()
		return b, true, nil
	}
	lf, ok := s.lazy[name]
	s.mu.Unlock()
	if !ok {
		return nil, false, nil
	}
	b, err := lf.get()
	if err != nil {
		return nil, true, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lazy[name] == lf { // not replaced by a rebuild meanwhile
		s.files[name] = b
		s.renders[name]++
		delete(s.lazy, name)
	}
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
func (s *Server) Generation() int64 { return s.gen.Load() }

// Errors returns the errors of the last load or rebuild, nil when it succeeded.
func (s *Server) Errors() []*load.Error { return s.errorsOf() }

// Err returns the error of the last load or rebuild, nil when it succeeded: load.Errors when the site did not
// load, another error when its pages could not be made.
func (s *Server) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// errorsOf returns the current load error as positioned entries for the overlay.
func (s *Server) errorsOf() []*load.Error {
	err := s.Err()
	if err == nil {
		return nil
	}
	if es := load.AsErrors(err); es != nil {
		return es
	}
	return []*load.Error{{Msg: err.Error()}}
}
