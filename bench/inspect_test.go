package bench

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	gormpg "gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/ferrosql/ferro/bench/internal/inspectschema/catalogschema"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// Inspect benchmarks (issue 3): 200 tables x 10 columns, each with a unique
// index, a composite index, a foreign key index and a foreign key to the
// previous table. ferro's catalog.Inspect against GORM's
// Migrator().GetTables + ColumnTypes + GetIndexes over the same tables,
// counting round trips (statements sent) for both.
//
// GORM on SQLite is not measured here: its pure-Go driver
// (github.com/glebarez/go-sqlite) registers the database/sql name "sqlite",
// as modernc.org/sqlite (which ferro uses) does, so the two cannot be linked
// into one test binary.

const (
	inspectTables  = 200
	inspectColumns = 10
)

func createInspectSchema(b *testing.B, db *sql.DB, dialect schema.Dialect) *schema.Schema {
	b.Helper()
	s := catalogschema.Build()
	stmts, err := catalog.Render(s, dialect)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
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

// pgCounter counts the statements pgx sends (queries and prepares).
type pgCounter struct{ n atomic.Int64 }

func (c *pgCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.n.Add(1)
	return ctx
}
func (c *pgCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
func (c *pgCounter) TracePrepareStart(ctx context.Context, _ *pgx.Conn, _ pgx.TracePrepareStartData) context.Context {
	c.n.Add(1)
	return ctx
}
func (c *pgCounter) TracePrepareEnd(context.Context, *pgx.Conn, pgx.TracePrepareEndData) {}

func BenchmarkInspect(b *testing.B) {
	b.Run("sqlite/ferro", func(b *testing.B) {
		e := testdb.SQLite(b)
		db, n := openCountingSQLite(b, e.DSN)
		want := createInspectSchema(b, db, schema.SQLite)
		benchInspectFerro(b, db, want, n)
	})
	b.Run("postgres/ferro", func(b *testing.B) {
		db, n := openCountingPostgres(b)
		want := createInspectSchema(b, db, schema.Postgres)
		benchInspectFerro(b, db, want, n)
	})
	b.Run("postgres/gorm", func(b *testing.B) {
		db, n := openCountingPostgres(b)
		createInspectSchema(b, db, schema.Postgres)
		gdb, err := gorm.Open(gormpg.New(gormpg.Config{Conn: db}), &gorm.Config{Logger: logger.Discard})
		if err != nil {
			b.Fatal(err)
		}
		m := gdb.Migrator()
		run := func() {
			tables, err := m.GetTables()
			if err != nil {
				b.Fatal(err)
			}
			if len(tables) != inspectTables {
				b.Fatalf("GORM found %d tables, want %d", len(tables), inspectTables)
			}
			for _, t := range tables {
				cols, err := m.ColumnTypes(t)
				if err != nil {
					b.Fatal(err)
				}
				if len(cols) != inspectColumns {
					b.Fatalf("GORM found %d columns in %s", len(cols), t)
				}
				if _, err := m.GetIndexes(t); err != nil {
					b.Fatal(err)
				}
			}
		}
		run() // warm connections and GORM's caches
		n.Store(0)
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			run()
		}
		b.ReportMetric(float64(n.Load())/float64(b.N), "roundtrips/op")
	})
}

func benchInspectFerro(b *testing.B, db *sql.DB, want *schema.Schema, n interface {
	Load() int64
	Store(int64)
}) {
	ctx := context.Background()
	got, err := catalog.Inspect(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	if m := schema.Mismatches(want, got); len(m) > 0 {
		b.Fatalf("Inspect differs from the created schema: %v", m[:min(5, len(m))])
	}
	n.Store(0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := catalog.Inspect(ctx, db); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n.Load())/float64(b.N), "roundtrips/op")
}

func openCountingPostgres(b *testing.B) (*sql.DB, *atomic.Int64) {
	e := testdb.Postgres(b)
	cfg, err := pgx.ParseConfig(e.DSN)
	if err != nil {
		b.Fatal(err)
	}
	c := &pgCounter{}
	cfg.Tracer = c
	db := stdlib.OpenDB(*cfg)
	b.Cleanup(func() { db.Close() })
	return db, &c.n
}

// A database/sql driver wrapper over modernc.org/sqlite counting the
// statements executed (Query and Exec, on connections and statements).
var (
	countSQLiteOnce sync.Once
	countSQLiteN    atomic.Int64
)

func openCountingSQLite(b *testing.B, dsn string) (*sql.DB, *atomic.Int64) {
	countSQLiteOnce.Do(func() {
		raw, err := sql.Open("sqlite", ":memory:")
		if err != nil {
			b.Fatal(err)
		}
		sql.Register("bench-counting-sqlite", countDriver{raw.Driver()})
		raw.Close()
	})
	db, err := sql.Open("bench-counting-sqlite", dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db, &countSQLiteN
}

type countDriver struct{ inner driver.Driver }

// Dialect names the dialect for catalog.Detect, which cannot recognise the
// wrapper by its type (without it Inspect would send two probe statements).
func (countDriver) Dialect() string { return "sqlite" }

func (d countDriver) Open(name string) (driver.Conn, error) {
	c, err := d.inner.Open(name)
	if err != nil {
		return nil, err
	}
	return &countConn{c}, nil
}

type countConn struct{ driver.Conn }

func (c *countConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	countSQLiteN.Add(1)
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, q, args)
}

func (c *countConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	countSQLiteN.Add(1)
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, q, args)
}

func (c *countConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}
