package ferro_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/ferrosql/ferro/internal/testdb"
)

// Wrapper overhead, ferro against the raw driver, side by side in one run:
//
//	FERRO_TEST_POSTGRES_DSN=postgres://postgres@127.0.0.1:5432/test?sslmode=disable \
//	  go test -run '^$' -bench 'BenchmarkOverhead' -benchmem -count 10 . | tee overhead.txt
//
// Each sub-benchmark pair differs only in the driver name.
func BenchmarkOverhead(b *testing.B) {
	for _, eng := range []string{"sqlite", "postgres"} {
		b.Run(eng, func(b *testing.B) {
			var e testdb.Engine
			if eng == "sqlite" {
				e = testdb.SQLite(b)
			} else {
				e = testdb.Postgres(b)
			}
			seed := testdb.Open(b, e.RawDriver, e.DSN)
			if _, err := seed.Exec("CREATE TABLE bench (id bigint PRIMARY KEY, name text NOT NULL, score double precision NOT NULL, active boolean NOT NULL)"); err != nil {
				b.Fatal(err)
			}
			for i := range 1000 {
				if _, err := seed.Exec("INSERT INTO bench VALUES ($1, $2, $3, $4)", int64(i), fmt.Sprintf("name-%d", i), float64(i)/3, i%2 == 0); err != nil {
					b.Fatal(err)
				}
			}
			for _, drv := range []struct{ label, name string }{{"raw", e.RawDriver}, {"ferro", e.FerroDriver}} {
				db := testdb.Open(b, drv.name, e.DSN)
				db.SetMaxOpenConns(1)
				db.SetMaxIdleConns(1)
				b.Run("point/"+drv.label, func(b *testing.B) { benchPoint(b, db) })
				b.Run("scan100/"+drv.label, func(b *testing.B) { benchScan100(b, db) })
			}
		})
	}
}

func benchPoint(b *testing.B, db *sql.DB) {
	ctx := context.Background()
	var (
		id     int64
		name   string
		score  float64
		active bool
	)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if err := db.QueryRowContext(ctx, "SELECT id, name, score, active FROM bench WHERE id = $1", int64(i%1000)).Scan(&id, &name, &score, &active); err != nil {
			b.Fatal(err)
		}
	}
}

func benchScan100(b *testing.B, db *sql.DB) {
	ctx := context.Background()
	var (
		id     int64
		name   string
		score  float64
		active bool
	)
	b.ReportAllocs()
	for b.Loop() {
		rows, err := db.QueryContext(ctx, "SELECT id, name, score, active FROM bench WHERE id < $1 ORDER BY id", int64(100))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			if err := rows.Scan(&id, &name, &score, &active); err != nil {
				b.Fatal(err)
			}
			n++
		}
		if err := rows.Close(); err != nil || n != 100 {
			b.Fatal(err, n)
		}
	}
}
