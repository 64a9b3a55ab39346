package ferro_test

import (
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ferrosql/ferro/internal/testdb"
)

// BenchmarkFleet_ListenerIdle measures what an idle listener costs: 10
// listening *sql.DB sit idle for 5 s, and the process's CPU time and Go heap
// are compared with 10 that do not listen, per *sql.DB:
//
//	FERRO_TEST_POSTGRES_DSN=postgres://postgres@127.0.0.1:5432/test?sslmode=disable \
//	  go test -run '^$' -bench BenchmarkFleet_ListenerIdle -benchtime 1x .
//
// FERRO_BENCH_STANDBY_DSN, when set, adds the same measurement for pools on
// a hot standby (the listener polls the epoch row there).
func BenchmarkFleet_ListenerIdle(b *testing.B) {
	dsns := map[string]string{"primary": testdb.PostgresAdminDSN(b)}
	if s := os.Getenv("FERRO_BENCH_STANDBY_DSN"); s != "" {
		dsns["standby"] = s
	}
	for name, dsn := range dsns {
		for _, listen := range []string{"off", "on"} {
			b.Run(name+"/listen="+listen, func(b *testing.B) {
				for b.Loop() {
					const n, idle = 10, 5 * time.Second
					runtime.GC()
					var m0, m1 runtime.MemStats
					runtime.ReadMemStats(&m0)
					g0 := runtime.NumGoroutine()
					for range n {
						sep := "?"
						if strings.Contains(dsn, "?") {
							sep = "&"
						}
						db := testdb.Open(b, "ferro-postgres", dsn+sep+"ferro_listen="+listen)
						if err := db.Ping(); err != nil {
							b.Fatal(err)
						}
					}
					runtime.GC()
					runtime.ReadMemStats(&m1)
					g1 := runtime.NumGoroutine()
					c0 := cpuTime()
					time.Sleep(idle)
					c1 := cpuTime()
					b.ReportMetric(float64(c1-c0)/float64(n)/idle.Seconds()/1e3, "cpu-us/db/s")
					b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/n, "heap-B/db")
					b.ReportMetric(float64(g1-g0)/n, "goroutines/db")
				}
			})
		}
	}
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
