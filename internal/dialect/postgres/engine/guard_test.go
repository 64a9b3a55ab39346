package engine

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/jackc/pgx/v5/pgconn"
)

// An exported data check aborts when a row would not survive and passes
// otherwise, on the real engine, with a message naming table, column, count
// and what to do (issue 8: an exported narrowing must never silently
// truncate when another tool runs it).
func TestRenderer_GuardSQL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	if _, err := db.Exec(`CREATE TABLE "t" ("code" varchar(16)); INSERT INTO "t" VALUES ('ab'), (NULL)`); err != nil {
		t.Fatal(err)
	}
	// A query body holding the default dollar tag, a reason with a quote,
	// a percent sign and two counts.
	count := `SELECT count(*) FROM "t" WHERE char_length("code") > 4 AND '$ferro_guard$' <> ''`
	reason := "has %d values longer than 4 characters (it's 100% sure: %d); shorten them first"
	stmts := postgres.Renderer{}.GuardSQL("t", "code", count, reason)
	if len(stmts) != 1 {
		t.Fatalf("GuardSQL returned %d statements, want one DO block", len(stmts))
	}
	run := func() error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		_, err = tx.Exec(stmts[0])
		return err
	}
	if err := run(); err != nil {
		t.Fatalf("guard failed with no bad row: %v\n%s", err, stmts[0])
	}
	if _, err := db.Exec(`INSERT INTO "t" VALUES ('abcdef'), ('ghijkl')`); err != nil {
		t.Fatal(err)
	}
	err := run()
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "23514" {
		t.Fatalf("guard with bad rows: %v, want SQLSTATE 23514\n%s", err, stmts[0])
	}
	want := "ferro/migrate: t.code: has 2 values longer than 4 characters (it's 100% sure: 2); shorten them first"
	if pe.Message != want {
		t.Errorf("message\n got %q\nwant %q", pe.Message, want)
	}

	// A table-level check without a count.
	stmts = postgres.Renderer{}.GuardSQL("t", "", "SELECT 1", "cannot be reverted by itself")
	tx, _ := db.BeginTx(ctx, nil)
	defer tx.Rollback()
	if _, err := tx.Exec(stmts[0]); err == nil || !strings.Contains(err.Error(), "ferro/migrate: t: cannot be reverted by itself (SQLSTATE 23514)") {
		t.Errorf("got %v", err)
	}
}
