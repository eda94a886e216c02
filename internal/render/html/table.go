package html

import (
	"strconv"

	"github.com/pia-nl/pia/internal/document"
)

// renderTable writes a data table in a focusable, labelled region, so that a wide table can be scrolled sideways
// with the keyboard on a small screen instead of breaking the page.
func renderTable(w *writer, b document.Block, _ int) {
	t := b.(document.Table)
	w.n++
	capID := w.id("tabel-" + strconv.Itoa(w.n))
	label := `aria-labelledby="` + capID + `"`
	if t.Caption == "" {
		label = `aria-label="` + esc(w.lang.T("html.tabel")) + `"`
	}
	tableID := ""
	if len(t.Rows) > filterRows {
		tableID = w.id("tabel-" + strconv.Itoa(w.n) + "-rijen")
		w.s(filterHTML(w, tableID, "tabel", t.Caption, len(t.Rows)))
	}
	w.s(`<div class="tabel" role="region" `, label, ` tabindex="0">`, "\n<table")
	if tableID != "" {
		w.s(` id="`, tableID, `"`)
	}
	w.s(">\n")
	if t.Caption != "" {
		w.s(`<caption id="`, capID, `">`, esc(t.Caption), "</caption>\n")
	}
	if cols := widths(t.Widths, len(t.Header)); cols != nil {
		w.s("<colgroup>")
		for _, c := range cols {
			w.s(`<col style="width:`, c, `%">`)
		}
		w.s("</colgroup>\n")
	}
	if len(t.Header) > 0 {
		w.s("<thead>\n<tr>")
		for _, h := range t.Header {
			w.s(`<th scope="col">`, esc(h), "</th>")
		}
		w.s("</tr>\n</thead>\n")
	}
	w.s("<tbody>\n")
	for _, row := range t.Rows {
		if row.Tone != document.ToneNone {
			w.s(`<tr class="rij--`, toneClass(row.Tone), `">`)
		} else {
			w.s("<tr>")
		}
		for _, c := range row.Cells {
			w.s("<td>")
			w.inline(c)
			w.s("</td>")
		}
		// Short rows are padded so that every row has a cell under every header.
		for i := len(row.Cells); i < len(t.Header); i++ {
			w.s("<td></td>")
		}
		w.s("</tr>\n")
	}
	w.s("</tbody>\n</table>\n</div>\n")
}

// filterRows is the number of rows or items above which a table or a list of links gets a filter: the overview of
// a regional platform lists thousands of verwerkingen, and its privacy statement thousands of subjects, where
// finding those of one municipality by scrolling is no way.
const filterRows = 25

// filterHTML is the field that filters the rows of the table, or the items of the list, with id target; kind is
// "tabel", "lijst" or "inhoud" (the table of contents) and names its texts, and a table's caption goes into the
// field's label, so that the fields of several tables on one page have names of their own. The field stays hidden
// until pia.js shows it: without JavaScript the table or list is whole, and the browser's own search works as
// ever. The texts come from the page, in its language.
func filterHTML(w *writer, target, kind, caption string, rows int) string {
	fieldID := w.id(target + "-filter")
	statusID := w.id(fieldID + "-status")
	label := w.lang.T("html." + kind + "filter.label")
	if caption != "" {
		label = w.lang.T("html."+kind+"filter.label-bij", caption)
	}
	return `<div class="tabelfilter" data-pia-filter="` + target + `" hidden>` + "\n" +
		`<label class="tabelfilter__label" for="` + fieldID + `">` + esc(label) + "</label>\n" +
		`<input class="tabelfilter__veld" id="` + fieldID + `" type="search" autocomplete="off" aria-describedby="` +
		statusID + `">` + "\n" +
		`<p class="tabelfilter__status" id="` + statusID + `" role="status" data-telling="` +
		esc(w.lang.T("html."+kind+"filter.telling", "{n}", rows, "{q}")) + `" data-geen="` +
		esc(w.lang.T("html."+kind+"filter.geen", "{q}")) + `"></p>` + "\n</div>\n"
}

// widths turns relative column widths into percentages with one decimal, or nil when they do not fit the header.
func widths(ws []float64, n int) []string {
	if len(ws) == 0 || len(ws) != n {
		return nil
	}
	sum := 0.0
	for _, x := range ws {
		if x < 0 {
			return nil
		}
		sum += x
	}
	if sum <= 0 {
		return nil
	}
	out := make([]string, len(ws))
	for i, x := range ws {
		out[i] = strconv.FormatFloat(x/sum*100, 'f', 1, 64)
	}
	return out
}
