package coerce_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
)

// Micro-benchmarks of single-value coercion, each through a reused Into
// scanner (the same decoders ScanAll uses). Target: < 100 ns each.
func BenchmarkCoerce(b *testing.B) {
	var (
		d   decimal.Decimal
		st  Status
		tm  time.Time
		nd  decimal.NullDecimal
		ok  bool
		u   [16]byte
		pr  Priority
		i64 int64
	)
	cases := []struct {
		name string
		dst  any
		src  any
	}{
		{"decimal/text", &d, "12345.67"},
		{"decimal/int", &d, int64(1234567)},
		{"decimal/real", &d, 1234.5},
		{"nulldecimal/text", &nd, "12345.67"},
		{"enum/text", &st, "shipped"},
		{"intenum/int", &pr, int64(3)},
		{"time/time", &tm, t1},
		{"time/canonical-text", &tm, "2024-03-09 10:11:12.123456789Z"},
		{"time/offset-text", &tm, "2024-03-09T12:11:12.123+02:00"},
		{"bool/int", &ok, int64(1)},
		{"uuid/text", &u, "0f8fad5b-d9cb-469f-a165-70867728950e"},
		{"int64/int", &i64, int64(7)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			s := coerce.Into(c.dst)
			b.ReportAllocs()
			for b.Loop() {
				if err := s.Scan(c.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
