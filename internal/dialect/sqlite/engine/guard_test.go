package engine

import (
	"context"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
)

// An exported data check aborts when a row would not survive and passes
// otherwise, on the real engine, naming table, column and what to do, and
// can run twice in one transaction (issue 8: an exported narrowing must
// never silently truncate when another tool runs it).
func TestRenderer_GuardSQL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	if _, err := db.Exec(`CREATE TABLE "t" ("code" TEXT); INSERT INTO "t" VALUES ('ab'), (NULL)`); err != nil {
		t.Fatal(err)
	}
	count := `SELECT count(*) FROM "t" WHERE length("code") > 4`
	reason := `has %d values longer than 4 characters (it's "100%" sure); shorten them first`
	stmts := sqlite.Renderer{}.GuardSQL("t", "code", count, reason)
	run := func() error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		// Twice: the temporary table does not outlive its guard.
		for range 2 {
			for _, s := range stmts {
				if _, err := tx.Exec(s); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := run(); err != nil {
		t.Fatalf("guard failed with no bad row: %v\n%s", err, strings.Join(stmts, ";\n"))
	}
	if _, err := db.Exec(`INSERT INTO "t" VALUES ('abcdef')`); err != nil {
		t.Fatal(err)
	}
	err := run()
	want := `CHECK constraint failed: ferro/migrate: t.code: has one or more values longer than 4 characters (it's "100%" sure); shorten them first`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("guard with a bad row: %v, want %q", err, want)
	}
	// As one multi-statement script outside a transaction, the way a
	// migration tool without a transaction runs a file: the failed guard
	// leaves its table on the connection, the next guard still works.
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	script := strings.Join(stmts, ";\n") + ";"
	if _, err = conn.ExecContext(ctx, script); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("guard script with a bad row: %v", err)
	}
	if _, err := conn.ExecContext(ctx, `DELETE FROM "t" WHERE length("code") > 4`); err != nil {
		t.Fatal(err)
	}
	if _, err = conn.ExecContext(ctx, script); err != nil {
		t.Fatalf("guard script after the fix: %v", err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM temp.sqlite_schema`).Scan(&n); err != nil || n != 0 {
		t.Errorf("temporary objects left: %d (%v)", n, err)
	}
}

// The checks of an exported rebuild refuse a connection with foreign keys
// on and rows that reference a missing parent (issue 8: the export only
// said so in a comment).
func TestRenderer_RebuildGuards(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	before, after := sqlite.Renderer{}.RebuildGuards("c")
	run := func(stmts []string) error {
		_, err := conn.ExecContext(ctx, "BEGIN; "+strings.Join(stmts, ";\n")+"; COMMIT")
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	exec := func(s string) {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	exec(`CREATE TABLE "p" ("id" INTEGER PRIMARY KEY); CREATE TABLE "c" ("id" INTEGER PRIMARY KEY, "p" INTEGER REFERENCES "p" ("id"))`)
	if err := run(before); err != nil {
		t.Fatalf("foreign keys off: %v", err)
	}
	if err := run(after); err != nil {
		t.Fatalf("no orphan: %v", err)
	}
	exec(`PRAGMA foreign_keys = ON`)
	if err := run(before); err == nil || !strings.Contains(err.Error(), "ferro/migrate: c: the migration rebuilds the table") {
		t.Fatalf("foreign keys on: %v", err)
	}
	exec(`PRAGMA foreign_keys = OFF`)
	exec(`INSERT INTO "c" VALUES (1, 7)`)
	if err := run(after); err == nil || !strings.Contains(err.Error(), "rows reference a missing parent row") {
		t.Fatalf("orphan: %v", err)
	}
}
