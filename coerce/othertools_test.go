package coerce_test

import (
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

// foreignRow is read from rows that other tools wrote with the raw drivers.
type foreignRow struct {
	ID     int64               `ferro:"id"`
	Amount decimal.NullDecimal `ferro:"amount"`
	At     *time.Time          `ferro:"at"`
	UID    uuid.NullUUID       `ferro:"uid"`
	OK     sql.Null[bool]      `ferro:"ok"`
	Status *Status             `ferro:"status"`
	Prio   *Priority           `ferro:"prio"`
	Meta   *Meta               `ferro:"meta,type=json"`
	TOD    *time.Time          `ferro:"tod"`
}

// TestForeignRows_sqlite reads rows written by raw modernc in the forms
// other tools use: decimals as INTEGER, REAL and TEXT, times with offsets,
// in Go's String form, as dates and as Unix seconds, UUIDs as 32-hex text
// and 16-byte blobs, booleans as words. Columns are typeless so SQLite keeps
// each storage class (checked with typeof).
func TestForeignRows_sqlite(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	exec(t, raw, "CREATE TABLE f (id INTEGER PRIMARY KEY, amount, at, uid, ok, status, prio, meta, tod)")
	type in struct {
		amount, at, uid, ok, status, prio, meta, tod any
		typ                                          string // typeof(amount)
	}
	ins := []in{
		{amount: int64(10), at: "2024-03-09T12:11:12+02:00", uid: "0f8fad5bd9cb469fa16570867728950e", ok: int64(1), status: "paid", prio: int64(3), meta: `{"score":1}`, tod: "10:11:12", typ: "integer"},
		{amount: 1.5, at: time.Date(2024, 3, 9, 12, 11, 12, 0, cest), uid: u1Raw, ok: "true", status: []byte("new"), prio: "high", meta: []byte(`{"score":2}`), tod: "10:11:12.5", typ: "real"},
		{amount: "12345678901234567890.1234567890", at: int64(1709979072), uid: "0F8FAD5B-D9CB-469F-A165-70867728950E", ok: "off", status: nil, prio: "low", meta: nil, tod: "12:11:12+02:00", typ: "text"},
		{amount: "0.10", at: "2024-03-09", uid: nil, ok: nil, status: "shipped", prio: nil, meta: `null`, tod: nil, typ: "text"},
	}
	for i, r := range ins {
		exec(t, raw, "INSERT INTO f VALUES (?,?,?,?,?,?,?,?,?)", i+1, r.amount, r.at, r.uid, r.ok, r.status, r.prio, r.meta, r.tod)
	}
	for i, r := range ins {
		var typ string
		if err := raw.QueryRow("SELECT typeof(amount) FROM f WHERE id = ?", i+1).Scan(&typ); err != nil || typ != r.typ {
			t.Fatalf("row %d: amount stored as %s (%v), want %s", i+1, typ, err, r.typ)
		}
	}
	at := time.Date(2024, 3, 9, 10, 11, 12, 0, time.UTC)
	want := []foreignRow{
		{ID: 1, Amount: decimal.NewNullDecimal(dec("10")), At: &at, UID: uuid.NullUUID{UUID: u1, Valid: true}, OK: sql.Null[bool]{V: true, Valid: true},
			Status: ptr(StatusPaid), Prio: ptr(High), Meta: &Meta{Score: 1}, TOD: ptr(time.Date(0, 1, 1, 10, 11, 12, 0, time.UTC))},
		{ID: 2, Amount: decimal.NewNullDecimal(dec("1.5")), At: &at, UID: uuid.NullUUID{UUID: u1, Valid: true}, OK: sql.Null[bool]{V: true, Valid: true},
			Status: ptr(StatusNew), Prio: ptr(High), Meta: &Meta{Score: 2}, TOD: ptr(time.Date(0, 1, 1, 10, 11, 12, 5e8, time.UTC))},
		{ID: 3, Amount: decimal.NewNullDecimal(dec("12345678901234567890.1234567890")), At: ptr(time.Unix(1709979072, 0).UTC()), UID: uuid.NullUUID{UUID: u1, Valid: true}, OK: sql.Null[bool]{Valid: true},
			Prio: ptr(Low), TOD: ptr(time.Date(0, 1, 1, 10, 11, 12, 0, time.UTC))},
		{ID: 4, Amount: decimal.NewNullDecimal(dec("0.10")), At: ptr(time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)), Status: ptr(StatusShipped)},
	}
	// Read through ferro and through the raw driver: coercion does not depend
	// on who opened the connection.
	for _, driverName := range []string{e.FerroDriver, e.RawDriver} {
		db := testdb.Open(t, driverName, e.DSN)
		got, err := queryAll[foreignRow](db, "SELECT * FROM f ORDER BY id")
		if err != nil {
			t.Fatalf("%s: %v", driverName, err)
		}
		checkForeign(t, driverName, got, want)
	}
}

func checkForeign(t *testing.T, label string, got, want []foreignRow) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", label, len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		ok := g.ID == w.ID && same(g.Amount, w.Amount) && same(g.At, w.At) && g.UID == w.UID && g.OK == w.OK &&
			same(g.Status, w.Status) && same(g.Prio, w.Prio) && same(g.Meta, w.Meta) && same(g.TOD, w.TOD)
		if !ok {
			t.Errorf("%s row %d:\n got %+v\nwant %+v", label, w.ID, g, w)
		}
	}
}

// TestForeignRows_postgres reads rows raw pgx wrote: numeric from a float
// and from text, timestamptz with an offset, uuid from 32-hex text, a native
// enum type, jsonb, time of day and an integer enum stored by name.
func TestForeignRows_postgres(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	exec(t, raw, "CREATE TYPE status AS ENUM ('new', 'paid', 'shipped', 'lost')")
	exec(t, raw, `CREATE TABLE f (id bigint PRIMARY KEY, amount numeric, at timestamptz, uid uuid, ok boolean,
		status status, prio text, meta jsonb, tod time)`)
	exec(t, raw, `INSERT INTO f VALUES
		(1, 10, '2024-03-09 12:11:12+02', '0f8fad5bd9cb469fa16570867728950e', true, 'paid', '3', '{"score":1}', '10:11:12'),
		($1, $2, $3, $4, 'yes', 'new', 'high', '{"score":2}', '10:11:12.5'),
		(3, '12345678901234567890.1234567890', to_timestamp(1709979072), '{0f8fad5b-d9cb-469f-a165-70867728950e}', false, NULL, 'low', NULL, '10:11:12'),
		(4, 0.10, '2024-03-09', NULL, NULL, 'shipped', NULL, 'null', NULL)`,
		2, 1.5, time.Date(2024, 3, 9, 12, 11, 12, 0, cest), u1.String())
	at := time.Date(2024, 3, 9, 10, 11, 12, 0, time.UTC)
	want := []foreignRow{
		{ID: 1, Amount: decimal.NewNullDecimal(dec("10")), At: &at, UID: uuid.NullUUID{UUID: u1, Valid: true}, OK: sql.Null[bool]{V: true, Valid: true},
			Status: ptr(StatusPaid), Prio: ptr(High), Meta: &Meta{Score: 1}, TOD: ptr(time.Date(0, 1, 1, 10, 11, 12, 0, time.UTC))},
		{ID: 2, Amount: decimal.NewNullDecimal(dec("1.5")), At: &at, UID: uuid.NullUUID{UUID: u1, Valid: true}, OK: sql.Null[bool]{V: true, Valid: true},
			Status: ptr(StatusNew), Prio: ptr(High), Meta: &Meta{Score: 2}, TOD: ptr(time.Date(0, 1, 1, 10, 11, 12, 5e8, time.UTC))},
		{ID: 3, Amount: decimal.NewNullDecimal(dec("12345678901234567890.1234567890")), At: ptr(time.Unix(1709979072, 0).UTC()), UID: uuid.NullUUID{UUID: u1, Valid: true}, OK: sql.Null[bool]{Valid: true},
			Prio: ptr(Low), TOD: ptr(time.Date(0, 1, 1, 10, 11, 12, 0, time.UTC))},
		{ID: 4, Amount: decimal.NewNullDecimal(dec("0.10")), At: ptr(time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)), Status: ptr(StatusShipped)},
	}
	for _, driverName := range []string{e.FerroDriver, e.RawDriver} {
		db := testdb.Open(t, driverName, e.DSN)
		got, err := queryAll[foreignRow](db, "SELECT * FROM f ORDER BY id")
		if err != nil {
			t.Fatalf("%s: %v", driverName, err)
		}
		checkForeign(t, driverName, got, want)
	}
	// A native enum label that is not a Go member is an error, not a value.
	exec(t, raw, "INSERT INTO f (id, status) VALUES (5, 'lost')")
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	_, err := queryAll[foreignRow](db, "SELECT * FROM f ORDER BY id")
	if !errors.Is(err, coerce.ErrNotMember) {
		t.Fatalf("native enum label 'lost': err = %v, want ErrNotMember", err)
	}
}
