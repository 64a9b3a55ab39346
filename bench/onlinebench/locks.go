package onlinebench

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Application names the sessions of a run carry, so that pg_locks can tell
// the change's session from the workload's.
const (
	appChange = "onlinebench-change"
	appLoad   = "onlinebench-load"
	appIdle   = "onlinebench-idle"
)

// lockModes in increasing strength (PostgreSQL's table-level lock modes).
var lockModes = []string{
	"AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock",
	"ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock",
}

// lockQuery reads, for one sample, the table locks of the change's session
// on orders and customers of the run's schema.
const lockQuery = `SELECT c.relname, l.mode, l.granted
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
JOIN pg_class c ON c.oid = l.relation
WHERE l.locktype = 'relation'
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND c.relnamespace = $1::regnamespace
  AND c.relname IN ('orders', 'customers')
  AND a.application_name = '` + appChange + `'`

// waitingQuery counts the workload's sessions waiting for a lock of any
// kind: a table, or a row another transaction is changing.
const waitingQuery = `SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND application_name = '` + appLoad + `' AND wait_event_type = 'Lock'`

// Locks is what the lock sampler saw while the change ran.
type Locks struct {
	// Held is the strongest table lock the change's session was seen
	// holding, per table ("orders" -> "ShareLock").
	Held map[string]string
	// Waited is the strongest table lock the change's session was seen
	// waiting for, per table.
	Waited map[string]string
	// MaxWaiting is the largest number of workload statements seen
	// waiting for a lock (on a table or a row) in one sample.
	MaxWaiting int
	// Samples is the number of samples taken.
	Samples int
}

// String prints the locks as "orders AccessExclusive, customers
// ShareRowExclusive" (orders first, "Lock" dropped), a lock only waited
// for as "orders AccessExclusive (waited)", or "none seen".
func (l Locks) String() string {
	var tables []string
	for _, m := range []map[string]string{l.Held, l.Waited} {
		for t := range m {
			if !slices.Contains(tables, t) {
				tables = append(tables, t)
			}
		}
	}
	if len(tables) == 0 {
		return "none seen"
	}
	sort.Sort(sort.Reverse(sort.StringSlice(tables))) // orders first
	parts := make([]string, len(tables))
	for i, t := range tables {
		held, waited := l.Held[t], l.Waited[t]
		switch {
		case strength(waited) > strength(held) && held != "":
			parts[i] = t + " " + short(held) + ", waited for " + short(waited)
		case strength(waited) > strength(held):
			parts[i] = t + " " + short(waited) + " (waited)"
		default:
			parts[i] = t + " " + short(held)
		}
	}
	return strings.Join(parts, ", ")
}

func strength(mode string) int { return slices.Index(lockModes, mode) }

func short(mode string) string { return strings.TrimSuffix(mode, "Lock") }

// sampleLocks polls pg_locks every interval through db (a pool that is
// not the workload's) until the returned function is called, which
// returns what was seen.
func sampleLocks(ctx context.Context, db *sql.DB, schema string, interval time.Duration) (stop func() (Locks, error)) {
	ctx, cancel := context.WithCancel(ctx)
	var (
		wg   sync.WaitGroup
		out  = Locks{Held: map[string]string{}, Waited: map[string]string{}}
		serr error
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			if err := sampleOnce(ctx, db, schema, &out); err != nil {
				if ctx.Err() == nil {
					serr = err
				}
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	return func() (Locks, error) {
		cancel()
		wg.Wait()
		return out, serr
	}
}

func sampleOnce(ctx context.Context, db *sql.DB, schema string, out *Locks) error {
	rows, err := db.QueryContext(ctx, lockQuery, schema)
	if err != nil {
		return fmt.Errorf("onlinebench: sample pg_locks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, mode string
		var granted bool
		if err := rows.Scan(&table, &mode, &granted); err != nil {
			return fmt.Errorf("onlinebench: sample pg_locks: %w", err)
		}
		m := out.Waited
		if granted {
			m = out.Held
		}
		if strength(mode) > strength(m[table]) {
			m[table] = mode
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("onlinebench: sample pg_locks: %w", err)
	}
	var waiting int
	if err := db.QueryRowContext(ctx, waitingQuery).Scan(&waiting); err != nil {
		return fmt.Errorf("onlinebench: sample pg_stat_activity: %w", err)
	}
	out.MaxWaiting = max(out.MaxWaiting, waiting)
	out.Samples++
	return nil
}
