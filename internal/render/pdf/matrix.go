package pdf

import (
	"strconv"

	"github.com/pia-nl/pia/internal/document"
	"github.com/pia-nl/pia/internal/model"
)

// Strong tints of the risk levels in the matrix, light enough for black text.
var matrixFill = map[model.Niveau]rgb{
	model.NiveauLaag:   {0xc6, 0xe7, 0xcb},
	model.NiveauMidden: {0xff, 0xdb, 0x99},
	model.NiveauHoog:   {0xf3, 0xae, 0xa8},
}

// matrix draws the 4×4 risk matrix: kans on the vertical axis from 4 at the top to 1, impact on the horizontal
// axis from 1 to 4, each cell tinted by the level of kans × impact and holding the ids of its risks. It is one
// slice, so it never breaks across pages.
func (f *flow) matrix(m document.RiskMatrix) {
	l := f.l
	const (
		axisW  = 7.0  // the rotated "Kans"
		scoreW = 6.0  // the numbers 1–4 beside the rows
		minH   = 15.0 // the smallest cell
		maxH   = 40.0 // the tallest cell; more risks than fit are counted as "+n"
	)
	cw := min(32.0, (f.w-axisW-scoreW)/4)
	gridX := f.x + (f.w-axisW-scoreW-4*cw)/2 + axisW + scoreW
	ids := map[[2]int][]string{}
	for _, p := range m.Points {
		if p.Kans < 1 || p.Kans > 4 || p.Impact < 1 || p.Impact > 4 {
			continue // unscored risks have no cell
		}
		k := [2]int{int(p.Kans), int(p.Impact)}
		ids[k] = append(ids[k], clean(p.ID))
	}
	idStyle := textStyle{size: 9, st: stBold, color: colText, lead: 1.3}
	cellText := func(list []string, limit int) []span {
		var out []span
		for i, id := range list {
			if i == limit {
				return append(out, span{text: " +" + strconv.Itoa(len(list)-limit)})
			}
			sep := ""
			if i > 0 {
				sep = " "
			}
			out = append(out, span{text: sep + id})
		}
		return out
	}
	// Lay out each cell's ids; rows grow with their fullest cell, up to maxH.
	type laid struct{ lines []line }
	cells := map[[2]int]laid{}
	rowH := [5]float64{}
	for k := 4; k >= 1; k-- {
		rowH[k] = minH
		for i := 1; i <= 4; i++ {
			list := ids[[2]int{k, i}]
			limit := len(list)
			var lines []line
			for {
				lines = l.m.wrap(cellText(list, limit), idStyle, cw-4)
				if float64(len(lines))*idStyle.lineH()+6 <= maxH || limit == 0 {
					break
				}
				limit--
			}
			cells[[2]int{k, i}] = laid{lines}
			rowH[k] = max(rowH[k], float64(len(lines))*idStyle.lineH()+6)
		}
	}
	var ops []op
	y := 0.0
	label := textStyle{size: 8, color: colMuted, lead: 1.2}
	small := faceOf(label, 0)
	for k := 4; k >= 1; k-- {
		h := rowH[k]
		num := strconv.Itoa(k)
		ops = append(ops, op{kind: opText, x: gridX - 2.5 - l.m.width(num, small), y: y + h/2 + 1, s: num, font: small,
			color: colMuted})
		for i := 1; i <= 4; i++ {
			x := gridX + float64(i-1)*cw
			lvl := model.RiskLevel(model.Score(k), model.Score(i))
			ops = append(ops, op{kind: opRect, x: x, y: y, w: cw, h: h, fill: matrixFill[lvl], filled: true,
				color: rgb{0xff, 0xff, 0xff}, stroked: true, width: 0.6})
			word := l.t("pdf.niveau." + string(lvl))
			tiny := face{size: 6.5}
			ops = append(ops, op{kind: opText, x: x + cw - 1.5 - l.m.width(word, tiny), y: y + h - 1.5, s: word,
				font: tiny, color: colMuted})
			ly := y + 1.5
			for _, ln := range cells[[2]int{k, i}].lines {
				ops = append(ops, shift(lineOps(ln, idStyle, x+2, cw-4), 0, ly)...)
				ly += idStyle.lineH()
			}
		}
		y += h
	}
	gridH := y
	// Impact scores under the columns, the axis names beside and below.
	for i := 1; i <= 4; i++ {
		num := strconv.Itoa(i)
		ops = append(ops, op{kind: opText, x: gridX + (float64(i)-0.5)*cw - l.m.width(num, small)/2, y: y + 4,
			s: num, font: small, color: colMuted})
	}
	axis := face{style: styleBold, size: 9}
	impact := l.t("pdf.impact")
	ops = append(ops, op{kind: opText, x: gridX + 2*cw - l.m.width(impact, axis)/2, y: y + 9, s: impact, font: axis,
		color: colText})
	kans := l.t("pdf.kans")
	kw := l.m.width(kans, axis)
	ops = append(ops, op{kind: opRotText, x: gridX - scoreW - 2, y: gridH/2 + kw/2, s: kans, font: axis, color: colText,
		turn: &turn{angle: 90}})
	// Legend.
	y += 14
	lx := gridX
	legend := l.t("pdf.legenda")
	lf := face{size: 8}
	ops = append(ops, op{kind: opText, x: lx, y: y + 3, s: legend, font: lf, color: colMuted})
	lx += l.m.width(legend, lf) + 3
	for _, lvl := range []model.Niveau{model.NiveauLaag, model.NiveauMidden, model.NiveauHoog} {
		ops = append(ops, op{kind: opRect, x: lx, y: y, w: 4, h: 4, fill: matrixFill[lvl], filled: true})
		word := l.t("pdf.niveau." + string(lvl))
		ops = append(ops, op{kind: opText, x: lx + 5.5, y: y + 3.2, s: word, font: lf, color: colText})
		lx += 5.5 + l.m.width(word, lf) + 5
	}
	y += 6
	if m.Caption != "" {
		cap := f.lines([]span{{text: clean(m.Caption)}}, tsCaption)
		for i := range cap {
			cap[i].keepNext = true
		}
		f.add(cap...)
		f.add(slice{h: 2, keepNext: true})
	}
	f.add(slice{h: y, ops: ops, keepNext: true}) // with the line on what the scores mean
	f.matrixText(m)
}

// matrixText writes below the matrix what its cells only show as numbers and ids: what the scores mean, and each
// risk with its kans, impact and level, as the HTML page does.
func (f *flow) matrixText(m document.RiskMatrix) {
	f.space(1)
	f.para([]span{{text: f.l.t("pdf.matrix.schaal")}}, tsSmall)
	if len(m.Points) == 0 {
		return
	}
	f.space(1)
	its := make([]item, 0, len(m.Points))
	for _, p := range m.Points {
		text := clean(p.ID) + " " + clean(p.Label)
		if p.Kans >= 1 && p.Kans <= 4 && p.Impact >= 1 && p.Impact <= 4 {
			lvl := model.RiskLevel(p.Kans, p.Impact)
			text += " (" + f.l.t("pdf.matrix.plaats", int(p.Kans), int(p.Impact), f.l.t("pdf.niveau."+string(lvl))) + ")"
		}
		its = append(its, item{marker: bullets[0], content: func(sub *flow) { sub.para([]span{{text: text}}, tsSmall) }})
	}
	f.items(its, tsSmall, 0.6)
}
