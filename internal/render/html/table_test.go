package html

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

// TestLongTablesGetAFilter: a table with more rows than filterRows gets a filter field, hidden until pia.js shows
// it, labelled, tied to the table by id and with a status line in the page's language; a shorter table gets none.
// A list of links gets one likewise.
func TestLongTablesGetAFilter(t *testing.T) {
	r := defaultTheme(t)
	page := func(rows int) string {
		t.Helper()
		b, err := r.Page(&document.Document{Kind: document.KindOverzicht, Lang: "nl", Title: "Overzicht",
			Body: []document.Block{longTable(rows)}})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	short := page(filterRows)
	if strings.Contains(short, "data-pia-filter") || strings.Contains(short, "tabelfilter") {
		t.Errorf("a table of %d rows has a filter", filterRows)
	}
	long := page(filterRows + 1)
	for _, want := range []string{
		`<div class="tabelfilter" data-pia-filter="tabel-1-rijen" hidden>`,
		`<label class="tabelfilter__label" for="tabel-1-rijen-filter">Zoek in de tabel Alle verwerkingen</label>`,
		`<input class="tabelfilter__veld" id="tabel-1-rijen-filter" type="search" autocomplete="off" aria-describedby="tabel-1-rijen-filter-status">`,
		`<p class="tabelfilter__status" id="tabel-1-rijen-filter-status" role="status" data-telling="{n} van de 26 rijen bevatten „{q}”." data-geen="Geen rij bevat „{q}”."></p>`,
		`<table id="tabel-1-rijen">`,
	} {
		if !strings.Contains(long, want) {
			t.Errorf("a table of %d rows lacks %s", filterRows+1, want)
		}
	}
	list := func(n int) string {
		t.Helper()
		l := document.LinkList{}
		for i := range n {
			l.Items = append(l.Items, document.Link{Text: fmt.Sprintf("Onderwerp %d", i), Kind: document.KindPrivacyverklaring,
				ID: fmt.Sprintf("v%d", i)})
		}
		b, err := r.Page(&document.Document{Kind: document.KindPrivacyOverzicht, Lang: "nl", Title: "Privacyverklaring",
			Body: []document.Block{l}})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if short := list(filterRows); strings.Contains(short, "data-pia-filter") {
		t.Errorf("a list of %d links has a filter", filterRows)
	}
	long = list(filterRows + 1)
	for _, want := range []string{
		`<div class="tabelfilter" data-pia-filter="lijst-1" hidden>`,
		`<label class="tabelfilter__label" for="lijst-1-filter">Zoek in deze lijst</label>`,
		`data-telling="{n} van de 26 bevatten „{q}”." data-geen="Niets in deze lijst bevat „{q}”."`,
		`<ul class="linklijst" id="lijst-1">`,
	} {
		if !strings.Contains(long, want) {
			t.Errorf("a list of %d links lacks %s", filterRows+1, want)
		}
	}
	// The field's ids are the page's like any other: a section whose anchor is the field's id keeps it.
	b, err := r.Page(&document.Document{Kind: document.KindOverzicht, Lang: "nl", Title: "Overzicht",
		Body: []document.Block{document.Section{Anchor: "tabel-1-rijen-filter", Title: "Filter",
			Blocks: []document.Block{longTable(filterRows + 1)}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"tabel-1-rijen-filter", "tabel-1-rijen-filter-status", "tabel-1-rijen"} {
		if n := strings.Count(string(b), `id="`+id+`"`); n > 1 {
			t.Errorf("id %s is on the page %d times", id, n)
		}
	}
	// A long table of contents, such as a large city's register, gets one too.
	register := func(n int) string {
		t.Helper()
		doc := &document.Document{Kind: document.KindRegister, Lang: "nl", Title: "Verwerkingsregister"}
		for i := range n {
			doc.Body = append(doc.Body, document.Section{Anchor: fmt.Sprintf("v-%d", i), Title: fmt.Sprintf("Verwerking %d", i),
				Blocks: []document.Block{document.Text{Inline: document.Plain("Een doel.")}}})
		}
		b, err := r.Page(doc)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if short := register(filterRows); strings.Contains(short, "data-pia-filter") {
		t.Errorf("a table of contents of %d entries has a filter", filterRows)
	}
	long = register(filterRows + 1)
	for _, want := range []string{
		`<div class="tabelfilter" data-pia-filter="pia-inhoudsopgave-lijst" hidden>`,
		`<label class="tabelfilter__label" for="pia-inhoudsopgave-lijst-filter">Zoek in de inhoud</label>`,
		`data-telling="{n} van de 26 onderdelen bevatten „{q}”."`,
		`<ol class="inhoudsopgave__lijst" id="pia-inhoudsopgave-lijst">`,
	} {
		if !strings.Contains(long, want) {
			t.Errorf("a table of contents of %d entries lacks %s", filterRows+1, want)
		}
	}
}
