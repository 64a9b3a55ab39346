package coerce_test

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	_ "github.com/ferrosql/ferro" // registers ferro-sqlite and ferro-postgres: values are written through ferro
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

// ph returns the n-th (1-based) placeholder of e's dialect.
func ph(e testdb.Engine, n int) string {
	if e.Name == "postgres" {
		return fmt.Sprintf("$%d", n)
	}
	return "?"
}

func exec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// Row types for ScanAll. The id column is ignored by the plain ones
// (extra columns are ignored by default).
type (
	plainRow[T any] struct {
		V T `ferro:"v"`
	}
	ptrRow[T any] struct {
		ID int64 `ferro:"id"`
		V  *T    `ferro:"v"`
	}
	nullRow[T any] struct {
		ID int64       `ferro:"id"`
		V  sql.Null[T] `ferro:"v"`
	}
	jsonPlainRow[T any] struct {
		V T `ferro:"v,type=json"`
	}
	jsonPtrRow[T any] struct {
		ID int64 `ferro:"id"`
		V  *T    `ferro:"v,type=json"`
	}
)

// matrixCase is one Go type of the round-trip matrix.
type matrixCase interface {
	caseName() string
	run(t *testing.T, e testdb.Engine, db *sql.DB)
}

type typed[T any] struct {
	name             string
	sqlite, postgres string // column types
	value, zero      T
	zeroWriteErr     error // the zero value cannot be written (enums)
	json             bool  // stored as JSON text (type=json)
	nilable          bool  // T itself has a nil ([]byte): NULL reads as nil, never as empty
}

func (c typed[T]) caseName() string { return c.name }

func (c typed[T]) arg(v T) any {
	if c.json {
		b, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		return string(b)
	}
	return v
}

func (c typed[T]) run(t *testing.T, e testdb.Engine, db *sql.DB) {
	col := c.sqlite
	if e.Name == "postgres" {
		col = c.postgres
	}
	table := "m_" + strings.NewReplacer("-", "_", "/", "_").Replace(c.name)
	exec(t, db, fmt.Sprintf("CREATE TABLE %s (id INTEGER PRIMARY KEY, v %s)", table, col))
	ins := fmt.Sprintf("INSERT INTO %s (id, v) VALUES (%s, %s)", table, ph(e, 1), ph(e, 2))
	exec(t, db, ins, 1, c.arg(c.value))
	rowsWanted := []*T{&c.value}
	if c.zeroWriteErr != nil {
		_, err := db.Exec(ins, 2, c.arg(c.zero))
		if !errors.Is(err, c.zeroWriteErr) {
			t.Fatalf("writing the zero %T: err = %v, want %v", c.zero, err, c.zeroWriteErr)
		}
	} else {
		exec(t, db, ins, 2, c.arg(c.zero))
		rowsWanted = append(rowsWanted, &c.zero)
	}
	exec(t, db, ins, 3, nil)
	rowsWanted = append(rowsWanted, nil)

	sel := fmt.Sprintf("SELECT id, v FROM %s ORDER BY id", table)
	selNotNull := fmt.Sprintf("SELECT id, v FROM %s WHERE v IS NOT NULL ORDER BY id", table)
	var opts []coerce.IntoOption
	if c.json {
		opts = append(opts, coerce.WithJSON())
	}
	opts = append(opts, coerce.WithColumn("v"))

	t.Run("Into", func(t *testing.T) {
		rows, err := db.Query(sel)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		i := 0
		for rows.Next() {
			var id int64
			var p *T
			var n sql.Null[T]
			var v T
			if err := rows.Scan(&id, coerce.Into(&p, opts...)); err != nil {
				t.Fatalf("row %d into *T: %v", id, err)
			}
			want := rowsWanted[i]
			i++
			if (p == nil) != (want == nil) || (want != nil && !same(*p, *want)) {
				t.Fatalf("row %d into *%T = %v, want %v", id, v, show(p), show(want))
			}
			if !c.json {
				if err := rows.Scan(&id, coerce.Into(&n, opts...)); err != nil {
					t.Fatalf("row %d into sql.Null: %v", id, err)
				}
				if n.Valid != (want != nil) || (want != nil && !same(n.V, *want)) {
					t.Fatalf("row %d into sql.Null[%T] = %+v, want %v", id, v, n, show(want))
				}
			}
			err := rows.Scan(&id, coerce.Into(&v, opts...))
			if want == nil && c.nilable {
				if err != nil || !reflect.ValueOf(&v).Elem().IsNil() {
					t.Fatalf("NULL row into %T = %#v, %v; want nil", v, v, err)
				}
				continue
			}
			if want == nil {
				// NULL never becomes a zero value.
				if !errors.Is(err, coerce.ErrNull) || !strings.Contains(err.Error(), `column "v"`) {
					t.Fatalf("NULL row into %T: err = %v, want ErrNull naming column v", v, err)
				}
				continue
			}
			if err != nil || !same(v, *want) {
				t.Fatalf("row %d into %T = %v, %v; want %v", id, v, show(&v), err, show(want))
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if i != len(rowsWanted) {
			t.Fatalf("read %d rows, want %d", i, len(rowsWanted))
		}
	})

	t.Run("ScanAll", func(t *testing.T) {
		if c.json {
			checkScanAll[jsonPtrRow[T], jsonPlainRow[T]](t, db, sel, selNotNull, rowsWanted,
				func(r jsonPtrRow[T]) *T { return r.V }, func(r jsonPlainRow[T]) T { return r.V })
			return
		}
		if c.nilable {
			selNotNull = sel
		}
		checkScanAll[ptrRow[T], plainRow[T]](t, db, sel, selNotNull, rowsWanted,
			func(r ptrRow[T]) *T { return r.V }, func(r plainRow[T]) T { return r.V })
		got, err := queryAll[nullRow[T]](db, sel)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range got {
			want := rowsWanted[i]
			if r.V.Valid != (want != nil) || (want != nil && !same(r.V.V, *want)) {
				t.Fatalf("ScanAll[sql.Null] row %d = %+v, want %v", r.ID, r.V, show(want))
			}
		}
	})
}

func checkScanAll[P, V any, T any](t *testing.T, db *sql.DB, sel, selNotNull string, wanted []*T, pv func(P) *T, vv func(V) T) {
	t.Helper()
	got, err := queryAll[P](db, sel)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(wanted) {
		t.Fatalf("ScanAll: %d rows, want %d", len(got), len(wanted))
	}
	for i, r := range got {
		p, want := pv(r), wanted[i]
		if (p == nil) != (want == nil) || (want != nil && !same(*p, *want)) {
			t.Fatalf("ScanAll row %d = %v, want %v", i, show(p), show(want))
		}
	}
	plain, err := queryAll[V](db, selNotNull)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range plain {
		if wanted[i] == nil {
			if v := vv(r); !reflect.ValueOf(&v).Elem().IsNil() {
				t.Fatalf("ScanAll plain row %d = %#v, want nil", i, v)
			}
			return // a nil-able T: NULL is nil, no error to check
		}
		if !same(vv(r), *wanted[i]) {
			t.Fatalf("ScanAll plain row %d = %#v, want %#v", i, vv(r), *wanted[i])
		}
	}
	// The NULL row into a non-nullable field is an error naming column and field.
	_, err = queryAll[V](db, sel)
	if !errors.Is(err, coerce.ErrNull) || !strings.Contains(err.Error(), `column "v"`) || !strings.Contains(err.Error(), ".V") {
		t.Fatalf("ScanAll with a NULL row into a non-nullable field: err = %v, want ErrNull naming column and field", err)
	}
}

func queryAll[T any](db *sql.DB, q string, args ...any) ([]T, error) {
	rows, err := db.Query(q, args...)
	if err != nil {
		return nil, err
	}
	return coerce.ScanAll[T](rows)
}

func show[T any](p *T) string {
	if p == nil {
		return "NULL"
	}
	return fmt.Sprintf("%#v", *p)
}

var matrix = []matrixCase{
	typed[Status]{name: "enum", sqlite: "TEXT", postgres: "text", value: StatusPaid, zeroWriteErr: coerce.ErrNotMember},
	typed[Priority]{name: "int-enum", sqlite: "INTEGER", postgres: "smallint", value: High, zeroWriteErr: coerce.ErrNotMember},
	typed[decimal.Decimal]{name: "decimal", sqlite: "TEXT", postgres: "numeric", value: dec("12345678901234567890.1234567890"), zero: decimal.Decimal{}},
	typed[decimal.Decimal]{name: "decimal-scale", sqlite: "TEXT", postgres: "numeric", value: dec("12.50"), zero: dec("0.00")},
	typed[time.Time]{name: "timestamp", sqlite: "TIMESTAMP", postgres: "timestamptz", value: time.Date(2024, 3, 9, 10, 11, 12, 123456000, time.UTC)},
	typed[time.Time]{name: "timestamp-text", sqlite: "TEXT", postgres: "timestamptz", value: time.Date(1901, 12, 13, 20, 45, 52, 1000, time.UTC)},
	typed[time.Time]{name: "date", sqlite: "DATE", postgres: "date", value: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), zero: time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)},
	typed[bool]{name: "bool", sqlite: "BOOLEAN", postgres: "boolean", value: true},
	typed[uuid.UUID]{name: "uuid", sqlite: "TEXT", postgres: "uuid", value: u1},
	typed[Meta]{name: "json", sqlite: "TEXT", postgres: "jsonb", value: Meta{Tags: []string{"a", "b"}, Score: 3}, json: true},
	typed[string]{name: "string", sqlite: "TEXT", postgres: "text", value: "héllo"},
	typed[int64]{name: "int64", sqlite: "INTEGER", postgres: "bigint", value: -1 << 62},
	typed[float64]{name: "float64", sqlite: "REAL", postgres: "double precision", value: 0.1},
	// The declared types catalog renders on SQLite (internal/dialect/sqlite).
	typed[decimal.Decimal]{name: "decimal-catalog", sqlite: "DECIMAL_TEXT(30,10)", postgres: "numeric(30,10)", value: dec("12345678901234567890.1234567890"), zero: dec("0.0000000000")},
	typed[time.Time]{name: "timestamptz-catalog", sqlite: "TIMESTAMPTZ", postgres: "timestamptz", value: time.Date(2024, 3, 9, 10, 11, 12, 123456000, time.UTC)},
	typed[uuid.UUID]{name: "uuid-catalog", sqlite: "UUID", postgres: "uuid", value: uuid.MustParse("12345678-1234-1234-1234-123456789012")},
	typed[Meta]{name: "json-catalog", sqlite: "JSON_TEXT", postgres: "json", value: Meta{Score: 1}, json: true},
	typed[[]byte]{name: "bytes", sqlite: "BLOB", postgres: "bytea", value: []byte{0, 1, 255}, zero: []byte{}, nilable: true},
}

// TestRoundTrip is the round-trip matrix: every type x {value, zero value,
// NULL}, written through ferro (internal/bind on the write side) and read back
// with Into and with ScanAll, on both engines.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		for _, c := range matrix {
			t.Run(c.caseName(), func(t *testing.T) { c.run(t, e, db) })
		}
	})
}
