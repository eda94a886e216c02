package pdf

import (
	"math"
	"strconv"
	"testing"
)

func TestAppendFixed(t *testing.T) {
	for _, v := range []float64{0, 0.005, 0.015, 0.125, 0.1, 1.0 / 3, 2.675, 56.7, 841.89, 595.28, 0.9999999, 1234567.895,
		51.0 / 255, 204.0 / 255, 1e9, 1e12, -0.001, -3.5, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, -5e-324, -1e-300, -2.675, -1e12} {
		for prec := 0; prec <= 6; prec++ {
			if got, want := string(appendFixed(nil, v, prec)), strconv.FormatFloat(v, 'f', prec, 64); got != want {
				t.Errorf("appendFixed(%v, %d) = %s, want %s", v, prec, got, want)
			}
		}
	}
	for c := range 256 {
		v := float64(c) / 255
		if got, want := string(appendFixed(nil, v, 3)), strconv.FormatFloat(v, 'f', 3, 64); got != want {
			t.Errorf("colour %d: %s, want %s", c, got, want)
		}
	}
}

// FuzzAppendFixed checks appendFixed against strconv for any number and precision.
func FuzzAppendFixed(f *testing.F) {
	f.Add(0.125, 2)
	f.Add(2.675, 2)
	f.Add(841.8897637795275, 2)
	f.Add(0.2, 3)
	f.Add(-283.46, 2)
	f.Add(math.Inf(-1), 2)
	f.Fuzz(func(t *testing.T, v float64, prec int) {
		prec = ((prec % 7) + 7) % 7
		if got, want := string(appendFixed([]byte("x"), v, prec)), "x"+strconv.FormatFloat(v, 'f', prec, 64); got != want {
			t.Fatalf("appendFixed(%v, %d) = %s, want %s", v, prec, got, want)
		}
	})
}

func BenchmarkAppendFixed(b *testing.B) {
	buf := make([]byte, 0, 32)
	for i := 0; b.Loop(); i++ {
		buf = appendFixed(buf[:0], float64(i%800)*2.834645669+0.37, 2)
	}
}

func BenchmarkAppendFloat(b *testing.B) {
	buf := make([]byte, 0, 32)
	for i := 0; b.Loop(); i++ {
		buf = strconv.AppendFloat(buf[:0], float64(i%800)*2.834645669+0.37, 'f', 2, 64)
	}
}
