package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/osfile"
	"github.com/pia-nl/pia/internal/serve"
)

// newServer reads and builds the site for pia serve; tests replace it to hold the first build.
var newServer = serve.New

// buildingNotice is how long the first build may take before pia serve tells the address where a page already
// says that the site is being built.
var buildingNotice = time.Second

func runServe(e *env, args []string) error {
	var bron, adres string
	var poort int
	f := newFlags(e, "serve")
	f.source(&bron)
	f.string(&adres, "adres", "bind", "127.0.0.1", "cli.optie.adres")
	f.int(&poort, "poort", "port", 1313, "cli.optie.poort")
	f.notEmpty("adres")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{e.lang.T("cli.te-veel-argumenten", strings.Join(rest, " "))}
	}
	if poort < 0 || poort > 65535 {
		return usageError{e.lang.T("cli.serve.poort", poort)}
	}
	if host, port, err := net.SplitHostPort(adres); err == nil {
		// localhost:8080 is an address with a port; the port has an option of its own.
		if port == "" {
			port = strconv.Itoa(poort)
		}
		if host == "" {
			// :8080 is Go's way of saying every address: that is --adres 0.0.0.0, and only this computer is the default.
			return usageError{e.lang.T("cli.serve.adres-alleen-poort", "--adres "+adres, "--poort "+port,
				"--adres 0.0.0.0 --poort "+port)}
		}
		return usageError{e.lang.T("cli.serve.adres-poort", "--adres "+adres, "--adres "+host+" --poort "+port)}
	}
	// The port first: a port in use is told at once, not after a build and its list of errors.
	ln, err := net.Listen("tcp", net.JoinHostPort(adres, strconv.Itoa(poort)))
	if err != nil {
		return errors.New(listenMessage(e, adres, poort, err))
	}
	defer ln.Close()
	// Requests are answered from the start: while the site is read and built the first time, with a page that says
	// so; on a large site the address is told when that takes a while.
	var ready atomic.Pointer[serve.Server]
	building := serve.Building(e.lang)
	hs := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if srv := ready.Load(); srv != nil {
			srv.ServeHTTP(w, r)
			return
		}
		building.ServeHTTP(w, r)
	}), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	var noticeMu sync.Mutex
	built := false
	notice := time.AfterFunc(buildingNotice, func() {
		noticeMu.Lock()
		defer noticeMu.Unlock()
		if !built {
			fmt.Fprintln(e.stdout, e.lang.T("cli.serve.bezig", siteURL(e, ln.Addr())))
		}
	})
	srv, err := newServer(serve.Options{Source: bron, Embedded: pia.Embedded(), Log: e.stderr})
	notice.Stop()
	noticeMu.Lock()
	built = true
	noticeMu.Unlock()
	if err != nil {
		return err
	}
	if err := srv.Err(); err != nil {
		// serve starts anyway: the pages show the errors and the site appears once they are fixed.
		if errs := load.AsErrors(err); errs != nil {
			printLoadErrors(e, e.stderr, errs)
			fmt.Fprintln(e.stderr, e.lang.T("cli.serve.start-met-fouten"))
		} else {
			// The site loaded, but a layout of its theme (or its logo) keeps its pages from being made.
			// A file is named as the pages name it: relative to the site.
			fmt.Fprintln(e.stderr, e.lang.T("cli.serve.renderfout", osfile.Message(e.lang, err, bron)))
			fmt.Fprintln(e.stderr, e.lang.T("cli.serve.start-met-fout"))
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals...)
	defer stop()
	ready.Store(srv)
	// Open pages keep a stream for reload events: it ends when the server shuts down, or Shutdown would wait for it.
	hs.RegisterOnShutdown(srv.Close)
	go func() {
		if err := srv.Watch(ctx, 40*time.Millisecond); err != nil {
			// The site is there; only saving no longer rebuilds it.
			fmt.Fprintln(e.stderr, err)
			fmt.Fprintln(e.stderr, e.lang.T("cli.serve.niet-volgen"))
		}
	}()
	fmt.Fprintln(e.stdout, e.lang.T("cli.serve.klaar", siteURL(e, ln.Addr())))
	if onNetwork(ln.Addr()) {
		fmt.Fprintln(e.stdout, e.lang.T("cli.serve.netwerk"))
	}
	select {
	case <-ctx.Done():
		stop() // a second Ctrl-C ends pia at once
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_ = hs.Shutdown(shutdown)
	fmt.Fprintln(e.stdout, e.lang.T("cli.serve.gestopt"))
	return nil
}

// siteURL is the address to open in a browser. A server on every address of the machine (--adres 0.0.0.0 or ::)
// listens at [::]:1313, which no browser opens: it is reached here at localhost, and from elsewhere at the
// machine's own name or address.
func siteURL(e *env, addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		return e.lang.T("cli.serve.alle-adressen", "http://"+net.JoinHostPort("localhost", port)+"/")
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// onNetwork reports whether a server at addr can be reached from other computers: it does not listen on a
// loopback address only.
func onNetwork(addr net.Addr) bool {
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && !ip.IsLoopback()
}

// freePort returns a port after poort on adres that nothing listens on now, to suggest when poort is taken: the
// first of the next twenty, or the next one when they are all taken.
func freePort(adres string, poort int) int {
	for p := poort + 1; p <= min(poort+20, 65535); p++ {
		if ln, err := net.Listen("tcp", net.JoinHostPort(adres, strconv.Itoa(p))); err == nil {
			ln.Close()
			return p
		}
	}
	if poort >= 65535 {
		return 1313
	}
	return poort + 1
}

// listenMessage says why pia serve cannot listen on adres:poort and what to change: the port when it is taken or
// needs privileges, the address when it is not one of this computer.
func listenMessage(e *env, adres string, poort int, err error) string {
	at := net.JoinHostPort(adres, strconv.Itoa(poort))
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return e.lang.T("cli.serve.poort-bezet", at, freePort(adres, poort))
	case errors.Is(err, syscall.EACCES):
		return e.lang.T("cli.serve.poort-toegang", at)
	case errors.Is(err, syscall.EADDRNOTAVAIL), errors.As(err, &dns):
		return e.lang.T("cli.serve.adres-onbekend", adres)
	}
	return e.lang.T("cli.serve.luisteren", at, osfile.Reason(e.lang, err))
}
