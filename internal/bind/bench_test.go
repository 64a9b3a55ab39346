package bind_test

import (
	"testing"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/ferrosql/ferro/schema"
)

// BenchmarkBind measures the write-side hook every query argument passes.
func BenchmarkBind(b *testing.B) {
	cases := []struct {
		name string
		d    schema.Dialect
		v    any
	}{
		{"passthrough/int64", schema.SQLite, int64(1)},
		{"passthrough/string", schema.SQLite, "x"},
		{"passthrough/time-postgres", schema.Postgres, t1},
		{"time-sqlite", schema.SQLite, t1},
		{"enum", schema.SQLite, StatusPaid},
		{"decimal", schema.SQLite, dec("12345.67")},
		{"uuid-sqlite", schema.SQLite, u1},
		{"json-struct-postgres", schema.Postgres, plainPoint{X: 1}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			f := forms(c.d)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := f.Bind(c.v); err != nil {
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
	f := forms(schema.Postgres)
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := f.BindNative(c.v, native); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
