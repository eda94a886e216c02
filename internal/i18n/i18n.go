// Package i18n is the one place where text that users read is kept: messages of the loader, the rules and the
// command, and the fixed words of the documents. Dutch is complete; other languages fall back to Dutch per key.
//
// Messages are fmt formats keyed by a stable identifier. Each catalogue lives in its own file (nl.go, en.go) and
// registers itself in init, so packages add their keys next to the code that uses them without a central switch.
package i18n

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Lang is a language code as in pia.toml's taal: "nl" (default) or "en".
type Lang string

// Default is the language used when none is set.
const Default Lang = "nl"

// catalogs holds the messages per language. Register replaces it with a new copy, so that T, called for every
// word of every document from all cores, reads it without a lock.
var (
	mu       sync.Mutex // serialises Register
	catalogs atomic.Pointer[map[Lang]map[string]string]
)

func current() map[Lang]map[string]string {
	if c := catalogs.Load(); c != nil {
		return *c
	}
	return nil
}

// Register adds messages for a language. A key registered twice for one language panics at start-up: two packages
// must not silently disagree about one text.
func Register(lang Lang, msgs map[string]string) {
	mu.Lock()
	defer mu.Unlock()
	old := current()
	all := make(map[Lang]map[string]string, len(old)+1)
	for l, c := range old {
		all[l] = c
	}
	c := make(map[string]string, len(old[lang])+len(msgs))
	for k, v := range old[lang] {
		c[k] = v
	}
	for k, v := range msgs {
		if _, dup := c[k]; dup {
			panic("i18n: key registered twice: " + string(lang) + "/" + k)
		}
		c[k] = v
	}
	all[lang] = c
	catalogs.Store(&all)
}

// T formats the message key in language l, falling back to Dutch. An unknown key is returned in brackets so that a
// missing text shows up in tests and documents instead of disappearing.
func (l Lang) T(key string, args ...any) string {
	f, ok := l.raw(key)
	if !ok || len(args) == 0 {
		return f
	}
	return format(f, args)
}

// Sep divides a message in two parts, as in "what is wrong ¶ what to do about it": the findings of the rules keep
// them apart, so that a report can say what the check found without the instructions for editing the files.
const Sep = "¶"

// Split formats key as T does and returns the parts before and after Sep, each trimmed of spaces around it; tail is
// "" for a message without Sep. head + " " + tail is the text T gives with Sep read as a space: the arguments are
// those of the whole message, so the verbs of the tail go on where the head's stop, and %[2]s counts from the
// message's first argument.
func (l Lang) Split(key string, args ...any) (head, tail string) {
	f, known := l.raw(key)
	if !known || !strings.Contains(f, Sep) {
		return strings.TrimSpace(l.T(key, args...)), ""
	}
	return splitFormat(f, args)
}

// cut stands in for Sep while a message is formatted whole: a noncharacter, which no text means to hold.
const cut = "\uFDD0"

// splitFormat is Split for the message f, which has Sep. It formats the message whole, as T does, with Sep as cut,
// so that the parts say exactly what T says, faults in the arguments included; only when an argument holds cut
// itself are the parts formatted one by one.
func splitFormat(f string, args []any) (head, tail string) {
	whole := strings.Replace(f, Sep, cut, 1)
	if len(args) > 0 {
		whole = format(whole, args)
	}
	if strings.Count(whole, cut) == 1 {
		h, t, _ := strings.Cut(whole, cut)
		return strings.TrimSpace(h), strings.TrimSpace(t)
	}
	return splitParts(f, args)
}

// splitParts formats the parts of f, which has Sep, each with its share of the arguments: the head as many as its
// verbs use, in order, and the tail the rest; a part that refers to them by index (%[2]s) gets all of them, and a
// tail without verbs none.
func splitParts(f string, args []any) (head, tail string) {
	h, t, _ := strings.Cut(f, Sep)
	h, t = strings.TrimSpace(h), strings.TrimSpace(t)
	hargs, targs := args, args
	if !strings.Contains(h, "%[") {
		n := min(verbs(h), len(args))
		hargs = args[:n]
		if !strings.Contains(t, "%[") {
			targs = args[n:]
		}
	}
	if verbs(t) == 0 {
		targs = nil
	}
	if len(args) == 0 {
		return h, t // as T takes a message without arguments as it is
	}
	return strings.TrimSpace(format(h, hargs)), strings.TrimSpace(format(t, targs))
}

// raw is the unformatted message of key in l, falling back to Dutch, or the key in brackets and false.
func (l Lang) raw(key string) (string, bool) {
	all := current()
	if f, ok := all[l][key]; ok {
		return f, true
	}
	if f, ok := all[Default][key]; ok {
		return f, true
	}
	return "[" + key + "]", false
}

// verbs counts the verbs of format f that take an argument: every % but %%.
func verbs(f string) int {
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			i++
			continue
		}
		n++
	}
	return n
}

// format is fmt.Sprintf(f, args...). Most messages have only %s and %d, with strings and ints in their order;
// those are written here, without fmt's reflection, and anything else goes to fmt. The message is built in a
// strings.Builder sized for it, which hands its bytes over as the string instead of copying them.
func format(f string, args []any) string {
	size := len(f)
	for _, a := range args {
		if s, ok := a.(string); ok {
			size += len(s)
		}
	}
	var b strings.Builder
	b.Grow(size + 8)
	var num [20]byte
	used, done := 0, 0 // args used; f[:done] is in b
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 == len(f) {
			return fmt.Sprintf(f, args...)
		}
		b.WriteString(f[done:i])
		i++
		switch verb := f[i]; {
		case verb == '%':
			b.WriteByte('%')
		case used == len(args):
			return fmt.Sprintf(f, args...) // fmt reports the missing argument
		case verb == 's':
			s, ok := args[used].(string)
			if !ok {
				return fmt.Sprintf(f, args...)
			}
			b.WriteString(s)
			used++
		case verb == 'd':
			switch n := args[used].(type) {
			case int:
				b.Write(strconv.AppendInt(num[:0], int64(n), 10))
			case int64:
				b.Write(strconv.AppendInt(num[:0], n, 10))
			default:
				return fmt.Sprintf(f, args...)
			}
			used++
		default:
			return fmt.Sprintf(f, args...)
		}
		done = i + 1
	}
	if used < len(args) {
		return fmt.Sprintf(f, args...) // fmt reports the arguments left over
	}
	b.WriteString(f[done:])
	return b.String()
}

// Decimal writes x with prec decimals as the language writes numbers: 0,1 in Dutch, 0.1 in English.
func (l Lang) Decimal(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if l != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// N formats a message about a number: n is its first argument, and for n == 1 the key with ".een" appended is
// used when the language (or Dutch) has it, so that "1 fout" and "2 fouten" come from one call.
func (l Lang) N(key string, n int, args ...any) string {
	if n == 1 && (Has(l, key+".een") || Has(Default, key+".een")) {
		key += ".een"
	}
	return l.T(key, append([]any{n}, args...)...)
}

// Available reports whether pia has texts in language l; T falls back to Dutch for a language without them.
func (l Lang) Available() bool { return len(current()[l]) > 0 }

// T formats key in Dutch.
func T(key string, args ...any) string { return Default.T(key, args...) }

// Keys lists the keys registered for a language, sorted; tests use it to check completeness.
func Keys(l Lang) []string {
	c := current()[l]
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Has reports whether key is registered for l (without fallback).
func Has(l Lang, key string) bool {
	_, ok := current()[l][key]
	return ok
}
