package coerce_test

import (
	"database/sql"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
)

// openExample opens a private in-memory SQLite database through ferro.
func openExample() *sql.DB {
	db, err := sql.Open("ferro-sqlite", "file::memory:")
	if err != nil {
		log.Fatal(err)
	}
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	return db
}

// A row written by another tool: the decimal is stored as an INTEGER, the
// time as text with an offset, the enum as text. Into reads each into the
// Go type asked for.
func ExampleInto() {
	db := openExample()
	defer db.Close()
	db.Exec(`CREATE TABLE invoice (amount NUMERIC, status TEXT, issued TEXT)`)
	db.Exec(`INSERT INTO invoice VALUES (10, 'paid', '2024-03-09T12:00:00+02:00')`)

	var (
		amount decimal.Decimal
		status Status
		issued time.Time
	)
	err := db.QueryRow(`SELECT amount, status, issued FROM invoice`).Scan(
		coerce.Into(&amount), coerce.Into(&status), coerce.Into(&issued, coerce.WithColumn("issued")))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(amount, status, issued)
	// Output: 10 paid 2024-03-09 10:00:00 +0000 UTC
}

// NULL never becomes a zero value: into a non-nullable destination it is an
// error naming the column; into a pointer or sql.Null it is "no value".
func ExampleInto_null() {
	var qty int64
	err := coerce.Into(&qty, coerce.WithColumn("qty")).Scan(nil)
	fmt.Println(errors.Is(err, coerce.ErrNull))
	fmt.Println(err)

	var maybe *int64
	_ = coerce.Into(&maybe).Scan(nil)
	fmt.Println(maybe == nil)
	// Output:
	// true
	// ferro/coerce: column "qty" (Go type int64): value NULL: NULL into a non-nullable destination; scan into a pointer, sql.Null[T] or a Null* type to accept NULL
	// true
}

// Enum membership is checked on read: a value outside Values() is an error,
// never a silently invalid enum.
func ExampleInto_enum() {
	var s Status
	err := coerce.Into(&s, coerce.WithColumn("status")).Scan("lost")
	var e *coerce.Error
	if errors.As(err, &e) {
		fmt.Println(e.Column, e.Type, e.Value, errors.Is(err, coerce.ErrNotMember))
	}
	// Output: status coerce_test.Status lost true
}

// A type=json column decoded into its Go type with WithJSON.
func ExampleWithJSON() {
	var m Meta
	if err := coerce.Into(&m, coerce.WithJSON()).Scan([]byte(`{"tags":["a"],"score":7}`)); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", m)
	// Output: {Tags:[a] Score:7}
}

type Invoice struct {
	ID     int64           `ferro:"id,pk"`
	Status Status          `ferro:"status"`
	Amount decimal.Decimal `ferro:"amount,type=numeric(12,2)"`
	Due    *time.Time      `ferro:"due"`
	Meta   Meta            `ferro:"meta,type=json"`
	Ref    uuid.UUID       `ferro:"ref"`
}

func ExampleScanAll() {
	db := openExample()
	defer db.Close()
	db.Exec(`CREATE TABLE invoice (id INTEGER PRIMARY KEY, status TEXT, amount TEXT, due TIMESTAMP, meta TEXT, ref TEXT,
		added_by_a_newer_release TEXT)`)
	// Values go through ferro's write side: decimals as exact text, times
	// and UUIDs in one canonical text form, enums checked.
	ref := uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")
	due := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	db.Exec(`INSERT INTO invoice VALUES (1, ?, ?, ?, ?, ?, 'x')`, StatusPaid, decimal.RequireFromString("12.50"), due, `{"score":1}`, ref)
	db.Exec(`INSERT INTO invoice VALUES (2, ?, ?, NULL, ?, ?, 'y')`, StatusNew, decimal.RequireFromString("0.10"), `{"tags":["rush"]}`, ref)

	rows, err := db.Query(`SELECT * FROM invoice ORDER BY id`) // the extra column is ignored
	if err != nil {
		log.Fatal(err)
	}
	invoices, err := coerce.ScanAll[Invoice](rows)
	if err != nil {
		log.Fatal(err)
	}
	for _, inv := range invoices {
		fmt.Println(inv.ID, inv.Status, inv.Amount.StringFixed(2), inv.Due, inv.Meta, inv.Ref)
	}
	// Output:
	// 1 paid 12.50 2024-04-01 00:00:00 +0000 UTC {[] 1} 0f8fad5b-d9cb-469f-a165-70867728950e
	// 2 new 0.10 <nil> {[rush] 0} 0f8fad5b-d9cb-469f-a165-70867728950e
}

func ExampleScanOne() {
	db := openExample()
	defer db.Close()
	db.Exec(`CREATE TABLE invoice (id INTEGER PRIMARY KEY, status TEXT)`)

	rows, err := db.Query(`SELECT id, status FROM invoice WHERE id = ?`, 42)
	if err != nil {
		log.Fatal(err)
	}
	_, err = coerce.ScanOne[Invoice](rows)
	fmt.Println(errors.Is(err, sql.ErrNoRows))
	// Output: true
}

// Under WithStrict a result column without a field is an error.
func ExampleWithStrict() {
	db := openExample()
	defer db.Close()
	rows, err := db.Query(`SELECT 1 AS id, 'new' AS status, 'surprise' AS colour`)
	if err != nil {
		log.Fatal(err)
	}
	_, err = coerce.ScanAll[Invoice](rows, coerce.WithStrict())
	fmt.Println(errors.Is(err, coerce.ErrUnknownColumn))
	// Output: true
}
