package migratebench

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/bench/internal/migcount"
	"github.com/ferrosql/ferro/bench/internal/migmodels"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	gormpg "gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	msqlite "modernc.org/sqlite"
)

// modelCounts are the model-set sizes of the no-op benchmark: the same
// round-trip count at both sizes is what "independent of model count" means.
var modelCounts = []int{10, 100}

// counted is a database under test with its round-trip counter.
type counted struct {
	migrate func() error
	counts  func() migcount.Counts
}

// run times op over b.N iterations and reports the round trips and DDL
// statements per iteration.
func run(b *testing.B, c counted) {
	b.Helper()
	before := c.counts()
	b.ResetTimer()
	for range b.N {
		if err := c.migrate(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	report(b, c.counts().Sub(before))
}

func report(b *testing.B, d migcount.Counts) {
	b.ReportMetric(float64(d.RoundTrips)/float64(b.N), "roundtrips/op")
	b.ReportMetric(float64(d.DDL)/float64(b.N), "ddl/op")
}

// sqliteDSN is the DSN both tools get on SQLite: ferro's defaults, spelled
// out because ferro.NewConnector does not add them.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)"
}

// openFerroSQLite opens a ferro database on modernc's driver with every
// statement counted.
func openFerroSQLite(b *testing.B, dsn string) (*sql.DB, *migcount.Connector) {
	b.Helper()
	inner, err := msqlite.NewConnector(dsn)
	if err != nil {
		b.Fatal(err)
	}
	cc := migcount.NewConnector(inner)
	db := sql.OpenDB(ferro.MustConnector(cc))
	if err := db.Ping(); err != nil {
		b.Fatal(err)
	}
	return db, cc
}

// pgConfig parses dsn with a fresh round-trip tracer.
func pgConfig(b *testing.B, dsn string) (pgx.ConnConfig, *migcount.Tracer) {
	b.Helper()
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		b.Fatal(err)
	}
	tr := &migcount.Tracer{}
	cfg.Tracer = tr
	cfg.DialFunc = tr.DialFunc()
	return *cfg, tr
}

func openFerroPostgres(b *testing.B, dsn string) (*sql.DB, *migcount.Tracer) {
	b.Helper()
	cfg, tr := pgConfig(b, dsn)
	db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(cfg)))
	b.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		b.Fatal(err)
	}
	return db, tr
}

func openGORMPostgres(b *testing.B, dsn string) (*gorm.DB, *migcount.Tracer) {
	b.Helper()
	cfg, tr := pgConfig(b, dsn)
	sqlDB := sql.OpenDB(stdlib.GetConnector(cfg))
	b.Cleanup(func() { sqlDB.Close() })
	gdb, err := gorm.Open(gormpg.New(gormpg.Config{Conn: sqlDB}), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		b.Fatal(err)
	}
	return gdb, tr
}

// BenchmarkMigrateNoop: Migrate / AutoMigrate over models whose tables all
// exist and match, so nothing is left to do.
func BenchmarkMigrateNoop(b *testing.B) {
	for _, n := range modelCounts {
		models := migmodels.All[:n]
		b.Run(fmt.Sprintf("engine=sqlite/models=%d/tool=ferro", n), func(b *testing.B) {
			db, cc := openFerroSQLite(b, sqliteDSN(b.TempDir()+"/noop.db"))
			defer db.Close()
			if err := ferro.Migrate(db, models); err != nil {
				b.Fatal(err)
			}
			run(b, counted{func() error { return ferro.Migrate(db, models) }, cc.Counts})
		})
		b.Run(fmt.Sprintf("engine=postgres/models=%d/tool=ferro", n), func(b *testing.B) {
			db, tr := openFerroPostgres(b, testdb.Postgres(b).DSN)
			if err := ferro.Migrate(db, models); err != nil {
				b.Fatal(err)
			}
			run(b, counted{func() error { return ferro.Migrate(db, models) }, tr.Counts})
		})
		b.Run(fmt.Sprintf("engine=postgres/models=%d/tool=gorm", n), func(b *testing.B) {
			gdb, tr := openGORMPostgres(b, testdb.Postgres(b).DSN)
			if err := gdb.AutoMigrate(models...); err != nil {
				b.Fatal(err)
			}
			run(b, counted{func() error { return gdb.AutoMigrate(models...) }, tr.Counts})
		})
	}
}

// BenchmarkMigrateCreate: the first Migrate / AutoMigrate, creating the 100
// tables with their indexes in an empty database (a new SQLite file or an
// emptied Postgres schema per iteration, made with the timer stopped).
func BenchmarkMigrateCreate(b *testing.B) {
	models := migmodels.All
	b.Run("engine=sqlite/tool=ferro", func(b *testing.B) {
		dir := b.TempDir()
		var total migcount.Counts
		b.ResetTimer()
		for i := range b.N {
			b.StopTimer()
			db, cc := openFerroSQLite(b, sqliteDSN(fmt.Sprintf("%s/create%d.db", dir, i)))
			c0 := cc.Counts()
			b.StartTimer()
			if err := ferro.Migrate(db, models); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			total = add(total, cc.Counts().Sub(c0))
			db.Close()
		}
		report(b, total)
	})
	b.Run("engine=postgres/tool=ferro", func(b *testing.B) {
		e := testdb.Postgres(b)
		db, tr := openFerroPostgres(b, e.DSN)
		runCreatePostgres(b, e, tr, func() error { return ferro.Migrate(db, models) })
	})
	b.Run("engine=postgres/tool=gorm", func(b *testing.B) {
		e := testdb.Postgres(b)
		gdb, tr := openGORMPostgres(b, e.DSN)
		runCreatePostgres(b, e, tr, func() error { return gdb.AutoMigrate(models...) })
	})
}

func add(a, b migcount.Counts) migcount.Counts {
	return migcount.Counts{RoundTrips: a.RoundTrips + b.RoundTrips, DDL: a.DDL + b.DDL}
}

// runCreatePostgres empties e's schema (dropping and recreating it under the
// same name, with the timer stopped) before each timed op.
func runCreatePostgres(b *testing.B, e testdb.Engine, tr *migcount.Tracer, op func() error) {
	b.Helper()
	admin, err := sql.Open("pgx", testdb.PostgresAdminDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	ctx := context.Background()
	var total migcount.Counts
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		if _, err := admin.ExecContext(ctx, `DROP SCHEMA "`+e.Schema+`" CASCADE; CREATE SCHEMA "`+e.Schema+`"`); err != nil {
			b.Fatal(err)
		}
		c0 := tr.Counts()
		b.StartTimer()
		if err := op(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		total = add(total, tr.Counts().Sub(c0))
	}
	report(b, total)
}

// BenchmarkMigrateNoopInterleaved is BenchmarkMigrateNoop on PostgreSQL
// with ferro and GORM alternating in every iteration (which goes first
// alternates too), so that the load of a shared machine and of the shared
// server falls on both alike. It reports each tool's median time and the
// median of the per-iteration ratios GORM/ferro, the number the target is
// about (">= 50x"). (GORM on SQLite cannot share this binary; see
// gormsqlite.)
func BenchmarkMigrateNoopInterleaved(b *testing.B) {
	for _, n := range modelCounts {
		b.Run(fmt.Sprintf("engine=postgres/models=%d", n), func(b *testing.B) {
			models := migmodels.All[:n]
			db, _ := openFerroPostgres(b, testdb.Postgres(b).DSN)
			gdb, _ := openGORMPostgres(b, testdb.Postgres(b).DSN)
			if err := ferro.Migrate(db, models); err != nil {
				b.Fatal(err)
			}
			if err := gdb.AutoMigrate(models...); err != nil {
				b.Fatal(err)
			}
			ops := []func() error{
				func() error { return ferro.Migrate(db, models) },
				func() error { return gdb.AutoMigrate(models...) },
			}
			for _, op := range ops { // warm both: ferro's second run records the fingerprint
				if err := op(); err != nil {
					b.Fatal(err)
				}
			}
			var ferroT, gormT, ratios []float64
			b.ResetTimer()
			for i := range b.N {
				var d [2]time.Duration
				for k := range ops {
					j := (k + i) % 2
					start := time.Now()
					if err := ops[j](); err != nil {
						b.Fatal(err)
					}
					d[j] = time.Since(start)
				}
				ferroT = append(ferroT, float64(d[0])/1e6)
				gormT = append(gormT, float64(d[1])/1e6)
				ratios = append(ratios, float64(d[1])/float64(d[0]))
			}
			b.StopTimer()
			median := func(v []float64) float64 { slices.Sort(v); return v[len(v)/2] }
			b.ReportMetric(median(ferroT), "ms/ferro")
			b.ReportMetric(median(gormT), "ms/gorm")
			b.ReportMetric(median(ratios), "gorm/ferro")
		})
	}
}
