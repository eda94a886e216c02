// Package i18n is the one place where text that users read is kept: messages of the loader, the rules and the
// command, and the fixed words of the documents. Dutch is complete; other languages fall back to Dutch per key.
//
// Messages are fmt formats keyed by a stable identifier. Each catalogue lives in its own file (nl.go, en.go) and
// registers itself in init, so packages add their keys next to the code that uses them without a central switch.
package i18n

import (
	"fmt"
	"sort"
	"sync"
)

// Lang is a language code as in pia.toml's taal: "nl" (default) or "en".
type Lang string

// Default is the language used when none is set.
const Default Lang = "nl"

var (
	mu       sync.RWMutex
	catalogs = map[Lang]map[string]string{}
)

// Register adds messages for a language. A key registered twice for one language panics at start-up: two packages
// must not silently disagree about one text.
func Register(lang Lang, msgs map[string]string) {
	mu.Lock()
	defer mu.Unlock()
	c := catalogs[lang]
	if c == nil {
		c = map[string]string{}
		catalogs[lang] = c
	}
	for k, v := range msgs {
		if _, dup := c[k]; dup {
			panic("i18n: key registered twice: " + string(lang) + "/" + k)
		}
		c[k] = v
	}
}

// T formats the message key in language l, falling back to Dutch. An unknown key is returned in brackets so that a
// missing text shows up in tests and documents instead of disappearing.
func (l Lang) T(key string, args ...any) string {
	mu.RLock()
	f, ok := catalogs[l][key]
	if !ok {
		f, ok = catalogs[Default][key]
	}
	mu.RUnlock()
	if !ok {
		return "[" + key + "]"
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// T formats key in Dutch.
func T(key string, args ...any) string { return Default.T(key, args...) }

// Keys lists the keys registered for a language, sorted; tests use it to check completeness.
func Keys(l Lang) []string {
	mu.RLock()
	defer mu.RUnlock()
	keys := make([]string, 0, len(catalogs[l]))
	for k := range catalogs[l] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Has reports whether key is registered for l (without fallback).
func Has(l Lang, key string) bool {
	mu.RLock()
	defer mu.RUnlock()
	_, ok := catalogs[l][key]
	return ok
}
