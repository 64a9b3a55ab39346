package coerce

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// The fuzz targets of the text parsers (times, UUIDs, decimals) are in
// internal/fuzzing, whose test binary links no database driver: here every
// input would pay for coverage of modernc and pgx too (issue 13 item 13).

// TestShortFloat_random drives shortFloat through the range it serves:
// short decimals (typical money and scores) and arbitrary doubles.
func TestShortFloat_random(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	hits := 0
	for i := 0; i < 300000; i++ {
		var v float64
		if i%2 == 0 {
			v = float64(r.Int64N(2e9)-1e9) / pow10[r.IntN(len(pow10))]
		} else {
			v = (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(11)-5))
		}
		coef, exp, ok := shortFloat(v)
		if !ok {
			continue
		}
		hits++
		want := decimal.RequireFromString(strconv.FormatFloat(v, 'g', -1, 64))
		if got := decimal.New(coef, exp); !got.Equal(want) || got.Exponent() != want.Exponent() {
			t.Fatalf("shortFloat(%v) = %s (exp %d), want %s (exp %d)", v, got, got.Exponent(), want, want.Exponent())
		}
	}
	if hits < 100000 {
		t.Fatalf("only %d values took the fast path", hits)
	}
}
