package build

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/pia-nl/pia"
	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/load"
	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// encodingJSONRegister is the register as encoding/json writes it from maps: the layout registerJSON keeps.
func encodingJSONRegister(t testing.TB, org model.Organisatie, rows [][]document.RegisterField) []byte {
	t.Helper()
	entries := []map[string]any{}
	for _, fields := range rows {
		e := map[string]any{}
		for _, f := range fields {
			if f.Items != nil {
				e[f.Key] = f.Items
			} else {
				e[f.Key] = f.Value
			}
		}
		entries = append(entries, e)
	}
	doc := map[string]any{
		"verwerkingsverantwoordelijke": map[string]string{"naam": org.Naam, "adres": org.Adres, "email": org.Email,
			"telefoon": org.Telefoon, "verantwoordelijke": org.Verantwoordelijke, "website": org.Website},
		"functionaris_gegevensbescherming": map[string]string{"naam": org.FG.Naam, "email": org.FG.Email,
			"telefoon": org.FG.Telefoon},
		"verwerkingen": entries,
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeRegisterJSON(org model.Organisatie, rows [][]document.RegisterField) []byte {
	r := newRegisterJSON(org)
	for _, fields := range rows {
		r.row(fields)
	}
	return r.bytes()
}

func TestRegisterJSONIsEncodingJSON(t *testing.T) {
	org := model.Organisatie{Naam: `Gemeente "Oost" & <West>`, Verantwoordelijke: "Het college van B&W", Adres: "Markt 1\n1234 AB Plaats", Email: "a@b.nl",
		FG: model.Contact{Naam: "Fé\u2028G", Email: "fg@b.nl", Telefoon: "14 0\t99"}}
	f := func(key, value string, items ...string) document.RegisterField {
		return document.RegisterField{Key: key, Label: strings.ToUpper(key), Value: value, Items: items}
	}
	cases := map[string][][]document.RegisterField{
		"no verwerkingen":      nil,
		"a row without fields": {{}},
		"values and lists": {{f("naam", "Wmo"), f("doelen", "a, b", "a", "b"), f("leeg", "", []string{}...),
			f("id", "wmo")}},
		"rows with other fields": {{f("b", "1"), f("a", "2")}, {f("c", "3")}, {f("c", "4")}, {}},
		"a later field wins":     {{f("x", "eerst"), f("y", "y"), f("x", "laatst")}},
		"characters": {{f("tekst", "\"citaat\" \\ <b>&amp;</b> \x00\x1f\x7f é € \u2029 \xff\xfe einde",
			"regel\r\n", "tab\t", "\b\f")}},
	}
	for name, rows := range cases {
		t.Run(name, func(t *testing.T) {
			got := writeRegisterJSON(org, rows)
			want := encodingJSONRegister(t, org, rows)
			if !bytes.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestRegisterFilesJSON compares the JSON of the example site's register with encoding/json's.
func TestRegisterFilesJSON(t *testing.T) {
	site, err := load.Load(copyExample(t), load.Options{Embedded: pia.Embedded()})
	if err != nil {
		t.Fatal(err)
	}
	report := rules.Evaluate(site)
	var rows [][]document.RegisterField
	for _, res := range report.Resultaten {
		rows = append(rows, document.RegisterFields(site, res))
	}
	if len(rows) < 5 {
		t.Fatalf("the example site has %d verwerkingen", len(rows))
	}
	out, err := registerFiles(site, rows)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := out.json, encodingJSONRegister(t, site.Config.Organisatie, rows); !bytes.Equal(got, want) {
		t.Errorf("register.json differs from encoding/json's:\n%s", got)
	}
}

// FuzzRegisterJSON builds rows from the fuzzer's text: a byte 0 ends a field, 1 ends a row, and a field whose key
// starts with '[' is a list of its value's lines.
func FuzzRegisterJSON(f *testing.F) {
	f.Add("naam\x02Wmo\x00[doelen\x02a\nb\x00\x01id\x02x\x00[leeg\x02")
	f.Add("\x01\x01k\x02v\x00k\x02w")
	f.Fuzz(func(t *testing.T, in string) {
		var rows [][]document.RegisterField
		for _, row := range strings.Split(in, "\x01") {
			var fields []document.RegisterField
			for _, field := range strings.Split(row, "\x00") {
				key, value, _ := strings.Cut(field, "\x02")
				fd := document.RegisterField{Key: key, Value: value}
				if strings.HasPrefix(key, "[") {
					fd.Items = []string{}
					if value != "" {
						fd.Items = strings.Split(value, "\n")
					}
				}
				fields = append(fields, fd)
			}
			rows = append(rows, fields)
		}
		org := model.Organisatie{Naam: in}
		if got, want := writeRegisterJSON(org, rows), encodingJSONRegister(t, org, rows); !bytes.Equal(got, want) {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
	})
}

// TestRegisterForExcel: the Excel file is the CSV with semicolons, CRLF and a byte order mark, and no cell Excel
// would run as a formula; the plain CSV keeps every value as it is.
func TestRegisterForExcel(t *testing.T) {
	site := &model.Site{Config: model.Config{Organisatie: model.Organisatie{Naam: "Gemeente Één",
		FG: model.Contact{Naam: "F. G.", Email: "fg@een.nl"}}}}
	f := func(key, label, value string) document.RegisterField {
		return document.RegisterField{Key: key, Label: label, Value: value}
	}
	rows := [][]document.RegisterField{
		{f("naam", "Naam", "Wmo; melding"), f("doelen", "Categorieën", "=HYPERLINK(\"x\")"), f("x", "X", "-1+1")},
		{f("naam", "Naam", "regel 1\nregel 2"), f("doelen", "Categorieën", "@SUM"), f("x", "X", "a=b")},
	}
	out, err := registerFiles(site, rows)
	if err != nil {
		t.Fatal(err)
	}
	excel := string(out.excel)
	if !strings.HasPrefix(excel, "\uFEFFNaam;Categorieën;X;") {
		t.Errorf("the Excel file must start with a byte order mark and a header split by semicolons:\n%q", excel)
	}
	for _, want := range []string{`"Wmo; melding";"'=HYPERLINK(""x"")";'-1+1;`, "\r\n\"regel 1\r\nregel 2\";'@SUM;a=b;",
		"Gemeente Één"} {
		if !strings.Contains(excel, want) {
			t.Errorf("the Excel file lacks %q:\n%q", want, excel)
		}
	}
	plain := string(out.csv)
	if strings.HasPrefix(plain, "\uFEFF") || strings.Contains(plain, "\r\n") || strings.Contains(plain, "'") {
		t.Errorf("the plain CSV must stay RFC 4180 with commas and the values as they are:\n%q", plain)
	}
	for _, want := range []string{`Wmo; melding,"=HYPERLINK(""x"")",-1+1,`, ",@SUM,a=b,"} {
		if !strings.Contains(plain, want) {
			t.Errorf("the plain CSV lacks %q:\n%q", want, plain)
		}
	}
}
