package inspectbench

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/bench/internal/inspectschema/catalogschema"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
)

// scaleSizes are the table counts of BenchmarkInspectScale: the target is
// that 1,000 tables take at most ~10x the time of 100.
var scaleSizes = []int{100, 1000}

// createScaleSchema creates n tables of the catalogschema shape through
// catalog.Render in one transaction and returns the schema.
func createScaleSchema(b *testing.B, db *sql.DB, dialect string, n int) *catalog.Schema {
	b.Helper()
	s := catalogschema.BuildN(n)
	stmts, err := catalog.Render(s, dialect)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			b.Fatalf("%s: %v", st, err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkInspectScale: catalog.Inspect of 100 and 1,000 tables (10
// columns, 3 indexes and a foreign key each) on both engines. Each
// sub-benchmark first checks that Inspect returns exactly the created
// schema.
func BenchmarkInspectScale(b *testing.B) {
	for _, n := range scaleSizes {
		for _, engine := range []string{catalog.SQLite, catalog.Postgres} {
			b.Run(fmt.Sprintf("engine=%s/tables=%d", engine, n), func(b *testing.B) {
				var e testdb.Engine
				if engine == catalog.SQLite {
					e = testdb.SQLite(b)
				} else {
					e = testdb.Postgres(b)
				}
				db, err := sql.Open(e.FerroDriver, e.DSN)
				if err != nil {
					b.Fatal(err)
				}
				defer db.Close()
				want := createScaleSchema(b, db, engine, n)
				ctx := context.Background()
				got, err := catalog.Inspect(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				if m := catalog.Mismatches(want, got); len(m) > 0 {
					b.Fatalf("Inspect differs from the created schema: %v", m[:min(5, len(m))])
				}
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					if _, err := catalog.Inspect(ctx, db); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
