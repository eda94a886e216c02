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
	m := map[string]any{}
	if _, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			pos := model.Pos{File: file, Line: pe.Position.Line, Col: pe.Position.Col}
			msg := errs.lang.T("load.syntax", tomlMessage(pe))
			if pe.Usage != "" {
				msg += "\n" + strings.TrimSpace(pe.Usage)
			}
			errs.errs = append(errs.errs, &Error{Pos: pos, Msg: msg, Excerpt: excerpt(src, pos.Line, pos.Col)})
			return nil
		}
		errs.add(model.Pos{File: file}, "load.syntax", err.Error())
		return nil
	}
	pos := keyPositions(src, file)
	if _, ok := pos[""]; !ok {
		pos[""] = model.Pos{File: file, Line: 1, Col: 1}
	}
	return &doc{file: file, src: src, m: m, pos: pos}
}

// tomlMessage translates the TOML parser's most common messages; others are shown as the parser gives them.
func tomlMessage(pe toml.ParseError) string {
	msg := pe.Message
	if msg == "" {
		msg = pe.Error()
	}
	return msg
}
