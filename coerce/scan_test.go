package coerce_test

import (
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

type Audit struct {
	CreatedAt time.Time  `ferro:"created_at"`
	DeletedAt *time.Time `ferro:"deleted_at"`
}

type Extra struct {
	Note string `ferro:"note"`
}

type Order struct {
	ID     int64           `ferro:"id,pk"`
	Status Status          `ferro:"status"`
	Amount decimal.Decimal `ferro:"amount,type=numeric(12,2)"`
	Meta   Meta            `ferro:"meta,type=json"`
	Kept   string          `ferro:"-"`
	Audit
	*Extra
}

func orderDB(t *testing.T, e testdb.Engine) *sql.DB {
	t.Helper()
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	exec(t, db, `CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT NOT NULL, amount TEXT NOT NULL,
		meta TEXT NOT NULL, created_at TIMESTAMP NOT NULL, deleted_at TIMESTAMP, note TEXT)`)
	q := "INSERT INTO orders VALUES (" + strings.Repeat(ph(e, 1)+",", 0)
	args := [][]any{
		{1, StatusNew, dec("1.50"), `{"score":1}`, t1, nil, "first"},
		{2, StatusPaid, dec("20"), `{"tags":["x"]}`, t1Sec, t1, nil},
	}
	var ps []string
	for i := 1; i <= 7; i++ {
		ps = append(ps, ph(e, i))
	}
	q += strings.Join(ps, ", ") + ")"
	for _, a := range args {
		exec(t, db, q, a...)
	}
	return db
}

func TestScanAll(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := orderDB(t, e)

		t.Run("full", func(t *testing.T) {
			got, err := queryAll[Order](db, "SELECT id, status, amount, meta, created_at, deleted_at, COALESCE(note, '') AS note FROM orders ORDER BY id")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 {
				t.Fatalf("%d rows", len(got))
			}
			o := got[0]
			if o.ID != 1 || o.Status != StatusNew || !same(o.Amount, dec("1.50")) || o.Meta.Score != 1 ||
				o.CreatedAt.Sub(t1).Abs() >= time.Microsecond || o.DeletedAt != nil || o.Extra == nil || o.Note != "first" {
				t.Fatalf("row 1 = %+v", o)
			}
			o = got[1]
			if o.Status != StatusPaid || !same(o.Amount, dec("20")) || len(o.Meta.Tags) != 1 || o.DeletedAt == nil || o.Extra == nil || o.Note != "" {
				t.Fatalf("row 2 = %+v", o)
			}
		})
		t.Run("null-into-embedded-string-names-field", func(t *testing.T) {
			// Row 2's note is NULL and Extra.Note is a string.
			_, err := queryAll[Order](db, "SELECT id, note FROM orders WHERE id = 2")
			var e *coerce.Error
			if !errors.Is(err, coerce.ErrNull) || !errors.As(err, &e) || e.Column != "note" || e.Field != "Order.Extra.Note" {
				t.Fatalf("err = %v, want ErrNull naming column note and field Order.Extra.Note", err)
			}
		})
		t.Run("pointer-elements", func(t *testing.T) {
			got, err := queryAll[*Order](db, "SELECT id, status FROM orders ORDER BY id")
			if err != nil || len(got) != 2 || got[1].Status != StatusPaid || got[0] == got[1] {
				t.Fatalf("ScanAll[*Order] = %v, %v", got, err)
			}
			if got[0].Extra != nil {
				t.Fatalf("embedded pointer allocated although no column of it was selected")
			}
		})
		t.Run("partial-select-leaves-fields", func(t *testing.T) {
			rows, err := db.Query("SELECT status FROM orders WHERE id = 1")
			if err != nil {
				t.Fatal(err)
			}
			o, err := coerce.ScanOne[Order](rows)
			if err != nil || o.Status != StatusNew || o.ID != 0 || !o.Amount.IsZero() || o.Extra != nil {
				t.Fatalf("ScanOne = %+v, %v", o, err)
			}
		})
		t.Run("extra-columns-ignored", func(t *testing.T) {
			// An older binary's struct against a table a newer binary extended.
			type OldOrder struct {
				ID     int64  `ferro:"id"`
				Status Status `ferro:"status"`
			}
			got, err := queryAll[OldOrder](db, "SELECT *, 1 AS brand_new FROM orders ORDER BY id")
			if err != nil || len(got) != 2 || got[1].Status != StatusPaid {
				t.Fatalf("ScanAll[OldOrder] = %v, %v", got, err)
			}
			rows, err := db.Query("SELECT *, 1 AS brand_new FROM orders ORDER BY id")
			if err != nil {
				t.Fatal(err)
			}
			_, err = coerce.ScanAll[OldOrder](rows, coerce.WithStrict())
			if !errors.Is(err, coerce.ErrUnknownColumn) || !strings.Contains(err.Error(), `"amount"`) {
				t.Fatalf("strict: err = %v, want ErrUnknownColumn naming amount", err)
			}
		})
		t.Run("scan-one-no-rows", func(t *testing.T) {
			rows, err := db.Query("SELECT * FROM orders WHERE id = 99")
			if err != nil {
				t.Fatal(err)
			}
			_, err = coerce.ScanOne[Order](rows)
			if !errors.Is(err, coerce.ErrNoRows) || !errors.Is(err, sql.ErrNoRows) {
				t.Fatalf("err = %v, want ErrNoRows wrapping sql.ErrNoRows", err)
			}
		})
		t.Run("empty-scan-all", func(t *testing.T) {
			got, err := queryAll[Order](db, "SELECT * FROM orders WHERE id = 99")
			if err != nil || len(got) != 0 {
				t.Fatalf("= %v, %v", got, err)
			}
		})
		t.Run("single-value", func(t *testing.T) {
			amounts, err := queryAll[decimal.Decimal](db, "SELECT amount FROM orders ORDER BY id")
			if err != nil || len(amounts) != 2 || !same(amounts[0], dec("1.50")) {
				t.Fatalf("ScanAll[decimal.Decimal] = %v, %v", amounts, err)
			}
			notes, err := queryAll[*string](db, "SELECT note FROM orders ORDER BY id")
			if err != nil || len(notes) != 2 || *notes[0] != "first" || notes[1] != nil {
				t.Fatalf("ScanAll[*string] = %v, %v", notes, err)
			}
			_, err = queryAll[Status](db, "SELECT status, id FROM orders")
			if !errors.Is(err, coerce.ErrDestination) {
				t.Fatalf("two columns into a single-value type: err = %v", err)
			}
		})
		t.Run("duplicate-column", func(t *testing.T) {
			_, err := queryAll[Order](db, "SELECT id, status, status FROM orders")
			if !errors.Is(err, coerce.ErrDestination) || !strings.Contains(err.Error(), "alias") {
				t.Fatalf("err = %v, want an error asking to alias", err)
			}
		})
		t.Run("case-insensitive-column", func(t *testing.T) {
			got, err := queryAll[Order](db, `SELECT id AS "ID", status AS "Status" FROM orders ORDER BY id`)
			if err != nil || got[0].ID != 1 || got[0].Status != StatusNew {
				t.Fatalf("= %v, %v", got, err)
			}
		})
		t.Run("bad-value-names-column-and-field", func(t *testing.T) {
			_, err := queryAll[Order](db, "SELECT id, 'lost' AS status FROM orders")
			var e *coerce.Error
			if !errors.As(err, &e) || !errors.Is(err, coerce.ErrNotMember) || e.Column != "status" || e.Field != "Order.Status" || e.Value != "lost" {
				t.Fatalf("err = %#v", err)
			}
		})
	})
}

// TestScanAll_afterDDL pins that a plan is never stale: the same struct and
// query text read correctly after the table changed under them.
func TestScanAll_afterDDL(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		type Item struct {
			ID    int64           `ferro:"id"`
			Price decimal.Decimal `ferro:"price"`
			Label string          `ferro:"label"`
		}
		exec(t, db, "CREATE TABLE items (id INTEGER PRIMARY KEY, price INTEGER)")
		exec(t, db, "INSERT INTO items VALUES (1, 10)")
		got, err := queryAll[Item](db, "SELECT * FROM items")
		if err != nil || !got[0].Price.Equal(dec("10")) || got[0].Label != "" {
			t.Fatalf("before DDL: %v, %v", got, err)
		}
		exec(t, db, "ALTER TABLE items ADD COLUMN label TEXT NOT NULL DEFAULT 'x'")
		exec(t, db, "INSERT INTO items VALUES (2, 11, 'two')")
		got, err = queryAll[Item](db, "SELECT * FROM items ORDER BY id")
		if err != nil || len(got) != 2 || got[0].Label != "x" || got[1].Label != "two" {
			t.Fatalf("after ADD COLUMN: %v, %v", got, err)
		}
		exec(t, db, "ALTER TABLE items DROP COLUMN price")
		got, err = queryAll[Item](db, "SELECT * FROM items ORDER BY id")
		if err != nil || len(got) != 2 || !got[1].Price.IsZero() || got[1].Label != "two" {
			t.Fatalf("after DROP COLUMN: %v, %v", got, err)
		}
	})
}

// The three ferro-orm regressions, each pinned by name on both engines
// across a reconnect (a new pool, so nothing cached in a connection helps).

// TestRegression_NullIsNotZeroAfterReconnect: ferro-orm read a SQLite NULL
// integer back as 0.
func TestRegression_NullIsNotZeroAfterReconnect(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		exec(t, db, "CREATE TABLE r (id INTEGER PRIMARY KEY, qty INTEGER)")
		exec(t, db, "INSERT INTO r (id, qty) VALUES (1, NULL)")
		db.Close()
		db = testdb.Open(t, e.FerroDriver, e.DSN)
		type R struct {
			Qty *int64 `ferro:"qty"`
		}
		got, err := queryAll[R](db, "SELECT qty FROM r")
		if err != nil || got[0].Qty != nil {
			t.Fatalf("NULL qty read as %v (%v), want nil", show(got[0].Qty), err)
		}
		type Plain struct {
			Qty int64 `ferro:"qty"`
		}
		_, err = queryAll[Plain](db, "SELECT qty FROM r")
		if !errors.Is(err, coerce.ErrNull) {
			t.Fatalf("NULL into int64: err = %v, want ErrNull (never 0)", err)
		}
	})
}

// TestRegression_IntegerDecimalIsNotNullAfterReconnect: ferro-orm read a
// decimal that SQLite had stored as INTEGER back as None.
func TestRegression_IntegerDecimalIsNotNullAfterReconnect(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		exec(t, raw, "CREATE TABLE r (id INTEGER PRIMARY KEY, amount NUMERIC(10,2))")
		exec(t, raw, "INSERT INTO r VALUES (1, 10)")
		if e.Name == "sqlite" {
			var typ string
			if err := raw.QueryRow("SELECT typeof(amount) FROM r").Scan(&typ); err != nil || typ != "integer" {
				t.Fatalf("setup: amount stored as %q (%v), want integer", typ, err)
			}
		}
		raw.Close()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		type R struct {
			Amount decimal.NullDecimal `ferro:"amount"`
		}
		got, err := queryAll[R](db, "SELECT amount FROM r")
		if err != nil || !got[0].Amount.Valid || !got[0].Amount.Decimal.Equal(dec("10")) {
			t.Fatalf("INTEGER-stored decimal read as %+v (%v), want valid 10", got, err)
		}
	})
}

// TestRegression_EnumComesBackAsEnumAfterReconnect: ferro-orm read enum
// columns back as plain strings; in Go a bad value would silently become an
// invalid enum.
func TestRegression_EnumComesBackAsEnumAfterReconnect(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		exec(t, db, "CREATE TABLE r (id INTEGER PRIMARY KEY, status TEXT NOT NULL)")
		exec(t, db, "INSERT INTO r VALUES (1, "+ph(e, 1)+")", StatusShipped)
		db.Close()
		db = testdb.Open(t, e.FerroDriver, e.DSN)
		type R struct {
			Status Status `ferro:"status"`
		}
		got, err := queryAll[R](db, "SELECT status FROM r")
		if err != nil || got[0].Status != StatusShipped {
			t.Fatalf("enum read as %+v (%v)", got, err)
		}
		var member bool
		for _, v := range got[0].Status.Values() {
			member = member || v == string(got[0].Status)
		}
		if !member {
			t.Fatalf("%q is not in Values()", got[0].Status)
		}
		// A row another tool wrote with a non-member is refused, not returned.
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		exec(t, raw, "INSERT INTO r VALUES (2, 'lost')")
		_, err = queryAll[R](db, "SELECT status FROM r ORDER BY id")
		if !errors.Is(err, coerce.ErrNotMember) || !strings.Contains(err.Error(), `"lost"`) || !strings.Contains(err.Error(), "Status") {
			t.Fatalf("non-member: err = %v, want ErrNotMember naming value and type", err)
		}
	})
}
