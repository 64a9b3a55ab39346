package bind_test

import (
	"database/sql"
	"errors"
	"reflect"
	"testing"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/schema"
)

// codecPoint stands for a struct the driver has a codec for (on
// PostgreSQL, one the application registered in pgx's type map).
type codecPoint struct {
	X int
	F func() // no JSON form: only the driver's codec can write it
}

type plainPoint struct{ X int }

// TestBindNative pins the bug where ferro wrote a struct the driver had a
// codec for as JSON text (a composite type registered with pgx reached pgx
// as a string): BindNative leaves exactly the maps and structs of the JSON
// path that native reports to the driver, through pointers and
// sql.Null-style wrappers, and nothing else changes.
func TestBindNative(t *testing.T) {
	t.Parallel()
	native := func(v any) bool {
		_, ok := v.(codecPoint)
		return ok
	}
	p := codecPoint{X: 1}
	tests := []struct {
		name    string
		d       schema.Dialect
		v       any
		want    any
		ok      bool
		wantErr error
	}{
		{name: "registered struct", d: schema.Postgres, v: p},
		{name: "pointer", d: schema.Postgres, v: &p},
		{name: "nil pointer", d: schema.Postgres, v: (*codecPoint)(nil), ok: true},
		{name: "null wrapper", d: schema.Postgres, v: sql.Null[codecPoint]{V: p, Valid: true}},
		{name: "invalid null wrapper", d: schema.Postgres, v: sql.Null[codecPoint]{}, ok: true},
		{name: "on sqlite too", d: schema.SQLite, v: p},
		{name: "other struct is JSON", d: schema.Postgres, v: plainPoint{X: 2}, want: `{"X":2}`, ok: true},
		{name: "map is JSON", d: schema.Postgres, v: map[string]int{"a": 1}, want: `{"a":1}`, ok: true},
		{name: "enum still checked", d: schema.Postgres, v: Status("lost"), wantErr: coerce.ErrNotMember},
		{name: "decimal still text", d: schema.Postgres, v: dec("12.50"), want: "12.50", ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok, err := forms(tc.d).BindNative(tc.v, native)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("BindNative(%T) error = %v, want %v", tc.v, err, tc.wantErr)
				}
				return
			}
			if err != nil || ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("BindNative(%T) = %#v, %v, %v; want %#v, %v, nil", tc.v, got, ok, err, tc.want, tc.ok)
			}
		})
	}
	// Without native the same struct is refused: it has no JSON form.
	if _, _, err := forms(schema.Postgres).Bind(p); !errors.Is(err, coerce.ErrConvert) {
		t.Fatalf("Bind(codecPoint) error = %v, want ErrConvert", err)
	}
}

// TestBindNative_notAskedForScalars pins that the predicate costs the
// common driver types nothing (no call, no allocation), and that it is
// asked only about JSON-path values: never about an enum, a decimal or a
// slice (which pgx binds to an array parameter on PostgreSQL).
func TestBindNative_notAskedForScalars(t *testing.T) {
	asked := 0
	native := func(any) bool { asked++; return false }
	for _, v := range []any{nil, int64(1), 1, "s", []byte("b"), 1.5, true, t1, u1} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, ok, _ := forms(schema.Postgres).BindNative(v, native); ok {
				t.Fatalf("BindNative(%T) canonicalised a pass-through type", v)
			}
		})
		if allocs != 0 {
			t.Errorf("BindNative(%T) allocates %.1f times, want 0", v, allocs)
		}
	}
	for _, v := range []any{dec("1"), StatusPaid, []string{"a"}, []Status{StatusPaid}} {
		if _, _, err := forms(schema.Postgres).BindNative(v, native); err != nil {
			t.Fatalf("BindNative(%T): %v", v, err)
		}
	}
	if asked != 0 {
		t.Fatalf("native was asked %d times about values off the JSON path", asked)
	}
}
