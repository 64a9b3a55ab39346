package inspectbench

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/bench/internal/inspectschema/catalogschema"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// scaleSizes are the table counts of BenchmarkInspectScale: the target is
// that 1,000 tables take at most ~10x the time of 100.
var scaleSizes = []int{100, 1000}

// createScaleSchema creates n tables of the catalogschema shape through
// catalog.Render and returns the schema. On PostgreSQL it commits every 400
// statements and drops the tables in batches when the benchmark ends: one
// transaction over 1,000 tables and their indexes would exhaust the
// server's lock table (max_locks_per_transaction), and so would the test
// database's DROP SCHEMA ... CASCADE.
func createScaleSchema(b *testing.B, db *sql.DB, dialect schema.Dialect, n int) *schema.Schema {
	b.Helper()
	s := catalogschema.BuildN(n)
	stmts, err := catalog.Render(s, dialect)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	batch := len(stmts)
	if dialect == schema.Postgres {
		batch = 400
		b.Cleanup(func() {
			for i := len(s.Tables); i > 0; i -= 100 {
				var drop []string
				for _, t := range s.Tables[max(0, i-100):i] {
					drop = append(drop, `DROP TABLE "`+t.Name+`" CASCADE`)
				}
				if _, err := db.ExecContext(ctx, strings.Join(drop, "; ")); err != nil {
					b.Errorf("drop tables: %v", err)
					return
				}
			}
		})
	}
	for len(stmts) > 0 {
		k := min(batch, len(stmts))
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, st := range stmts[:k] {
			if _, err := tx.ExecContext(ctx, st); err != nil {
				tx.Rollback()
				b.Fatalf("%s: %v", st, err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		stmts = stmts[k:]
	}
	return s
}

// BenchmarkInspectScale: catalog.Inspect of 100 and 1,000 tables (10
// columns, 3 indexes and a foreign key each) on each engine, the two sizes
// alternating in every iteration (which one goes first alternates too), so
// that the load of a shared machine falls on both alike. It reports the
// median time of each size and their ratio, the number the target is about
// ("1,000 tables in at most ~10x the time of 100"). Before timing, Inspect
// of each database must return exactly the created schema.
func BenchmarkInspectScale(b *testing.B) {
	for _, engine := range []schema.Dialect{schema.SQLite, schema.Postgres} {
		b.Run("engine="+string(engine), func(b *testing.B) {
			ctx := context.Background()
			dbs := make([]*sql.DB, len(scaleSizes))
			for i, n := range scaleSizes {
				var e testdb.Engine
				if engine == schema.SQLite {
					e = testdb.SQLite(b)
				} else {
					e = testdb.Postgres(b)
				}
				db, err := sql.Open(e.FerroDriver, e.DSN)
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { db.Close() })
				want := createScaleSchema(b, db, engine, n)
				got, err := catalog.Inspect(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				if m := schema.Mismatches(want, got); len(m) > 0 {
					b.Fatalf("%d tables: Inspect differs from the created schema: %v", n, m[:min(5, len(m))])
				}
				dbs[i] = db
			}
			times := make([][]time.Duration, len(scaleSizes))
			b.ResetTimer()
			for it := range b.N {
				for k := range dbs {
					i := (k + it) % len(dbs)
					start := time.Now()
					if _, err := catalog.Inspect(ctx, dbs[i]); err != nil {
						b.Fatal(err)
					}
					times[i] = append(times[i], time.Since(start))
				}
			}
			b.StopTimer()
			med := make([]float64, len(times))
			for i, ts := range times {
				slices.Sort(ts)
				med[i] = float64(ts[len(ts)/2]) / float64(time.Millisecond)
				b.ReportMetric(med[i], fmt.Sprintf("ms/inspect-%d", scaleSizes[i]))
			}
			b.ReportMetric(med[len(med)-1]/med[0], fmt.Sprintf("ratio-%d/%d", scaleSizes[len(scaleSizes)-1], scaleSizes[0]))
		})
	}
}
