package gormsqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"testing"

	"github.com/ferrosql/ferro/bench/internal/inspectschema"
	"github.com/ferrosql/ferro/bench/internal/migcount"
	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// dsnConnector opens glebarez/go-sqlite connections for one DSN.
type dsnConnector struct {
	dsn string
	drv driver.Driver
}

func (c dsnConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c dsnConnector) Driver() driver.Driver                        { return c.drv }

// openCounting opens the SQLite file at path with the DSN form ferro's
// benchmark uses (testdb.SQLite: "file:" + path), every statement counted.
func openCounting(b *testing.B, path string) (*sql.DB, *migcount.Connector) {
	b.Helper()
	probe, err := sql.Open(sqlite.DriverName, ":memory:")
	if err != nil {
		b.Fatal(err)
	}
	drv := probe.Driver()
	probe.Close()
	cc := migcount.NewConnector(dsnConnector{dsn: "file:" + path, drv: drv})
	db := sql.OpenDB(cc)
	b.Cleanup(func() { db.Close() })
	return db, cc
}

func createSchema(b *testing.B, db *sql.DB) {
	b.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	for _, st := range inspectschema.SQLiteDDL() {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			b.Fatalf("%s: %v", st, err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkInspectSQLite/gorm is the SQLite counterpart of
// BenchmarkInspect/postgres/gorm in bench/inspect_test.go: the same loop,
// after one warm-up run, reporting statements sent as roundtrips/op.
func BenchmarkInspectSQLite(b *testing.B) {
	b.Run("gorm", func(b *testing.B) {
		db, cc := openCounting(b, b.TempDir()+"/inspect.db")
		createSchema(b, db)
		gdb, err := gorm.Open(&sqlite.Dialector{Conn: db}, &gorm.Config{Logger: logger.Discard})
		if err != nil {
			b.Fatal(err)
		}
		m := gdb.Migrator()
		run := func() (indexes int) {
			tables, err := m.GetTables()
			if err != nil {
				b.Fatal(err)
			}
			if len(tables) != inspectschema.Tables {
				b.Fatalf("GORM found %d tables, want %d", len(tables), inspectschema.Tables)
			}
			for _, t := range tables {
				cols, err := m.ColumnTypes(t)
				if err != nil {
					b.Fatal(err)
				}
				if len(cols) != inspectschema.Columns {
					b.Fatalf("GORM found %d columns in %s, want %d", len(cols), t, inspectschema.Columns)
				}
				idx, err := m.GetIndexes(t)
				if err != nil {
					b.Fatal(err)
				}
				indexes += len(idx)
			}
			return indexes
		}
		// Warm-up, and a check that GORM sees every explicit index (the
		// INTEGER primary key is the rowid and has no index on SQLite).
		if n := run(); n != 3*inspectschema.Tables {
			b.Fatalf("GORM found %d indexes, want %d", n, 3*inspectschema.Tables)
		}
		before := cc.Counts()
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			run()
		}
		d := cc.Counts().Sub(before)
		b.ReportMetric(float64(d.RoundTrips)/float64(b.N), "roundtrips/op")
	})
}
