package tests

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The schema epoch and ferro.Migrate (issue 4, behaviours 2 and 4): every
// Migrate that ran DDL bumps the epoch, a failed one too, a no-op one does
// not, and a statement prepared before the DDL serves the new shape after.

type epNote1 struct {
	ID   int64  `ferro:"id,pk"`
	Body string `ferro:"body"`
}

func (epNote1) TableName() string { return "ep_note" }

type epNote2 struct {
	ID    int64   `ferro:"id,pk"`
	Body  string  `ferro:"body"`
	Title *string `ferro:"title"`
}

func (epNote2) TableName() string { return "ep_note" }

// epNote3 drops legacy (which a view uses) from epNote3Live.
type epNote3Live struct {
	ID     int64   `ferro:"id,pk"`
	Body   string  `ferro:"body"`
	Legacy *string `ferro:"legacy"`
}

func (epNote3Live) TableName() string { return "ep_note" }

func epochOf(t *testing.T, db *sql.DB) uint64 {
	t.Helper()
	v, err := ferro.SchemaEpoch(db)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMigrate_schemaEpoch(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)

		e0 := epochOf(t, db)
		if err := ferro.Migrate(db, []any{epNote1{}}); err != nil {
			t.Fatal(err)
		}
		e1 := epochOf(t, db)
		if e1 <= e0 {
			t.Errorf("epoch after the creating Migrate = %d, want > %d", e1, e0)
		}

		for i := range 3 {
			if err := ferro.Migrate(db, []any{epNote1{}}, migrate.AllowDestructive()); err != nil {
				t.Fatal(err)
			}
			if got := epochOf(t, db); got != e1 {
				t.Fatalf("no-op Migrate %d moved the epoch from %d to %d", i, e1, got)
			}
		}

		if err := ferro.Migrate(db, []any{epNote2{}}, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		e2 := epochOf(t, db)
		if e2 <= e1 {
			t.Errorf("epoch after ADD COLUMN = %d, want > %d", e2, e1)
		}
	})
}

// A Migrate whose statement fails where planning cannot foresee it rolls
// back and still bumps the epoch. On SQLite the statement is a DROP
// COLUMN of a column a TEMP view uses, on the pool's only connection:
// ferro refuses at plan time a drop that a view of the database uses, but
// does not read the connection's temp schema, which SQLite checks too. On
// PostgreSQL, which reports every view (temporary ones too) in pg_depend
// and is refused at plan time, another session holds a lock on the table
// beyond the migration's lock timeout.
func TestMigrate_schemaEpochAfterFailedApply(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{epNote3Live{}}); err != nil {
			t.Fatal(err)
		}
		var opts []migrate.Option
		if e.Name == "sqlite" {
			db.SetMaxOpenConns(1)
			if _, err := db.Exec(`CREATE TEMP VIEW ep_legacy AS SELECT id, legacy FROM main.ep_note`); err != nil {
				t.Fatal(err)
			}
		} else {
			holder := testdb.Open(t, e.FerroDriver, e.DSN)
			tx, err := holder.Begin()
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			if _, err := tx.Exec(`LOCK TABLE ep_note IN ACCESS SHARE MODE`); err != nil {
				t.Fatal(err)
			}
			opts = append(opts, migrate.WithLockTimeout(200*time.Millisecond))
		}
		before, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		e0 := epochOf(t, db)

		err = ferro.Migrate(db, []any{epNote1{}}, append(opts, migrate.AllowDestructive())...)
		want := map[string]string{
			"sqlite":   `ferro/migrate: apply failed at statement 1 of 1, rolled back (nothing of the plan remains): ALTER TABLE "ep_note" DROP COLUMN "legacy": SQL logic error: error in view ep_legacy after drop column: no such column: legacy (1)`,
			"postgres": `ferro/migrate: apply failed at statement 1 of 1, rolled back (nothing of the plan remains): ALTER TABLE "ep_note" DROP COLUMN "legacy": ERROR: canceling statement due to lock timeout (SQLSTATE 55P03)`,
		}[string(e.Name)]
		var ae *migrate.ApplyError
		if !errors.As(err, &ae) || err.Error() != want {
			t.Fatalf("error:\n got %v (%T)\nwant %s", err, err, want)
		}
		if ae.Index != 0 || ae.Total != 1 || ae.Statement != `ALTER TABLE "ep_note" DROP COLUMN "legacy"` {
			t.Errorf("ApplyError fields: %+v", ae)
		}
		if got := epochOf(t, db); got <= e0 {
			t.Errorf("epoch after the failed Migrate = %d, want > %d", got, e0)
		}
		after, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(before, after); len(m) > 0 {
			t.Errorf("the failed Migrate left changes: %v", m)
		}
	})
}

// A *sql.Stmt prepared before Migrate adds a column returns the new column
// set after it, on every pooled connection.
func TestMigrate_preparedStmtSeesAddedColumn(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{epNote1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO ep_note (body) VALUES ('a'), ('b')`); err != nil {
			t.Fatal(err)
		}
		stmt, err := db.Prepare(`SELECT * FROM ep_note ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer stmt.Close()
		// Hold three result sets open at once, so the statement is prepared
		// on three connections of the pool.
		db.SetMaxIdleConns(3)
		var open []*sql.Rows
		for range 3 {
			rows, err := stmt.Query()
			if err != nil {
				t.Fatal(err)
			}
			if cols, _ := rows.Columns(); !slices.Equal(cols, []string{"id", "body"}) {
				t.Fatalf("before: columns %v", cols)
			}
			open = append(open, rows)
		}
		for _, rows := range open {
			rows.Close()
		}

		if err := ferro.Migrate(db, []any{epNote2{}}, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		want := []string{"id", "body", "title"}
		for i := range 6 { // more than the pool's idle connections: every one is renewed
			if got := stmtColumns(t, stmt); !slices.Equal(got, want) {
				t.Fatalf("after Migrate, use %d: columns %v, want %v", i, got, want)
			}
		}
	})
}

func stmtColumns(t *testing.T, stmt *sql.Stmt) []string {
	t.Helper()
	rows, err := stmt.Query()
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("%d rows, want 2", n)
	}
	return cols
}
