package bench

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"

	gormpg "gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/ferrosql/ferro/bench/internal/preloadmodels"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/relation"
	"github.com/ferrosql/ferro/schema"
)

// Many-to-many loading (issue 9): the tags of 1,000 invoices (20 tags, 3
// per invoice but every 10th invoice without any: 2,700 join rows), read
// as []Invoice with Tags filled. ferro: coerce.ScanAll of the invoices,
// then relation.Load (one query for all invoices) and an assignment per
// invoice. GORM: Preload("Tags").Find, the same models (one struct carries
// both libraries' tags) on the same connection pool, both counted by the
// same pgx tracer. GORM on SQLite lives in preloadbench/gormsqlite (see
// inspect_test.go for why it cannot share this binary).

type (
	preInvoice = preloadmodels.Invoice
	preTag     = preloadmodels.Tag
)

func ferroPreload(ctx context.Context, db *sql.DB) ([]preInvoice, error) {
	rows, err := db.QueryContext(ctx, preloadmodels.InvoiceQuery)
	if err != nil {
		return nil, err
	}
	invs, err := coerce.ScanAll[preInvoice](rows)
	if err != nil {
		return nil, err
	}
	tags, err := relation.Load[int64, preInvoice, preTag](ctx, db, invs)
	if err != nil {
		return nil, err
	}
	for i := range invs {
		invs[i].Tags = tags[invs[i].ID]
	}
	return invs, nil
}

func BenchmarkPreload(b *testing.B) {
	ctx := context.Background()
	bench := func(b *testing.B, n *atomic.Int64, load func() ([]preInvoice, error)) {
		got, err := load() // warm up, and check the result
		if err != nil {
			b.Fatal(err)
		}
		if err := preloadmodels.Check(got); err != nil {
			b.Fatal(err)
		}
		n.Store(0)
		b.ReportAllocs()
		b.ResetTimer()
		cpu := preloadmodels.CPUTime()
		for b.Loop() {
			if _, err := load(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(preloadmodels.CPUTime()-cpu)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(n.Load())/float64(b.N), "roundtrips/op")
	}
	b.Run("sqlite/ferro", func(b *testing.B) {
		db, n := openCountingSQLite(b, testdb.SQLite(b).DSN)
		db.SetMaxOpenConns(1)
		fillPreload(b, db, schema.SQLite)
		bench(b, n, func() ([]preInvoice, error) { return ferroPreload(ctx, db) })
	})
	// ferro and GORM alternate on Postgres so that machine load hits both.
	for round := range 2 {
		b.Run(fmt.Sprintf("postgres/ferro/%d", round), func(b *testing.B) {
			db, n := openCountingPostgres(b)
			fillPreload(b, db, schema.Postgres)
			bench(b, n, func() ([]preInvoice, error) { return ferroPreload(ctx, db) })
		})
		b.Run(fmt.Sprintf("postgres/gorm/%d", round), func(b *testing.B) {
			db, n := openCountingPostgres(b)
			fillPreload(b, db, schema.Postgres)
			gdb, err := gorm.Open(gormpg.New(gormpg.Config{Conn: db}), &gorm.Config{Logger: logger.Discard})
			if err != nil {
				b.Fatal(err)
			}
			bench(b, n, func() ([]preInvoice, error) {
				var invs []preInvoice
				err := gdb.Preload("Tags").Order("id").Find(&invs).Error
				return invs, err
			})
		})
	}
}

// fillPreload creates the tables from the ferro models and fills them.
func fillPreload(b *testing.B, db *sql.DB, dialect schema.Dialect) {
	b.Helper()
	s, err := catalog.FromModels(preInvoice{}, preTag{})
	if err != nil {
		b.Fatal(err)
	}
	stmts, err := catalog.Render(s, dialect)
	if err != nil {
		b.Fatal(err)
	}
	if err := preloadmodels.Fill(context.Background(), db, stmts); err != nil {
		b.Fatal(err)
	}
}

// The SQLite DDL preloadbench/gormsqlite runs (it cannot link catalog) is
// what catalog renders for the models.
func TestPreloadSQLiteDDL(t *testing.T) {
	s, err := catalog.FromModels(preInvoice{}, preTag{})
	if err != nil {
		t.Fatal(err)
	}
	stmts, err := catalog.Render(s, schema.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(stmts, preloadmodels.SQLiteDDL) {
		t.Fatalf("preloadmodels.SQLiteDDL is stale; catalog renders:\n%#v", stmts)
	}
}
