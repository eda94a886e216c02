package load

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestTOMLSyntaxErrors checks that each kind of TOML syntax error is told in Dutch, with what to do, at the line
// and column (in characters) where it is.
func TestTOMLSyntaxErrors(t *testing.T) {
	cases := []struct {
		name, src string
		line, col int
		want      string
	}{
		{"bare word", "naam = Wmo\n", 1, 8, `hier hoort een waarde, maar er staat «Wmo». Zet tekst tussen aanhalingstekens`},
		{"duplicate key after a byte order mark", "\xef\xbb\xbfnaam = \"x\"\nnaam = \"y\"\n", 2, 1, `naam staat al eerder`},
		{"bare word after a byte order mark", "\xef\xbb\xbfnaam = \"x\"\nx = ja\n", 2, 5, `er staat «ja»`},
		{"bare word on the line of a byte order mark", "\xef\xbb\xbfx = ja\n", 1, 5, `er staat «ja»`},
		{"bare word after accent", "naam = \"é\"\nx = ja\n", 2, 5, `er staat «ja»`},
		{"unclosed string", "naam = \"Wmo\ndomein = \"wmo\"\n", 1, 12, `het aanhalingsteken aan het eind ontbreekt`},
		{"unclosed string with accents", "naam = \"één\n", 1, 12, `niet afgesloten`},
		{"unclosed multi-line string", "naam = \"x\"\ntekst = \"\"\"\nregel\nregel\n", 2, 9,
			`de tekst die hier met """ begint, wordt nergens afgesloten`},
		{"unclosed literal multi-line string", "tekst = '''\nregel\n", 1, 9, `met ''' begint`},
		{"Windows path", "pad = \"C:\\Users\\x\"\n", 1, 10, `na \U horen acht hexadecimale cijfers. Bedoelt u een gewone backslash`},
		{"short unicode escape", "a = \"\\u12\"\n", 1, 6, `na \u horen vier hexadecimale cijfers`},
		{"duplicate key", "a = 1\na = 2\n", 2, 1, `a staat al eerder in dit bestand`},
		{"duplicate table", "[t]\n[t]\n", 2, 2, `t staat al eerder`},
		{"missing equals", "naam \"x\"\n", 1, 6, `na de sleutel hoort een =, maar er staat «"»`},
		{"key alone", "naam\n", 1, 5, `na de sleutel hoort een =, maar er staat het einde van de regel`},
		{"blank key", "= 1\n", 1, 1, `voor de = staat geen sleutel`},
		{"missing comma", "a = [1 2]\n", 1, 8, `in een lijst staat tussen twee waarden een komma`},
		{"double comma", "a = [1,,2]\n", 1, 8, `hier staat een komma waar een waarde hoort`},
		{"two keys on a line", "a = 1 b = 2\n", 1, 7, `maar er staat «b». Zet elke sleutel op een eigen regel`},
		{"hexadecimal without digits", "a = 0x\n", 1, 5, `TOML-fout: 0x is geen geldig getal`},
		{"octal with a wrong digit", "a = 0o9\n", 1, 5, `TOML-fout: 0o9 is geen geldig getal`},
		{"inline table left open", "a = {\n", 1, 5, `de tabel die hier met { begint, wordt niet afgesloten`},
		{"two keys on a line, no spaces", "a = 1 b=2\n", 1, 7, `Zet elke sleutel op een eigen regel`},
		{"quote inside a text", "naam = \"Het \"sociaal team\" helpt\"\n", 1, 14,
			`houdt op bij een aanhalingsteken dat in de tekst hoort, en daarna gaat de regel verder. Zet de tekst ` +
				`tussen de andere soort aanhalingstekens, zo: naam = 'Het "sociaal team" helpt'`},
		{"apostrophe inside a text", "naam = 'Cliënt's gegevens'\n", 1, 16, `zo: naam = "Cliënt's gegevens"`},
		{"both quotes inside a text", "naam = 'Het \"team\" van Cliënt's'\n", 1, 31, `zo: naam = "Het \"team\" van Cliënt's"`},
		{"text that starts with a number", "termijn = 15 jaar\n", 1, 14,
			`«15 jaar» is tekst, geen getal: zet het tussen aanhalingstekens, zo: termijn = "15 jaar"`},
		{"number with a space", "aantal_betrokkenen = 4 000\n", 1, 24, `in een getal staat geen spatie; schrijf het aan elkaar, zo: aantal_betrokkenen = 4000`},
		{"date in words", "datum = 1 november 2026\n", 1, 11, `schrijf een datum als jaar-maand-dag met streepjes en zonder aanhalingstekens, zo: datum = 2026-11-01`},
		{"two strings on a line", "naam = \"a\"\t \"b\"\n", 1, 13, `maar er staat «"»`},
		{"bad date", "datum = 2026-13-01\n", 1, 9, `«2026-13-01» is geen geldige datum: een maand 13 bestaat niet`},
		{"day out of range", "datum = 2026-02-29\n", 1, 9, `«2026-02-29» is geen geldige datum: die maand heeft 28 dagen`},
		{"day in a leap year", "datum = 2028-02-30\n", 1, 9, `die maand heeft 29 dagen`},
		{"day first", "datum = 1-11-2026\n", 1, 9, `het jaar staat voorop, dan de maand en de dag. Bedoelt u 2026-11-01?`},
		{"day first, no date", "datum = 31-02-2026\n", 1, 9, `«31-02-2026» is geen geldige datum: het jaar staat voorop, dan de maand en de dag, zoals 2026-11-01`},
		{"day zero", "datum = 2026-11-00\n", 1, 9, `de dagen van een maand tellen vanaf 01`},
		{"one digit", "datum = 2026-11-1\n", 1, 9, `maand en dag hebben elk twee cijfers. Bedoelt u 2026-11-01?`},
		{"yes", "publieke_taak = ja\n", 1, 17, `Voor ja of nee schrijft u true of false, in kleine letters`},
		{"True", "publieke_taak = True\n", 1, 17, `er staat «True». Voor ja of nee schrijft u true of false`},
		{"huge number", "a = 99999999999999999999\n", 1, 5, `het getal 99999999999999999999 valt buiten het bereik`},
		{"unclosed table name", "[a\nb = 1\n", 1, 3, `de naam van een tabel eindigt met ], maar hier staat het einde van de regel`},
		{"empty table name", "[]\n", 1, 2, `de naam tussen [ en ] is leeg`},
		{"control character", "a = \"x\x01\"\n", 1, 7, `onzichtbaar stuurteken (0x01)`},
		{"Latin-1 file", "a = \"caf\xe9\"\n", 1, 9, `niet als UTF-8 opgeslagen (byte 0xe9)`},
		{"UTF-16 file", "\xff\xfea\x00 \x00=\x00", 1, 1, `waarschijnlijk als UTF-16 opgeslagen`},
		{"leading zero", "a = 01\n", 1, 5, `«01» is geen geldig getal: een getal begint niet met een 0`},
		{"comma in a number", "a = 1,5\n", 1, 6, `in een kommagetal staat een punt, geen komma; schrijf zo: a = 1.5`},
		{"file ends after key", "a = [1,", 1, 7, `het bestand houdt op waar nog een waarde hoort`},
		{"array at the end of the file", "a = [1", 1, 6, `een ], maar hier staat het einde van het bestand`},
		{"inline table at the end of the file", "a = {x = 1", 1, 10, `aan het eind een }, maar hier staat het einde van het bestand`},
		{"inline table comma", "a = {x = 1 y = 2}\n", 1, 12, `in een tabel tussen { en }`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"pia.toml":                    {Data: []byte("titel = \"T\"\n")},
				"content/verwerkingen/a.toml": {Data: []byte(c.src)},
			}
			_, err := Load(".", Options{SiteFS: fsys})
			if err == nil {
				t.Fatal("no error")
			}
			got := err.Error()
			pos := fmt.Sprintf("content/verwerkingen/a.toml:%d:%d: TOML-fout: ", c.line, c.col)
			if !strings.Contains(got, pos+"") || !strings.Contains(got, c.want) {
				t.Errorf("want %q … %q, got:\n%s", pos, c.want, got)
			}
			for _, english := range []string{"expected", "unexpected", "cannot", "invalid", "Key '"} {
				if strings.Contains(got, english) {
					t.Errorf("English parser message %q shown:\n%s", english, got)
				}
			}
		})
	}
}

// TestBadEscapeAtBackslash checks that a bad escape is reported at its backslash, also lines into a multi-line
// text, and that the way out offered fits the quotes the text is in.
func TestBadEscapeAtBackslash(t *testing.T) {
	cases := []struct {
		name, src string
		line, col int
		want, not string
		excerpt   string
	}{
		{"path after other text", "naam = \"x\"\nopsteller = \"Team Privacy, dossier C:\\Users\\jan\"\n", 2, 38,
			`na \U horen acht hexadecimale cijfers. Bedoelt u een gewone backslash (zoals in C:\Users), schrijf dan \\ of zet de tekst tussen enkele aanhalingstekens ('…')`,
			`'''`, "opsteller = \"Team Privacy, dossier C:\\Users\\jan\"\n" + strings.Repeat(" ", 37) + "^"},
		{"multi-line text", "opsteller = \"\"\"\nRegel een\nPad: C:\\Data\\x\n\"\"\"\n", 3, 8,
			`\D is geen geldige code in een tekst tussen """…""", waar een backslash een code als \n begint. Bedoelt u een gewone backslash (zoals in C:\Users), schrijf dan \\ of zet de tekst tussen drie enkele aanhalingstekens ('''…''')`,
			`('…')`, "Pad: C:\\Data\\x\n       ^"},
		{"multi-line text after good escapes and a line-ending backslash",
			"tekst = \"\"\"a \\\"b\\\" \\\\ \\u00e9 \\   \n  c \\t\n\\x4 \"\"\"\n", 3, 1, `na \x horen twee hexadecimale cijfers. Bedoelt u`, `('…')`, ""},
		{"multi-line text opened on the key's line", "tekst = \"\"\"a\\qb\"\"\"\n", 1, 13, `\q is geen geldige code in een tekst tussen """…"""`, "", ""},
		{"blank after a backslash", "a = \"x\\ y\"\n", 1, 7, `is geen geldige code in een tekst tussen "…"`, "", ""},
		{"blank after a backslash, not at the end of the line", "a = \"\"\"\nx\\ y\"\"\"\n", 2, 2, `is geen geldige code in een tekst tussen """…"""`, "", ""},
		{"code that is no character", "a = \"ab \\uD800\"\n", 1, 9, `is geen geldig teken`, "", ""},
		{"unknown escape after a code that is no character", "a = \"\\uD800 \\q\"\n", 1, 13, `\q is geen geldige code`, "", ""},
		{"quoted key", "\"C:\\Users\" = 1\n", 1, 4, `na \U horen acht hexadecimale cijfers`, "", ""},
		{"value after a quoted key with escapes", "\"a\\\"b\" = \"c:\\d\"\n", 1, 13, `\d is geen geldige code`, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := questionnaireError(t, c.src)
			if e.Pos.Line != c.line || e.Pos.Col != c.col {
				t.Errorf("at %d:%d, want %d:%d: %v", e.Pos.Line, e.Pos.Col, c.line, c.col, e)
			}
			if !strings.Contains(e.Msg, c.want) || c.not != "" && strings.Contains(e.Msg, c.not) {
				t.Errorf("message %s\nwant %s", e.Msg, c.want)
			}
			if c.excerpt != "" && e.Excerpt != c.excerpt {
				t.Errorf("excerpt\n%s\nwant\n%s", e.Excerpt, c.excerpt)
			}
		})
	}
}

// TestControlCharacterAtItsColumn checks that a control character or a byte that is not UTF-8 is reported at its own
// column, and that the excerpt shows it as a visible symbol rather than printing it as it is.
func TestControlCharacterAtItsColumn(t *testing.T) {
	cases := []struct {
		name, src string
		line, col int
		want      string
		excerpt   string
	}{
		{"NUL", "naam = \"x\"\nnaam = \"a\x00b\"\n", 2, 10, "stuurteken (0x00)", "naam = \"a␀b\"\n         ^"},
		{"0x01", "naam = \"a\x01b\"\n", 1, 10, "stuurteken (0x01)", "naam = \"a␁b\"\n         ^"},
		{"vertical tab", "naam = \"a\x0bb\"\n", 1, 10, "stuurteken (0x0b)", "naam = \"a␋b\"\n         ^"},
		{"DEL after an accent", "naam = \"é\x7f\"\n", 1, 10, "stuurteken (0x7f)", "naam = \"é␡\"\n         ^"},
		{"escape character in a comment", "# kop\x1b[0m\nnaam = \"x\"\n", 1, 6, "stuurteken (0x1b)", "# kop␛[0m\n     ^"},
		{"carriage return alone", "naam = \"x\"\r\ndomein = \"a\rb\"\r\n", 2, 12, "stuurteken (0x0d)", "domein = \"a␍b\"\n           ^"},
		{"at the start of the file", "\x01naam = \"x\"\n", 1, 1, "stuurteken (0x01)", "␁naam = \"x\"\n^"},
		{"tab kept", "\tnaam = \"a\x02\"\n", 1, 11, "stuurteken (0x02)", "\tnaam = \"a␂\"\n\t         ^"},
		{"byte that is not UTF-8", "naam = \"caf\xe9\"\n", 1, 12, "niet als UTF-8 opgeslagen (byte 0xe9)", "naam = \"caf�\"\n           ^"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := questionnaireError(t, c.src)
			if e.Pos.Line != c.line || e.Pos.Col != c.col || !strings.Contains(e.Msg, c.want) {
				t.Errorf("got %v\nwant %d:%d: … %s", e, c.line, c.col, c.want)
			}
			if e.Excerpt != c.excerpt {
				t.Errorf("excerpt\n%s\nwant\n%s", e.Excerpt, c.excerpt)
			}
		})
	}
}

// TestPastedCharacters: text pasted from a word processor or web page brings curly quotes and spaces that look
// ordinary; the message names what is there and what to type instead.
func TestPastedCharacters(t *testing.T) {
	const curly = "Krullende aanhalingstekens (“ ” „ ‘ ’) zijn in TOML geen aanhalingstekens; een tekstverwerker " +
		"zet ze vaak in de plaats van rechte. Typ rechte aanhalingstekens: \"…\""
	const nbsp = "hier staat een harde spatie (U+00A0): die ziet eruit als een gewone spatie, maar TOML leest hem " +
		"niet zo. Zo'n spatie komt vaak mee bij kopiëren uit een tekstverwerker of webpagina; vervang hem door een " +
		"gewone spatie"
	cases := []struct {
		name, src string
		line, col int
		want, not string
	}{
		{"curly quotes", "naam = “Test”\n", 1, 8, "hier hoort een waarde, maar er staat «“». " + curly, ""},
		{"low and high quotes", "naam = „Test”\n", 1, 8, "er staat «„». " + curly, ""},
		{"single curly quotes", "naam = ‘Test’\n", 1, 8, "er staat «‘». " + curly, ""},
		{"curly quotes in a list", "hoe = [“brief”]\n", 1, 8, "er staat «“». " + curly, ""},
		{"curly quotes round a key", "“naam” = \"x\"\n", 1, 1, "na de sleutel hoort een =, maar er staat «“». Schrijf sleutel = waarde op één regel. " + curly, ""},
		{"text closed with a curly quote", "naam = \"Test”\n", 1, 14, "het aanhalingsteken aan het eind ontbreekt op deze regel. Een tekst over meerdere regels zet u tussen \"\"\" en \"\"\". " + curly, ""},
		{"text not closed", "naam = \"Test\n", 1, 13, "het aanhalingsteken aan het eind ontbreekt", "Krullende"},
		{"curly quote after a backslash", "naam = \"a\\“\"\n", 1, 10, "is geen geldige code", "Krullende"},
		{"non-breaking space before =", "naam\u00a0= \"x\"\n", 1, 5, nbsp, ""},
		{"non-breaking space after =", "naam =\u00a0\"x\"\n", 1, 7, nbsp, ""},
		{"non-breaking space after the value", "naam = \"x\"\u00a0\n", 1, 11, nbsp, ""},
		{"non-breaking space in a table name", "[informeren\u00a0]\n", 1, 12, nbsp, ""},
		{"narrow non-breaking space", "naam\u202f= \"x\"\n", 1, 5, "hier staat een bijzondere spatie (U+202F): die ziet eruit als een gewone spatie", ""},
		{"zero-width space", "naam\u200b = \"x\"\n", 1, 5, "het bestand bevat hier een onzichtbaar teken (U+200B); haal het weg", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := questionnaireError(t, c.src)
			if e.Pos.Line != c.line || e.Pos.Col != c.col || !strings.Contains(e.Msg, c.want) ||
				c.not != "" && strings.Contains(e.Msg, c.not) {
				t.Errorf("got %v\nwant %d:%d: … %s", e, c.line, c.col, c.want)
			}
		})
	}
	// In a text a non-breaking space is just a character.
	site, errs := loadArchive(t, basePack+"-- content/verwerkingen/a.toml --\nnaam = \"14\u00a0juni\"\n")
	if errs != nil || site.Verwerking("a").Naam != "14\u00a0juni" {
		t.Errorf("errors = %v", errs)
	}
}

// TestTooDeep checks that a file nested deeper than maxDepth is refused at once, before the TOML parser (which takes
// time quadratic in the depth) reads it, with a short excerpt of its one long line.
func TestTooDeep(t *testing.T) {
	const depth = 20000
	cases := []struct {
		name, src string
		col       int
	}{
		{"inline tables", "naam = \"x\"\nx = " + strings.Repeat("{ a = ", depth) + "1" + strings.Repeat(" }", depth) + "\n", 5 + 6*maxDepth},
		{"arrays of inline tables", "x = " + strings.Repeat("[{ a = ", depth) + "1" + strings.Repeat(" }]", depth) + "\n", 0},
		{"dotted key", "naam = \"x\"\n" + strings.Repeat("a.", depth) + "b = 1\n", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"pia.toml":                    {Data: []byte("titel = \"T\"\n")},
				"content/verwerkingen/a.toml": {Data: []byte(c.src)},
			}
			start := time.Now()
			_, err := Load(".", Options{SiteFS: fsys})
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if err == nil {
				t.Fatal("no error")
			}
			got := err.Error()
			if !strings.Contains(got, "dieper genest dan pia leest: ten hoogste 64 lagen") {
				t.Errorf("got:\n%.500s", got)
			}
			if c.col > 0 && !strings.Contains(got, fmt.Sprintf(":%d: ", c.col)) {
				t.Errorf("want column %d:\n%.300s", c.col, got)
			}
			if len(got) > 600 {
				t.Errorf("the message is %d bytes long; a long line must be cut around the column:\n%.700s", len(got), got)
			}
		})
	}
}

// questionnaireError loads a site whose one questionnaire is src and returns its one load error.
func questionnaireError(t *testing.T, src string) *Error {
	t.Helper()
	_, errs := loadArchive(t, basePack+"-- content/verwerkingen/a.toml --\n"+src)
	if len(errs) != 1 {
		t.Fatalf("errors = %v", errs)
	}
	return errs[0]
}
