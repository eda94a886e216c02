package osfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/pia-nl/pia/internal/i18n"
)

// Message tells what went wrong with a file or folder in the user's language: what pia tried to do, with which
// path, and why (Reason). A path inside root is named relative to it, as the user names it in the site; root ""
// names every path as it is. An error that is not about a file or folder keeps its own text.
func Message(lang i18n.Lang, err error, root string) string {
	var pe *fs.PathError
	var le *os.LinkError
	name, op, cause := "", "", error(nil)
	switch {
	case errors.As(err, &pe):
		name, op, cause = pe.Path, pe.Op, pe.Err
	case errors.As(err, &le):
		name, op, cause = le.Old, "rename", le.Err
	default:
		return err.Error()
	}
	if root != "" {
		if rel, err := filepath.Rel(root, name); err == nil && rel != "." && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			name = filepath.ToSlash(rel)
		}
	}
	doing := "osfile.op." + op
	if !i18n.Has(lang, doing) && !i18n.Has(i18n.Default, doing) {
		doing = "osfile.op.anders"
	}
	return lang.T("osfile.bericht", lang.T(doing, name), Reason(lang, cause))
}

// Reason says in the user's language why a file operation failed, for the causes a user can act on: no
// permission, a full or read-only disk, a file where a folder should be, a link that points at itself, …. Any
// other error keeps the text of its cause. The path and the operation are the caller's to name.
func Reason(lang i18n.Lang, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if k := "osfile.errno." + errnoName(errno); i18n.Has(lang, k) || i18n.Has(i18n.Default, k) {
			return lang.T(k)
		}
	}
	switch {
	case errors.Is(err, ErrNotRegular):
		return lang.T("osfile.geen-bestand")
	case errors.Is(err, ErrBrokenLink):
		return lang.T("osfile.link-weg")
	case errors.Is(err, fs.ErrPermission):
		return lang.T("osfile.errno.toegang")
	case errors.Is(err, fs.ErrNotExist):
		return lang.T("osfile.errno.bestaat-niet")
	}
	return err.Error()
}

func errnoName(e syscall.Errno) string {
	switch e {
	case syscall.EACCES, syscall.EPERM:
		return "toegang"
	case syscall.ENOSPC, syscall.EDQUOT:
		return "vol"
	case syscall.EROFS:
		return "alleen-lezen"
	case syscall.ENOTDIR:
		return "geen-map"
	case syscall.EISDIR:
		return "is-map"
	case syscall.ENOENT:
		return "bestaat-niet"
	case syscall.EEXIST:
		return "bestaat"
	case syscall.ENAMETOOLONG:
		return "te-lang"
	case syscall.ELOOP:
		return "lus"
	case syscall.EADDRINUSE:
		return "poort-bezet"
	case syscall.EADDRNOTAVAIL:
		return "adres-onbekend"
	case syscall.EBUSY:
		return "bezet"
	case syscall.EIO:
		return "io"
	case syscall.EINVAL:
		return "ongeldig"
	}
	return ""
}

// Missing reports whether err says that a file or folder is not there: it does not exist, or a part of its path
// is a file. Other errors, such as no permission, mean that it is there but cannot be read.
func Missing(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}
