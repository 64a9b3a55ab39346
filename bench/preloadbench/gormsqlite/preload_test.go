// Package gormsqlite benchmarks GORM's Preload of a many-to-many relation
// on SQLite, the counterpart of BenchmarkPreload/sqlite/ferro in package
// bench. It is a binary of its own because GORM's pure-Go SQLite dialector
// (github.com/glebarez/sqlite) registers the database/sql driver name
// "sqlite", as modernc.org/sqlite (inside ferro's drivers) does; both run
// the same SQLite engine (modernc.org/sqlite/lib at the version ferro
// uses). The models, data and result check are shared
// (bench/internal/preloadmodels).
package gormsqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/ferrosql/ferro/bench/internal/migcount"
	"github.com/ferrosql/ferro/bench/internal/preloadmodels"
)

type dsnConnector struct {
	dsn string
	drv driver.Driver
}

func (c dsnConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c dsnConnector) Driver() driver.Driver                        { return c.drv }

func BenchmarkPreload(b *testing.B) {
	b.Run("sqlite/gorm", func(b *testing.B) {
		probe, err := sql.Open(sqlite.DriverName, ":memory:")
		if err != nil {
			b.Fatal(err)
		}
		drv := probe.Driver()
		probe.Close()
		cc := migcount.NewConnector(dsnConnector{dsn: "file:" + b.TempDir() + "/preload.db?_pragma=foreign_keys(1)", drv: drv})
		db := sql.OpenDB(cc)
		defer db.Close()
		db.SetMaxOpenConns(1)
		if err := preloadmodels.Fill(context.Background(), db, preloadmodels.SQLiteDDL); err != nil {
			b.Fatal(err)
		}
		gdb, err := gorm.Open(&sqlite.Dialector{Conn: db}, &gorm.Config{Logger: logger.Discard})
		if err != nil {
			b.Fatal(err)
		}
		load := func() ([]preloadmodels.Invoice, error) {
			var invs []preloadmodels.Invoice
			err := gdb.Preload("Tags").Order("id").Find(&invs).Error
			return invs, err
		}
		got, err := load()
		if err != nil {
			b.Fatal(err)
		}
		if err := preloadmodels.Check(got); err != nil {
			b.Fatal(err)
		}
		before := cc.Counts()
		b.ReportAllocs()
		b.ResetTimer()
		cpu := preloadmodels.CPUTime()
		for b.Loop() {
			if _, err := load(); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(preloadmodels.CPUTime()-cpu)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(cc.Counts().Sub(before).RoundTrips)/float64(b.N), "roundtrips/op")
	})
}
