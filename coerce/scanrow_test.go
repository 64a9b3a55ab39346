package coerce_test

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

// ScanRow reads a *sql.Row into a single-value type with its coercion
// rule, on both engines, through ferro and through the raw driver; an
// empty result is ErrNoRows (errors.Is sql.ErrNoRows), a struct is refused
// before the row is read, and every row is released whatever the outcome.
func TestScanRow(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		// Another tool's forms: on SQLite a time as text with an offset and
		// a decimal as the integer NUMERIC affinity made of it.
		ddl := `CREATE TABLE sr (id INTEGER PRIMARY KEY, n INTEGER, status TEXT NOT NULL, amount NUMERIC NOT NULL, at TEXT NOT NULL)`
		if e.Name == "postgres" {
			ddl = `CREATE TABLE sr (id bigint PRIMARY KEY, n bigint, status text NOT NULL, amount numeric(12,2) NOT NULL, at timestamptz NOT NULL)`
		}
		exec(t, raw, ddl)
		exec(t, raw, `INSERT INTO sr VALUES (1, 7, 'paid', 10, '2024-03-09T12:00:00+02:00'), (2, NULL, 'lost', 12.5, '2024-03-09T12:00:00+02:00')`)
		at := time.Date(2024, 3, 9, 10, 0, 0, 0, time.UTC)

		for _, driver := range []string{e.FerroDriver, e.RawDriver} {
			t.Run(driver, func(t *testing.T) {
				db := testdb.Open(t, driver, e.DSN)
				db.SetMaxOpenConns(1) // a row left open would hold the only connection
				row := func(q string) *sql.Row { return db.QueryRowContext(ctx, q) }
				released := func(what string) {
					t.Helper()
					if n := db.Stats().InUse; n != 0 {
						t.Fatalf("%s: %d connection(s) still in use: the row was not released", what, n)
					}
				}

				n, err := coerce.ScanRow[int64](row(`SELECT count(*) FROM sr`))
				if err != nil || n != 2 {
					t.Fatalf("count: %d, %v", n, err)
				}
				got, err := coerce.ScanRow[time.Time](row(`SELECT at FROM sr WHERE id = 1`))
				if err != nil || !got.Equal(at) || got.Location() != time.UTC {
					t.Fatalf("time: %v, %v; want %v", got, err, at)
				}
				amount, err := coerce.ScanRow[decimal.Decimal](row(`SELECT amount FROM sr WHERE id = 2`))
				if err != nil || !amount.Equal(decimal.RequireFromString("12.5")) {
					t.Fatalf("decimal: %v, %v", amount, err)
				}
				st, err := coerce.ScanRow[Status](row(`SELECT status FROM sr WHERE id = 1`))
				if err != nil || st != StatusPaid {
					t.Fatalf("enum: %q, %v", st, err)
				}
				nullable, err := coerce.ScanRow[*int64](row(`SELECT n FROM sr WHERE id = 2`))
				if err != nil || nullable != nil {
					t.Fatalf("NULL into *int64: %v, %v", nullable, err)
				}
				released("values")

				// Values that cannot be coerced: an *Error naming the column
				// (database/sql adds its name), the zero T.
				var ce *coerce.Error
				st, err = coerce.ScanRow[Status](row(`SELECT status FROM sr WHERE id = 2`))
				if !errors.Is(err, coerce.ErrNotMember) || !errors.As(err, &ce) || st != "" || !strings.Contains(err.Error(), `"status"`) {
					t.Fatalf("non-member: %q, %v", st, err)
				}
				n, err = coerce.ScanRow[int64](row(`SELECT n FROM sr WHERE id = 2`))
				if !errors.Is(err, coerce.ErrNull) || n != 0 {
					t.Fatalf("NULL into int64: %d, %v", n, err)
				}
				released("coercion errors")

				// No row: coerce.ErrNoRows, which is sql.ErrNoRows to errors.Is.
				n, err = coerce.ScanRow[int64](row(`SELECT n FROM sr WHERE id = 99`))
				if !errors.Is(err, sql.ErrNoRows) || !errors.Is(err, coerce.ErrNoRows) || n != 0 {
					t.Fatalf("no rows: %d, %v", n, err)
				}
				// The query's own error comes back as row.Scan returns it.
				_, err = coerce.ScanRow[int64](row(`SELECT n FROM no_such_table`))
				if want := row(`SELECT n FROM no_such_table`).Scan(new(int64)); err == nil || errors.Is(err, sql.ErrNoRows) || err.Error() != want.Error() {
					t.Fatalf("query error: %v, want %v", err, want)
				}
				// Two columns: database/sql's count error.
				if _, err = coerce.ScanRow[int64](row(`SELECT id, n FROM sr WHERE id = 1`)); err == nil || !strings.Contains(err.Error(), "expected 2 destination arguments") {
					t.Fatalf("two columns: %v", err)
				}
				released("database errors")

				// A struct mapped by column names, and a type without a rule,
				// are refused, naming what to do; the row is still released.
				for _, scan := range []func() error{
					func() error { _, err := coerce.ScanRow[Order](row(`SELECT * FROM sr WHERE id = 1`)); return err },
					func() error { _, err := coerce.ScanRow[*Order](row(`SELECT * FROM sr WHERE id = 1`)); return err },
				} {
					if err := scan(); !errors.Is(err, coerce.ErrDestination) || !strings.Contains(err.Error(), "coerce.ScanOne[") || !strings.Contains(err.Error(), "*sql.Row does not tell") {
						t.Fatalf("struct: %v", err)
					}
					released("a struct refused")
				}
				if _, err := coerce.ScanRow[chan int](row(`SELECT n FROM sr WHERE id = 1`)); !errors.Is(err, coerce.ErrDestination) {
					t.Fatalf("chan int: %v", err)
				}
				released("a type without a rule refused")
				qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
				defer cancel()
				if err := db.QueryRowContext(qctx, `SELECT 1`).Scan(new(int)); err != nil {
					t.Fatalf("the only connection is not free: %v", err)
				}
			})
		}
	})
}
