package main

import (
	"bytes"
	"net"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/i18n"
)

// TestOptionErrors checks that a wrong option is told in Dutch, named as the help names it (two dashes), with what
// it needs, and never in the words of Go's flag package.
func TestOptionErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"build", "--bogus"}, "pia build: onbekende optie --bogus\n"},
		{[]string{"build", "-o", "x"}, "pia build: onbekende optie -o; bedoelde u --uitvoer?\n"},
		{[]string{"serve", "-p", "80"}, "pia serve: onbekende optie -p; bedoelde u --poort?\n"},
		{[]string{"check", "-o", "x"}, "pia check: onbekende optie -o\n"},
		{[]string{"build", "--uitvoor", "x"}, "onbekende optie --uitvoor; bedoelde u --uitvoer?"},
		{[]string{"check", "--strict=1", "--formaat", "json", "--bronn", "x"}, "onbekende optie --bronn; bedoelde u --bron?"},
		{[]string{"build", "--uitvoer"}, "de optie --uitvoer heeft een waarde nodig: --uitvoer <map>"},
		{[]string{"build", "--output"}, "de optie --output heeft een waarde nodig: --output <map>"},
		{[]string{"serve", "--poort", "abc"}, `ongeldige waarde "abc" voor --poort: geef een geheel getal`},
		{[]string{"serve", "--port", "99999999999999999999"}, `de waarde "99999999999999999999" voor --port valt buiten het bereik`},
		{[]string{"check", "--streng=ja"}, `ongeldige waarde "ja" voor --streng: deze optie staat aan als u haar noemt`},
		{[]string{"build", "---x"}, "---x is geen geldige optie"},
		{[]string{"build", "--uitvoer", ""}, "pia build: de waarde van --uitvoer is leeg; geef een waarde: --uitvoer <map>"},
		{[]string{"build", "--output="}, "de waarde van --output is leeg; geef een waarde: --output <map>"},
		{[]string{"check", "--bron", ""}, "pia check: de waarde van --bron is leeg; geef een waarde: --bron <map>"},
		{[]string{"sjablonen", "--source", ""}, "de waarde van --source is leeg"},
		{[]string{"serve", "--adres", "localhost:99"}, "pia serve: --adres localhost:99 bevat ook een poort, maar de poort hoort bij --poort: gebruik --adres localhost --poort 99"},
		{[]string{"serve", "--bind", "[::1]:8080"}, "gebruik --adres ::1 --poort 8080"},
		{[]string{"serve", "--adres", ":8080"}, "pia serve: --adres :8080 is een poort, maar de poort hoort bij --poort: gebruik --poort 8080 (alleen deze computer), of --adres 0.0.0.0 --poort 8080 (ook andere computers in het netwerk)"},
		{[]string{"serve", "--adres", "127.0.0.1:", "--poort", "1400"}, "gebruik --adres 127.0.0.1 --poort 1400"},
		{[]string{"serve", "--adres", ""}, "pia serve: de waarde van --adres is leeg; geef een waarde: --adres <adres>"},
		{[]string{"build", "--uitvoer", "  "}, "pia build: de waarde van --uitvoer is leeg; geef een waarde: --uitvoer <map>"},
		{[]string{"build", "--bron", ".", "--source", "/tmp"}, `pia build: --bron staat twee keer op de regel, de tweede keer met "/tmp"; geef de optie één keer`},
		{[]string{"check", "--formaat", "json", "--formaat=tekst"}, `--formaat staat twee keer op de regel, de tweede keer met "tekst"`},
		{[]string{"check", "--ernst", ""}, "pia check: de waarde van --ernst is leeg; geef een waarde: --ernst <"},
		{[]string{"init", ""}, "pia init: de naam van de map is leeg; geef de map voor de nieuwe site, bijvoorbeeld: pia init mijn-site"},
		{[]string{"init", " "}, "pia init: de naam van de map is leeg"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(&env{stdout: &out, stderr: &errb, lang: i18n.Default}, c.args)
			if code != exitInput {
				t.Errorf("exit %d, want %d", code, exitInput)
			}
			got := errb.String()
			if !strings.Contains(got, c.want) {
				t.Errorf("want %q in:\n%s", c.want, got)
			}
			for _, english := range []string{"flag", "invalid", "parse error", "out of range", "argument"} {
				if strings.Contains(got, english) {
					t.Errorf("English %q in:\n%s", english, got)
				}
			}
		})
	}
}

// TestSiteURL: the address pia serve prints is one a browser opens, also when it listens on every address.
func TestSiteURL(t *testing.T) {
	e := &env{lang: i18n.Default}
	for _, tc := range []struct {
		addr    net.Addr
		want    string
		network bool // reached from other computers: pia serve warns that drafts are visible
	}{
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1313}, "http://127.0.0.1:1313/", false},
		{&net.TCPAddr{IP: net.IPv6loopback, Port: 1313}, "http://[::1]:1313/", false},
		{&net.TCPAddr{IP: net.IPv6unspecified, Port: 1313}, "http://localhost:1313/ (en op elk netwerkadres van deze computer)", true},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 8080}, "http://localhost:8080/ (en op elk netwerkadres van deze computer)", true},
		{&net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 1313}, "http://192.168.1.20:1313/", true},
	} {
		if got := siteURL(e, tc.addr); got != tc.want {
			t.Errorf("siteURL(%s) = %q, want %q", tc.addr, got, tc.want)
		}
		if got := onNetwork(tc.addr); got != tc.network {
			t.Errorf("onNetwork(%s) = %v, want %v", tc.addr, got, tc.network)
		}
	}
}

// TestOptionGivenTwiceWithTheSameValue: an option repeated with the same value means that value, as a script that
// adds --bron to a line that has it already would expect.
func TestOptionGivenTwiceWithTheSameValue(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(&env{stdout: &out, stderr: &errb, lang: i18n.Default}, []string{"check", "--formaat", "json", "--format", "JSON", "--bron", "../..", "--source", "../.."})
	if code == exitInput || !strings.HasPrefix(out.String(), "{") {
		t.Errorf("exit %d, stdout %.40q, stderr %s", code, out.String(), errb.String())
	}
}
