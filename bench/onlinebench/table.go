package onlinebench

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// WriteTable prints results as a Markdown table, one line per case and row
// count (in the order of Cases), each cell the median over the repeated
// runs of that case, tool and row count (n says how many): the longest
// write stall and the write p99 of ferro and of the expert form, the same
// for reads, the change's wall time, the strongest locks the change's
// session was seen holding or waiting for, the most workload statements seen waiting for a lock
// at once, and for the idle-transaction case when the change ended
// relative to the transaction's COMMIT.
func WriteTable(w io.Writer, results []Result) error {
	type key struct {
		name string
		rows int64
	}
	groups := map[key]map[Tool][]Result{}
	var keys []key
	for _, r := range results {
		k := key{r.Case, r.Rows}
		if groups[k] == nil {
			groups[k] = map[Tool][]Result{}
			keys = append(keys, k)
		}
		groups[k][r.Tool] = append(groups[k][r.Tool], r)
	}
	order := func(name string) int {
		return slices.IndexFunc(Cases, func(c Case) bool { return c.Name == name })
	}
	slices.SortStableFunc(keys, func(a, b key) int {
		if d := order(a.name) - order(b.name); d != 0 {
			return d
		}
		return int(a.rows - b.rows)
	})
	var b strings.Builder
	b.WriteString("| change | rows | n | write stall ferro / expert | write p99 ferro / expert | read stall ferro / expert | read p99 ferro / expert | change time ferro / expert | locks ferro | locks expert | most statements waiting ferro / expert | notes |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, k := range keys {
		f, e := groups[k][Ferro], groups[k][Expert]
		pair := func(get func(Result) time.Duration, unit time.Duration, prec int) string {
			return cell(f, get, unit, prec) + " / " + cell(e, get, unit, prec)
		}
		waiting := func(rs []Result) string {
			if len(rs) == 0 {
				return "-"
			}
			return fmt.Sprint(medianInt(rs, func(r Result) int { return r.Locks.MaxWaiting }))
		}
		fmt.Fprintf(&b, "| %s | %s | %d / %d | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s |\n",
			k.name, rowsLabel(k.rows), len(f), len(e),
			pair(func(r Result) time.Duration { return r.WriteStall }, time.Second, 2),
			pair(func(r Result) time.Duration { return r.WriteP99 }, time.Millisecond, 0),
			pair(func(r Result) time.Duration { return r.ReadStall }, time.Second, 2),
			pair(func(r Result) time.Duration { return r.ReadP99 }, time.Millisecond, 0),
			pair(func(r Result) time.Duration { return r.Change }, time.Second, 2),
			heldLocks(f), heldLocks(e), waiting(f), waiting(e), notes(f, e))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func rowsLabel(n int64) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

// heldLocks is the lock summary of the runs, joined when they differ.
func heldLocks(rs []Result) string {
	var seen []string
	for _, r := range rs {
		if s := r.Locks.String(); !slices.Contains(seen, s) {
			seen = append(seen, s)
		}
	}
	if len(seen) == 0 {
		return "-"
	}
	return strings.Join(seen, "; ")
}

func notes(f, e []Result) string {
	var out []string
	if len(f) > 0 && f[0].Case == idleCase() {
		get := func(r Result) time.Duration { return r.AfterIdle }
		out = append(out, "change ended "+cell(f, get, time.Second, 2)+" / "+cell(e, get, time.Second, 2)+" after the idle COMMIT")
	}
	if n := medianInt(e, func(r Result) int { return r.Retries }); n > 0 {
		out = append(out, fmt.Sprintf("expert retried %d lock timeouts", n))
	}
	return strings.Join(out, "; ")
}

func idleCase() string {
	for _, c := range Cases {
		if c.IdleTx > 0 {
			return c.Name
		}
	}
	return ""
}

// cell prints the median of get over rs in unit with prec decimals, or
// "-" when rs is empty.
func cell(rs []Result, get func(Result) time.Duration, unit time.Duration, prec int) string {
	if len(rs) == 0 {
		return "-"
	}
	v := make([]time.Duration, len(rs))
	for i, r := range rs {
		v[i] = get(r)
	}
	slices.Sort(v)
	suffix := map[time.Duration]string{time.Second: " s", time.Millisecond: " ms"}[unit]
	return fmt.Sprintf("%.*f%s", prec, float64(v[(len(v)-1)/2])/float64(unit), suffix)
}

func medianInt(rs []Result, get func(Result) int) int {
	if len(rs) == 0 {
		return 0
	}
	v := make([]int, len(rs))
	for i, r := range rs {
		v[i] = get(r)
	}
	slices.Sort(v)
	return v[(len(v)-1)/2]
}
