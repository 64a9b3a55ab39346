package ferro_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
	"time"

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
			e := overheadEngine(b, eng)
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

// BenchmarkOverheadInterleaved measures the same ratio with the noise of a
// shared machine cancelled out: every iteration runs the query once through
// the raw driver and once through ferro (alternating which goes first), and
// the benchmark reports the median latency of each and their ratio:
//
//	go test -run '^$' -bench BenchmarkOverheadInterleaved -benchtime 20000x -count 5 .
func BenchmarkOverheadInterleaved(b *testing.B) {
	for _, eng := range []string{"sqlite", "postgres"} {
		b.Run(eng, func(b *testing.B) {
			e := overheadEngine(b, eng)
			raw := testdb.Open(b, e.RawDriver, e.DSN)
			fer := testdb.Open(b, e.FerroDriver, e.DSN)
			for _, db := range []*sql.DB{raw, fer} {
				db.SetMaxOpenConns(1)
				db.SetMaxIdleConns(1)
			}
			for _, q := range []struct {
				name string
				run  func(*sql.DB, int) error
			}{{"point", pointOnce}, {"scan100", scan100Once}} {
				b.Run(q.name, func(b *testing.B) {
					var tr, tf []time.Duration
					i := 0
					for b.Loop() {
						dbs := [2]*sql.DB{raw, fer}
						if i%2 == 1 {
							dbs = [2]*sql.DB{fer, raw}
						}
						for _, db := range dbs {
							start := time.Now()
							if err := q.run(db, i); err != nil {
								b.Fatal(err)
							}
							d := time.Since(start)
							if db == raw {
								tr = append(tr, d)
							} else {
								tf = append(tf, d)
							}
						}
						i++
					}
					mr, mf := median(tr), median(tf)
					b.ReportMetric(float64(mr.Nanoseconds()), "raw-ns/op")
					b.ReportMetric(float64(mf.Nanoseconds()), "ferro-ns/op")
					b.ReportMetric(float64(mf)/float64(mr), "ferro/raw")
				})
			}
		})
	}
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func pointOnce(db *sql.DB, i int) error {
	var (
		id     int64
		name   string
		score  float64
		active bool
	)
	return db.QueryRowContext(context.Background(), "SELECT id, name, score, active FROM bench WHERE id = $1", int64(i%1000)).Scan(&id, &name, &score, &active)
}

func scan100Once(db *sql.DB, _ int) error {
	var (
		id     int64
		name   string
		score  float64
		active bool
	)
	rows, err := db.QueryContext(context.Background(), "SELECT id, name, score, active FROM bench WHERE id < $1 ORDER BY id", int64(100))
	if err != nil {
		return err
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(&id, &name, &score, &active); err != nil {
			return err
		}
		n++
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if n != 100 {
		return fmt.Errorf("scanned %d rows, want 100", n)
	}
	return nil
}

func benchPoint(b *testing.B, db *sql.DB) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if err := pointOnce(db, i); err != nil {
			b.Fatal(err)
		}
	}
}

func benchScan100(b *testing.B, db *sql.DB) {
	b.ReportAllocs()
	for b.Loop() {
		if err := scan100Once(db, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// overheadEngine makes a fresh database of engine eng ("sqlite" or
// "postgres") holding the 1,000-row table both overhead benchmarks query.
func overheadEngine(b *testing.B, eng string) testdb.Engine {
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
	if _, err := seed.Exec("INSERT INTO bench SELECT i, 'name-' || i, i / 3.0, i % 2 = 0 FROM (WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 999) SELECT i FROM s) AS g"); err != nil {
		b.Fatal(err)
	}
	return e
}
