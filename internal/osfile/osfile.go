// Package osfile reads and writes whole files with as few system calls as the platform allows.
//
// A build reads thousands of questionnaires and writes thousands of pages. os.ReadFile and os.WriteFile open a
// file for the runtime's poller, which on Linux costs four fcntl calls and a failing epoll_ctl for every regular
// file, on top of the open, read or write and close that the work needs. On a virtual machine, where every system
// call is expensive, that doubles the time spent reading the site. On Unix this package uses those few calls
// directly; elsewhere it is os.ReadFile and os.WriteFile.
package osfile

import (
	"errors"
	"io/fs"
	"os"
)

// ErrNotRegular is the error of reading something that is not a file with content: a named pipe, which would make
// the read wait for a writer that never comes, a device such as /dev/zero, which never ends, or a socket.
var ErrNotRegular = errors.New("not a regular file")

// DirFS returns a file system for the tree at dir, like os.DirFS, whose ReadFile uses this package's ReadFile and
// whose Open refuses what is not a regular file or a folder (ErrNotRegular), also behind a link.
func DirFS(dir string) fs.FS { return dirFS{FS: os.DirFS(dir), dir: dir} }

type dirFS struct {
	fs.FS
	dir string
}

// Open opens name as os.DirFS does, after making sure it is a regular file or a folder: opening a named pipe waits
// until another program writes to it.
func (d dirFS) Open(name string) (fs.File, error) {
	fi, err := fs.Stat(d.FS, name)
	if err != nil {
		return nil, err
	}
	if special(fi.Mode()) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return d.FS.Open(name)
}

// special reports whether m is a named pipe, a device or a socket: what reading could wait for ever on, or never
// end. Other modes are read: on Windows a file that OneDrive keeps in the cloud is "irregular" and reads as a file.
func special(m fs.FileMode) bool {
	return m&(fs.ModeNamedPipe|fs.ModeDevice|fs.ModeCharDevice|fs.ModeSocket) != 0
}

// ReadDir and Stat are os.DirFS's.
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }

func (d dirFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.FS, name) }

var (
	_ fs.ReadFileFS = dirFS{}
	_ fs.ReadDirFS  = dirFS{}
	_ fs.StatFS     = dirFS{}
)

// Readable reports, without reading it, whether ReadFile would read the named file: it opens it as ReadFile does
// (a named pipe, device or socket gives ErrNotRegular, a folder EISDIR) and closes it again.
func Readable(name string) error { return readable(name) }

// ReadFile reads the file name and returns its contents; errors are *fs.PathError, as os.ReadFile's.
func ReadFile(name string) ([]byte, error) { return readFile(name) }

// WriteFile writes data to the file name, creating it with perm (before the umask) or truncating it; errors are
// *fs.PathError, as os.WriteFile's.
func WriteFile(name string, data []byte, perm fs.FileMode) error { return writeFile(name, data, perm) }
