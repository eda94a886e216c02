package pdf

import (
	"math"
	"strconv"
)

// pow10 holds the powers of ten appendFixed handles.
var pow10 = [...]float64{1, 10, 100, 1000, 10000, 100000}

// appendFixed appends v with prec decimals, the bytes of strconv.AppendFloat(b, v, 'f', prec, 64), which is what
// fpdf writes for coordinates and colours. A page holds thousands of such numbers; strconv finds the shortest exact
// decimal expansion first, which for two or three decimals is the larger part of the work. Here v is scaled and
// rounded to a whole number. Where that could round differently from strconv (the scaled value lies within a
// millionth of a half, or is -0, 2^33 or more, or not a number), strconv does it. A finite negative number is
// its sign and the digits of its magnitude, as strconv rounds both the same way.
func appendFixed(b []byte, v float64, prec int) []byte {
	if prec < 1 || prec >= len(pow10) {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	if v < 0 && v > -1<<33 {
		return appendFixed(append(b, '-'), -v, prec)
	}
	// Below 2^33 the product is off from the exact one by at most half a unit in its last place, 2^-21: less than
	// the margin around a half, so rounding it gives what rounding the exact value gives.
	scaled := v * pow10[prec]
	if !(scaled >= 0 && scaled < 1<<33) || math.Signbit(v) || math.Abs(scaled-math.Trunc(scaled)-0.5) < 1e-6 {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	r := math.Round(scaled)
	n := int64(r)
	unit := int64(pow10[prec])
	b = strconv.AppendInt(b, n/unit, 10)
	b = append(b, '.')
	frac := n % unit
	for d := unit / 10; d > 0; d /= 10 {
		b = append(b, byte('0'+frac/d%10))
	}
	return b
}
