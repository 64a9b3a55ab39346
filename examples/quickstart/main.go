// Command quickstart is the ferro tour: it opens an embedded SQLite
// database, creates the schema from Go structs, writes typed rows, evolves
// the schema while a prepared statement is live, and scans rows back into
// structs. Given -postgres DSN it runs the same tour on PostgreSQL too, and
// shows the stale-statement sequence that fails with plain pgx succeeding.
//
//	go run ./examples/quickstart
//	go run ./examples/quickstart -postgres 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable'
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/migrate"
)

// Status is an enum: a named string type with Values. The column gets a
// CHECK listing the values, writes are validated, and scans refuse strangers.
type Status string

func (Status) Values() []string { return []string{"draft", "sent", "paid"} }

type Customer struct {
	ID    int64     `ferro:"id,pk"`
	Name  string    `ferro:"name,unique"`
	Token uuid.UUID `ferro:"token"`
}

func (Customer) TableName() string { return "customers" }

// Invoice is version 1 of the invoice model.
type Invoice struct {
	ID         int64           `ferro:"id,pk"`
	Number     string          `ferro:"number,type=varchar(32),unique"`
	Status     Status          `ferro:"status,default='draft'"`
	Amount     decimal.Decimal `ferro:"amount,type=numeric(12,2)"`
	CustomerID int64           `ferro:"customer_id,fk=customers.id,on_delete=cascade,index"`
	IssuedAt   time.Time       `ferro:"issued_at"`
	PaidAt     *time.Time      `ferro:"paid_at"`
}

func (Invoice) TableName() string { return "invoices" }

// InvoiceV2 is the next release of the model: one more column.
type InvoiceV2 struct {
	Invoice
	Note string `ferro:"note,default=''"`
}

func main() {
	pgDSN := flag.String("postgres", os.Getenv("FERRO_QUICKSTART_POSTGRES_DSN"), "also run the tour on this PostgreSQL DSN")
	flag.Parse()
	log.SetFlags(0)

	dir, err := os.MkdirTemp("", "ferro-quickstart-")
	check(err)
	defer os.RemoveAll(dir)
	tour("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))

	if *pgDSN != "" {
		schema := fmt.Sprintf("ferro_quickstart_%d", time.Now().UnixNano())
		admin, err := sql.Open("ferro-postgres", *pgDSN)
		check(err)
		_, err = admin.Exec(`CREATE SCHEMA ` + schema)
		check(err)
		defer func() {
			_, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
			check(err)
			admin.Close()
		}()
		dsn := withSearchPath(*pgDSN, schema)
		tour("ferro-postgres", dsn)
		staleStatement(dsn)
	}
}

func tour(driverName, dsn string) {
	ctx := context.Background()
	fmt.Printf("== %s (%s)\n", driverName, ferro.Redact(dsn))
	db, err := sql.Open(driverName, dsn)
	check(err)
	defer db.Close()

	// 1. Structs -> tables. A dry run first: nothing is executed.
	v1 := []any{Customer{}, Invoice{}}
	plan, err := migrate.NewPlan(ctx, db, v1)
	check(err)
	fmt.Printf("-- plan v1:\n%s", plan)
	check(ferro.Migrate(db, v1))

	// 2. Typed writes: decimals go in as exact text, times in one canonical
	// form, enum values are checked before they reach the database.
	token := uuid.MustParse("6f1c3a52-9a43-4c1e-9a57-0d6a2b1c9e11")
	_, err = db.Exec(`INSERT INTO customers (name, token) VALUES ($1, $2)`, "Ada", token)
	check(err)
	issued := time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)
	for i, amount := range []string{"1234567890.25", "0.10", "99.99"} {
		_, err = db.Exec(`INSERT INTO invoices (number, status, amount, customer_id, issued_at) VALUES ($1, $2, $3, $4, $5)`,
			fmt.Sprintf("INV-%03d", i+1), Status("sent"), decimal.RequireFromString(amount), 1, issued.Add(time.Duration(i)*time.Hour))
		check(err)
	}
	_, err = db.Exec(`UPDATE invoices SET status = $1 WHERE number = $2`, Status("lost"), "INV-001")
	fmt.Println("-- writing a bad enum value:", err)

	// 3. A statement prepared before the schema changes...
	all, err := db.Prepare(`SELECT * FROM invoices ORDER BY id`)
	check(err)
	defer all.Close()
	before := columnsOf(all)

	// 4. ...the next release adds a column (updates level)...
	v2 := []any{Customer{}, InvoiceV2{}}
	plan, err = migrate.NewPlan(ctx, db, v2, migrate.AllowUpdates())
	check(err)
	fmt.Printf("-- plan v2:\n%s", plan)
	check(ferro.Migrate(db, v2, migrate.AllowUpdates()))

	// 5. ...and the same *sql.Stmt serves the new shape.
	fmt.Printf("-- prepared SELECT *: %v -> %v\n", before, columnsOf(all))

	// 6. Rows -> structs, with every value in its Go type.
	rows, err := all.Query()
	check(err)
	invoices, err := coerce.ScanAll[InvoiceV2](rows)
	check(err)
	for _, inv := range invoices {
		fmt.Printf("   %s %-5s %15s issued %s paid=%v note=%q\n", inv.Number, inv.Status, inv.Amount.StringFixed(2),
			inv.IssuedAt.UTC().Format(time.RFC3339), inv.PaidAt, inv.Note)
	}

	// 7. The previous release's binary still reads the extended table.
	rows, err = db.Query(`SELECT * FROM invoices ORDER BY id`)
	check(err)
	old, err := coerce.ScanAll[Invoice](rows)
	check(err)
	fmt.Printf("-- v1 struct over v2 table: %d rows, first %s\n", len(old), old[0].Number)

	cust, err := queryOne[Customer](db, `SELECT * FROM customers WHERE name = $1`, "Ada")
	check(err)
	fmt.Printf("-- customer %d %s token=%s\n", cust.ID, cust.Name, cust.Token)

	epoch, err := ferro.SchemaEpoch(db)
	check(err)
	fmt.Printf("-- schema epoch: %d\n", epoch)
}

// staleStatement runs the sequence that fails with plain pgx: a statement
// cached on every pooled connection, then DDL, then the same statement.
func staleStatement(dsn string) {
	fmt.Println("== stale statements after DDL (postgres)")
	for _, name := range []string{"pgx", "ferro-postgres"} {
		db, err := sql.Open(name, dsn)
		check(err)
		db.SetMaxOpenConns(1)
		_, err = db.Exec(`CREATE TABLE IF NOT EXISTS stale_demo (id bigint)`)
		check(err)
		_, err = db.Exec(`INSERT INTO stale_demo VALUES (1)`)
		check(err)
		q := func() error {
			rows, err := db.Query(`SELECT * FROM stale_demo WHERE id = $1`, 1)
			if err == nil {
				rows.Close()
			}
			return err
		}
		check(q())
		_, err = db.Exec(`ALTER TABLE stale_demo ADD COLUMN extra text`)
		check(err)
		fmt.Printf("   %-15s SELECT * after ADD COLUMN: %v\n", name, errOrOK(q()))
		_, err = db.Exec(`DROP TABLE stale_demo`)
		check(err)
		db.Close()
	}
}

func queryOne[T any](db *sql.DB, query string, args ...any) (T, error) {
	rows, err := db.Query(query, args...)
	if err != nil {
		var zero T
		return zero, err
	}
	return coerce.ScanOne[T](rows)
}

func columnsOf(stmt *sql.Stmt) []string {
	rows, err := stmt.Query()
	check(err)
	defer rows.Close()
	cols, err := rows.Columns()
	check(err)
	return cols
}

func errOrOK(err error) string {
	if err != nil {
		return "ERROR " + err.Error()
	}
	return "ok"
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
