package html

import (
	"strconv"
	"strings"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

// Geometry of the drawn matrix, in SVG user units.
const (
	mxLeft    = 132 // room for the kans labels
	mxTop     = 8
	mxCellW   = 100
	mxBottom  = 70 // room for the impact labels
	mxPillH   = 22
	mxPillGap = 6
)

// renderRiskMatrix draws the 4×4 matrix as an inline SVG with a text alternative, gives the same matrix as a table,
// and lists the risks it shows. Every cell names its level in words, so colour is never the only carrier.
func renderRiskMatrix(w *writer, b document.Block, _ int) {
	m := b.(document.RiskMatrix)
	id := w.id("risicomatrix")
	w.ids[id+"-titel"], w.ids[id+"-beschrijving"] = true, true
	var cells [5][5][]document.RiskPoint // [kans][impact]
	for _, p := range m.Points {
		if p.Kans >= 1 && p.Kans <= 4 && p.Impact >= 1 && p.Impact <= 4 {
			cells[p.Kans][p.Impact] = append(cells[p.Kans][p.Impact], p)
		}
	}
	w.s(`<figure class="risicomatrix">`, "\n")
	if m.Caption != "" {
		w.s(`<figcaption>`, esc(m.Caption), "</figcaption>\n")
	}
	w.matrixSVG(id, m, &cells)
	w.matrixTable(m, &cells)
	if len(m.Points) > 0 {
		w.s(`<ul class="risicomatrix__legenda" aria-label="`, esc(w.lang.T("html.matrix.legenda")), `">`, "\n")
		for _, p := range m.Points {
			w.s(`<li><span class="risico-id risico-id--`, niveauClass(p.Kans, p.Impact), `">`, esc(p.ID), "</span> ",
				esc(p.Label))
			if p.Kans >= 1 && p.Impact >= 1 {
				w.s(` <span class="risico-plaats">(`, esc(w.lang.T("html.matrix.plaats", int(p.Kans), int(p.Impact),
					w.niveau(p.Kans, p.Impact))), ")</span>")
			}
			w.s("</li>\n")
		}
		w.s("</ul>\n")
	}
	w.s("</figure>\n")
}

func niveauClass(kans, impact model.Score) string {
	if n := model.RiskLevel(kans, impact); n != model.NiveauGeen {
		return string(n)
	}
	return "geen"
}

func (w *writer) niveau(kans, impact model.Score) string {
	return w.lang.T("html.niveau." + niveauClass(kans, impact))
}

func pillWidth(id string) int {
	return max(30, 8*len([]rune(id))+16)
}

// matrixSVG draws the matrix. The SVG is one image for assistive technology (role="img" with <title> and <desc>);
// the level words in the cells and the risk ids on the markers make it readable without colour.
func (w *writer) matrixSVG(id string, m document.RiskMatrix, cells *[5][5][]document.RiskPoint) {
	// Rows grow to hold their markers: find how many lines of markers the fullest cell needs.
	lines := 1
	for k := 1; k <= 4; k++ {
		for i := 1; i <= 4; i++ {
			lines = max(lines, len(layoutPills(cells[k][i])))
		}
	}
	cellH := 30 + lines*(mxPillH+4) + 4
	width := mxLeft + 4*mxCellW + 8
	height := mxTop + 4*cellH + mxBottom
	title := m.Caption
	if title == "" {
		title = w.lang.T("html.matrix.legenda")
	}
	n := strconv.Itoa
	w.s(`<svg class="risicomatrix__svg" role="img" aria-labelledby="`, id, `-titel `, id, `-beschrijving" `,
		`viewBox="0 0 `, n(width), " ", n(height), `" width="`, n(width), `" height="`, n(height), `" `,
		`xmlns="http://www.w3.org/2000/svg">`, "\n")
	w.s(`<title id="`, id, `-titel">`, esc(title), "</title>\n")
	w.s(`<desc id="`, id, `-beschrijving">`, esc(w.matrixAlt(m)), "</desc>\n")
	gridH := 4 * cellH
	// Axis titles.
	w.s(`<text class="as-titel" x="18" y="`, n(mxTop+gridH/2), `" transform="rotate(-90 18 `, n(mxTop+gridH/2),
		`)" text-anchor="middle">`, esc(w.lang.T("html.matrix.kans")), "</text>\n")
	w.s(`<text class="as-titel" x="`, n(mxLeft+2*mxCellW), `" y="`, n(mxTop+gridH+62), `" text-anchor="middle">`,
		esc(w.lang.T("html.matrix.impact")), "</text>\n")
	for row := 0; row < 4; row++ {
		kans := model.Score(4 - row) // kans 4 at the top
		y := mxTop + row*cellH
		w.s(`<text class="as-label" x="`, n(mxLeft-10), `" y="`, n(y+cellH/2-4), `" text-anchor="end">`,
			`<tspan class="as-getal">`, n(int(kans)), `</tspan>`,
			`<tspan x="`, n(mxLeft-10), `" dy="16">`, esc(w.lang.T("html.matrix.score."+n(int(kans)))), "</tspan></text>\n")
		for col := 0; col < 4; col++ {
			impact := model.Score(col + 1)
			x := mxLeft + col*mxCellW
			lvl := niveauClass(kans, impact)
			w.s(`<g class="cel cel--`, lvl, `">`,
				`<rect x="`, n(x), `" y="`, n(y), `" width="`, n(mxCellW), `" height="`, n(cellH), `" fill="`,
				cellFill[lvl], `" stroke="#ffffff" stroke-width="2"/>`,
				`<text class="cel__niveau" x="`, n(x+8), `" y="`, n(y+18), `">`, esc(w.niveau(kans, impact)), "</text>")
			for li, line := range layoutPills(cells[kans][impact]) {
				px := x + 8
				py := y + 28 + li*(mxPillH+4)
				for _, p := range line {
					pw := pillWidth(p.ID)
					tip := p.ID
					if p.Label != "" {
						tip += ": " + p.Label
					}
					w.s("\n", `<g class="marker"><title>`, esc(tip), "</title>",
						`<rect x="`, n(px), `" y="`, n(py), `" width="`, n(pw), `" height="`, n(mxPillH),
						`" rx="11" fill="#1a1a1a"/>`,
						`<text x="`, n(px+pw/2), `" y="`, n(py+15), `" text-anchor="middle" fill="#ffffff">`,
						esc(p.ID), "</text></g>")
					px += pw + mxPillGap
				}
			}
			w.s("</g>\n")
		}
	}
	for col := 0; col < 4; col++ {
		x := mxLeft + col*mxCellW + mxCellW/2
		w.s(`<text class="as-label" x="`, n(x), `" y="`, n(mxTop+gridH+20), `" text-anchor="middle">`,
			`<tspan class="as-getal">`, n(col+1), `</tspan>`,
			`<tspan x="`, n(x), `" dy="16">`, esc(w.lang.T("html.matrix.score."+n(col+1))), "</tspan></text>\n")
	}
	w.s("</svg>\n")
}

// matrixAlt is the text alternative: the builder's, or a sentence per risk when it gave none.
func (w *writer) matrixAlt(m document.RiskMatrix) string {
	if m.Alt != "" {
		return m.Alt
	}
	var parts []string
	for _, p := range m.Points {
		if p.Kans >= 1 && p.Impact >= 1 {
			parts = append(parts, p.ID+": "+w.lang.T("html.matrix.plaats", int(p.Kans), int(p.Impact), w.niveau(p.Kans, p.Impact))+".")
		}
	}
	return strings.Join(parts, " ")
}

// cellFill are fallback colours for a page without the style sheet; the tokens in tokens.css set the real ones.
var cellFill = map[string]string{"laag": "#d5ecd4", "midden": "#fbe3a6", "hoog": "#f4c7c3", "geen": "#eeeeee"}

// layoutPills puts markers in lines that fit the cell width.
func layoutPills(ps []document.RiskPoint) [][]document.RiskPoint {
	var lines [][]document.RiskPoint
	used := 0
	for _, p := range ps {
		pw := pillWidth(p.ID)
		if len(lines) == 0 || used+pw > mxCellW-16 {
			lines = append(lines, nil)
			used = 0
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], p)
		used += pw + mxPillGap
	}
	return lines
}

// matrixTable gives the matrix as a table: rows kans 4 to 1, columns impact 1 to 4, each cell with its level as a
// word and the ids of its risks. Small screens show it instead of the drawing; wide screens keep it for screen
// readers only (see pia.css).
func (w *writer) matrixTable(m document.RiskMatrix, cells *[5][5][]document.RiskPoint) {
	n := strconv.Itoa
	kans, impact := esc(w.lang.T("html.matrix.kans")), esc(w.lang.T("html.matrix.impact"))
	w.s(`<div class="risicomatrix__tabel">`, "\n<table>\n")
	if m.Caption != "" {
		w.s(`<caption>`, esc(m.Caption), "</caption>\n")
	}
	w.s("<thead><tr><td></td>")
	for i := 1; i <= 4; i++ {
		w.s(`<th scope="col">`, impact, " ", n(i), "</th>")
	}
	w.s("</tr></thead>\n<tbody>\n")
	for k := 4; k >= 1; k-- {
		w.s(`<tr><th scope="row">`, kans, " ", n(k), "</th>")
		for i := 1; i <= 4; i++ {
			ks, is := model.Score(k), model.Score(i)
			w.s(`<td class="cel--`, niveauClass(ks, is), `"><span class="cel__niveau">`, esc(w.niveau(ks, is)), "</span>")
			for _, p := range cells[k][i] {
				w.s(` <span class="risico-id">`, esc(p.ID), "</span>")
			}
			w.s("</td>")
		}
		w.s("</tr>\n")
	}
	w.s("</tbody>\n</table>\n")
	w.s(`<p class="risicomatrix__schaal">`, esc(w.lang.T("html.matrix.schaal")), "</p>\n</div>\n")
}
