package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// largeSite generates a site with n verwerkingen with the corpus generator (bench/gen), once per size.
func largeSite(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "pia-bench-"+itoa(n))
	if _, err := os.Stat(filepath.Join(dir, "pia.toml")); err == nil {
		return dir
	}
	cmd := exec.Command("go", "run", "./bench/gen", "-verwerkingen", itoa(n), "-uit", dir)
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("gen: %v\n%s", err, out)
	}
	return dir
}

func itoa(n int) string { return strconv.Itoa(n) }

func BenchmarkLoad(b *testing.B) {
	dir := largeSite(b, 600)
	for b.Loop() {
		if _, err := load.Load(dir, load.Options{Embedded: pia.Embedded()}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRules(b *testing.B) {
	site, err := load.Load(largeSite(b, 600), load.Options{Embedded: pia.Embedded()})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		rules.Evaluate(site)
	}
}

// benchPipeline loads a generated site with n verwerkingen, checks it and prepares a pipeline with opt.
func benchPipeline(b *testing.B, n int, opt Options) (*Pipeline, *model.Site, *rules.Rapport) {
	b.Helper()
	dir := largeSite(b, n)
	site, err := load.Load(dir, load.Options{Embedded: pia.Embedded()})
	if err != nil {
		b.Fatal(err)
	}
	opt.Source, opt.Embedded = dir, pia.Embedded()
	p, err := NewPipeline(site, opt)
	if err != nil {
		b.Fatal(err)
	}
	return p, site, rules.Evaluate(site)
}

// BenchmarkRenderHTML renders the HTML of 600 verwerkingen as a build does, with the pages' memory recycled.
func BenchmarkRenderHTML(b *testing.B) {
	p, _, report := benchPipeline(b, 600, Options{HTML: true})
	p.pages = &pagePool{}
	discard := func(name string, page []byte) error {
		if filepath.Ext(name) == ".html" {
			p.pages.put(page)
		}
		return nil
	}
	for b.Loop() {
		if err := p.Render(report, discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRegister makes the register's files (CSV, CSV for Excel, JSON) for 600 verwerkingen.
func BenchmarkRegister(b *testing.B) {
	_, site, report := benchPipeline(b, 600, Options{HTML: true})
	rows := registerRows(site, report)
	for b.Loop() {
		if _, err := registerFiles(site, rows); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderPDFReport(b *testing.B) {
	p, site, report := benchPipeline(b, 6, Options{PDF: true})
	doc := Documents(site, report)[3] // the first PIA report
	for b.Loop() {
		if _, err := p.PDF(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildExampleSite(b *testing.B) {
	src := copyExample(b)
	out := filepath.Join(b.TempDir(), "output")
	for b.Loop() {
		if _, err := Build(Options{Source: src, Output: out, HTML: true, PDF: true, Embedded: pia.Embedded()}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderPDF renders every PDF of a generated site with 60 verwerkingen (180 documents) on all cores; the
// figure per operation divided by 180 is the cost of one PDF in a full build.
func BenchmarkRenderPDF(b *testing.B) {
	p, _, report := benchPipeline(b, 60, Options{PDF: true})
	var pdfs, size atomic.Int64
	count := func(_ string, out []byte) error { pdfs.Add(1); size.Add(int64(len(out))); return nil }
	for b.Loop() {
		pdfs.Store(0)
		size.Store(0)
		if err := p.Render(report, count); err != nil {
			b.Fatal(err)
		}
	}
	n := float64(pdfs.Load())
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n/1e6, "ms/pdf")
	b.ReportMetric(float64(size.Load())/n, "bytes/pdf")
}
