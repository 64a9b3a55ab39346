package gormsqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"testing"

	"github.com/ferrosql/ferro/bench/internal/migcount"
	"github.com/ferrosql/ferro/bench/internal/migmodels"
	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// modelCounts and the benchmark names match bench/migratebench, so one
// benchstat table holds both packages.
var modelCounts = []int{10, 100}

// dsnConnector opens glebarez/go-sqlite connections for one DSN.
type dsnConnector struct {
	dsn string
	drv driver.Driver
}

func (c dsnConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c dsnConnector) Driver() driver.Driver                        { return c.drv }

// openGORM opens GORM on path with the DSN ferro's benchmark uses, every
// statement counted.
func openGORM(b *testing.B, path string) (*gorm.DB, *sql.DB, *migcount.Connector) {
	b.Helper()
	probe, err := sql.Open(sqlite.DriverName, ":memory:")
	if err != nil {
		b.Fatal(err)
	}
	drv := probe.Driver()
	probe.Close()
	cc := migcount.NewConnector(dsnConnector{dsn: "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)", drv: drv})
	sqlDB := sql.OpenDB(cc)
	gdb, err := gorm.Open(&sqlite.Dialector{Conn: sqlDB}, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		b.Fatal(err)
	}
	return gdb, sqlDB, cc
}

func report(b *testing.B, d migcount.Counts) {
	b.ReportMetric(float64(d.RoundTrips)/float64(b.N), "roundtrips/op")
	b.ReportMetric(float64(d.DDL)/float64(b.N), "ddl/op")
}

func BenchmarkMigrateNoop(b *testing.B) {
	for _, n := range modelCounts {
		models := migmodels.All[:n]
		b.Run(fmt.Sprintf("engine=sqlite/models=%d/tool=gorm", n), func(b *testing.B) {
			gdb, sqlDB, cc := openGORM(b, b.TempDir()+"/noop.db")
			defer sqlDB.Close()
			if err := gdb.AutoMigrate(models...); err != nil {
				b.Fatal(err)
			}
			before := cc.Counts()
			b.ResetTimer()
			for range b.N {
				if err := gdb.AutoMigrate(models...); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			report(b, cc.Counts().Sub(before))
		})
	}
}

func BenchmarkMigrateCreate(b *testing.B) {
	b.Run("engine=sqlite/tool=gorm", func(b *testing.B) {
		dir := b.TempDir()
		var total migcount.Counts
		b.ResetTimer()
		for i := range b.N {
			b.StopTimer()
			gdb, sqlDB, cc := openGORM(b, fmt.Sprintf("%s/create%d.db", dir, i))
			if err := sqlDB.Ping(); err != nil {
				b.Fatal(err)
			}
			c0 := cc.Counts()
			b.StartTimer()
			if err := gdb.AutoMigrate(migmodels.All...); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			d := cc.Counts().Sub(c0)
			total.RoundTrips += d.RoundTrips
			total.DDL += d.DDL
			sqlDB.Close()
		}
		report(b, total)
	})
}
