package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/i18n"
)

// fragments are the messages under a rule's code that are no finding of their own but a part of one, passed to it
// as an argument or added to it: they have no Sep. Every other message of a rule is a finding and has one.
var fragments = []string{
	"rules.besluit-ontbreekt.veld-datum",
	"rules.besluit-ontbreekt.veld-door",
	"rules.besluit-ontbreekt.veld-fg_advies_gevolgd",
	"rules.besluit-ontbreekt.veld-restrisico_aanvaard_door",
	"rules.bewaartermijn-wijkt-af.standaard",
	"rules.bewaartermijn-wijkt-af.wettelijk",
	"rules.doorgifte-zonder-waarborg.bedoelde-u",
	"rules.onzekere-bron.bron-tekst",
	"rules.onzekere-bron.controle",
	"rules.onzekere-bron.controle.definitief",
	"rules.onzekere-bron.controle.vastgesteld",
	"rules.onzekere-bron.meer",
	"rules.onzekere-bron.meer.een",
	"rules.pakket-andere-taal.en",
	"rules.pakket-andere-taal.nl",
	"rules.registratie-ruimer-dan-nodig.mag-bij-hulpbehoefte",
	"rules.registratie-ruimer-dan-nodig.mag-nooit",
	"rules.registratie-ruimer-dan-nodig.ook-art10",
	"rules.registratie-ruimer-dan-nodig.ook-art9",
	"rules.tabel-vervangt-sjabloon.deel",
	"rules.tabel-vervangt-sjabloon.deel-advies_fg",
	"rules.tabel-vervangt-sjabloon.deel-besluit",
	"rules.tabel-vervangt-sjabloon.deel-besluitvorming",
	"rules.tabel-vervangt-sjabloon.deel-dpia",
	"rules.tabel-vervangt-sjabloon.deel-informeren",
	"rules.tabel-vervangt-sjabloon.deel-raadpleging_betrokkenen",
	"rules.tabel-vervangt-sjabloon.deel-rechten",
	"rules.tabel-vervangt-sjabloon.oorzaak",
}

// TestFindingMessagesHaveSep: every message of a finding says what is wrong and, after Sep, what to change; a
// fragment, and a message of no rule, has no Sep.
func TestFindingMessagesHaveSep(t *testing.T) {
	findings := 0
	for _, k := range i18n.Keys("nl") {
		if !strings.HasPrefix(k, "rules.") {
			continue
		}
		code, variant, _ := strings.Cut(strings.TrimPrefix(k, "rules."), ".")
		_, rule := ruleByCode[code]
		finding := rule && variant != "bron" && variant != "uitleg" && !slices.Contains(fragments, k)
		has := strings.Contains(i18n.T(k), i18n.Sep)
		switch {
		case finding && !has:
			t.Errorf("%s: a finding without %s between what is wrong and what to change", k, i18n.Sep)
		case !finding && has:
			t.Errorf("%s: not a finding, but it has %s", k, i18n.Sep)
		}
		if finding {
			findings++
		}
	}
	for _, k := range fragments {
		if !i18n.Has("nl", k) {
			t.Errorf("fragment %s is not in the catalogue", k)
		}
	}
	if findings < 100 {
		t.Errorf("only %d finding messages", findings)
	}
}

// verbArgs gives dummy arguments for format f as fmt reads them: "«n»" for the nth argument of a %s, n for a %d,
// with an index (%[2]s) moving to that argument.
func verbArgs(f string) []any {
	var args []any
	next := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		if i < len(f) && f[i] == '[' {
			end := strings.IndexByte(f[i:], ']')
			n, err := strconv.Atoi(f[i+1 : i+end])
			if err != nil {
				return nil
			}
			next = n - 1
			i += end + 1
		}
		if i >= len(f) {
			return nil
		}
		for len(args) <= next {
			args = append(args, "«"+strconv.Itoa(len(args)+1)+"»")
		}
		if f[i] == 'd' {
			args[next] = next + 1
		}
		next++
	}
	return args
}

var spaces = regexp.MustCompile(`\s+`)

// TestSplitReadsAsTheWhole: for every message with Sep, Split gives two parts, both formatted without a fault, that
// read as the whole message with Sep as a space; the first part, for the report, names no key, table or file.
func TestSplitReadsAsTheWhole(t *testing.T) {
	n := 0
	for _, k := range i18n.Keys("nl") {
		f := i18n.T(k)
		if !strings.Contains(f, i18n.Sep) {
			continue
		}
		n++
		if strings.Count(f, i18n.Sep) > 1 {
			t.Errorf("%s: %s more than once", k, i18n.Sep)
		}
		args := verbArgs(f)
		head, tail := i18n.Lang("nl").Split(k, args...)
		if head == "" || tail == "" {
			t.Errorf("%s: an empty part: %q | %q", k, head, tail)
		}
		for _, part := range []string{head, tail} {
			if strings.Contains(part, i18n.Sep) || strings.Contains(part, "%!") {
				t.Errorf("%s: %q", k, part)
			}
		}
		if m := fileSyntax.FindString(head); m != "" {
			t.Errorf("%s: what is wrong has %q: %s", k, m, head)
		}
		// The board reads it: "u" would be the board, not whoever keeps the questionnaire.
		if m := addressed.FindString(head); m != "" {
			t.Errorf("%s: what is wrong says %q: %s", k, m, head)
		}
		whole := spaces.ReplaceAllString(fmt.Sprintf(strings.Replace(f, i18n.Sep, " ", 1), args...), " ")
		if got := spaces.ReplaceAllString(head+" "+tail, " "); got != strings.TrimSpace(whole) {
			t.Errorf("%s: the parts read\n%s\nthe whole message\n%s", k, got, whole)
		}
	}
	if n == 0 {
		t.Error("no message with Sep")
	}
}

// addressed is a word that speaks to the reader.
var addressed = regexp.MustCompile(`(?i)\b(u|uw)\b`)

// fileSyntax is what only the questionnaire's files say: a key in backticks, a table, an assignment, a file.
var fileSyntax = regexp.MustCompile("`|\\[\\[|\\[[a-z_.]+\\]|\\s=\\s|\\.toml|\\.md\\b|¶|\\(\"\\*\"\\)|\"(altijd|bij-hulpbehoefte|nooit)\"|”\\.\\.|\\.”\\.")

// TestBerichtIsForTheReport: every finding of the rule table says in its Bericht what is wrong in plain words,
// without the keys, tables and files of the questionnaire, and in its Oplossing what to change.
func TestBerichtIsForTheReport(t *testing.T) {
	seen := 0
	for _, tc := range cases {
		site, v := testSite()
		tc.mutate(site, v)
		for _, b := range Evaluate(site).All() {
			seen++
			if b.Bericht == "" || b.Bericht != strings.TrimSpace(b.Bericht) {
				t.Errorf("%s: %s@%s: Bericht %q", tc.name, b.Code, b.Veld, b.Bericht)
			}
			if m := fileSyntax.FindString(b.Bericht); m != "" {
				t.Errorf("%s: %s@%s: Bericht has %q: %s", tc.name, b.Code, b.Veld, m, b.Bericht)
			}
			if b.Oplossing == "" || b.Oplossing != strings.TrimSpace(b.Oplossing) || strings.Contains(b.Oplossing, i18n.Sep) {
				t.Errorf("%s: %s@%s: Oplossing %q", tc.name, b.Code, b.Veld, b.Oplossing)
			}
			if strings.Contains(b.Text(), "%!") {
				t.Errorf("%s: %s@%s: the arguments do not fit the message: %q", tc.name, b.Code, b.Veld, b.Text())
			}
			if strings.Contains(b.Text(), "[rules.") {
				t.Errorf("%s: %s@%s: a message key without its text in %q", tc.name, b.Code, b.Veld, b.Text())
			}
			if strings.Contains(b.Text(), "  ") {
				t.Errorf("%s: %s@%s: two spaces in %q", tc.name, b.Code, b.Veld, b.Text())
			}
		}
	}
	if seen == 0 {
		t.Error("no findings")
	}
}
