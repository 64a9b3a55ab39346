package onlinebench

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ferrosql/ferro/internal/testdb"
)

// recorded holds every benchmark result of the process, printed as a
// table when the benchmarks are done.
var recorded struct {
	sync.Mutex
	results []Result
}

func TestMain(m *testing.M) {
	code := m.Run()
	if len(recorded.results) > 0 {
		fmt.Println()
		if err := WriteTable(os.Stdout, recorded.results); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	os.Exit(code)
}

// rowCounts reads ONLINEBENCH_ROWS ("1000000,2000000"; default 1000000).
func rowCounts(tb testing.TB) []int64 {
	v := os.Getenv("ONLINEBENCH_ROWS")
	if v == "" {
		return []int64{1_000_000}
	}
	var out []int64
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
		if err != nil || n < 1 {
			tb.Fatalf("onlinebench: ONLINEBENCH_ROWS=%q: each element must be a positive row count, as in 1000000,2000000", v)
		}
		out = append(out, n)
	}
	return out
}

// BenchmarkOnline measures every case at every row count, ferro and then
// the expert form, each on its own fresh tables (see the package doc).
func BenchmarkOnline(b *testing.B) {
	rows := rowCounts(b)
	dsn := testdb.PostgresDatabase(b).DSN
	for _, c := range Cases {
		for _, n := range rows {
			for _, tool := range []Tool{Ferro, Expert} {
				b.Run(fmt.Sprintf("change=%s/rows=%d/tool=%s", c.Name, n, tool), func(b *testing.B) {
					var sum struct{ stall, p99, rstall, rp99, change, afterIdle time.Duration }
					for range b.N {
						r, err := Run(context.Background(), dsn, c, tool, Config{Rows: n})
						if err != nil {
							b.Fatal(err)
						}
						recorded.Lock()
						recorded.results = append(recorded.results, r)
						recorded.Unlock()
						b.Logf("locks: %s; most statements waiting at once: %d; writes %d, reads %d; slowest write due at %v, read at %v from the change's start",
							r.Locks, r.Locks.MaxWaiting, r.Writes, r.Reads, r.WriteStallAt.Round(time.Millisecond), r.ReadStallAt.Round(time.Millisecond))
						sum.stall += r.WriteStall
						sum.p99 += r.WriteP99
						sum.rstall += r.ReadStall
						sum.rp99 += r.ReadP99
						sum.change += r.Change
						sum.afterIdle += r.AfterIdle
					}
					ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
					b.ReportMetric(0, "ns/op")
					b.ReportMetric(ms(sum.stall), "stall-ms")
					b.ReportMetric(ms(sum.p99), "p99-ms")
					b.ReportMetric(ms(sum.rstall), "read-stall-ms")
					b.ReportMetric(ms(sum.rp99), "read-p99-ms")
					b.ReportMetric(ms(sum.change), "change-ms")
					if c.IdleTx > 0 {
						b.ReportMetric(ms(sum.afterIdle), "after-idle-ms")
					}
				})
			}
		}
	}
}

// quick is the shape of the tests' runs: a small table, short phases.
var quick = Config{Rows: 20000, Warm: 300 * time.Millisecond, Tail: 300 * time.Millisecond, IdleTx: time.Second}

// TestRun_cases runs every case with both tools on a small table: each
// expert form reaches the model's schema (Run fails otherwise) and the
// workload ran on schedule.
func TestRun_cases(t *testing.T) {
	dsn := testdb.PostgresDatabase(t).DSN
	for _, c := range Cases {
		for _, tool := range []Tool{Ferro, Expert} {
			t.Run(c.Name+"/"+string(tool), func(t *testing.T) {
				r, err := Run(context.Background(), dsn, c, tool, quick)
				if err != nil {
					t.Fatal(err)
				}
				// 8 writers and a reader at 100/s over at least Warm+Tail.
				if min := int(0.8 * 0.6 * 800); r.Writes < min || r.Reads < min/8 {
					t.Errorf("%d writes, %d reads in %v: want at least %d and %d", r.Writes, r.Reads, r.Change+600*time.Millisecond, min, min/8)
				}
				if c.IdleTx > 0 && r.AfterIdle < -10*time.Millisecond && r.Locks.Held["orders"] == "AccessExclusiveLock" {
					t.Errorf("the change took AccessExclusive on orders yet ended %v before the idle transaction that had read orders", -r.AfterIdle)
				}
				t.Logf("%+v", r)
			})
		}
	}
}

// TestRun_measuresAKnownStall calibrates the instrument: a step that holds
// AccessExclusive on orders for 500 ms must show as a write and read stall
// of at least 500 ms and at most the step's wall time (which adds the wait
// for the lock, during which the workload queues too) plus a catch-up
// slack; and, because latency counts from each statement's due time, as a
// p99 of that order as well: a fifth of the window's statements were due
// while the lock was held. Measured from the send time instead, only the
// first statement of each goroutine would be late and the p99 would stay
// at a few milliseconds.
func TestRun_measuresAKnownStall(t *testing.T) {
	dsn := testdb.PostgresDatabase(t).DSN
	hold := Case{
		Name: "calibrate", Before: models(orderBase{}), After: models(orderBase{}),
		Expert: []Step{{SQL: `LOCK TABLE orders IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(0.5)`}},
	}
	cfg := quick
	cfg.Warm, cfg.Tail = time.Second, time.Second
	r, err := Run(context.Background(), dsn, hold, Expert, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", r)
	const stall, slack = 500 * time.Millisecond, 300 * time.Millisecond
	for _, m := range []struct {
		name     string
		got, min time.Duration
	}{
		{"write stall", r.WriteStall, stall},
		{"read stall", r.ReadStall, stall},
		{"write p99", r.WriteP99, stall * 6 / 10},
		{"read p99", r.ReadP99, stall * 6 / 10},
	} {
		if m.got < m.min || m.got > r.Change+slack {
			t.Errorf("%s = %v, want between %v and the step's %v + %v", m.name, m.got, m.min, r.Change, slack)
		}
	}
	if got := r.Locks.Held["orders"]; got != "AccessExclusiveLock" {
		t.Errorf("lock seen on orders = %q, want AccessExclusiveLock", got)
	}
	if r.Locks.MaxWaiting < 8 {
		t.Errorf("most statements seen waiting at once = %d, want all 9 goroutines' (at least 8)", r.Locks.MaxWaiting)
	}
}

// TestRewrites pins the PostgreSQL facts the cases' expert forms rest on:
// which ALTER COLUMN TYPE changes keep the table's file (catalog-only) and
// which rewrite it, with ferro's USING spelling and without.
func TestRewrites(t *testing.T) {
	db := testdb.Open(t, "pgx", testdb.Postgres(t).DSN)
	ctx := context.Background()
	for _, tc := range []struct {
		from, to string
		rewrites bool
	}{
		{"numeric(12,2)", "numeric(14,2)", false},
		{"numeric(12,2)", "numeric(12,3)", true},
		{"varchar(20)", "varchar(40)", false},
		{"varchar(20)", "text", false},
		{"text", "varchar", false},
		{"text", "varchar(20)", true},
		{"varchar", "varchar(20)", true},
		{"varchar(40)", "varchar(20)", true},
	} {
		for _, using := range []bool{false, true} {
			name := fmt.Sprintf("%s to %s, using=%v", tc.from, tc.to, using)
			t.Run(name, func(t *testing.T) {
				table := testdb.UniqueName("rw_")
				alter := `ALTER TABLE ` + table + ` ALTER COLUMN c TYPE ` + tc.to
				if using {
					alter += ` USING c::` + tc.to
				}
				var before, after int64
				node := `SELECT relfilenode FROM pg_class WHERE oid = '` + table + `'::regclass`
				for _, s := range []string{`CREATE TABLE ` + table + ` (id bigint PRIMARY KEY, c ` + tc.from + `)`,
					`INSERT INTO ` + table + ` SELECT g, '1' FROM generate_series(1, 100) g`} {
					if _, err := db.ExecContext(ctx, s); err != nil {
						t.Fatal(err)
					}
				}
				if err := db.QueryRowContext(ctx, node).Scan(&before); err != nil {
					t.Fatal(err)
				}
				if _, err := db.ExecContext(ctx, alter); err != nil {
					t.Fatal(err)
				}
				if err := db.QueryRowContext(ctx, node).Scan(&after); err != nil {
					t.Fatal(err)
				}
				if got := after != before; got != tc.rewrites {
					t.Errorf("%s: rewrote the table = %v, want %v", alter, got, tc.rewrites)
				}
			})
		}
	}
}
