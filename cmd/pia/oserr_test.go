package main

import (
	"fmt"
	"io/fs"
	"os"
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
			"kan de map /srv/site/uitvoer niet aanmaken: geen toestemming (controleer de rechten op de map)"},
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
