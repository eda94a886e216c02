package build

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pia-nl/pia/internal/i18n"
)

// progress reports the stages of a build and, on a terminal, a counter while documents are rendered.
type progress struct {
	w     io.Writer
	live  bool
	lang  i18n.Lang
	total int64
	done  atomic.Int64
	stop  chan struct{}
	wg    sync.WaitGroup
}

func newProgress(w io.Writer, live bool, lang i18n.Lang) *progress {
	return &progress{w: w, live: live, lang: lang}
}

// stage prints one line for a finished stage.
func (p *progress) stage(key string, args ...any) {
	if p == nil || p.w == nil {
		return
	}
	fmt.Fprintf(p.w, "%s\n", p.lang.T(key, args...))
}

// start begins counting n rendered files, redrawing one line every 200 ms on a terminal.
func (p *progress) start(n int) {
	if p == nil || p.w == nil || !p.live {
		return
	}
	p.total = int64(n)
	p.done.Store(0)
	p.stop = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				fmt.Fprintf(p.w, "\r\033[K")
				return
			case <-t.C:
				fmt.Fprintf(p.w, "\r\033[K%s", p.lang.T("build.voortgang", p.done.Load(), p.total))
			}
		}
	}()
}

func (p *progress) tick() {
	if p != nil {
		p.done.Add(1)
	}
}

func (p *progress) finish() {
	if p == nil || p.stop == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	p.stop = nil
}
