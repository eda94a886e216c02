package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/rules"
)

var update = flag.Bool("update", false, "rewrite golden files")

// piaBin is the command built once for all end-to-end tests.
var piaBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "pia-e2e-")
	if err != nil {
		panic(err)
	}
	piaBin = filepath.Join(dir, "pia")
	if runtime.GOOS == "windows" {
		piaBin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", piaBin, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		panic("building pia: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the command gave.
type result struct {
	stdout, stderr string
	code           int
}

// runPia runs the built command in dir.
func runPia(t testing.TB, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(piaBin, args...)
	cmd.Dir = dir
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running pia %v: %v", args, err)
	}
	return result{so.String(), se.String(), code}
}

// repoRoot is the example site: the repository root.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// writeSite writes files (slash paths) into a new temporary site folder.
func writeSite(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const minimalConfig = `titel = "Test"
sjablonen = ["vng-sociaal-domein"]
[organisatie]
naam = "Gemeente Test"
[organisatie.fg]
naam = "F. G."
email = "fg@test.nl"
`

type checkOutput struct {
	Verwerkingen []struct {
		ID            string   `json:"id"`
		DPIAVerplicht bool     `json:"dpia_verplicht"`
		Criteria      []string `json:"criteria"`
		APLijst       []string `json:"ap_lijst"`
		HoogsteRisico string   `json:"hoogste_risico"`
	} `json:"verwerkingen"`
	Bevindingen []struct {
		Code, Ernst, Verwerking, Veld, Bestand, Bericht, Bron, Bevinding, Oplossing string
		Regel                                                                       int
		SiteBestand                                                                 string `json:"site_bestand"`
	} `json:"bevindingen"`
	Fouten []struct {
		Bestand      string
		Regel, Kolom int
		Bericht      string
	} `json:"fouten"`
}

func decodeCheck(t testing.TB, r result) checkOutput {
	t.Helper()
	var out checkOutput
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("check --formaat json did not print JSON: %v\n%s", err, r.stdout)
	}
	return out
}

func TestCheckExampleSite(t *testing.T) {
	r := runPia(t, repoRoot(t), "check", "--formaat", "json")
	out := decodeCheck(t, r)
	if len(out.Fouten) != 0 {
		t.Fatalf("the example site must load without errors: %+v", out.Fouten)
	}
	if len(out.Verwerkingen) != 6 {
		t.Errorf("verwerkingen: %d, want 6", len(out.Verwerkingen))
	}
	// The three deliberate weaknesses, each at the place the user must change.
	want := map[string]struct{ ernst, verwerking, bestand string }{
		"toestemming-bij-publieke-taak": {"fout", "wijkteam-integrale-intake", "content/verwerkingen/wijkteam-integrale-intake.toml"},
		"registratie-ruimer-dan-nodig":  {"waarschuwing", "zelfredzaamheidsmatrix", "content/verwerkingen/zelfredzaamheidsmatrix.toml"},
		"fg-advies-ontbreekt":           {"advies", "schuldhulpverlening", "content/verwerkingen/schuldhulpverlening.toml"},
	}
	for code, w := range want {
		found := false
		for _, b := range out.Bevindingen {
			if b.Code == code && b.Ernst == w.ernst && b.Verwerking == w.verwerking && b.Bestand == w.bestand && b.Regel > 0 {
				found = true
			}
		}
		if !found {
			t.Errorf("missing finding %s (%s) in %s at %s", code, w.ernst, w.verwerking, w.bestand)
		}
	}
	// The message is whole in bericht: bevinding, what is wrong, and oplossing, what to change in the files.
	for _, b := range out.Bevindingen {
		if b.Bevinding == "" || b.Oplossing == "" || b.Bericht != b.Bevinding+" "+b.Oplossing {
			t.Errorf("%s %s: bericht %q is not bevinding %q and oplossing %q", b.Code, b.Veld, b.Bericht, b.Bevinding, b.Oplossing)
		}
	}
	// A text that says it still has to be verified is reported where it is written, with how to replace it when
	// it comes from the pack: by id in a list with ids, the whole list otherwise, the key under its table.
	marks := []struct{ verwerking, veld, bestand, says string }{
		{"wmo-maatwerkvoorziening", "ontvangers[4].grondslag", "pia-templates/vng-sociaal-domein/verwerkingen/wmo-maatwerkvoorziening.toml",
			`zet in uw eigen bestand een item in ontvangers met id = "veilig-thuis" en daarin grondslag met de gecontroleerde tekst`},
		{"zelfredzaamheidsmatrix", "grondslagen[0].toelichting", "pia-templates/vng-sociaal-domein/verwerkingen/zelfredzaamheidsmatrix.toml",
			"uit de lijst grondslagen. Zo'n lijst zonder id's vervangt u in zijn geheel"},
		{"jeugdwet-toegang", "rechten.procedure", "pia-templates/vng-sociaal-domein/verwerkingen/jeugdwet-toegang.toml",
			"Een tabel in uw eigen bestand vervangt die van het sjabloon in zijn geheel: neem alle sleutels van [rechten]"},
		{"wijkteam-integrale-intake", "grondslagen[0].toelichting", "content/verwerkingen/wijkteam-integrale-intake.toml",
			// The mark is broken over two lines in the file.
			"De artikelnummers van Wmo 2.2.1 en 2.2.4 zijn nog te verifiëren.” Het document staat al op definitief: " +
				"laat een jurist dit alsnog controleren"},
	}
	for _, m := range marks {
		found := false
		for _, b := range out.Bevindingen {
			if b.Code == "onzekere-bron" && b.Verwerking == m.verwerking && b.Veld == m.veld {
				found = true
				if b.Bestand != m.bestand || b.Ernst != "waarschuwing" || !strings.Contains(b.Bericht, m.says) ||
					strings.HasPrefix(m.bestand, "content/") && strings.Contains(b.Bericht, "sjabloon") {
					t.Errorf("%s %s: %s in %s: %s", m.verwerking, m.veld, b.Ernst, b.Bestand, b.Bericht)
				}
			}
		}
		if !found {
			t.Errorf("no onzekere-bron for the mark in %s %s", m.verwerking, m.veld)
		}
	}
	fouten := 0
	for _, b := range out.Bevindingen {
		if b.Ernst == "fout" {
			fouten++
		}
	}
	if fouten != 1 {
		t.Errorf("the example site has exactly one deliberate fout, got %d", fouten)
	}
	if r.code != exitFindings {
		t.Errorf("exit code %d, want %d (a fout)", r.code, exitFindings)
	}
	text := runPia(t, repoRoot(t), "check")
	if !strings.Contains(text.stdout, "6 verwerkingen: 1 fout, 37 waarschuwingen, 10 adviezen.") {
		t.Errorf("text summary missing:\n%s", text.stdout)
	}
	// Each finding says what is wrong, and on a line of its own what to change, as the JSON has them.
	for _, b := range out.Bevindingen {
		if want := "\n      " + b.Bevinding + "\n      Wat te doen: " + b.Oplossing + "\n"; !strings.Contains(text.stdout, want) {
			t.Errorf("%s %s: the text does not have\n%s", b.Code, b.Veld, want)
		}
	}
}

// TestBuildWithAFout: pia build writes the documents of a site with a fout, which they show, says so, and exits 0;
// pia check is what stops a pipeline (README, exit codes).
func TestBuildWithAFout(t *testing.T) {
	out := filepath.Join(t.TempDir(), "output")
	r := runPia(t, repoRoot(t), "build", "--uitvoer", out, "--formaat", "html")
	if r.code != exitOK {
		t.Fatalf("exit code %d, want 0\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "bevindingen: 1 fout, 37 waarschuwingen, 10 adviezen") ||
		!strings.Contains(r.stdout, "Bekijk de bevindingen met: pia check") {
		t.Errorf("the build does not say it found a fout:\n%s", r.stdout)
	}
	if !regexp.MustCompile(`adviezen \([0-9]+,[0-9] s\) → `).MatchString(r.stdout) {
		t.Errorf("the time is not written as in Dutch (0,1 s):\n%s", r.stdout)
	}
	// Started elsewhere with --bron, the hint names the site, so that it works typed as it is.
	root := repoRoot(t)
	r = runPia(t, filepath.Dir(root), "build", "--bron", filepath.Base(root), "--uitvoer", out, "--formaat", "html")
	if want := "Bekijk de bevindingen met: pia check --bron " + shellArg(filepath.Base(root)) + "\n"; !strings.Contains(r.stdout, want) {
		t.Errorf("the hint does not name the site's folder (%q):\n%s", want, r.stdout)
	}
	pia, err := os.ReadFile(filepath.Join(out, "verwerkingen", "wijkteam-integrale-intake", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(pia), "toestemming-bij-publieke-taak") {
		t.Error("the report of the verwerking with the fout does not show it")
	}
}

func TestCheckSyntaxError(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                      minimalConfig,
		"content/verwerkingen/wmo.toml": "naam = \"Wmo\"\ndomein = \"wmo\nstatus = \"concept\"\n",
	})
	r := runPia(t, dir, "check")
	if r.code != exitInput {
		t.Errorf("exit code %d, want 2", r.code)
	}
	if !strings.Contains(r.stderr, "content/verwerkingen/wmo.toml:2:") || !strings.Contains(r.stderr, "TOML-fout") {
		t.Errorf("want file:line:col and TOML-fout, got:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "^") {
		t.Errorf("want a caret under the column:\n%s", r.stderr)
	}
}

func TestCheckUnknownKeySuggestion(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml": minimalConfig,
		"content/verwerkingen/wmo.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n" +
			"[[gegevens]]\nid = \"gezondheid\"\nregisteren = \"altijd\"\n",
		"content/verwerkingen/jeugd.toml": "naam = \"x\"\nstatus = \"klaar\"\n",
	})
	r := runPia(t, dir, "check")
	if r.code != exitInput {
		t.Errorf("exit code %d, want 2", r.code)
	}
	for _, want := range []string{
		`content/verwerkingen/wmo.toml:4:1: onbekende sleutel "registeren" in [[gegevens]]; bedoelde u "registreren"?`,
		`content/verwerkingen/jeugd.toml:2:1: ongeldige waarde "klaar" voor status; toegestaan: concept, definitief, vastgesteld`,
		"2 laadfouten:",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("missing %q in:\n%s", want, r.stderr)
		}
	}
	j := decodeCheck(t, runPia(t, dir, "check", "--formaat", "json"))
	if len(j.Fouten) != 2 || j.Fouten[1].Bestand != "content/verwerkingen/wmo.toml" || j.Fouten[1].Regel != 4 || j.Fouten[1].Kolom != 1 {
		t.Errorf("JSON fouten: %+v", j.Fouten)
	}
}

// TestPlainWordsFromTheTemplate: a site that rewrites the omschrijving of a gegeven from the pack, but not its
// words for the citizen, is told where; one that rewrites both is not.
func TestPlainWordsFromTheTemplate(t *testing.T) {
	const head = "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\nstatus = \"concept\"\n\n[[gegevens]]\nid = \"naw\"\n"
	dir := writeSite(t, map[string]string{
		"pia.toml":                        minimalConfig,
		"content/verwerkingen/eigen.toml": head + "omschrijving = \"Naam, adres, geboortedatum, geslacht en nationaliteit\"\n",
		"content/verwerkingen/beide.toml": head + "omschrijving = \"Naam, adres, geboortedatum, geslacht en nationaliteit\"\n" +
			"voor_inwoner = \"Uw naam, adres, geboortedatum, geslacht en nationaliteit\"\n",
	})
	var got []string
	for _, b := range decodeCheck(t, runPia(t, dir, "check", "--formaat", "json")).Bevindingen {
		if b.Code == "voor-inwoner-uit-sjabloon" {
			got = append(got, fmt.Sprintf("%s %s %s:%d %s", b.Ernst, b.Verwerking, b.Bestand, b.Regel, b.Veld))
		}
	}
	want := []string{"advies eigen content/verwerkingen/eigen.toml:6 gegevens[0].omschrijving"}
	if !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// TestUnknownDPIAIdsDoNotCount: criteria and AP-list ids the catalogue does not know are onbekende-verwijzing,
// and neither make a DPIA required nor appear among the criteria of the JSON.
func TestUnknownDPIAIdsDoNotCount(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml": minimalConfig,
		"content/verwerkingen/x.toml": "naam = \"x\"\ndomein = \"overig\"\n\n[dpia]\n" +
			"criteria = [\"bestaat-niet\", \"nog-een\"]\nap_lijst = [\"bestaat-niet\"]\n",
	})
	out := decodeCheck(t, runPia(t, dir, "check", "--formaat", "json"))
	if len(out.Verwerkingen) != 1 {
		t.Fatalf("verwerkingen %+v, fouten %+v", out.Verwerkingen, out.Fouten)
	}
	if v := out.Verwerkingen[0]; v.DPIAVerplicht || len(v.Criteria) != 0 || len(v.APLijst) != 0 {
		t.Errorf("dpia_verplicht %v, criteria %q, ap_lijst %q; want false and none", v.DPIAVerplicht, v.Criteria,
			v.APLijst)
	}
	var onbekend []string
	for _, b := range out.Bevindingen {
		switch b.Code {
		case "onbekende-verwijzing":
			onbekend = append(onbekend, b.Veld)
		case "dpia-verplicht-zonder-risicoanalyse", "raadpleging-ontbreekt":
			t.Errorf("%s: %s", b.Code, b.Bericht)
		}
	}
	if want := []string{"dpia.criteria[0]", "dpia.criteria[1]", "dpia.ap_lijst[0]"}; !slices.Equal(onbekend, want) {
		t.Errorf("onbekende-verwijzing at %q, want %q", onbekend, want)
	}
}

func TestCheckStrictAndUsage(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\nstatus = \"concept\"\n",
	})
	if r := runPia(t, dir, "check", "--bogus"); r.code != exitInput || !strings.Contains(r.stderr, "onbekende optie") {
		t.Errorf("unknown option: %d %s", r.code, r.stderr)
	}
	if r := runPia(t, dir, "check", "--formaat", "xml"); r.code != exitInput {
		t.Errorf("bad format: exit %d", r.code)
	}
	if r := runPia(t, dir, "nonsense"); r.code != exitInput || !strings.Contains(r.stderr, "onbekend commando \"nonsense\"\n") {
		t.Errorf("unknown command: %d %s", r.code, r.stderr)
	}
	// A Dutch word or a typo for a command gets the command it likely means.
	for word, want := range map[string]string{"bouw": "build", "controleer": "check", "chek": "check", "Serve": "serve"} {
		if r := runPia(t, dir, word); r.code != exitInput || !strings.Contains(r.stderr, "bedoelde u pia "+want+"?") {
			t.Errorf("%s: %d %s", word, r.code, r.stderr)
		}
	}
	// Formats are words, whatever their case.
	if r := runPia(t, dir, "check", "--formaat", "JSON"); r.code == exitInput || !strings.HasPrefix(r.stdout, "{") {
		t.Errorf("--formaat JSON: %d %s", r.code, r.stderr)
	}
	uit := filepath.Join(t.TempDir(), "uit")
	if r := runPia(t, dir, "build", "--formaat", "HTML", "--uitvoer", uit); r.code == exitInput {
		t.Errorf("--formaat HTML: %d %s", r.code, r.stderr)
	} else if _, err := os.Stat(filepath.Join(uit, "index.html")); err != nil {
		t.Errorf("--formaat HTML built no site: %v", err)
	}
	// English aliases work too.
	if r := runPia(t, "/", "check", "--source", dir, "--format", "json"); r.code == exitInput {
		t.Errorf("aliases: %d %s", r.code, r.stderr)
	}
}

func TestNewGolden(t *testing.T) {
	dir := writeSite(t, map[string]string{"pia.toml": minimalConfig})
	r := runPia(t, dir, "new", "verwerking", "wmo-test", "--sjabloon", "vng-sociaal-domein/wmo-maatwerkvoorziening")
	if r.code != 0 {
		t.Fatalf("pia new: %d\n%s", r.code, r.stderr)
	}
	path := filepath.Join(dir, "content", "verwerkingen", "wmo-test.toml")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "new-wmo.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("pia new output differs from %s; run go test ./cmd/pia -update and review the diff", golden)
	}
	// Every question of the pack stands as a comment in the file.
	for _, id := range []string{"A.1.1", "B.11.1", "B.14.1", "D.17.2"} {
		if !strings.Contains(string(got), "# "+id+" ") {
			t.Errorf("question %s missing", id)
		}
	}
	// The new questionnaire loads: only findings, no load errors.
	if c := runPia(t, dir, "check"); c.code == exitInput {
		t.Errorf("new questionnaire does not load:\n%s", c.stderr)
	}
	// It never overwrites.
	if err := os.WriteFile(path, []byte("# eigen werk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runPia(t, dir, "new", "verwerking", "wmo-test", "--sjabloon", "vng-sociaal-domein/wmo-maatwerkvoorziening")
	if r.code != exitInput || !strings.Contains(r.stderr, "bestaat al") {
		t.Errorf("overwrite must be refused: %d %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(path); string(b) != "# eigen werk\n" {
		t.Errorf("existing file was changed")
	}
	if r := runPia(t, dir, "new", "verwerking", "x", "--sjabloon", "vng-sociaal-domein/bestaat-niet"); r.code != exitInput ||
		!strings.Contains(r.stderr, "bestaat niet in pakket vng-sociaal-domein") {
		t.Errorf("unknown template: %d %s", r.code, r.stderr)
	}
}

// pia init . names the folder it made the site in, not "in ..", and gives the commands without --bron.
func TestInitHere(t *testing.T) {
	dir := t.TempDir()
	r := runPia(t, dir, "init", ".")
	if r.code != exitOK {
		t.Fatalf("exit code %d\n%s", r.code, r.stderr)
	}
	first, _, _ := strings.Cut(r.stdout, "\n")
	want := "Nieuwe site gemaakt in deze map (" + filepath.Base(dir) + ")."
	if !strings.HasPrefix(first, "Nieuwe site gemaakt in deze map (") || !strings.HasSuffix(first, filepath.Base(dir)+").") ||
		!strings.Contains(r.stdout, "dan: pia check en pia build") {
		t.Errorf("want %q (with the whole path) and the commands without --bron, got:\n%s", want, r.stdout)
	}
}

func TestInitSjablonenVersion(t *testing.T) {
	parent := t.TempDir()
	r := runPia(t, parent, "init", "nieuw", "--naam", "Gemeente Nieuwdorp")
	if r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
	site := filepath.Join(parent, "nieuw")
	if c := runPia(t, site, "check"); c.code == exitInput {
		t.Fatalf("a new site must load:\n%s", c.stderr)
	} else if !strings.Contains(c.stdout, "contact-fg-ontbreekt") {
		t.Errorf("a new site asks for the FG contact:\n%s", c.stdout)
	}
	if r := runPia(t, parent, "init", "nieuw"); r.code != exitInput {
		t.Errorf("init over an existing site must be refused: %d", r.code)
	}
	s := runPia(t, repoRoot(t), "sjablonen")
	if s.code != 0 || !strings.Contains(s.stdout, "vng-sociaal-domein 1.6.2") || !strings.Contains(s.stdout, "vng-sociaal-domein/zelfredzaamheidsmatrix") {
		t.Errorf("sjablonen:\n%s%s", s.stdout, s.stderr)
	}
	if v := runPia(t, parent, "version"); v.code != 0 || !strings.HasPrefix(v.stdout, "pia ") {
		t.Errorf("version: %q", v.stdout)
	}
}

// A pack whose template extends a template of another pack the site also chooses is sound: pia sjablonen lists
// it with the pack it uses, as pia check loads the site, and reports no error.
func TestSjablonenTemplateOfOtherPack(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml": strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`,
			`sjablonen = ["vng-sociaal-domein", "eigen"]`, 1),
		"pia-templates/eigen/pack.toml":           "naam = \"eigen\"\nversie = \"1.0.0\"\n",
		"pia-templates/eigen/verwerkingen/a.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
		"content/verwerkingen/wmo.toml":           "sjabloon = \"eigen/a\"\n",
	})
	if r := runPia(t, dir, "check"); r.code == exitInput {
		t.Fatalf("pia check: the site must load:\n%s", r.stderr)
	}
	r := runPia(t, dir, "sjablonen")
	if r.code != exitOK || r.stderr != "" || !strings.Contains(r.stdout, "gebruikt sjablonen van: vng-sociaal-domein") {
		t.Errorf("pia sjablonen: exit code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// Files that macOS writes on network shares and USB sticks (._wmo.toml) and the link Emacs makes while a file is
// edited (.#wmo.toml) do not stop the site: pia check, pia sjablonen and pia build pass them by. static/ keeps its
// hidden files for the web server (.htaccess, .well-known/) and leaves out only such helper files.
func TestHiddenHelperFiles(t *testing.T) {
	const appleDouble = "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X"
	dir := writeSite(t, map[string]string{
		"pia.toml":                                  strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`, `sjablonen = ["vng-sociaal-domein", "eigen"]`, 1),
		"content/verwerkingen/wmo.toml":             "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
		"content/verwerkingen/._wmo.toml":           appleDouble,
		"content/contact.md":                        "+++\ntitel = \"Contact\"\n+++\nBel ons.\n",
		"content/._contact.md":                      appleDouble,
		"pia-templates/eigen/pack.toml":             "naam = \"eigen\"\nversie = \"1.0.0\"\n",
		"pia-templates/eigen/verwerkingen/a.toml":   "naam = \"A\"\n",
		"pia-templates/eigen/verwerkingen/._a.toml": appleDouble,
		"static/logo.svg":                           "<svg/>",
		"static/._logo.svg":                         appleDouble,
		"static/.DS_Store":                          appleDouble,
		"static/.htaccess":                          "Options -Indexes\n",
		"static/.well-known/security.txt":           "Contact: mailto:security@test.nl\n",
	})
	if runtime.GOOS != "windows" {
		for _, f := range []string{"content/verwerkingen/.#wmo.toml", "static/.#logo.svg"} {
			if err := os.Symlink("gebruiker@computer.1234:1700000000", filepath.Join(dir, filepath.FromSlash(f))); err != nil {
				t.Fatal(err)
			}
		}
	}
	if r := runPia(t, dir, "check"); r.code == exitInput {
		t.Errorf("pia check: exit code %d\n%s", r.code, r.stderr)
	}
	if r := runPia(t, dir, "sjablonen"); r.code != exitOK {
		t.Errorf("pia sjablonen: exit code %d\n%s", r.code, r.stderr)
	}
	if r := runPia(t, dir, "build", "--formaat", "html"); r.code != exitOK {
		t.Fatalf("pia build: exit code %d\n%s", r.code, r.stderr)
	}
	for f, want := range map[string]bool{
		"contact/index.html": true, "static/logo.svg": true, "static/.htaccess": true,
		"static/.well-known/security.txt": true, "static/._logo.svg": false, "static/.DS_Store": false,
		"static/.#logo.svg": false, "._contact/index.html": false,
	} {
		_, err := os.Lstat(filepath.Join(dir, "output", filepath.FromSlash(f)))
		if got := err == nil; got != want {
			t.Errorf("output/%s: there is %v, want %v", f, got, want)
		}
	}
}

// An output folder in pia.toml that is the site itself or a folder pia reads is reported by pia check at its place
// in pia.toml, not only when pia build gets to it; --uitvoer on the command line keeps its own message.
func TestUitvoerInTheSite(t *testing.T) {
	for uitvoer, want := range map[string]string{
		".":       `pia.toml:2:1: de uitvoermap "." is de map van de site zelf`,
		"content": `pia.toml:2:1: de uitvoermap "content" ligt in content/ van de site`,
	} {
		dir := writeSite(t, map[string]string{"pia.toml": strings.Replace(minimalConfig, "\n", "\nuitvoer = \""+uitvoer+"\"\n", 1)})
		for _, args := range [][]string{{"check"}, {"build", "--formaat", "html"}} {
			if r := runPia(t, dir, args...); r.code != exitInput || !strings.Contains(r.stderr, want) {
				t.Errorf("uitvoer = %q, pia %s: exit code %d, want %d and %q:\n%s", uitvoer, args[0], r.code, exitInput, want, r.stderr)
			}
		}
	}
	dir := writeSite(t, map[string]string{"pia.toml": minimalConfig})
	r := runPia(t, dir, "build", "--uitvoer", ".")
	if want := "bouwen mislukt: de uitvoermap . is de map van de site zelf"; r.code != exitInput || !strings.Contains(r.stderr, want) {
		t.Errorf("--uitvoer .: exit code %d, want %d and %q:\n%s", r.code, exitInput, want, r.stderr)
	}
	// An output folder given on the command line goes before pia.toml's: its uitvoer then does not matter.
	dir = writeSite(t, map[string]string{"pia.toml": strings.Replace(minimalConfig, "\n", "\nuitvoer = \"content\"\n", 1)})
	out := filepath.Join(t.TempDir(), "elders")
	if r := runPia(t, dir, "build", "--uitvoer", out, "--formaat", "html"); r.code != exitOK {
		t.Errorf("--uitvoer elsewhere with uitvoer = \"content\" in pia.toml: exit code %d:\n%s", r.code, r.stderr)
	}
}

// pia sjablonen says of each pack whether the site's pia.toml chooses it, and how to choose one it does not; pia new
// with a pack that pia.toml does not choose shows the sjablonen line with the pack added.
func TestSjablonenSaysWhatIsChosen(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                        strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`, `sjablonen = ["eigen@1"]`, 1),
		"pia-templates/eigen/pack.toml":   "naam = \"eigen\"\nversie = \"1.0.0\"\nbasis = \"basis\"\n",
		"pia-templates/eigen-2/pack.toml": "naam = \"eigen\"\nversie = \"2.0.0\"\n",
		"pia-templates/basis/pack.toml":   "naam = \"basis\"\nversie = \"1.0.0\"\n",
	})
	r := runPia(t, dir, "sjablonen")
	for _, want := range []string{
		"eigen 1.0.0 — \n  map: pia-templates/eigen\n  bouwt voort op: basis 1.0.0\n  in gebruik: pia.toml kiest dit pakket\n",
		"basis 1.0.0 — \n  map: pia-templates/basis\n  in gebruik als basis van eigen, dat pia.toml kiest\n",
		"eigen 2.0.0 — \n  map: pia-templates/eigen-2\n  niet in gebruik: pia.toml kiest versie 1.0.0; zet \"eigen@2.0.0\" in sjablonen om deze te kiezen\n",
		"  map: (ingebouwd)/pia-templates/vng-sociaal-domein\n  niet in gebruik: zet \"vng-sociaal-domein\" in sjablonen in pia.toml om het te kiezen\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("pia sjablonen: want %q in:\n%s%s", want, r.stdout, r.stderr)
		}
	}
	n := runPia(t, dir, "new", "verwerking", "wmo", "--sjabloon", "vng-sociaal-domein/wmo-maatwerkvoorziening")
	want := `sjabloonpakket "vng-sociaal-domein" staat niet in sjablonen in pia.toml; voeg het daar toe: ` +
		`sjablonen = ["eigen@1", "vng-sociaal-domein"]`
	if n.code != exitInput || !strings.Contains(n.stderr, want) {
		t.Errorf("pia new: exit code %d, want %d and %q:\n%s", n.code, exitInput, want, n.stderr)
	}
	// Outside a site there is nothing to choose: the listing does not say what is in use.
	if o := runPia(t, t.TempDir(), "sjablonen"); o.code != exitOK || strings.Contains(o.stdout, "in gebruik") {
		t.Errorf("pia sjablonen outside a site: exit code %d\n%s", o.code, o.stdout)
	}
}

// A finding in a template built into pia points at a file the user cannot open: pia check says how to show it, and
// pia sjablonen shows that place, a template by <pakket>/<verwerking>, or a file of the site's own pack.
func TestSjablonenShowsPackFiles(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                                strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`, `sjablonen = ["vng-sociaal-domein", "eigen"]`, 1),
		"content/verwerkingen/wmo.toml":           "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
		"pia-templates/eigen/pack.toml":           "naam = \"eigen\"\nversie = \"1.0.0\"\n",
		"pia-templates/eigen/verwerkingen/a.toml": "naam = \"A\"\nbeschrijving = \"Eigen.\"\n",
	})
	check := runPia(t, dir, "check")
	hint := regexp.MustCompile(`bekijk die zo: pia sjablonen '(\(ingebouwd\)/(pia-templates/[^':]+):(\d+))'\n$`).FindStringSubmatch(check.stdout)
	if hint == nil {
		t.Fatalf("pia check does not say how to show a place in the built-in pack:\n%s", check.stdout)
	}
	if !strings.Contains(check.stdout, "  "+hint[1]+":") {
		t.Errorf("the place %s is not one of the findings", hint[1])
	}
	src, err := os.ReadFile(filepath.Join(repoRoot(t), filepath.FromSlash(hint[2])))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(hint[3])
	line := strings.Split(string(src), "\n")[n-1]
	shown := runPia(t, dir, "sjablonen", hint[1])
	if want := fmt.Sprintf("> %d | %s\n", n, line); shown.code != exitOK || !strings.HasPrefix(shown.stdout, "(ingebouwd)/"+hint[2]+"\n") ||
		!strings.Contains(shown.stdout, want) || strings.Count(shown.stdout, "\n") != 17 {
		t.Errorf("pia sjablonen %s: exit code %d, want the file's name, 16 lines and %q:\n%s%s", hint[1], shown.code, want, shown.stdout, shown.stderr)
	}
	whole := runPia(t, dir, "sjablonen", "vng-sociaal-domein/wmo-maatwerkvoorziening")
	if want, err := os.ReadFile(filepath.Join(repoRoot(t), "pia-templates", "vng-sociaal-domein", "verwerkingen", "wmo-maatwerkvoorziening.toml")); err != nil || whole.stdout != string(want) {
		t.Errorf("pia sjablonen vng-sociaal-domein/wmo-maatwerkvoorziening is not the template as it is (%v):\n%.300s", err, whole.stdout)
	}
	own := runPia(t, dir, "sjablonen", "pia-templates/eigen/verwerkingen/a.toml:2:16")
	if want := "pia-templates/eigen/verwerkingen/a.toml\n  1 | naam = \"A\"\n> 2 | beschrijving = \"Eigen.\"\n    |                ^\n"; own.stdout != want {
		t.Errorf("a file of the site's own pack: got\n%s%s\nwant\n%s", own.stdout, own.stderr, want)
	}
	// A control character in the file is shown as its symbol, not sent to the terminal.
	if err := os.WriteFile(filepath.Join(dir, "pia-templates", "eigen", "c.toml"), []byte("naam = \"x\x1b[31mrood\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runPia(t, dir, "sjablonen", "pia-templates/eigen/c.toml:1"); !strings.Contains(r.stdout, "x\u241b[31mrood") || strings.Contains(r.stdout, "\x1b") {
		t.Errorf("a control character in a pack file: %q", r.stdout)
	}
	// A file with Windows line ends shows its lines without a symbol for the carriage return.
	if err := os.WriteFile(filepath.Join(dir, "pia-templates", "eigen", "d.toml"), []byte("naam = \"A\"\r\nversie = \"1\"\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runPia(t, dir, "sjablonen", "pia-templates/eigen/d.toml:2"); !strings.Contains(r.stdout, "> 2 | versie = \"1\"\n") {
		t.Errorf("a file with CRLF line ends: %q", r.stdout)
	}
	// A place copied from a PDF or a narrow terminal, wrapped inside its path, or with the quotes that cmd.exe leaves.
	wrapped := strings.Replace(hint[1], "sociaal-", "sociaal-\n  ", 1)
	for _, arg := range []string{wrapped, "'" + hint[1] + "'", `"` + wrapped + `"`} {
		if r := runPia(t, dir, "sjablonen", arg); r.code != exitOK || r.stdout != shown.stdout {
			t.Errorf("pia sjablonen %q: exit code %d, want the place shown as without line break or quotes:\n%s%s", arg, r.code, r.stdout, r.stderr)
		}
	}
	for arg, want := range map[string]string{
		"vng-sociaal-domein/wmo":                                       `sjabloon "wmo" bestaat niet in pakket vng-sociaal-domein; bedoelde u vng-sociaal-domein/wmo-maatwerkvoorziening?`,
		"pia-templates/eigen/verwerkingen/a.toml:9":                    "pia-templates/eigen/verwerkingen/a.toml heeft geen regel 9; het bestand heeft 2 regels",
		"pia-templates/eigen/b.toml":                                   "pia-templates/eigen/b.toml bestaat niet",
		"pia-templates/eigen/verwerkingen":                             "pia-templates/eigen/verwerkingen is een map",
		"pia-templates/eigen/verwerkingen/a.toml:abc":                  "staat na de dubbele punt geen regelnummer; schrijf pia-templates/eigen/verwerkingen/a.toml:12 voor regel 12",
		"pia-templates/eigen/verwerkingen/a.toml:2:":                   "schrijf pia-templates/eigen/verwerkingen/a.toml:12 voor regel 12",
		"pia-templates/eigen/verwerkingen/a.toml:99999999999999999999": "staat na de dubbele punt geen regelnummer",
		"wmo": `"wmo" is geen sjabloon`,
	} {
		if r := runPia(t, dir, "sjablonen", arg); r.code != exitInput || !strings.Contains(r.stderr, want) {
			t.Errorf("pia sjablonen %s: exit code %d, want %d and %q:\n%s", arg, r.code, exitInput, want, r.stderr)
		}
	}
}

// Packs that build on each other in a cycle are reported by pia sjablonen as by pia check: the same message at the
// same place, and exit code 2.
func TestSjablonenPackCycle(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                  "titel = \"Test\"\nsjablonen = [\"a\"]\n",
		"pia-templates/a/pack.toml": "naam = \"a\"\nversie = \"1.0.0\"\nbasis = \"b\"\n",
		"pia-templates/b/pack.toml": "naam = \"b\"\nversie = \"1.0.0\"\nbasis = \"a\"\n",
	})
	const want = "pia-templates/b/pack.toml:3:1: sjabloonpakketten bouwen in een kring op elkaar voort (a → b → a)"
	for _, args := range [][]string{{"check"}, {"sjablonen"}} {
		r := runPia(t, dir, args...)
		if r.code != exitInput || !strings.Contains(r.stderr, want) {
			t.Errorf("pia %s: exit code %d, want %d and %q:\n%s", args[0], r.code, exitInput, want, r.stderr)
		}
	}
}

// A pack without rights in its catalogue and without teksten/ gives statements without the rights and without the
// organisation's own complaint route: pia check says so at sjablonen in pia.toml, and the built statement still
// tells the citizen about the Autoriteit Persoonsgegevens.
func TestPackWithoutRightsOrTexts(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml": "titel = \"Test\"\nsjablonen = [\"klein\"]\n[organisatie]\nnaam = \"Gemeente Test\"\n" +
			"email = \"info@test.nl\"\n[organisatie.fg]\nnaam = \"F. G.\"\nemail = \"fg@test.nl\"\n",
		"pia-templates/klein/pack.toml": "naam = \"klein\"\nversie = \"1.0.0\"\n",
		"pia-templates/klein/catalogus/grondslagen.toml": "[[soorten]]\nid = \"publieke-taak\"\nart6 = true\n" +
			"[[grondslagen]]\nid = \"avg-6-1-e\"\nsoort = \"publieke-taak\"\n",
	})
	out := decodeCheck(t, runPia(t, dir, "check", "--formaat", "json"))
	if len(out.Fouten) != 0 {
		t.Fatalf("load errors: %+v", out.Fouten)
	}
	got := map[string]bool{}
	for _, b := range out.Bevindingen {
		if b.Code == "privacyverklaring-onvolledig" {
			got[b.Ernst] = true
			if b.Bestand != "pia.toml" || b.Regel != 2 || b.Veld != "sjablonen" {
				t.Errorf("%s at %s:%d [%s], want pia.toml:2 [sjablonen]", b.Code, b.Bestand, b.Regel, b.Veld)
			}
		}
	}
	if !got["fout"] || !got["waarschuwing"] {
		t.Errorf("want privacyverklaring-onvolledig as fout (rights) and waarschuwing (complaint text): %+v", out.Bevindingen)
	}
	if r := runPia(t, dir, "build", "--formaat", "html"); r.code != 0 {
		t.Fatalf("build: %d\n%s", r.code, r.stderr)
	}
	page, err := os.ReadFile(filepath.Join(dir, "output", "privacy", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "klacht indienen bij de Autoriteit Persoonsgegevens") {
		t.Errorf("the statement must name the complaint to the AP without the pack's text")
	}
}

// TestRuleFamilies runs `pia check --formaat json` on one small site per family of rules and compares every
// finding (code, severity, file:line and field) with testdata/regels/<family>/want.txt.
func TestRuleFamilies(t *testing.T) {
	families, err := filepath.Glob(filepath.Join("testdata", "regels", "*"))
	if err != nil || len(families) == 0 {
		t.Fatalf("no rule families: %v", err)
	}
	for _, dir := range families {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			abs, _ := filepath.Abs(dir)
			r := runPia(t, abs, "check", "--formaat", "json")
			out := decodeCheck(t, r)
			if len(out.Fouten) > 0 {
				t.Fatalf("load errors: %+v", out.Fouten)
			}
			var lines []string
			for _, b := range out.Bevindingen {
				lines = append(lines, b.Code+" "+b.Ernst+" "+b.Bestand+":"+itoaTest(b.Regel)+" "+b.Veld)
			}
			got := strings.Join(lines, "\n") + "\n"
			wantFile := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("findings differ from %s\ngot:\n%s\nwant:\n%s", wantFile, got, want)
			}
			if r.code != exitFindings {
				t.Errorf("exit code %d, want 1: every family has a fout", r.code)
			}
		})
	}
}

// TestEveryPackTemplateHasASecurityMeasure: a municipality that takes a template of the shipped pack as it is gets
// a register whose column art. 30(1)(g) names a security measure, and no beveiliging-ontbreekt.
func TestEveryPackTemplateHasASecurityMeasure(t *testing.T) {
	templates, err := filepath.Glob(filepath.Join(repoRoot(t), "pia-templates", "vng-sociaal-domein", "verwerkingen", "*.toml"))
	if err != nil || len(templates) < 6 {
		t.Fatalf("templates of the pack: %v %v", templates, err)
	}
	files := map[string]string{"pia.toml": minimalConfig}
	for _, f := range templates {
		id := strings.TrimSuffix(filepath.Base(f), ".toml")
		files["content/verwerkingen/"+id+".toml"] = "sjabloon = \"vng-sociaal-domein/" + id + "\"\n"
	}
	out := decodeCheck(t, runPia(t, writeSite(t, files), "check", "--formaat", "json"))
	if len(out.Fouten) > 0 || len(out.Verwerkingen) != len(templates) {
		t.Fatalf("%d verwerkingen for %d templates; fouten: %v", len(out.Verwerkingen), len(templates), out.Fouten)
	}
	for _, b := range out.Bevindingen {
		if b.Code == "beveiliging-ontbreekt" {
			t.Errorf("%s: %s", b.Verwerking, b.Bericht)
		}
	}
}

func itoaTest(i int) string { return strconv.Itoa(i) }

// TestCommandHelp: every command answers -h and --help with its own help on stdout and exit 0, naming each option
// in Dutch and English; pia help <command> is the same.
func TestCommandHelp(t *testing.T) {
	options := map[string][]string{
		"build":     {"--bron, --source <map>", "--uitvoer, --output <map>", "--formaat, --format <formaat>", "(standaard: html,pdf)"},
		"check":     {"--bron, --source <map>", "--formaat, --format <formaat>", "--streng, --strict "},
		"serve":     {"--bron, --source <map>", "--adres, --bind <adres>", "--poort, --port <getal>", "(standaard: 1313)"},
		"new":       {"--bron, --source <map>", "--sjabloon, --template <pakket>/<verwerking>"},
		"init":      {"--naam, --name <naam>", "--sjabloon, --template <pakket>/<verwerking>"},
		"sjablonen": {"--bron, --source <map>"},
		"uitleg":    nil,
		"version":   nil,
	}
	for _, c := range commands() {
		want, ok := options[c.name]
		if !ok {
			t.Errorf("no expected help for command %s", c.name)
			continue
		}
		for _, h := range []string{"-h", "--help"} {
			r := runPia(t, t.TempDir(), c.name, h)
			if r.code != exitOK || r.stderr != "" {
				t.Errorf("pia %s %s: exit %d, stderr %q", c.name, h, r.code, r.stderr)
			}
			if !strings.HasPrefix(r.stdout, "Gebruik: pia "+c.name) {
				t.Errorf("pia %s %s does not start with its synopsis:\n%s", c.name, h, r.stdout)
			}
			for _, w := range want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("pia %s %s lacks %q:\n%s", c.name, h, w, r.stdout)
				}
			}
			if strings.Contains(r.stdout, "cli.") {
				t.Errorf("pia %s %s shows a message key:\n%s", c.name, h, r.stdout)
			}
			// The line under the synopsis says what the command does; it does not show how to call it again.
			synopsis, _, _ := strings.Cut(r.stdout, "\n")
			call := strings.TrimSuffix(strings.TrimPrefix(synopsis, "Gebruik: "), " [opties]")
			if strings.Count(r.stdout, call) != 1 {
				t.Errorf("pia %s %s repeats %q:\n%s", c.name, h, call, r.stdout)
			}
		}
		if a, b := runPia(t, t.TempDir(), "help", c.name), runPia(t, t.TempDir(), c.name, "-h"); a != b {
			t.Errorf("pia help %s differs from pia %s -h:\n%+v\n%+v", c.name, c.name, a, b)
		}
	}
}

// pia init refuses a folder inside a folder that a site reads: that site would read the new pia.toml and
// questionnaires as its own stray files. Beside the site is fine.
func TestInitNotInsideASite(t *testing.T) {
	site := writeSite(t, map[string]string{"pia.toml": minimalConfig, "content/verwerkingen/.keep": ""})
	for _, tc := range []struct{ cwd, dir, want string }{
		{site, "content/nieuw", "content/nieuw ligt in content/ van de site in deze map: die site zou de bestanden " +
			"van de nieuwe site als de zijne lezen. Kies een map buiten die site, bijvoorbeeld " + site + "-nieuw"},
		{filepath.Join(site, "content"), ".", ". ligt in content/ van de site in " + site},
		{filepath.Dir(site), filepath.Join(filepath.Base(site), "static", "a"), "ligt in static/ van de site in " + filepath.Base(site)},
	} {
		r := runPia(t, tc.cwd, "init", tc.dir, "--naam", "Gemeente Test")
		if r.code != exitInput || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("pia init %s in %s: exit code %d, want %d and %q:\n%s", tc.dir, tc.cwd, r.code, exitInput, tc.want, r.stderr)
		}
		if _, err := os.Stat(filepath.Join(tc.cwd, tc.dir, "pia.toml")); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("pia init %s in %s wrote pia.toml (%v)", tc.dir, tc.cwd, err)
		}
	}
	if r := runPia(t, filepath.Dir(site), "init", filepath.Base(site)+"-naast", "--naam", "Gemeente Test"); r.code != exitOK {
		t.Errorf("pia init beside a site: exit code %d\n%s", r.code, r.stderr)
	}
}

// pia uitleg explains the rules and the guides with nothing but the binary: every rule of the catalogue, one rule
// by its code, the rules whose code holds a word, and the guides to themes and packs, whose links to other guides
// become the command that shows them. A word it does not know gets the one meant.
func TestUitleg(t *testing.T) {
	dir := t.TempDir()
	all := runPia(t, dir, "uitleg", "regels")
	if all.code != exitOK {
		t.Fatalf("pia uitleg regels: exit code %d\n%s", all.code, all.stderr)
	}
	for _, r := range rules.Catalogue() {
		if want := "\n" + r.Code + " (" + string(r.Ernst) + ")\n  " + r.Uitleg + "\n  Bron: " + r.Bron + "\n"; !strings.Contains("\n"+all.stdout, want) {
			t.Errorf("pia uitleg regels lacks %q", want)
		}
	}
	one := runPia(t, dir, "uitleg", "grondslag-ontbreekt")
	if want := "grondslag-ontbreekt (fout)\n  De verwerking heeft geen grondslag uit AVG art. 6 lid 1.\n"; one.code != exitOK || !strings.HasPrefix(one.stdout, want) || strings.Count(one.stdout, " (") != 1 {
		t.Errorf("pia uitleg grondslag-ontbreekt: exit code %d, want only %q:\n%s", one.code, want, one.stdout)
	}
	word := runPia(t, dir, "uitleg", "Bewaartermijn")
	if got := regexp.MustCompile(`(?m)^[a-z-]+ \(`).FindAllString(word.stdout, -1); len(got) != 3 {
		t.Errorf("pia uitleg Bewaartermijn: want the three bewaartermijn rules, got %q", got)
	}
	themes := runPia(t, dir, "uitleg", "themas")
	if themes.code != exitOK || !strings.HasPrefix(themes.stdout, "# Thema's\n") || !strings.Contains(themes.stdout, "layouts/base.html") {
		t.Errorf("pia uitleg themas: exit code %d\n%.300s", themes.code, themes.stdout)
	}
	packs := runPia(t, dir, "uitleg", "sjabloonpakketten")
	if packs.code != exitOK || !strings.Contains(packs.stdout, "(zie pia uitleg regels)") || strings.Contains(packs.stdout, ".md)") {
		t.Errorf("pia uitleg sjabloonpakketten: exit code %d; want its link to regels.md as pia uitleg regels", packs.code)
	}
	if r := runPia(t, dir, "uitleg"); r.code != exitOK || !strings.Contains(r.stdout, "pia uitleg themas") {
		t.Errorf("pia uitleg: exit code %d\n%s", r.code, r.stdout)
	}
	bad := runPia(t, dir, "uitleg", "grondslg")
	if want := `pia heeft geen uitleg over "grondslg"; kies regels, themas, sjabloonpakketten of de code van een regel; bedoelde u pia uitleg grondslag?`; bad.code != exitInput || !strings.Contains(bad.stderr, want) {
		t.Errorf("pia uitleg grondslg: exit code %d, want %d and %q:\n%s", bad.code, exitInput, want, bad.stderr)
	}
}

// TestInitLeavesNothingHalfMade checks that pia init with a wrong template, or into a place that cannot hold a site,
// writes nothing and says why in Dutch, so that the corrected command simply works.
func TestInitLeavesNothingHalfMade(t *testing.T) {
	parent := t.TempDir()
	r := runPia(t, parent, "init", "nieuw", "--sjabloon", "vng-sociaal-domein/bestaat-niet")
	if r.code != exitInput || !strings.Contains(r.stderr, `sjabloon "bestaat-niet" bestaat niet in pakket vng-sociaal-domein`) {
		t.Errorf("wrong template: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(parent, "nieuw")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a wrong template left the folder behind (%v)", err)
	}
	if strings.Contains(r.stderr, "pia kan de site pas lezen") || !strings.Contains(r.stderr, "1 fout; er is niets geschreven") {
		t.Errorf("a wrong template must say that nothing was written, not that the site cannot be read:\n%s", r.stderr)
	}
	// The pack comes from --sjabloon, through the pia.toml that init has not written: the message names the option.
	r = runPia(t, parent, "init", "nieuw", "--sjabloon", "vng/wmo")
	if r.code != exitInput || !strings.HasPrefix(r.stderr, `--sjabloon: sjabloonpakket "vng" bestaat niet`) || strings.Contains(r.stderr, "pia.toml") {
		t.Errorf("wrong pack: %d %s", r.code, r.stderr)
	}
	if r := runPia(t, parent, "init", "nieuw", "--sjabloon", "vng-sociaal-domein/jeugdwet-toegang"); r.code != 0 {
		t.Fatalf("init after the correction: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(parent, "nieuw", "content", "verwerkingen", "jeugdwet-toegang.toml")); err != nil {
		t.Error(err)
	}
	c := runPia(t, filepath.Join(parent, "nieuw"), "check")
	if !strings.Contains(c.stdout, "1 verwerking: ") {
		t.Errorf("one verwerking is counted in the singular:\n%s", c.stdout)
	}

	file := filepath.Join(parent, "bestand")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runPia(t, parent, "init", "bestand"); r.code != exitInput || !strings.Contains(r.stderr, "bestand is een bestand; geef een map op") {
		t.Errorf("init into a file: %d %s", r.code, r.stderr)
	}
	r = runPia(t, parent, "init", "bestand/sub")
	if r.code != exitInput || !strings.Contains(r.stderr, "kan de map bestand/sub niet aanmaken: een deel van het pad is een bestand, geen map") {
		t.Errorf("init below a file: %d %s", r.code, r.stderr)
	}
}

// TestFolderInTheWay checks that pia init and pia new refuse a folder where they would write a file, instead of
// taking it for a questionnaire the user wants kept, and that init then removes what it wrote.
func TestFolderInTheWay(t *testing.T) {
	site := filepath.Join(t.TempDir(), "site")
	in := filepath.Join(site, "content", "verwerkingen", "wmo-maatwerkvoorziening.toml")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	r := runPia(t, filepath.Dir(site), "init", "site")
	if r.code != exitInput || !strings.Contains(r.stderr, "site/content/verwerkingen/wmo-maatwerkvoorziening.toml is een map; pia wil daar een vragenlijst") {
		t.Errorf("init: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(site, "pia.toml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("init left pia.toml behind (%v)", err)
	}
	if err := os.Remove(in); err != nil {
		t.Fatal(err)
	}
	if r := runPia(t, filepath.Dir(site), "init", "site"); r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
	in = filepath.Join(site, "content", "verwerkingen", "x.toml")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	r = runPia(t, site, "new", "verwerking", "x", "--sjabloon", "vng-sociaal-domein/jeugdwet-toegang")
	if r.code != exitInput || !strings.Contains(r.stderr, "content/verwerkingen/x.toml is een map") {
		t.Errorf("new: %d %s", r.code, r.stderr)
	}
}

// TestSourceFolderChecked checks that every command that reads a site names a --bron that does not exist or is a
// file, instead of reporting a missing pia.toml.
func TestSourceFolderChecked(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bestand")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "weg")
	for _, args := range [][]string{
		{"check", "--bron", missing},
		{"build", "--source", missing},
		{"serve", "--bron", missing, "--poort", "0"},
		{"new", "verwerking", "x", "--sjabloon", "vng-sociaal-domein/jeugdwet-toegang", "--bron", missing},
	} {
		r := runPia(t, dir, args...)
		if r.code != exitInput || !strings.Contains(r.stderr, "de map "+missing+" bestaat niet; geef met --bron de map van de site op") {
			t.Errorf("pia %v: %d\n%s", args, r.code, r.stderr)
		}
	}
	if r := runPia(t, dir, "check", "--bron", file); r.code != exitInput || !strings.Contains(r.stderr, file+" is een bestand") {
		t.Errorf("a file as --bron: %d\n%s", r.code, r.stderr)
	}
}

// TestInitRollsBack checks that pia init, failing halfway (here: content/verwerkingen is a file), removes what it
// wrote and keeps what was there before.
func TestInitRollsBack(t *testing.T) {
	site := filepath.Join(t.TempDir(), "site")
	if err := os.MkdirAll(filepath.Join(site, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	mine := map[string]string{".gitignore": "/mijn/\n", "content/verwerkingen": "geen map"}
	for name, data := range mine {
		if err := os.WriteFile(filepath.Join(site, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runPia(t, filepath.Dir(site), "init", "site")
	if r.code != exitInput || !strings.Contains(r.stderr, "een deel van het pad is een bestand, geen map") {
		t.Errorf("init: %d %s", r.code, r.stderr)
	}
	for _, made := range []string{"pia.toml", "content/privacybeleid.md"} {
		if _, err := os.Stat(filepath.Join(site, made)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s was left behind (%v)", made, err)
		}
	}
	for name, data := range mine {
		if b, err := os.ReadFile(filepath.Join(site, name)); err != nil || string(b) != data {
			t.Errorf("%s of the user was changed: %q, %v", name, b, err)
		}
	}
}

// TestInitKeepsAndNamesExistingFiles checks that pia init in a folder that already holds some of its files keeps
// them and says so, and that pia new refuses an id a questionnaire in a sub-folder already has.
func TestInitKeepsAndNamesExistingFiles(t *testing.T) {
	site := filepath.Join(t.TempDir(), "site")
	own := map[string]string{
		".gitignore":               "/tmp/\n",
		"content/privacybeleid.md": "+++\ntitel = \"Ons beleid\"\n+++\nEigen tekst.\n",
	}
	for name, text := range own {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runPia(t, filepath.Dir(site), "init", "site")
	if r.code != 0 || !strings.Contains(r.stdout, "Deze bestanden stonden er al; pia liet ze ongemoeid: .gitignore, content/privacybeleid.md") ||
		!strings.Contains(r.stdout, "pia check --bron site en pia build --bron site") {
		t.Fatalf("init: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for name, text := range own {
		if b, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(name))); err != nil || string(b) != text {
			t.Errorf("%s was changed: %q %v", name, b, err)
		}
	}
	if r := runPia(t, filepath.Dir(site), "init", "ander"); strings.Contains(r.stdout, "stonden er al") {
		t.Errorf("init into a new folder names no kept files:\n%s", r.stdout)
	}

	verwerkingen := filepath.Join(site, "content", "verwerkingen")
	moved := filepath.Join(verwerkingen, "wmo", "wmo-maatwerkvoorziening.toml")
	if err := os.MkdirAll(filepath.Dir(moved), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(verwerkingen, "wmo-maatwerkvoorziening.toml"), moved); err != nil {
		t.Fatal(err)
	}
	r = runPia(t, site, "new", "verwerking", "wmo-maatwerkvoorziening", "--sjabloon", "vng-sociaal-domein/wmo-maatwerkvoorziening")
	if r.code != exitInput || !strings.Contains(r.stderr, filepath.Join("content", "verwerkingen", "wmo", "wmo-maatwerkvoorziening.toml")+" bestaat al") {
		t.Errorf("new with the id of a questionnaire in a sub-folder: %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(verwerkingen, "wmo-maatwerkvoorziening.toml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("new wrote a second questionnaire with the same id (%v)", err)
	}
	if c := runPia(t, site, "check"); !strings.Contains(c.stdout, "1 verwerking: ") {
		t.Errorf("the questionnaire in the sub-folder is read:\n%s%s", c.stdout, c.stderr)
	}
}

func TestShellArg(t *testing.T) {
	for in, want := range map[string]string{"site": "site", "../a/b-1": "../a/b-1", "mijn site": "'mijn site'",
		"it's": `'it'\''s'`, "": "''", "$HOME": "'$HOME'"} {
		if got := shellArg(in); got != want {
			t.Errorf("shellArg(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestServeOnAPortInUse: a port in use is told at once, before pia builds the site and lists its errors.
func TestServeOnAPortInUse(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	dir := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\nkleur = \"blauw\"\n",
	})
	r := runPia(t, dir, "serve", "--poort", strconv.Itoa(taken.Addr().(*net.TCPAddr).Port))
	if r.code != exitInput || !strings.Contains(r.stderr, "een ander programma gebruikt die poort al") ||
		strings.Contains(r.stderr, "kleur") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}

// TestSiteWithoutVerwerkingen: a new site without questionnaires is told how to make the first one.
func TestSiteWithoutVerwerkingen(t *testing.T) {
	dir := writeSite(t, map[string]string{"pia.toml": minimalConfig})
	const hint = "Er staan nog geen vragenlijsten in content/verwerkingen/. Maak er een met pia new verwerking"
	if r := runPia(t, dir, "check"); r.code == exitInput || !strings.Contains(r.stdout, hint) {
		t.Errorf("check: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runPia(t, dir, "build", "--formaat", "html"); r.code != exitOK || !strings.Contains(r.stdout, hint) {
		t.Errorf("build: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	full := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\nstatus = \"concept\"\n",
	})
	if r := runPia(t, full, "check"); strings.Contains(r.stdout, hint) {
		t.Errorf("a site with a verwerking gets the hint:\n%s", r.stdout)
	}
}

// TestRemovingAPackGegeven: a municipality without a pgb removes the pack's gegeven and gets no errors in the
// pack's file, which it cannot change: the pack's recipients, retention periods and roles lose the reference, and no
// document names it.
func TestRemovingAPackGegeven(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml": minimalConfig,
		"content/verwerkingen/wmo.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\nstatus = \"concept\"\n" +
			"[[gegevens]]\nid = \"pgb\"\nverwijder = true\n",
	})
	r := runPia(t, dir, "check", "--formaat", "json")
	if strings.Contains(r.stdout, "onbekende-verwijzing") || !strings.Contains(r.stdout, `"code"`) {
		t.Fatalf("check: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runPia(t, dir, "build", "--formaat", "html"); r.code != exitOK {
		t.Fatalf("build: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, page := range []string{"verwerkingen/wmo/index.html", "register/index.html"} {
		b, err := os.ReadFile(filepath.Join(dir, "output", page))
		if err != nil {
			t.Fatal(err)
		}
		// A list of gegevens names an id it does not know as the bare id ("…; pgb</td>").
		if s := string(b); strings.Contains(s, "; pgb<") || strings.Contains(s, ">pgb<") || strings.Contains(s, "&#34;pgb&#34;") {
			t.Errorf("%s still names the removed gegeven", page)
		}
	}
}

// TestCheckJSONOnUsageErrors: a program that asks pia check for JSON gets a JSON object also when the command line
// or the site folder is wrong, with the message under fouten and exit code 2; -h still prints only the help.
func TestCheckJSONOnUsageErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "weg")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--formaat", "json", "--bron", missing}, "de map " + missing + " bestaat niet"},
		{[]string{"check", "--format", "JSON", "--onzin"}, "onbekende optie --onzin"},
		{[]string{"check", "--onzin", "--formaat=json"}, "onbekende optie --onzin"},
		{[]string{"check", "--formaat", "json", "extra"}, "extra"},
	} {
		r := runPia(t, dir, c.args...)
		if r.code != exitInput {
			t.Errorf("pia %v: exit %d, want %d", c.args, r.code, exitInput)
		}
		out := decodeCheck(t, r)
		if len(out.Fouten) != 1 || !strings.Contains(out.Fouten[0].Bericht, c.want) || out.Verwerkingen == nil {
			t.Errorf("pia %v: %+v", c.args, out)
		}
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("pia %v: stderr %q", c.args, r.stderr)
		}
	}
	if r := runPia(t, dir, "check", "--formaat", "json", "-h"); r.code != exitOK || strings.Contains(r.stdout, "{") {
		t.Errorf("help with --formaat json: exit %d\n%s", r.code, r.stdout)
	}
}

// TestNewOutsideASite: pia new in a folder without pia.toml says so, without sending the user to the list of
// templates, which is not the problem.
func TestNewOutsideASite(t *testing.T) {
	r := runPia(t, t.TempDir(), "new", "verwerking", "x", "--sjabloon", "vng-sociaal-domein/wmo-maatwerkvoorziening")
	if r.code != exitInput || !strings.Contains(r.stderr, "geen pia.toml gevonden") || strings.Contains(r.stderr, "pia sjablonen") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}

// TestNewIDInUse: pia new refuses an id that another questionnaire already gives itself with id = "…", naming that
// file, and writes nothing; a questionnaire whose file name is the id but that has another id is no obstacle.
func TestNewIDInUse(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                        minimalConfig,
		"content/verwerkingen/a.toml":     "naam = \"Jeugd\"\nid = \"jeugd\"\nsjabloon = \"vng-sociaal-domein/jeugdwet-toegang\"\n",
		"content/verwerkingen/oud/b.toml": "id = \"anders\"\nsjabloon = \"vng-sociaal-domein/jeugdwet-toegang\"\n",
	})
	r := runPia(t, dir, "new", "verwerking", "jeugd", "--sjabloon", "vng-sociaal-domein/jeugdwet-toegang")
	want := `verwerking "jeugd" bestaat al (in ` + filepath.Join("content", "verwerkingen", "a.toml") + ":2:1)"
	if r.code != exitInput || !strings.Contains(r.stderr, want) {
		t.Errorf("exit code %d, want %d and %q:\n%s", r.code, exitInput, want, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "verwerkingen", "jeugd.toml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("pia new wrote a questionnaire with an id in use (%v)", err)
	}
	if r := runPia(t, dir, "new", "verwerking", "b", "--sjabloon", "vng-sociaal-domein/jeugdwet-toegang"); r.code != exitOK {
		t.Errorf("new b beside oud/b.toml with id anders: exit code %d\n%s", r.code, r.stderr)
	}
}

// TestNewListsCopyTheTemplate: pia new writes a template's lists without ids (bases, retention periods, roles,
// systems) out in full; a questionnaire that takes them over by removing the # gets the same findings as one that
// inherits them.
func TestNewListsCopyTheTemplate(t *testing.T) {
	t.Run("template", func(t *testing.T) {
		copyLists(t, writeSite(t, map[string]string{"pia.toml": minimalConfig}), "vng-sociaal-domein/schuldhulpverlening")
	})
	t.Run("chain that removes", func(t *testing.T) {
		// A pack of the site's own whose template removes the pgb: the lists written out have no references to it.
		copyLists(t, writeSite(t, map[string]string{
			"pia.toml":                      strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`, `sjablonen = ["eigen"]`, 1),
			"pia-templates/eigen/pack.toml": "naam = \"eigen\"\nversie = \"1.0.0\"\nbasis = \"vng-sociaal-domein\"\n",
			"pia-templates/eigen/verwerkingen/wmo-zonder-pgb.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n" +
				"[[gegevens]]\nid = \"pgb\"\nverwijder = true\n",
		}), "eigen/wmo-zonder-pgb")
	})
}

// copyLists makes a questionnaire on template ref with pia new, and checks that taking over the lists it writes
// out in full gives the findings of inheriting them.
func copyLists(t *testing.T, dir, ref string) {
	t.Helper()
	if r := runPia(t, dir, "new", "verwerking", "shv", "--sjabloon", ref); r.code != exitOK {
		t.Fatalf("new: %d\n%s", r.code, r.stderr)
	}
	file := filepath.Join(dir, "content", "verwerkingen", "shv.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	findings := func() []string {
		var out []string
		for _, b := range decodeCheck(t, runPia(t, dir, "check", "--formaat", "json")).Bevindingen {
			out = append(out, b.Code+" "+b.Ernst+" "+b.Veld)
		}
		slices.Sort(out) // findings come in the order of their files, which changes with the copy
		return out
	}
	inherited := findings()
	// Uncomment every list the template fills in whole.
	lines := strings.Split(string(src), "\n")
	copied := 0
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "items in (hieronder); een lijst in dit bestand vervangt ze") {
			continue
		}
		i++
		for i < len(lines) && strings.HasPrefix(lines[i], "# ") && !strings.HasPrefix(lines[i], "# [[") {
			i++ // the rest of the explanation
		}
		for ; i < len(lines) && strings.HasPrefix(lines[i], "# "); i++ {
			lines[i] = strings.TrimPrefix(lines[i], "# ")
		}
		copied++
	}
	if copied < 3 {
		t.Fatalf("%d lists written out in full", copied)
	}
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := findings(); !slices.Equal(got, inherited) {
		t.Errorf("findings with the lists copied:\n%s\nwith the lists inherited:\n%s", strings.Join(got, "\n"), strings.Join(inherited, "\n"))
	}
}

// TestCheckSelection: --verwerking, --ernst and --code show part of a check, and the exit code counts only that
// part; a selection that names nothing of the site is a usage error that says what was likely meant.
func TestCheckSelection(t *testing.T) {
	root := repoRoot(t)
	all := decodeCheck(t, runPia(t, root, "check", "--formaat", "json"))
	count := func(out checkOutput, keep func(code, ernst, verwerking string) bool) int {
		n := 0
		for _, b := range out.Bevindingen {
			if keep(b.Code, b.Ernst, b.Verwerking) {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		args         []string
		verwerkingen int
		keep         func(code, ernst, verwerking string) bool
		code         int
	}{
		{[]string{"--ernst", "fout"}, 6,
			func(_, e, _ string) bool { return e == "fout" }, exitFindings},
		{[]string{"--ernst", "Warning", "--verwerking", "wmo-*"}, 1,
			func(_, e, v string) bool { return e != "advies" && v == "wmo-maatwerkvoorziening" }, exitOK},
		{[]string{"--ernst", "waarschuwing", "--verwerking", "wmo-*", "--streng"}, 1,
			func(_, e, v string) bool { return e != "advies" && v == "wmo-maatwerkvoorziening" }, exitFindings},
		// The site's one fout is in the wijkteam: the zelfredzaamheidsmatrix alone passes.
		{[]string{"--verwerking", "zelfredzaamheidsmatrix"}, 1,
			func(_, _, v string) bool { return v == "zelfredzaamheidsmatrix" }, exitOK},
		{[]string{"--code", "onzekere-bron, registratie-ruimer-dan-nodig", "--verwerking", "zelf*,jeugdwet-toegang"}, 2,
			func(c, _, v string) bool {
				return (c == "onzekere-bron" || c == "registratie-ruimer-dan-nodig") &&
					(v == "zelfredzaamheidsmatrix" || v == "jeugdwet-toegang")
			}, exitOK},
	} {
		r := runPia(t, root, append([]string{"check", "--formaat", "json"}, c.args...)...)
		out := decodeCheck(t, r)
		want := count(all, c.keep)
		if want == 0 {
			t.Fatalf("%v: the example has no such findings, so this case proves nothing", c.args)
		}
		if len(out.Bevindingen) != want || count(out, c.keep) != want || len(out.Verwerkingen) != c.verwerkingen ||
			r.code != c.code {
			t.Errorf("%v: %d findings (%d selected), want %d; %d verwerkingen, want %d; exit %d, want %d", c.args,
				len(out.Bevindingen), count(out, c.keep), want, len(out.Verwerkingen), c.verwerkingen, r.code, c.code)
		}
	}
	// In text, a verwerking without findings of the selection is left out, and the summary says what was selected.
	r := runPia(t, root, "check", "--ernst", "fout")
	if r.code != exitFindings || !strings.Contains(r.stdout, "wijkteam-integrale-intake — ") ||
		strings.Contains(r.stdout, "wmo-maatwerkvoorziening — ") || strings.Contains(r.stdout, "waarschuwing ") ||
		!strings.Contains(r.stdout, "6 verwerkingen: 1 fout, 0 waarschuwingen, 0 adviezen.\nSelectie: alleen fouten.\n") {
		t.Errorf("--ernst fout: exit %d\n%s", r.code, r.stdout)
	}
	// A list option may be given more than once, and ids are matched whatever their case.
	for _, args := range [][]string{{"--verwerking", "wmo-*,jeugd*"}, {"--verwerking", "WMO-*", "--processing", "jeugd*"}} {
		r = runPia(t, root, append([]string{"check"}, args...)...)
		if !strings.Contains(r.stdout, "Selectie: 2 van de 6 verwerkingen.\n") {
			t.Errorf("%v: %s", args, r.stdout)
		}
	}
	for _, c := range []struct{ args []string }{
		{[]string{"--verwerking", "wmo-maatwerk"}},
		{[]string{"--code", "toestemming-bij-publiek"}},
		{[]string{"--ernst", "kritiek"}},
		{[]string{"--verwerking", "wmo-[", "--formaat", "json"}},
	} {
		r := runPia(t, root, append([]string{"check"}, c.args...)...)
		if r.code != exitInput {
			t.Errorf("%v: exit %d, want %d", c.args, r.code, exitInput)
		}
	}
	for args, says := range map[string]string{
		"--verwerking wmo-maatwerk":   "geen verwerking van deze site past bij --verwerking wmo-maatwerk; bedoelde u wmo-maatwerkvoorziening?",
		"--code toestemming-bij-publ": `pia kent geen regel met code "toestemming-bij-publ" (zie pia uitleg regels); bedoelde u toestemming-bij-publieke-taak?`,
		"--ernst kritiek":             `onbekende ernst "kritiek" voor --ernst; kies fout, waarschuwing of advies`,
		"--verwerking wmo-[":          `"wmo-[" is geen geldig patroon voor --verwerking`,
		"--formaat json --ernst hoog": `onbekende ernst "hoog"`,
		"--verwerking e --ernst fout": "zoals *e*",
		"--verwerking w":              "bedoelde u wmo-maatwerkvoorziening? Met * erin past een patroon op meer ids, zoals w*",
		"--streng --ernst fout":       "--streng laat waarschuwingen falen, maar --ernst fout toont ze niet",
		"--verwerking ,":              `ongeldige waarde "," voor --verwerking: geef een of meer waarden`,
		"--code , --formaat json":     `ongeldige waarde "," voor --code`,
		"--verwerking WMO-MAATWERK":   "bedoelde u wmo-maatwerkvoorziening?",
	} {
		r := runPia(t, root, append([]string{"check"}, strings.Fields(args)...)...)
		if r.code != exitInput || !strings.Contains(r.stderr, says) {
			t.Errorf("%s: exit %d, stderr %q, want %q", args, r.code, r.stderr, says)
		}
		if strings.Contains(args, "json") {
			if out := decodeCheck(t, r); len(out.Fouten) != 1 || !strings.Contains(out.Fouten[0].Bericht, says) {
				t.Errorf("%s: JSON %+v", args, out)
			}
		}
	}
	// The site's own findings stay with any choice of verwerkingen: they concern every one of them.
	dir := writeSite(t, map[string]string{
		"pia.toml":                    "titel = \"Test\"\nsjablonen = [\"vng-sociaal-domein\"]\n[organisatie]\nnaam = \"Gemeente Test\"\n",
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\nstatus = \"concept\"\n",
		"content/verwerkingen/y.toml": "sjabloon = \"vng-sociaal-domein/jeugdwet-toegang\"\nstatus = \"concept\"\n",
	})
	out := decodeCheck(t, runPia(t, dir, "check", "--formaat", "json", "--verwerking", "y", "--ernst", "fout"))
	site, other := false, false
	for _, b := range out.Bevindingen {
		site = site || b.Code == "contact-fg-ontbreekt" && b.Verwerking == ""
		other = other || b.Verwerking == "x"
	}
	if !site || other {
		t.Errorf("site finding kept: %v; finding of another verwerking shown: %v\n%+v", site, other, out.Bevindingen)
	}
}

// TestOwnNameOverTemplateCitizenName: two verwerkingen from one template that each give their own naam keep their
// own titles in their privacy statements, rather than both taking the template's name for citizens; pia check
// advises a name for citizens of their own. One that gives its own naam_voor_inwoner is called by it.
func TestOwnNameOverTemplateCitizenName(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml": minimalConfig,
		"content/verwerkingen/hulpmiddelen.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n" +
			"status = \"concept\"\nnaam = \"Wmo: hulpmiddelen en woningaanpassingen\"\n",
		"content/verwerkingen/huishouden.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n" +
			"status = \"concept\"\nnaam = \"Wmo: huishoudelijke hulp\"\n",
		"content/verwerkingen/vervoer.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n" +
			"status = \"concept\"\nnaam = \"Wmo: vervoer\"\nnaam_voor_inwoner = \"Vervoer als u niet zelf kunt reizen\"\n",
	})
	out := filepath.Join(t.TempDir(), "uit")
	if r := runPia(t, dir, "build", "--formaat", "html", "--uitvoer", out); r.code == exitInput {
		t.Fatalf("build: %d %s", r.code, r.stderr)
	}
	for id, want := range map[string]string{
		"hulpmiddelen": "<h1>Privacyverklaring: Wmo: hulpmiddelen en woningaanpassingen</h1>",
		"huishouden":   "<h1>Privacyverklaring: Wmo: huishoudelijke hulp</h1>",
		"vervoer":      "<h1>Privacyverklaring: Vervoer als u niet zelf kunt reizen</h1>",
	} {
		b, err := os.ReadFile(filepath.Join(out, "privacy", id, "index.html"))
		if err != nil || !strings.Contains(string(b), want) {
			t.Errorf("%s: want %s (%v)", id, want, err)
		}
	}
	r := decodeCheck(t, runPia(t, dir, "check", "--formaat", "json", "--code", "voor-inwoner-uit-sjabloon"))
	got := map[string]bool{}
	for _, b := range r.Bevindingen {
		if b.Veld == "naam" {
			got[b.Verwerking] = true
		}
	}
	if !got["hulpmiddelen"] || !got["huishouden"] || got["vervoer"] {
		t.Errorf("advice about the name for citizens: %v", got)
	}
}

// TestReplacedListInAChain: a pack template of the site's own that writes its own [[bewaartermijnen]] over the VNG
// template's periods: pia check on a questionnaire that extends it says which template replaced the list, in which
// file, and what the template below it had. A questionnaire that writes the list itself hears of its own file.
func TestReplacedListInAChain(t *testing.T) {
	const own = "pia-templates/eigen/verwerkingen/wmo-kort.toml"
	dir := writeSite(t, map[string]string{
		"pia.toml":                      strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`, `sjablonen = ["eigen"]`, 1),
		"pia-templates/eigen/pack.toml": "naam = \"eigen\"\nversie = \"1.0.0\"\nbasis = \"vng-sociaal-domein\"\n",
		own: "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n" +
			"[[bewaartermijnen]]\ngegevens = [\"naw\", \"bsn\", \"contact\"]\ntermijn = \"7 jaar\"\n" +
			"vanaf = \"het einde van de voorziening\"\nbron = \"Eigen beleid\"\n",
		"content/verwerkingen/wmo.toml": "sjabloon = \"eigen/wmo-kort\"\n",
		"content/verwerkingen/wmo-eigen-lijst.toml": "sjabloon = \"eigen/wmo-kort\"\n" +
			"[[bewaartermijnen]]\ngegevens = [\"naw\"]\ntermijn = \"7 jaar\"\nvanaf = \"het einde van de voorziening\"\nbron = \"Eigen beleid\"\n",
	})
	findings := map[string][]string{}
	for _, b := range decodeCheck(t, runPia(t, dir, "check", "--formaat", "json")).Bevindingen {
		if b.Code == "bewaartermijn-ontbreekt" {
			findings[b.Verwerking] = append(findings[b.Verwerking], b.Bericht)
		}
	}
	if len(findings["wmo"]) == 0 || len(findings["wmo-eigen-lijst"]) <= len(findings["wmo"]) {
		t.Fatalf("want gegevens without a period in both, more in the one with its own list: %q", findings)
	}
	for _, m := range findings["wmo"] {
		for _, want := range []string{
			`Het sjabloon "vng-sociaal-domein/wmo-maatwerkvoorziening" heeft hiervoor wel een bewaartermijn van 15 jaar.`,
			"Het sjabloon \"eigen/wmo-kort\" vervangt echter met zijn eigen lijst `bewaartermijnen` in " + own +
				" de hele lijst van \"vng-sociaal-domein/wmo-maatwerkvoorziening\"",
			`Pas "eigen/wmo-kort" aan, of schrijf de hele lijst in uw eigen bestand.`,
		} {
			if !strings.Contains(m, want) {
				t.Errorf("wmo: the message does not say %q:\n%s", want, m)
			}
		}
	}
	// The questionnaire's own list replaced the nearest template's: bsn and contact had 7 years there; the gegevens
	// that template had no period for get no hint.
	hinted := 0
	for _, m := range findings["wmo-eigen-lijst"] {
		if strings.Contains(m, "vervangt echter") {
			hinted++
			if !strings.Contains(m, `Het sjabloon "eigen/wmo-kort" heeft hiervoor wel een bewaartermijn van 7 jaar.`) ||
				!strings.Contains(m, "Uw eigen lijst `bewaartermijnen` in content/verwerkingen/wmo-eigen-lijst.toml") {
				t.Errorf("wmo-eigen-lijst: %s", m)
			}
		}
	}
	if hinted != 2 {
		t.Errorf("wmo-eigen-lijst: %d messages with a hint, want 2 (bsn, contact): %q", hinted, findings["wmo-eigen-lijst"])
	}
}

// TestTableReplacesTemplatesTable: a questionnaire that writes its own [rechten] with only a procedure loses the
// template's voor_inwoner (the Jeugdwet's right for the citizen); pia check advises at the table's header, and not
// when the table takes the key over or leaves the whole table to the template.
// A regional pack's template may answer questions for every municipality on it. A questionnaire that writes its own
// [antwoorden] replaces that table whole and is told which answers it loses; one without keeps them, and an answer
// of the template to a question that does not exist is reported at its place in the template.
func TestOwnAnswersReplaceTemplatesAnswers(t *testing.T) {
	const tmpl = "pia-templates/regio/verwerkingen/wmo.toml"
	dir := writeSite(t, map[string]string{
		"pia.toml":                      strings.Replace(minimalConfig, `sjablonen = ["vng-sociaal-domein"]`, `sjablonen = ["regio"]`, 1),
		"pia-templates/regio/pack.toml": "naam = \"regio\"\nversie = \"1.0.0\"\nbasis = \"vng-sociaal-domein\"\n",
		tmpl: "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n\n[antwoorden]\n" +
			"\"A.1.2\" = \"Het regionale antwoord.\"\n\"A.1.3\" = \"Nog een regionaal antwoord.\"\n\"Z.9\" = \"Geen vraag.\"\n",
		"content/verwerkingen/wmo.toml":       "sjabloon = \"regio/wmo\"\n",
		"content/verwerkingen/wmo-eigen.toml": "sjabloon = \"regio/wmo\"\n\n[antwoorden]\n\"A.1.3\" = \"Ons eigen antwoord.\"\n",
	})
	got := map[string][]string{}
	for _, b := range decodeCheck(t, runPia(t, dir, "check", "--formaat", "json")).Bevindingen {
		if b.Code == "tabel-vervangt-sjabloon" || b.Veld == "antwoorden.Z.9" {
			got[b.Verwerking] = append(got[b.Verwerking], fmt.Sprintf("%s %s:%d %s — %s", b.Code, b.Bestand, b.Regel, b.Veld, b.Bericht))
		}
	}
	want := map[string][]string{
		"wmo": {"onbekende-verwijzing " + tmpl + ":6 antwoorden.Z.9 — Er staat een antwoord op vraag \"Z.9\", maar die " +
			"vraag hoort niet bij het sjabloon van deze verwerking. Controleer het id in [antwoorden], of verwijder het antwoord."},
		"wmo-eigen": {"tabel-vervangt-sjabloon content/verwerkingen/wmo-eigen.toml:3 antwoorden — Deze verwerking geeft " +
			"eigen antwoorden op vragen, en vervangt daarmee alle antwoorden van het sjabloon \"regio/wmo\": wat het sjabloon " +
			"verder antwoordt, vervalt. Uw eigen tabel [antwoorden] in content/verwerkingen/wmo-eigen.toml vervangt die van " +
			"het sjabloon helemaal: pia vult een eigen tabel niet aan met antwoorden uit het sjabloon. Daarmee vervalt wat " +
			"het sjabloon antwoordt op `A.1.2` en `Z.9`. Neem dat over in uw tabel als u het wilt houden."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%q\nwant:\n%q", got, want)
	}
}

func TestTableReplacesTemplatesTable(t *testing.T) {
	const head = "sjabloon = \"vng-sociaal-domein/jeugdwet-toegang\"\n"
	dir := writeSite(t, map[string]string{
		"pia.toml":                           minimalConfig,
		"content/verwerkingen/eigen.toml":    head + "\n[rechten]\nprocedure = \"Het privacyloket handelt verzoeken af.\"\n",
		"content/verwerkingen/beide.toml":    head + "[rechten]\nprocedure = \"x\"\nvoor_inwoner = \"y\"\n",
		"content/verwerkingen/sjabloon.toml": head,
	})
	got := map[string][]string{}
	for _, b := range decodeCheck(t, runPia(t, dir, "check", "--formaat", "json")).Bevindingen {
		if b.Code == "tabel-vervangt-sjabloon" {
			got[b.Verwerking] = append(got[b.Verwerking], fmt.Sprintf("%s:%d %s — %s", b.Bestand, b.Regel, b.Veld, b.Bericht))
		}
	}
	want := "content/verwerkingen/eigen.toml:3 rechten — Deze verwerking beschrijft de rechten van de inwoner zelf, en " +
		"vervangt daarmee helemaal wat het sjabloon \"vng-sociaal-domein/jeugdwet-toegang\" daarover zegt. Wat het " +
		"sjabloon daar verder invult, valt weg; dat kan tekst zijn die de inwoner moet krijgen (AVG art. 13 en 14). Uw eigen tabel [rechten] in content/verwerkingen/eigen.toml vervangt die van het sjabloon helemaal: pia " +
		"vult een eigen tabel niet aan met sleutels uit het sjabloon. " +
		"Daarmee vervalt wat het sjabloon invult bij `voor_inwoner`. Neem dat in uw tabel over als u het wilt houden."
	if len(got) != 1 || len(got["eigen"]) != 1 || got["eigen"][0] != want {
		t.Errorf("findings: %q\nwant for eigen only: %s", got, want)
	}
}

// TestCheckReadsTheTheme: a layout of the site's theme that pia build would refuse makes pia check fail as bad input
// (exit 2), in text and in JSON, so that a pipeline that runs pia check does not go green on a site that cannot be
// built.
func TestCheckReadsTheTheme(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"pia.toml":                    minimalConfig,
		"content/verwerkingen/x.toml": "sjabloon = \"vng-sociaal-domein/wmo-maatwerkvoorziening\"\n",
		"themes/default/layouts/partials/footer.html": "{{define \"footer\"}}<footer>{{if}}</footer>{{end}}",
	})
	const want = "themes/default/layouts/partials/footer.html:1: deze layout is geen geldig sjabloon: na {{if}} ontbreekt"
	r := runPia(t, dir, "check")
	if r.code != exitInput || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "pia build kan de site zo niet bouwen") {
		t.Errorf("exit %d\nstderr:\n%s", r.code, r.stderr)
	}
	r = runPia(t, dir, "check", "--formaat", "json")
	type fouten struct {
		Fouten []struct {
			Bestand      string
			Regel, Kolom int
			Bericht      string
		}
	}
	var out fouten
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || r.code != exitInput || len(out.Fouten) != 1 ||
		!strings.Contains(out.Fouten[0].Bericht, want) ||
		out.Fouten[0].Bestand != "themes/default/layouts/partials/footer.html" || out.Fouten[0].Regel != 1 {
		t.Errorf("exit %d, %v\nstdout:\n%s", r.code, err, r.stdout)
	}
	// A layout that parses but asks for a field pages do not have stops pia build, so it stops pia check too.
	footer := filepath.Join(dir, "themes/default/layouts/partials/footer.html")
	if err := os.WriteFile(footer, []byte("{{define \"footer\"}}<footer>{{if .Titel}}x{{end}}</footer>{{end}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"check", "build"} {
		if r = runPia(t, dir, cmd); r.code != exitInput || !strings.Contains(r.stderr, "footer.html:1:") ||
			!strings.Contains(r.stderr, "het veld Titel bestaat niet") {
			t.Errorf("pia %s with a layout that asks for .Titel: exit %d\n%s", cmd, r.code, r.stderr)
		}
	}
	r = runPia(t, dir, "check", "--formaat", "json")
	out = fouten{}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || len(out.Fouten) != 1 ||
		out.Fouten[0].Bestand != "themes/default/layouts/partials/footer.html" || out.Fouten[0].Regel != 1 ||
		out.Fouten[0].Kolom != 33 || !strings.Contains(out.Fouten[0].Bericht, "het veld Titel bestaat niet") {
		t.Errorf("JSON of a layout that asks for .Titel: %v\n%s", err, r.stdout)
	}
	// The same site with its layout repaired passes the theme and gets its findings.
	if err := os.WriteFile(footer, []byte("{{define \"footer\"}}<footer>{{if true}}x{{end}}</footer>{{end}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r = runPia(t, dir, "check"); r.code == exitInput {
		t.Errorf("a repaired theme: exit %d\n%s", r.code, r.stderr)
	}
	// A mistake that only the documents of a verwerking reach (the home page has no kind label) is found too.
	doc := filepath.Join(dir, "themes/default/layouts/document.html")
	if err := os.WriteFile(doc, []byte("{{define \"main\"}}<h1>{{.Title}}</h1>{{with .KindLabel}}{{$.Soort}}{{end}}{{.Body}}{{end}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"check", "build"} {
		if r = runPia(t, dir, cmd); r.code != exitInput || !strings.Contains(r.stderr, "document.html:1:") ||
			!strings.Contains(r.stderr, "het veld Soort bestaat niet") {
			t.Errorf("pia %s with a document layout that asks for .Soort: exit %d\n%s", cmd, r.code, r.stderr)
		}
	}
}
