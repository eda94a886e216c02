package build

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"iter"
	"slices"
	"strings"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/jsonstr"
	"github.com/pia-nl/pia/internal/largebuf"
	"github.com/pia-nl/pia/internal/model"
)

// registerOut is the art. 30 register as files.
type registerOut struct {
	// csv has one row per verwerking, Dutch column names, and the controller and the FG in the last two columns:
	// RFC 4180, UTF-8, commas.
	csv []byte
	// excel is the same table as a Dutch Excel opens it with a double click: a byte order mark (without it,
	// Excel reads "Categorieën" as Windows-1252), semicolons (the list separator where the decimal sign is a
	// comma), CRLF, and no cell that Excel would run as a formula.
	excel []byte
	// json holds the same fields under stable keys, lists as arrays, the controller and the FG once at the top,
	// for other systems.
	json []byte
}

// files yields each file with its form, in the order of document.RegisterFormats.
func (r registerOut) files() iter.Seq2[document.Format, []byte] {
	return func(yield func(document.Format, []byte) bool) {
		for _, f := range document.RegisterFormats {
			b := r.csv
			switch f {
			case document.FormatExcelCSV:
				b = r.excel
			case document.FormatJSON:
				b = r.json
			}
			if !yield(f, b) {
				return
			}
		}
	}
}

// registerFiles renders the art. 30 register as CSV, as CSV for Excel and as JSON.
func registerFiles(site *model.Site, rows [][]document.RegisterField) (registerOut, error) {
	var buf, xbuf bytes.Buffer
	w, x := csv.NewWriter(&buf), csv.NewWriter(&xbuf)
	x.Comma, x.UseCRLF = ';', true
	xbuf.WriteString(byteOrderMark)
	write := func(row []string) error {
		if err := w.Write(row); err != nil {
			return err
		}
		for i, c := range row {
			row[i] = inertCell(c)
		}
		return x.Write(row)
	}
	rj := newRegisterJSON(site.Config.Organisatie)
	// The JSON holds the controller and the FG once, at the top; the CSV has no top, so they close every row.
	contacts := document.RegisterContacts(site)
	for i, fields := range rows {
		if i == 0 {
			header := make([]string, len(fields), len(fields)+len(contacts))
			for k, f := range fields {
				header[k] = f.Label
			}
			for _, c := range contacts {
				header = append(header, c.Label)
			}
			if err := write(header); err != nil {
				return registerOut{}, err
			}
			// The files of a large register are some kilobytes per verwerking: size them once.
			c, j := rowSizes(fields)
			for _, k := range contacts {
				c += len(k.Value) + 3
			}
			n := len(rows) + len(rows)/8
			largebuf.GrowBuffer(&buf, n*c)
			largebuf.GrowBuffer(&xbuf, n*c)
			rj.grow(n * j)
		}
		row := make([]string, len(fields), len(fields)+len(contacts))
		for k, f := range fields {
			row[k] = f.Value
		}
		for _, c := range contacts {
			row = append(row, c.Value)
		}
		if err := write(row); err != nil {
			return registerOut{}, err
		}
		rj.row(fields)
	}
	w.Flush()
	x.Flush()
	if err := cmp.Or(w.Error(), x.Error()); err != nil {
		return registerOut{}, err
	}
	return registerOut{csv: buf.Bytes(), excel: xbuf.Bytes(), json: rj.bytes()}, nil
}

const byteOrderMark = "\uFEFF"

// inertCell keeps Excel from reading a cell as a formula: a cell that starts with =, +, -, @, a tab or a carriage
// return gets an apostrophe in front, which Excel shows as text.
func inertCell(c string) string {
	if c != "" && strings.IndexByte("=+-@\t\r", c[0]) >= 0 {
		return "'" + c
	}
	return c
}

// registerJSON writes the register as JSON with the layout encoding/json gives the map it stands for, indented
// by two spaces and without HTML escaping: keys sorted, one value per line. It writes directly instead of building
// a map per verwerking and indenting the result in a second pass, which took most of the time of a large
// register; TestRegisterJSONIsEncodingJSON holds it to encoding/json's bytes.
type registerJSON struct {
	org   model.Organisatie
	b     []byte
	rows  int
	order []int    // the fields of the last row in key order
	keys  []string // the keys of the last row, in their own order
}

func newRegisterJSON(org model.Organisatie) *registerJSON {
	r := &registerJSON{org: org, b: make([]byte, 0, 4096)}
	r.b = append(r.b, "{\n"...)
	r.b = jsonObject(r.b, "functionaris_gegevensbescherming",
		[]string{"email", org.FG.Email, "naam", org.FG.Naam, "telefoon", org.FG.Telefoon})
	r.b = append(r.b, ",\n  \"verwerkingen\": ["...)
	return r
}

func (r *registerJSON) grow(n int) { r.b = largebuf.Grow(r.b, n) }

// row adds one verwerking.
func (r *registerJSON) row(fields []document.RegisterField) {
	r.sortFields(fields)
	j := r.b
	if r.rows > 0 {
		j = append(j, ',')
	}
	r.rows++
	j = append(j, "\n    {"...)
	for n, k := range r.order {
		if n > 0 {
			j = append(j, ',')
		}
		f := fields[k]
		j = append(j, "\n      "...)
		j = jsonstr.Append(j, f.Key)
		j = append(j, ": "...)
		switch {
		case f.Items == nil:
			j = jsonstr.Append(j, f.Value)
		case len(f.Items) == 0:
			j = append(j, "[]"...)
		default:
			j = append(j, '[')
			for m, it := range f.Items {
				if m > 0 {
					j = append(j, ',')
				}
				j = append(j, "\n        "...)
				j = jsonstr.Append(j, it)
			}
			j = append(j, "\n      ]"...)
		}
	}
	if len(r.order) == 0 {
		j = append(j, '}')
	} else {
		j = append(j, "\n    }"...)
	}
	r.b = j
}

// bytes closes the document and returns it.
func (r *registerJSON) bytes() []byte {
	if r.rows > 0 {
		r.b = append(r.b, "\n  "...)
	}
	r.b = append(r.b, "],\n"...)
	org := r.org
	r.b = jsonObject(r.b, "verwerkingsverantwoordelijke", []string{"adres", org.Adres, "email", org.Email,
		"naam", org.Naam, "telefoon", org.Telefoon, "verantwoordelijke", org.Verantwoordelijke, "website", org.Website})
	return append(r.b, "\n}\n"...)
}

// rowSizes estimates the bytes of one verwerking in the register's CSV and JSON, from its first row.
func rowSizes(fields []document.RegisterField) (csvSize, jsonSize int) {
	for _, f := range fields {
		csvSize += len(f.Value) + 3
		jsonSize += len(f.Key) + 12
		if f.Items == nil {
			jsonSize += len(f.Value) + 2
		}
		for _, it := range f.Items {
			jsonSize += len(it) + 12
		}
	}
	return csvSize, jsonSize
}

// sortFields sets order to the indexes of fields sorted by key, keeping the previous order when the keys are the
// same (a register's rows have the same fields). As in a map, a later field replaces an earlier one with the same
// key.
func (r *registerJSON) sortFields(fields []document.RegisterField) {
	if slices.EqualFunc(r.keys, fields, func(k string, f document.RegisterField) bool { return k == f.Key }) {
		return
	}
	r.keys = r.keys[:0]
	last := map[string]int{}
	for i, f := range fields {
		r.keys = append(r.keys, f.Key)
		last[f.Key] = i
	}
	r.order = r.order[:0]
	for _, i := range last {
		r.order = append(r.order, i)
	}
	slices.SortFunc(r.order, func(a, b int) int { return strings.Compare(fields[a].Key, fields[b].Key) })
}

// jsonObject appends a member of the top level, `"name": {…}`, with string members given as key, value pairs in
// key order.
func jsonObject(j []byte, name string, kv []string) []byte {
	j = append(j, "  "...)
	j = jsonstr.Append(j, name)
	j = append(j, ": {"...)
	for i := 0; i < len(kv); i += 2 {
		if i > 0 {
			j = append(j, ',')
		}
		j = append(j, "\n    "...)
		j = jsonstr.Append(j, kv[i])
		j = append(j, ": "...)
		j = jsonstr.Append(j, kv[i+1])
	}
	return append(j, "\n  }"...)
}
