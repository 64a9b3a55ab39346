package onlinebench

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// The workload: writers that alternate an INSERT of a new order and an
// UPDATE of an existing one by key, and one reader that selects an order by
// key, each on a fixed schedule (an open model: statement i of a
// goroutine is due at start + i/rate whether or not statement i-1 has
// finished). Latency is measured from the due time, not from the moment
// the statement was sent, so a statement that waited behind a stalled one
// counts its wait too (the correction for coordinated omission of wrk2 and
// HdrHistogram): a 3 s stall shows as a 3 s maximum and as some 300
// late statements per writer, not as one slow statement.

const (
	insertSQL = `INSERT INTO orders (id, customer_id, number, amount, code, ref, placed_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`
	updateSQL = `UPDATE orders SET amount = $2, code = $3, ref = $4, note = $5 WHERE id = $1`
	selectSQL = `SELECT id, customer_id, number, amount, code, ref, placed_at, note FROM orders WHERE id = $1`
)

// sample is one statement: when it was due and its latency from then.
type sample struct {
	due time.Time
	lat time.Duration
}

// latencies of one kind of statement.
type latencies []sample

// slowest returns the sample of the longest latency (zero when empty).
func (l latencies) slowest() sample {
	if len(l) == 0 {
		return sample{}
	}
	return slices.MaxFunc(l, func(a, b sample) int { return cmp.Compare(a.lat, b.lat) })
}

// quantile returns the q-quantile (nearest rank) of the latencies.
func (l latencies) quantile(q float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := make([]time.Duration, len(l))
	for i, x := range l {
		s[i] = x.lat
	}
	slices.Sort(s)
	i := int(q*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// workload runs the writers and the reader against db until stop.
type workload struct {
	db      *sql.DB
	rows    int64 // loaded rows: updates and reads pick ids in [1, rows]
	nextID  atomic.Int64
	stopAt  atomic.Int64 // unix nanoseconds; statements due at or after it are not sent
	stopped chan struct{}
	wg      sync.WaitGroup

	mu            sync.Mutex
	writes, reads latencies
	errs          []error
}

// startWorkload starts writers goroutines at rate statements per second
// each and one reader at rate, after opening every connection they need.
func startWorkload(ctx context.Context, db *sql.DB, rows int64, writers, rate int) (*workload, error) {
	w := &workload{db: db, rows: rows, stopped: make(chan struct{})}
	w.nextID.Store(rows)
	w.stopAt.Store(1<<63 - 1)
	// Open the connections first so that no statement of the measurement
	// pays for a connect.
	db.SetMaxIdleConns(writers + 1)
	conns := make([]*sql.Conn, writers+1)
	for i := range conns {
		c, err := db.Conn(ctx)
		if err != nil {
			return nil, fmt.Errorf("onlinebench: open workload connection: %w", err)
		}
		conns[i] = c
	}
	for _, c := range conns {
		c.Close()
	}
	interval := time.Second / time.Duration(rate)
	start := time.Now().Add(50 * time.Millisecond)
	for i := range writers + 1 {
		// Stagger the goroutines across one interval.
		first := start.Add(interval * time.Duration(i) / time.Duration(writers+1))
		w.wg.Add(1)
		go w.loop(ctx, i < writers, uint64(i), first, interval)
	}
	return w, nil
}

// loop runs one goroutine's schedule: a writer when write, else the reader.
func (w *workload) loop(ctx context.Context, write bool, seed uint64, due time.Time, interval time.Duration) {
	defer w.wg.Done()
	rng := rand.New(rand.NewPCG(seed, 0x6f6e6c696e65))
	var lat latencies
	var errs []error
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for i := 0; ; i++ {
		if due.UnixNano() >= w.stopAt.Load() {
			break
		}
		if d := time.Until(due); d > 0 {
			timer.Reset(d)
			select {
			case <-timer.C:
			case <-w.stopped:
				if due.UnixNano() >= w.stopAt.Load() {
					goto done
				}
				<-timer.C
			}
		}
		var err error
		switch {
		case !write:
			err = w.read(ctx, rng)
		case i%2 == 0:
			err = w.insert(ctx, rng)
		default:
			err = w.update(ctx, rng)
		}
		lat = append(lat, sample{due, time.Since(due)})
		if err != nil {
			errs = append(errs, err)
		}
		due = due.Add(interval)
	}
done:
	w.mu.Lock()
	defer w.mu.Unlock()
	if write {
		w.writes = append(w.writes, lat...)
	} else {
		w.reads = append(w.reads, lat...)
	}
	w.errs = append(w.errs, errs...)
}

// Values every later model accepts: customer ids that exist, unique
// numbers, notes of at most 20 characters, a ref on every row.
func (w *workload) insert(ctx context.Context, rng *rand.Rand) error {
	id := w.nextID.Add(1)
	note := fmt.Sprintf("w%d", rng.IntN(1000))
	_, err := w.db.ExecContext(ctx, insertSQL, id, 1+rng.Int64N(customers), fmt.Sprintf("ord-%d", id),
		amount(rng), fmt.Sprintf("c-%d", rng.IntN(1000)), fmt.Sprintf("r%d", id), time.Now(), note)
	if err != nil {
		return fmt.Errorf("onlinebench: insert order %d: %w", id, err)
	}
	return nil
}

func (w *workload) update(ctx context.Context, rng *rand.Rand) error {
	id := 1 + rng.Int64N(w.rows)
	note := fmt.Sprintf("u%d", rng.IntN(1000))
	_, err := w.db.ExecContext(ctx, updateSQL, id, amount(rng), fmt.Sprintf("c-%d", rng.IntN(1000)), fmt.Sprintf("r%d", id), note)
	if err != nil {
		return fmt.Errorf("onlinebench: update order %d: %w", id, err)
	}
	return nil
}

func (w *workload) read(ctx context.Context, rng *rand.Rand) error {
	id := 1 + rng.Int64N(w.rows)
	var cols [8]any
	ptrs := make([]any, len(cols))
	for i := range cols {
		ptrs[i] = &cols[i]
	}
	if err := w.db.QueryRowContext(ctx, selectSQL, id).Scan(ptrs...); err != nil {
		return fmt.Errorf("onlinebench: select order %d: %w", id, err)
	}
	return nil
}

// amount is a value numeric(12,2) holds.
func amount(rng *rand.Rand) string {
	return fmt.Sprintf("%d.%02d", rng.IntN(100000), rng.IntN(100))
}

// stop lets every goroutine finish the statements due before now, waits
// for them, and returns the latencies and the statements' errors.
func (w *workload) stop() (writes, reads latencies, errs []error) {
	w.stopAt.Store(time.Now().UnixNano())
	close(w.stopped)
	w.wg.Wait()
	return w.writes, w.reads, w.errs
}
