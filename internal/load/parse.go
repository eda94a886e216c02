package load

import (
	"bytes"
	"errors"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/pia-nl/pia/internal/model"
)

// parseDoc parses TOML source into a doc. A syntax error is reported with its line and column and a caret excerpt;
// the returned doc is nil then.
func parseDoc(file string, src []byte, errs *collector) *doc {
	pos, deep := scanKeys(src, file)
	if deep != nil {
		errs.errs = append(errs.errs, &Error{Pos: *deep, Msg: errs.lang.T("load.te-diep", maxDepth),
			Excerpt: excerpt(src, deep.Line, deep.Col)})
		return nil
	}
	m := map[string]any{}
	if _, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			errs.errs = append(errs.errs, tomlError(errs.lang, file, src, pe))
			return nil
		}
		errs.add(model.Pos{File: file}, "load.syntax", err.Error())
		return nil
	}
	if _, ok := pos[""]; !ok {
		pos[""] = model.Pos{File: file, Line: 1, Col: 1}
	}
	return &doc{file: file, src: src, m: m, pos: pos}
}

// keepLimit is the length up to which ownStrings copies a string. Longer texts are nearly always Markdown in a
// multi-line basic string ("""), which the TOML parser has already copied while it replaced its escapes. A long
// literal string (in triple single quotes) or a long line without escapes stays part of the file's text and keeps
// that one file in memory; copying every long text to cover that rare case would copy most of the source once more.
const keepLimit = 1024

// ownStrings copies the short strings in a parsed tree, for a tree whose values outlive the file. The TOML parser
// returns a string without escapes as a part of the file's whole text, so one kept name would otherwise hold the
// whole file in memory; on a site of thousands of questionnaires that is most of the source.
func ownStrings(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := ownString(e); ok {
				x[k] = s
			}
		}
	case []map[string]any:
		for _, m := range x {
			ownStrings(m)
		}
	case []any:
		for i, e := range x {
			if s, ok := ownString(e); ok {
				x[i] = s
			}
		}
	}
}

// ownString returns a copy of e when it is a short string, to be put in its place; a table or array has its own
// strings copied in place.
func ownString(e any) (string, bool) {
	s, ok := e.(string)
	if !ok {
		ownStrings(e)
		return "", false
	}
	if len(s) > keepLimit {
		return "", false
	}
	return strings.Clone(s), true
}
