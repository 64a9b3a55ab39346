package catalogschema_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/ferrosql/ferro/bench/internal/inspectschema"
	"github.com/ferrosql/ferro/bench/internal/inspectschema/catalogschema"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// TestSQLiteDDL pins that the DDL text the GORM SQLite Inspect benchmark
// runs is exactly what catalog.Render writes for the ferro benchmark's
// schema, and that SQLite reads it back as that schema: both benchmarks
// then inspect the same tables.
func TestSQLiteDDL(t *testing.T) {
	t.Parallel()
	want := catalogschema.Build()
	if n := len(want.Tables); n != inspectschema.Tables {
		t.Fatalf("Build has %d tables, want %d", n, inspectschema.Tables)
	}
	for _, tb := range want.Tables {
		if n := len(tb.Columns); n != inspectschema.Columns {
			t.Fatalf("table %s has %d columns, want %d", tb.Name, n, inspectschema.Columns)
		}
	}
	rendered, err := catalog.Render(want, schema.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	ddl := inspectschema.SQLiteDDL()
	if len(rendered) != len(ddl) {
		t.Fatalf("catalog.Render wrote %d statements, SQLiteDDL %d", len(rendered), len(ddl))
	}
	for i := range ddl {
		if rendered[i] != ddl[i] {
			t.Fatalf("statement %d differs:\ncatalog.Render: %s\nSQLiteDDL:      %s", i, rendered[i], ddl[i])
		}
	}

	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	ctx := context.Background()
	exec(t, ctx, db, ddl)
	got, err := catalog.Inspect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if m := schema.Mismatches(want, got); len(m) > 0 {
		t.Fatalf("Inspect after SQLiteDDL differs from Build (%d): %v", len(m), m[:min(5, len(m))])
	}
}

func exec(t *testing.T, ctx context.Context, db *sql.DB, stmts []string) {
	t.Helper()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}
