// Package preloadmodels holds the models and data of the many-to-many
// loading benchmark (bench/preload_test.go, bench/preloadbench/gormsqlite),
// so both binaries measure exactly the same thing.
package preloadmodels

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"syscall"
	"time"

	"github.com/ferrosql/ferro/relation"
)

// Sizes of the data set.
const (
	Invoices = 1000
	Tags     = 20
)

// Tag is the target model.
type Tag struct {
	ID   int64  `ferro:"id,pk" gorm:"primaryKey"`
	Name string `ferro:"name"`
}

// TableName names the table for ferro and GORM alike.
func (Tag) TableName() string { return "tag" }

// Invoice has many tags through invoice_tags (invoice_id, tag_id), the
// table ferro creates for `ferro:"m2m"` and GORM reads with the many2many
// tag.
type Invoice struct {
	ID     int64  `ferro:"id,pk" gorm:"primaryKey"`
	Number string `ferro:"number"`
	Tags   []Tag  `ferro:"m2m" gorm:"many2many:invoice_tags;joinForeignKey:InvoiceID;joinReferences:TagID"`
}

// TableName names the table for ferro and GORM alike.
func (Invoice) TableName() string { return "invoice" }

// InvoiceQuery reads the invoices (ferro's side; GORM builds its own).
const InvoiceQuery = `SELECT id, number FROM invoice ORDER BY id`

// tagsOf returns the tag ids of invoice i (0-based): none for every 10th.
func tagsOf(i int) []int64 {
	if i%10 == 0 {
		return nil
	}
	return []int64{int64(i%Tags + 1), int64((i+7)%Tags + 1), int64((i+13)%Tags + 1)}
}

// Fill runs the DDL and inserts the data set in one transaction, linking
// with relation.Link.
func Fill(ctx context.Context, db *sql.DB, ddl []string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, s := range ddl {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	for t := 1; t <= Tags; t++ {
		if _, err := tx.ExecContext(ctx, `INSERT INTO tag (id, name) VALUES ($1, $2)`, t, fmt.Sprintf("tag-%02d", t)); err != nil {
			return err
		}
	}
	for i := range Invoices {
		inv := Invoice{ID: int64(i + 1), Number: fmt.Sprintf("INV-%05d", i+1)}
		if _, err := tx.ExecContext(ctx, `INSERT INTO invoice (id, number) VALUES ($1, $2)`, inv.ID, inv.Number); err != nil {
			return err
		}
		var tags []Tag
		for _, id := range tagsOf(i) {
			tags = append(tags, Tag{ID: id})
		}
		if err := relation.Link(ctx, tx, inv, tags...); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Check verifies a loaded result: every invoice, each with its tags.
func Check(invs []Invoice) error {
	if len(invs) != Invoices {
		return fmt.Errorf("%d invoices, want %d", len(invs), Invoices)
	}
	for i, inv := range invs {
		var got []int64
		for _, t := range inv.Tags {
			if t.Name != fmt.Sprintf("tag-%02d", t.ID) {
				return fmt.Errorf("invoice %d: tag %d named %q", inv.ID, t.ID, t.Name)
			}
			got = append(got, t.ID)
		}
		want := tagsOf(i)
		slices.Sort(got)
		slices.Sort(want)
		if inv.ID != int64(i+1) || !slices.Equal(got, want) {
			return fmt.Errorf("invoice %d: tags %v, want %v", inv.ID, got, want)
		}
	}
	return nil
}

// SQLiteDDL is what catalog.Render gives for Invoice and Tag on SQLite
// (bench's TestPreloadSQLiteDDL keeps it so), for the GORM binary, which
// cannot link ferro's drivers.
var SQLiteDDL = []string{
	"CREATE TABLE \"invoice\" (\n\t\"id\" INTEGER NOT NULL,\n\t\"number\" TEXT NOT NULL,\n\tCONSTRAINT \"pk_invoice\" PRIMARY KEY (\"id\")\n)",
	"CREATE TABLE \"tag\" (\n\t\"id\" INTEGER NOT NULL,\n\t\"name\" TEXT NOT NULL,\n\tCONSTRAINT \"pk_tag\" PRIMARY KEY (\"id\")\n)",
	"CREATE TABLE \"invoice_tags\" (\n\t\"invoice_id\" BIGINT NOT NULL,\n\t\"tag_id\" BIGINT NOT NULL,\n\tCONSTRAINT \"pk_invoice_tags\" PRIMARY KEY (\"invoice_id\", \"tag_id\"),\n\tCONSTRAINT \"fk_invoice_tags_invoice_id\" FOREIGN KEY (\"invoice_id\") REFERENCES \"invoice\" (\"id\") ON DELETE CASCADE,\n\tCONSTRAINT \"fk_invoice_tags_tag_id\" FOREIGN KEY (\"tag_id\") REFERENCES \"tag\" (\"id\") ON DELETE CASCADE\n)",
	"CREATE INDEX \"idx_invoice_tags_tag_id_invoice_id\" ON \"invoice_tags\" (\"tag_id\", \"invoice_id\")",
}

// CPUTime is the user+system CPU time of this process so far. On a shared
// machine it is steadier than wall time: it does not count the time spent
// waiting for a core (nor the PostgreSQL server's work).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
