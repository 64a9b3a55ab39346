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
func overheadEngine(tb testing.TB, eng string) testdb.Engine {
	var e testdb.Engine
	if eng == "sqlite" {
		e = testdb.SQLite(tb)
	} else {
		e = testdb.Postgres(tb)
	}
	seed := testdb.Open(tb, e.RawDriver, e.DSN)
	if _, err := seed.Exec("CREATE TABLE bench (id bigint PRIMARY KEY, name text NOT NULL, score double precision NOT NULL, active boolean NOT NULL)"); err != nil {
		tb.Fatal(err)
	}
	if _, err := seed.Exec("INSERT INTO bench SELECT i, 'name-' || i, i / 3.0, i % 2 = 0 FROM (WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 999) SELECT i FROM s) AS g"); err != nil {
		tb.Fatal(err)
	}
	return e
}

// TestStatementPath_allocs pins the allocations the statement path adds to
// the raw driver's, for each form that takes it (Exec and Query on the
// connection and on a prepared statement), on both engines: none for an
// Exec, one for a Query (the rows wrapper; docs/performance.md, "Driver
// wrapper overhead").
func TestStatementPath_allocs(t *testing.T) {
	const (
		point  = "SELECT id, name, score, active FROM bench WHERE id = $1"
		update = "UPDATE bench SET score = score WHERE id = $1" // id -1: no row, no commit to flush
	)
	forms := []struct {
		name  string
		extra float64
		run   func(db *sql.DB, st map[string]*sql.Stmt) error
	}{
		{"Exec", 0, func(db *sql.DB, _ map[string]*sql.Stmt) error {
			_, err := db.ExecContext(context.Background(), update, int64(-1))
			return err
		}},
		{"Query", 1, func(db *sql.DB, _ map[string]*sql.Stmt) error {
			return readPoint(db.QueryContext(context.Background(), point, int64(7)))
		}},
		{"Stmt.Exec", 0, func(_ *sql.DB, st map[string]*sql.Stmt) error {
			_, err := st[update].ExecContext(context.Background(), int64(-1))
			return err
		}},
		{"Stmt.Query", 1, func(_ *sql.DB, st map[string]*sql.Stmt) error {
			return readPoint(st[point].QueryContext(context.Background(), int64(7)))
		}},
	}
	for _, eng := range []string{"sqlite", "postgres"} {
		t.Run(eng, func(t *testing.T) {
			e := overheadEngine(t, eng)
			allocs := func(driverName string, run func(*sql.DB, map[string]*sql.Stmt) error) float64 {
				db := testdb.Open(t, driverName, e.DSN)
				db.SetMaxOpenConns(1)
				db.SetMaxIdleConns(1)
				st := map[string]*sql.Stmt{}
				for _, q := range []string{point, update} {
					s, err := db.Prepare(q)
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { s.Close() })
					st[q] = s
				}
				for range 10 { // warm the pool, the statement caches and the scan plans
					if err := run(db, st); err != nil {
						t.Fatal(err)
					}
				}
				return testing.AllocsPerRun(200, func() {
					if err := run(db, st); err != nil {
						t.Fatal(err)
					}
				})
			}
			for _, f := range forms {
				t.Run(f.name, func(t *testing.T) {
					raw, fer := allocs(e.RawDriver, f.run), allocs(e.FerroDriver, f.run)
					t.Logf("allocs/op: raw %v, ferro %v", raw, fer)
					if fer-raw != f.extra {
						t.Errorf("allocs/op: raw %v, ferro %v; ferro adds %v, want %v", raw, fer, fer-raw, f.extra)
					}
				})
			}
		})
	}
}

// readPoint reads the one row of a point query and closes the rows.
func readPoint(rows *sql.Rows, err error) error {
	if err != nil {
		return err
	}
	var (
		id     int64
		name   string
		score  float64
		active bool
	)
	for rows.Next() {
		if err := rows.Scan(&id, &name, &score, &active); err != nil {
			return err
		}
	}
	return rows.Close()
}
