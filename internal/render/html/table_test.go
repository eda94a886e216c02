package html

import (
	"strings"
	"testing"

	"github.com/pia-nl/pia/internal/document"
)

// TestLongTablesGetAFilter: a table with more rows than filterRows gets a filter field, hidden until pia.js shows
// it, labelled, tied to the table by id and with a status line in the page's language; a shorter table gets none.
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
		`<label class="tabelfilter__label" for="tabel-1-rijen-filter">Toon alleen de rijen met</label>`,
		`<input class="tabelfilter__veld" id="tabel-1-rijen-filter" type="search" autocomplete="off" aria-describedby="tabel-1-rijen-filter-status">`,
		`<p class="tabelfilter__status" id="tabel-1-rijen-filter-status" role="status" data-telling="{n} van de 26 rijen" data-geen="Geen rij bevat dit."></p>`,
		`<table id="tabel-1-rijen">`,
	} {
		if !strings.Contains(long, want) {
			t.Errorf("a table of %d rows lacks %s", filterRows+1, want)
		}
	}
}
