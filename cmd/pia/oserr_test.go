package main

import (
	"fmt"
	"io/fs"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/pia-nl/pia/internal/i18n"
)

func TestFSMessage(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "mkdir", Path: "/srv/site/uitvoer", Err: syscall.EACCES},
			"kan de map /srv/site/uitvoer niet aanmaken: geen toestemming (controleer de rechten op het bestand en de map)"},
		{fmt.Errorf("schrijven: %w", &fs.PathError{Op: "write", Path: "uit/a.pdf", Err: syscall.ENOSPC}),
			"kan uit/a.pdf niet schrijven: de schijf is vol"},
		{&os.LinkError{Op: "rename", Old: "uit", New: "uit.oud", Err: syscall.EROFS},
			"kan uit niet op zijn plaats zetten: de schijf is alleen-lezen"},
		{&fs.PathError{Op: "chmod", Path: "x", Err: syscall.EBADF}, "fout bij x: bad file descriptor"},
		{fmt.Errorf("iets anders"), "iets anders"},
	}
	for _, c := range cases {
		if got := fsMessage(i18n.Default, c.err); got != c.want {
			t.Errorf("fsMessage(%v)\n got %q\nwant %q", c.err, got, c.want)
		}
	}
}

// TestListenMessage: pia serve says what to change when it cannot listen, from the errors net.Listen really gives.
func TestListenMessage(t *testing.T) {
	e := &env{lang: i18n.Default}
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := taken.Addr().(*net.TCPAddr).Port
	for _, c := range []struct {
		adres string
		poort int
		want  string
	}{
		{"127.0.0.1", port, "een ander programma gebruikt die poort al"},
		{"8.8.8.8", 0, "8.8.8.8: dat is geen adres van deze computer"},
		{"999.1.1.1", 0, "999.1.1.1: dat is geen adres van deze computer"},
	} {
		ln, err := net.Listen("tcp", net.JoinHostPort(c.adres, strconv.Itoa(c.poort)))
		if err == nil {
			ln.Close()
			t.Errorf("%s:%d: listening succeeded", c.adres, c.poort)
			continue
		}
		if got := listenMessage(e, c.adres, c.poort, err); !strings.Contains(got, c.want) || strings.Contains(got, "listen tcp") {
			t.Errorf("%s:%d: %q, want %q", c.adres, c.poort, got, c.want)
		}
	}
}

// TestSuggestedPortIsFree: the port suggested instead of a taken one is one nothing listens on, also when the
// next one is taken too.
func TestSuggestedPortIsFree(t *testing.T) {
	var taken []net.Listener
	defer func() {
		for _, l := range taken {
			l.Close()
		}
	}()
	// Two ports in a row that are taken; a free range above 1024 is found by trying.
	var first int
	for p := 20000; p < 60000 && first == 0; p += 37 {
		a, errA := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if errA != nil {
			continue
		}
		b, errB := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p+1)))
		if errB != nil {
			a.Close()
			continue
		}
		taken, first = append(taken, a, b), p
	}
	if first == 0 {
		t.Skip("no two free ports in a row")
	}
	free := freePort("127.0.0.1", first)
	if free <= first+1 || free > first+21 {
		t.Fatalf("freePort(%d) = %d, with %d and %d taken", first, free, first, first+1)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(free)))
	if err != nil {
		t.Fatalf("the suggested port %d is not free: %v", free, err)
	}
	ln.Close()
	_, err = net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(first)))
	if err == nil {
		t.Fatal("the first port is not taken")
	}
	e := &env{lang: i18n.Default}
	if got := listenMessage(e, "127.0.0.1", first, err); !strings.Contains(got, "--poort "+strconv.Itoa(free)) {
		t.Errorf("%q does not suggest --poort %d", got, free)
	}
}
