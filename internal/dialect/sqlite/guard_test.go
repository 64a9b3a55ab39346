package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/testdb"
)

// An exported data check aborts when a row would not survive and passes
// otherwise, on the real engine, naming table, column and what to do, and
// can run twice in one transaction (issue 8: an exported narrowing must
// never silently truncate when another tool runs it).
func TestMigrator_GuardSQL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	if _, err := db.Exec(`CREATE TABLE "t" ("code" TEXT); INSERT INTO "t" VALUES ('ab'), (NULL)`); err != nil {
		t.Fatal(err)
	}
	count := `SELECT count(*) FROM "t" WHERE length("code") > 4`
	reason := `has %d values longer than 4 characters (it's "100%" sure); shorten them first`
	stmts := Migrator{}.GuardSQL("t", "code", count, reason)
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
