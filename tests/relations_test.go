package tests

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/relation"
	"github.com/ferrosql/ferro/schema"
)

// Relations (issue 9), proven on both engines through ferro.Migrate.

type rTag struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,unique"`
}

func (rTag) TableName() string { return "tag" }

type rInvoice struct {
	ID     int64  `ferro:"id,pk"`
	Number string `ferro:"number"`
	Tags   []rTag `ferro:"m2m"`
}

func (rInvoice) TableName() string { return "invoice" }

type rUser struct {
	ID      int64   `ferro:"id,pk"`
	Name    string  `ferro:"name"`
	Friends []rUser `ferro:"m2m"`
}

func (rUser) TableName() string { return "users" }

// migrated runs ferro.Migrate twice and checks the second plan is empty
// and the live schema inspects equal to FromModels (parity).
func migrated(t *testing.T, db *sql.DB, models []any, opts ...migrate.Option) {
	t.Helper()
	ctx := context.Background()
	if err := ferro.Migrate(db, models, opts...); err != nil {
		t.Fatal(err)
	}
	p, err := migrate.NewPlan(ctx, db, models, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Empty() {
		t.Fatalf("second run is not empty:\n%s", p)
	}
	want, err := catalog.FromModels(models...)
	if err != nil {
		t.Fatal(err)
	}
	got, err := catalog.Inspect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if m := schema.Mismatches(want, got); len(m) > 0 {
		t.Fatalf("Inspect differs from FromModels:\n%s", strings.Join(m, "\n"))
	}
}

func count(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func exec(t *testing.T, db *sql.DB, query string, args ...any) {
	t.Helper()
	if _, err := db.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func TestRelations_manyToMany(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{rInvoice{}, rTag{}})

		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		j, ok := live.Table("invoice_tags")
		if !ok {
			t.Fatal("no table invoice_tags")
		}
		if !slices.Equal(j.PrimaryKey.Columns, []string{"invoice_id", "tag_id"}) {
			t.Errorf("primary key %q", j.PrimaryKey.Columns)
		}
		if len(j.Indexes) != 1 || !slices.Equal(j.Indexes[0].Columns, []string{"tag_id", "invoice_id"}) {
			t.Errorf("reverse index %+v", j.Indexes)
		}
		for _, fk := range j.ForeignKeys {
			if fk.OnDelete != schema.ActionCascade {
				t.Errorf("foreign key %s on delete %s, want cascade", fk.Name, fk.OnDelete)
			}
		}

		exec(t, db, `INSERT INTO invoice (id, number) VALUES (1, 'A-1'), (2, 'A-2')`)
		exec(t, db, `INSERT INTO tag (id, name) VALUES (10, 'red'), (11, 'blue'), (12, 'green')`)
		inv1, inv2 := rInvoice{ID: 1}, rInvoice{ID: 2}
		red, blue, green := rTag{ID: 10}, rTag{ID: 11}, rTag{ID: 12}
		for range 2 { // the second Link of the same pairs changes nothing
			if err := relation.Link(ctx, db, inv1, red, blue); err != nil {
				t.Fatal(err)
			}
		}
		if n := count(t, db, `SELECT count(*) FROM invoice_tags`); n != 2 {
			t.Fatalf("after linking twice: %d join rows, want 2", n)
		}
		if err := relation.Link(ctx, db, &inv2, red, blue, green, red); err != nil { // a pointer source, a repeated target
			t.Fatal(err)
		}
		got, err := relation.Load[int64, rInvoice, rTag](ctx, db, []rInvoice{inv1, inv2, {ID: 3}})
		if err != nil {
			t.Fatal(err)
		}
		if names := tagNames(got[1]); names != "blue,red" {
			t.Errorf("invoice 1 tags %s", names)
		}
		if names := tagNames(got[2]); names != "blue,green,red" {
			t.Errorf("invoice 2 tags %s", names)
		}
		if _, ok := got[3]; ok || len(got) != 2 {
			t.Errorf("an invoice without tags has no entry: %v", got)
		}
		// The same through a transaction, which gets $N placeholders on
		// both engines (only a *sql.DB reveals its driver).
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		viaTx, err := relation.Load[int64, rInvoice, rTag](ctx, tx, []rInvoice{inv1, inv2})
		tx.Rollback()
		if err != nil || tagNames(viaTx[1]) != "blue,red" || tagNames(viaTx[2]) != "blue,green,red" {
			t.Errorf("Load in a transaction: %v, %v", viaTx, err)
		}
		// From the other side: the reverse index serves tag -> invoices.
		if n := count(t, db, `SELECT count(*) FROM invoice_tags WHERE tag_id = 10`); n != 2 {
			t.Errorf("tag 10 has %d invoices, want 2", n)
		}

		if err := relation.Unlink(ctx, db, inv2, green, rTag{ID: 99}); err != nil { // an unlinked pair is ignored
			t.Fatal(err)
		}
		if n := count(t, db, `SELECT count(*) FROM invoice_tags WHERE invoice_id = 2`); n != 2 {
			t.Errorf("after Unlink: %d join rows of invoice 2, want 2", n)
		}
		exec(t, db, `DELETE FROM invoice WHERE id = 1`)
		if n := count(t, db, `SELECT count(*) FROM invoice_tags WHERE invoice_id = 1`); n != 0 {
			t.Errorf("deleting an invoice left %d join rows", n)
		}
		exec(t, db, `DELETE FROM tag WHERE id = 10`)
		if n := count(t, db, `SELECT count(*) FROM invoice_tags`); n != 1 {
			t.Errorf("deleting a tag: %d join rows left, want 1", n)
		}
		// Linking a row that does not exist is the engine's foreign key error.
		if err := relation.Link(ctx, db, rInvoice{ID: 42}, blue); err == nil {
			t.Error("linking a missing invoice succeeded")
		}
	})
}

func tagNames(tags []rTag) string {
	var n []string
	for _, t := range tags {
		n = append(n, t.Name)
	}
	slices.Sort(n)
	return strings.Join(n, ",")
}

func TestRelations_selfReferential(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{rUser{}})
		exec(t, db, `INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob'), (3, 'cy')`)
		ann, bob, cy := rUser{ID: 1}, rUser{ID: 2}, rUser{ID: 3}
		if err := relation.Link(ctx, db, ann, bob, cy); err != nil {
			t.Fatal(err)
		}
		if err := relation.Link(ctx, db, bob, ann); err != nil {
			t.Fatal(err)
		}
		got, err := relation.Load[int64, rUser, rUser](ctx, db, []rUser{ann, bob, cy})
		if err != nil {
			t.Fatal(err)
		}
		names := func(us []rUser) string {
			var n []string
			for _, u := range us {
				n = append(n, u.Name)
			}
			slices.Sort(n)
			return strings.Join(n, ",")
		}
		if names(got[1]) != "bob,cy" || names(got[2]) != "ann" || len(got[3]) != 0 {
			t.Errorf("friends: %v", got)
		}
		if n := count(t, db, `SELECT count(*) FROM users_friends WHERE user_id = 1 AND friend_id = 2`); n != 1 {
			t.Errorf("columns user_id, friend_id: %d rows", n)
		}
	})
}

// countingDB counts the statements sent, to prove Load is one query.
type countingDB struct {
	*sql.DB
	queries, execs atomic.Int64
}

func (c *countingDB) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	c.execs.Add(1)
	return c.DB.ExecContext(ctx, q, args...)
}

func (c *countingDB) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	c.queries.Add(1)
	return c.DB.QueryContext(ctx, q, args...)
}

// Linking and unlinking more targets than one statement's MaxParams
// arguments allow is split into several statements, and every pair is
// written (or removed) exactly once.
func TestRelations_linkSpansStatements(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{rInvoice{}, rTag{}})
		n := relation.MaxParams + 1 // unlink binds the source once and each target once
		exec(t, db, `INSERT INTO invoice (id, number) VALUES (1, 'A-1')`)
		exec(t, db, fmt.Sprintf(`WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %d)
			INSERT INTO tag (id, name) SELECT i, 't' || i FROM s`, n))
		tags := make([]rTag, n)
		for i := range tags {
			tags[i] = rTag{ID: int64(i + 1)}
		}
		cdb := &countingDB{DB: db}
		if err := relation.Link(ctx, cdb, rInvoice{ID: 1}, tags...); err != nil {
			t.Fatal(err)
		}
		if got, want := cdb.execs.Load(), int64(3); got != want { // 15,000 pairs per INSERT
			t.Errorf("link of %d targets: %d statements, want %d", n, got, want)
		}
		if got := count(t, db, `SELECT count(DISTINCT tag_id) FROM invoice_tags WHERE invoice_id = 1`); got != n {
			t.Fatalf("after link: %d join rows, want %d", got, n)
		}
		cdb.execs.Store(0)
		if err := relation.Unlink(ctx, cdb, rInvoice{ID: 1}, tags[1:]...); err != nil {
			t.Fatal(err)
		}
		if got, want := cdb.execs.Load(), int64(2); got != want { // 29,999 targets per DELETE
			t.Errorf("unlink of %d targets: %d statements, want %d", n-1, got, want)
		}
		if got := count(t, db, `SELECT count(*) FROM invoice_tags`); got != 1 {
			t.Fatalf("after unlink: %d join rows, want 1 (tag 1)", got)
		}
	})
}

// Loading the tags of 1,000 invoices is one query, not one per invoice.
func TestRelations_loadIsOneQuery(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{rInvoice{}, rTag{}})
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		tags := make([]rTag, 20)
		for i := range tags {
			tags[i] = rTag{ID: int64(i + 1), Name: fmt.Sprintf("t%02d", i+1)}
			if _, err := tx.Exec(`INSERT INTO tag (id, name) VALUES ($1, $2)`, tags[i].ID, tags[i].Name); err != nil {
				t.Fatal(err)
			}
		}
		invoices := make([]rInvoice, 1000)
		for i := range invoices {
			invoices[i] = rInvoice{ID: int64(i + 1), Number: fmt.Sprint(i + 1)}
			if _, err := tx.Exec(`INSERT INTO invoice (id, number) VALUES ($1, $2)`, invoices[i].ID, invoices[i].Number); err != nil {
				t.Fatal(err)
			}
			// invoice i has tags i%20, (i+7)%20, (i+13)%20 — except every
			// 10th, which has none.
			if i%10 == 0 {
				continue
			}
			if err := relation.Link(ctx, tx, invoices[i], tags[i%20], tags[(i+7)%20], tags[(i+13)%20]); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		cdb := &countingDB{DB: db}
		got, err := relation.Load[int64, rInvoice, rTag](ctx, cdb, invoices)
		if err != nil {
			t.Fatal(err)
		}
		if n := cdb.queries.Load(); n != 1 {
			t.Fatalf("Load of 1,000 invoices ran %d queries, want 1", n)
		}
		if len(got) != 900 {
			t.Fatalf("%d invoices with tags, want 900", len(got))
		}
		for i, inv := range invoices {
			want := []string{tags[i%20].Name, tags[(i+7)%20].Name, tags[(i+13)%20].Name}
			slices.Sort(want)
			if i%10 == 0 {
				want = nil
			}
			if g := tagNames(got[inv.ID]); g != strings.Join(want, ",") {
				t.Fatalf("invoice %d: tags %s, want %s", inv.ID, g, want)
			}
		}
	})
}

// Belongs-to by struct reference.

type bCustomer struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (bCustomer) TableName() string { return "customer" }

type bInvoiceAdded struct {
	ID       int64     `ferro:"id,pk"`
	Number   string    `ferro:"number"`
	Customer bCustomer `ferro:"customer,on_delete=cascade"`
}

func (bInvoiceAdded) TableName() string { return "invoice" }

type bInvoiceField struct {
	ID         int64      `ferro:"id,pk"`
	Number     string     `ferro:"number"`
	CustomerID int64      `ferro:"customer_id"`
	Customer   *bCustomer // not a column: never scanned, never fails a scan
}

func (bInvoiceField) TableName() string { return "invoice" }

func TestRelations_belongsTo(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{bCustomer{}, bInvoiceAdded{}})
		live, _ := catalog.Inspect(ctx, db)
		inv, _ := live.Table("invoice")
		c, ok := inv.Column("customer_id")
		if !ok || c.Nullable || c.Type.Kind != schema.KindBigint {
			t.Fatalf("customer_id: %+v", c)
		}
		if len(inv.ForeignKeys) != 1 || inv.ForeignKeys[0].RefTable != "customer" || inv.ForeignKeys[0].OnDelete != schema.ActionCascade {
			t.Fatalf("foreign keys %+v", inv.ForeignKeys)
		}
		exec(t, db, `INSERT INTO customer (id, name) VALUES (7, 'acme')`)
		exec(t, db, `INSERT INTO invoice (id, number, customer_id) VALUES (1, 'A-1', 7)`)
		if _, err := db.Exec(`INSERT INTO invoice (id, number, customer_id) VALUES (2, 'A-2', 8)`); err == nil {
			t.Error("an invoice of a missing customer was accepted")
		}

		// The same table read through the model with a key field: the key
		// scans into CustomerID, the relation field is left alone.
		rows, err := db.QueryContext(ctx, `SELECT * FROM invoice`)
		if err != nil {
			t.Fatal(err)
		}
		got, err := coerce.ScanAll[bInvoiceField](rows, coerce.WithStrict())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].CustomerID != 7 || got[0].Customer != nil {
			t.Fatalf("scanned %+v", got)
		}
		// Without a key field the key column is known to the model (it
		// declares it through the relation), so even WithStrict ignores it.
		rows, err = db.QueryContext(ctx, `SELECT * FROM invoice`)
		if err != nil {
			t.Fatal(err)
		}
		added, err := coerce.ScanAll[bInvoiceAdded](rows, coerce.WithStrict())
		if err != nil || len(added) != 1 || added[0].Number != "A-1" || added[0].Customer != (bCustomer{}) {
			t.Fatalf("scanned %+v, %v", added, err)
		}
		// A result column named like the relation field is not scanned into it.
		rows, err = db.QueryContext(ctx, `SELECT id, name AS customer FROM customer`)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := coerce.ScanAll[bInvoiceField](rows); err != nil {
			t.Fatalf("a column named like the relation field: %v", err)
		}
		exec(t, db, `DELETE FROM customer WHERE id = 7`)
		if n := count(t, db, `SELECT count(*) FROM invoice`); n != 0 {
			t.Errorf("on_delete=cascade left %d invoices", n)
		}
	})
}

type bInvoiceV1 struct {
	ID     int64  `ferro:"id,pk"`
	Number string `ferro:"number"`
}

func (bInvoiceV1) TableName() string { return "invoice" }

type bInvoiceOptional struct {
	ID       int64      `ferro:"id,pk"`
	Number   string     `ferro:"number"`
	Customer *bCustomer `ferro:"customer"`
}

func (bInvoiceOptional) TableName() string { return "invoice" }

// An existing database gains the key column and the foreign key at the
// updates level; a NOT NULL key without a default on a table with rows is
// refused, naming the column, and nothing changes.
func TestRelations_belongsToMigratesExisting(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{bCustomer{}, bInvoiceV1{}})
		exec(t, db, `INSERT INTO invoice (id, number) VALUES (1, 'A-1')`)

		err := ferro.Migrate(db, []any{bCustomer{}, bInvoiceAdded{}}, migrate.AllowUpdates())
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), "invoice.customer_id: is NOT NULL without a default and the table has 1 rows") {
			t.Fatalf("NOT NULL key on a table with rows: %v", err)
		}
		// At the default (create) level the column and key are pending only.
		p, err := migrate.NewPlan(ctx, db, []any{bCustomer{}, bInvoiceOptional{}})
		if err != nil {
			t.Fatal(err)
		}
		if pending := pendingLines(p); !p.Empty() || !strings.Contains(pending, "customer_id") || !strings.Contains(pending, "fk_invoice_customer_id") {
			t.Fatalf("create level: empty %v, pending:\n%s", p.Empty(), pending)
		}

		migrated(t, db, []any{bCustomer{}, bInvoiceOptional{}}, migrate.AllowUpdates())
		exec(t, db, `INSERT INTO customer (id, name) VALUES (7, 'acme')`)
		exec(t, db, `UPDATE invoice SET customer_id = 7`)
		if _, err := db.Exec(`UPDATE invoice SET customer_id = 8`); err == nil {
			t.Error("the added foreign key does not hold")
		}
	})
}

type bInvoiceDefault struct {
	ID       int64     `ferro:"id,pk"`
	Number   string    `ferro:"number"`
	Customer bCustomer `ferro:"customer,default=7"`
}

func (bInvoiceDefault) TableName() string { return "invoice" }

// default= on the relation field backfills the NOT NULL key column it adds,
// so a table with rows gains it (docs/models.md, "Belongs-to").
func TestRelations_belongsToDefaultBackfills(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		migrated(t, db, []any{bCustomer{}, bInvoiceV1{}})
		exec(t, db, `INSERT INTO customer (id, name) VALUES (7, 'acme')`)
		exec(t, db, `INSERT INTO invoice (id, number) VALUES (1, 'A-1')`)
		migrated(t, db, []any{bCustomer{}, bInvoiceDefault{}}, migrate.AllowUpdates())
		if n := count(t, db, `SELECT count(*) FROM invoice WHERE customer_id = 7`); n != 1 {
			t.Fatalf("backfilled rows: %d, want 1", n)
		}
	})
}
