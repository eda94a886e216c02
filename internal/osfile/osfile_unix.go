//go:build linux || darwin || freebsd || netbsd || openbsd

package osfile

import (
	"io"
	"io/fs"
	"strings"
	"syscall"
)

// maxRW is the most one read or write asks for; some systems refuse counts of 2 GB and more.
const maxRW = 1 << 30

func open(name string, flag int, perm uint32) (int, error) {
	for {
		fd, err := syscall.Open(name, flag|syscall.O_CLOEXEC, perm)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// openRegular opens name for reading when it is a regular file, and returns its size.
func openRegular(name string) (int, int64, error) {
	// Without waiting: opening a named pipe would otherwise wait for a writer. A regular file is read as ever.
	fd, err := open(name, syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err == syscall.ENXIO {
		err = ErrNotRegular // a socket
	}
	if err != nil {
		return -1, 0, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		syscall.Close(fd)
		return -1, 0, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
		return fd, st.Size, nil
	case syscall.S_IFDIR:
		err = syscall.EISDIR
	default:
		err = ErrNotRegular
	}
	syscall.Close(fd)
	return -1, 0, &fs.PathError{Op: "read", Path: name, Err: err}
}

func readable(name string) error {
	fd, _, err := openRegular(name)
	if err == nil {
		syscall.Close(fd)
	}
	return err
}

func readFile(name string) ([]byte, error) {
	fd, fsize, err := openRegular(name)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	size := 0
	if fsize < maxRW {
		size = int(fsize)
	}
	// One byte more than the size, so that a file that grew since fstat is read on without a new buffer.
	b := make([]byte, 0, max(size+1, 512))
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := syscall.Read(fd, b[len(b):min(cap(b), len(b)+maxRW)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		case n == 0:
			return b, nil
		}
		b = b[:len(b)+n]
		if len(b) == size {
			// All the bytes fstat counted: skip the read that would only find the end. A file that grows
			// meanwhile is read as it was, as when the write had come a moment later.
			return b, nil
		}
	}
}

// unixMode is perm as open(2) takes it, with the setuid, setgid and sticky bits, as os.WriteFile passes them.
func unixMode(perm fs.FileMode) uint32 {
	m := uint32(perm.Perm())
	if perm&fs.ModeSetuid != 0 {
		m |= syscall.S_ISUID
	}
	if perm&fs.ModeSetgid != 0 {
		m |= syscall.S_ISGID
	}
	if perm&fs.ModeSticky != 0 {
		m |= syscall.S_ISVTX
	}
	return m
}

func writeFile(name string, data []byte, perm fs.FileMode) error {
	fd, err := open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC, unixMode(perm))
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data[:min(len(data), maxRW)])
		if err == syscall.EINTR {
			continue
		}
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: name, Err: err}
		}
		data = data[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}

// ReadFile reads the named file of the tree. Names are checked as os.DirFS checks them, and errors name the file
// relative to the tree, as os.DirFS's do.
func (d dirFS) ReadFile(name string) ([]byte, error) {
	if d.dir == "" {
		return fs.ReadFile(d.FS, name) // os.DirFS reports its own error for an empty root
	}
	if !fs.ValidPath(name) || strings.IndexByte(name, 0) >= 0 {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrInvalid}
	}
	full := d.dir + "/" + name // joined as os.DirFS joins, without cleaning the root
	if strings.HasSuffix(d.dir, "/") {
		full = d.dir + name
	}
	b, err := readFile(full)
	if pe, ok := err.(*fs.PathError); ok {
		pe.Path = name
	}
	return b, err
}
