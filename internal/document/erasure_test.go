package document

import (
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/model"
	"github.com/pia-nl/pia/internal/rules"
)

// rightRow returns the row of the report's table of rights whose first cell starts with title.
func rightRow(t *testing.T, d *Document, title string) []Inline {
	t.Helper()
	var row []Inline
	Walk(d.Body, func(bl Block, _ int) {
		if tb, ok := bl.(Table); ok {
			for _, r := range tb.Rows {
				if len(r.Cells) == 3 && strings.HasPrefix(r.Cells[0].Text, title) {
					row = r.Cells
				}
			}
		}
	})
	if row == nil {
		t.Fatalf("the report has no row for %q", title)
	}
	return row
}

// consentOnly is the example's wijkteam with consent as its only basis.
func consentOnly(t *testing.T, r *rules.Rapport) *rules.Resultaat {
	t.Helper()
	return edited(result(t, r, "wijkteam-integrale-intake"), func(v *model.Verwerking) {
		for _, g := range v.Grondslagen {
			if g.Artikel == "avg-6-1-a" {
				v.Grondslagen = []model.Grondslag{g}
			}
		}
	})
}

// TestErasureIsLimitedUnderATaskOfTheLaw: the right to erasure (AVG art. 17) does not reach data that a legal
// obligation or a public task still needs (17(3)(b)), nor records kept for archiving in the public interest
// (17(3)(d)). The report must not show it as a plain "ja" for such a verwerking, and must say why it is limited; where
// consent is a basis beside the task, the limit holds for the part under the task.
func TestErasureIsLimitedUnderATaskOfTheLaw(t *testing.T) {
	site, r := exampleSite(t)
	const title = "Uw gegevens laten wissen"
	row := rightRow(t, PIA(site, result(t, r, "wmo-maatwerkvoorziening")), title)
	if row[1].Text != "beperkt" {
		t.Errorf("erasure under a public task and a legal obligation: applies %q, want \"beperkt\"", row[1].Text)
	}
	why := strings.Join(strings.Fields(row[2].Text), " ")
	for _, want := range []string{"art. 17 lid 3 onder b", "wettelijke verplichting", "publieke taak"} {
		if !strings.Contains(why, want) {
			t.Errorf("the report does not say why erasure is limited (%q):\n%s", want, why)
		}
	}
	if strings.Contains(why, "voor het deel van de verwerking") {
		t.Errorf("every basis of the Wmo verwerking limits erasure, yet the report says it is limited for a part:\n%s", why)
	}

	// The wijkteam rests on consent beside a public task: erasure is limited for the part under the task.
	row = rightRow(t, PIA(site, result(t, r, "wijkteam-integrale-intake")), title)
	why = strings.Join(strings.Fields(row[2].Text), " ")
	if row[1].Text != "beperkt" || !strings.Contains(why, "Zo beperkt voor het deel van de verwerking op grond van: Taak van algemeen belang") {
		t.Errorf("erasure beside consent: applies %q, why:\n%s", row[1].Text, why)
	}

	// Consent alone limits nothing: the right holds.
	if row = rightRow(t, PIA(site, consentOnly(t, r)), title); row[1].Text != "ja" {
		t.Errorf("erasure under consent alone: applies %q, want \"ja\"", row[1].Text)
	}
}

// statementRight returns the item of the statement's list of rights that starts with the right's title in bold.
func statementRight(t *testing.T, d *Document, title string) string {
	t.Helper()
	item := ""
	Walk(d.Body, func(bl Block, _ int) {
		if l, ok := bl.(List); ok {
			for _, it := range l.Items {
				if strings.HasPrefix(it.Text, "**"+title+".**") {
					item = strings.Join(strings.Fields(it.Text), " ")
				}
			}
		}
	})
	if item == "" {
		t.Fatalf("the statement has no right %q", title)
	}
	return item
}

// TestStatementSaysErasureOftenCannot: where a task or duty of the law limits erasure, the citizen reads that
// erasure often cannot be done here and why, not only that it sometimes cannot; under consent alone the plain text
// stays.
func TestStatementSaysErasureOftenCannot(t *testing.T) {
	site, r := exampleSite(t)
	const title = "Uw gegevens laten wissen"
	limited := statementRight(t, Privacyverklaring(site, result(t, r, "wmo-maatwerkvoorziening")), title)
	for _, want := range []string{"Maar dat kan vaak niet", "taak of plicht die de wet ons geeft", "Dan wissen wij ze wel"} {
		if !strings.Contains(limited, want) {
			t.Errorf("erasure under a public task: the statement does not say %q:\n%s", want, limited)
		}
	}
	if strings.Contains(limited, "Soms mogen wij") {
		t.Errorf("the statement gives both texts on erasure:\n%s", limited)
	}
	plain := statementRight(t, Privacyverklaring(site, consentOnly(t, r)), title)
	if !strings.Contains(plain, "Soms mogen wij gegevens niet wissen") || strings.Contains(plain, "vaak niet") {
		t.Errorf("erasure under consent alone: the statement should keep the plain text:\n%s", plain)
	}
}
