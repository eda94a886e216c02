package build

import (
	"bytes"
	"encoding/csv"
	"encoding/json"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// registerFiles renders the art. 30 register as CSV (one row per verwerking, Dutch column names, for a
// spreadsheet) and as JSON (the same fields under stable keys, lists as arrays, for other systems).
func registerFiles(site *model.Site, report *rules.Rapport) (csvOut, jsonOut []byte, err error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	type entry map[string]any
	var entries []entry
	for i, res := range report.Resultaten {
		fields := document.RegisterFields(site, res)
		if i == 0 {
			header := make([]string, len(fields))
			for j, f := range fields {
				header[j] = f.Label
			}
			if err := w.Write(header); err != nil {
				return nil, nil, err
			}
		}
		row := make([]string, len(fields))
		e := entry{}
		for j, f := range fields {
			row[j] = f.Value
			e[f.Key] = jsonValue(f)
		}
		if err := w.Write(row); err != nil {
			return nil, nil, err
		}
		entries = append(entries, e)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, nil, err
	}
	org := site.Config.Organisatie
	if entries == nil {
		entries = []entry{}
	}
	doc := map[string]any{
		"verwerkingsverantwoordelijke": map[string]string{"naam": org.Naam, "adres": org.Adres, "email": org.Email,
			"telefoon": org.Telefoon, "website": org.Website},
		"functionaris_gegevensbescherming": map[string]string{"naam": org.FG.Naam, "email": org.FG.Email,
			"telefoon": org.FG.Telefoon},
		"verwerkingen": entries,
	}
	var jb bytes.Buffer
	enc := json.NewEncoder(&jb)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), jb.Bytes(), nil
}

func jsonValue(f document.RegisterField) any {
	if f.Items != nil {
		return f.Items
	}
	return f.Value
}
