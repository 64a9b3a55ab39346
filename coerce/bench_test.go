package coerce_test

import (
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
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

// BenchmarkBind measures the write-side hook every query argument passes.
func BenchmarkBind(b *testing.B) {
	cases := []struct {
		name string
		d    coerce.Dialect
		v    any
	}{
		{"passthrough/int64", coerce.SQLite, int64(1)},
		{"passthrough/string", coerce.SQLite, "x"},
		{"passthrough/time-postgres", coerce.Postgres, t1},
		{"time-sqlite", coerce.SQLite, t1},
		{"enum", coerce.SQLite, StatusPaid},
		{"decimal", coerce.SQLite, dec("12345.67")},
		{"uuid-sqlite", coerce.SQLite, u1},
		{"json-struct-postgres", coerce.Postgres, plainPoint{X: 1}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := coerce.Bind(c.d, c.v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBindNative measures BindNative with the predicate the
// PostgreSQL engine gives each connection (a lookup in its pgx type map):
// the common driver types never reach it, a struct on the JSON path pays
// one lookup, and a registered struct skips the JSON encoding. Compare
// with BenchmarkBind's cases of the same names.
func BenchmarkBindNative(b *testing.B) {
	m := pgtype.NewMap()
	m.RegisterDefaultPgType(codecPoint{}, "text")
	native := func(v any) bool {
		_, ok := m.TypeForValue(v)
		return ok
	}
	cases := []struct {
		name string
		v    any
	}{
		{"passthrough/int64", int64(1)},
		{"passthrough/string", "x"},
		{"passthrough/time-postgres", t1},
		{"json-struct-postgres", plainPoint{X: 1}},
		{"registered-struct-postgres", codecPoint{X: 1}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := coerce.BindNative(coerce.Postgres, c.v, native); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
