package tests

import (
	"log/slog"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// BenchmarkMigrate_noopAdopted measures a no-op Migrate of a schema another
// tool made (Django's DDL from testdata/adoption, with the models of
// TestMigrate_adoptCorpus): its plan is empty but the live schema is not
// equal to the models (other storage spellings, Django's index and foreign
// key kept). path=fast is the no-op fast path, which now serves such a
// schema; path=full is the full path (locked transaction, inspection,
// planning) that every such Migrate took before: each iteration passes a
// DropTables name of its own that no table has, which changes nothing in
// the plan but is part of what the fast path's memory is keyed by, so
// nothing is remembered for it. Results: docs/performance.md, "Migrate".
func BenchmarkMigrate_noopAdopted(b *testing.B) {
	quiet := migrate.WithLogger(slog.New(slog.DiscardHandler))
	for _, engine := range []string{"sqlite", "postgres"} {
		b.Run("engine="+engine, func(b *testing.B) {
			var e testdb.Engine
			var file string
			var models []any
			if engine == "postgres" {
				e, file, models = testdb.Postgres(b), "django.postgres.sql", []any{djQuestion{}, djChoice{}}
			} else {
				e, file, models = testdb.SQLite(b), "django.sqlite.sql", []any{djItem{}}
			}
			db := testdb.Open(b, e.FerroDriver, e.DSN)
			loadCorpus(b, db, "testdata/adoption/"+file)
			if err := ferro.Migrate(db, models, quiet); err != nil { // the full path; remembers the plan
				b.Fatal(err)
			}
			// The fast path serves it: with the migration lock held, the
			// full path would time out.
			release := holdMigrationLock(b, e)
			err := ferro.Migrate(db, models, quiet, migrate.WithLockTimeout(100*time.Millisecond))
			release()
			if err != nil {
				b.Fatalf("the fast path did not serve the adopted schema: %v", err)
			}
			b.Run("path=full", func(b *testing.B) {
				names := make([]string, b.N)
				for i := range names {
					names[i] = testdb.UniqueName("absent_")
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := range b.N {
					if err := ferro.Migrate(db, models, quiet, migrate.DropTables(names[i])); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("path=fast", func(b *testing.B) {
				// The full runs above may have pushed the plan out of the
				// bounded memory: the first run remembers it again.
				if err := ferro.Migrate(db, models, quiet); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				b.ResetTimer()
				for range b.N {
					if err := ferro.Migrate(db, models, quiet); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
