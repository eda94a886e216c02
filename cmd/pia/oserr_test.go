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
