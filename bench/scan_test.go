package bench

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/georgysavva/scany/v2/sqlscan"
	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"
	"github.com/shopspring/decimal"

	_ "github.com/ferrosql/ferro" // registers ferro-sqlite, ferro-postgres
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

// scanRows is the result size of BenchmarkScan.
const scanRows = 10_000

// ScanStatus is a string enum (ent convention).
type ScanStatus string

// Values lists the members of ScanStatus.
func (ScanStatus) Values() []string { return []string{"new", "paid", "shipped"} }

// ScanMeta is a JSON column. Scan lets hand-written code, sqlx and scany
// read it; ferro decodes it through the type=json tag instead.
type ScanMeta struct {
	Tags  []string `json:"tags"`
	Score int      `json:"score"`
}

// Scan implements sql.Scanner.
func (m *ScanMeta) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return json.Unmarshal([]byte(v), m)
	case []byte:
		return json.Unmarshal(v, m)
	}
	return fmt.Errorf("ScanMeta: cannot scan %T", src)
}

// ScanRow has the ten mixed columns: int64, text, decimal, enum,
// timestamptz, nullable text, bool, uuid, double, json. The same struct is
// used by every contender.
type ScanRow struct {
	ID     int64           `db:"id"`
	Name   string          `db:"name"`
	Amount decimal.Decimal `db:"amount"`
	Status ScanStatus      `db:"status"`
	At     time.Time       `db:"at"`
	Note   sql.NullString  `db:"note"`
	Active bool            `db:"active"`
	UID    uuid.UUID       `db:"uid"`
	Score  float64         `db:"score"`
	Meta   ScanMeta        `db:"meta" ferro:"meta,type=json"`
}

const scanQuery = "SELECT id, name, amount, status, at, note, active, uid, score, meta FROM scan_rows ORDER BY id"

// scanDB creates and fills scan_rows through the ferro driver (so values are
// in ferro's canonical stored forms) and returns the ferro *sql.DB and the
// driver name sqlx needs for its bind type.
func scanDB(b *testing.B, e testdb.Engine) (*sql.DB, string) {
	b.Helper()
	db := testdb.Open(b, e.FerroDriver, e.DSN)
	ddl := `CREATE TABLE scan_rows (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount TEXT NOT NULL, status TEXT NOT NULL,
		at TIMESTAMP NOT NULL, note TEXT, active BOOLEAN NOT NULL, uid TEXT NOT NULL, score REAL NOT NULL, meta TEXT NOT NULL)`
	ins := "INSERT INTO scan_rows VALUES (?,?,?,?,?,?,?,?,?,?)"
	sqlxName := "sqlite"
	if e.Name == "postgres" {
		ddl = `CREATE TABLE scan_rows (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12,2) NOT NULL, status text NOT NULL,
			at timestamptz NOT NULL, note text, active boolean NOT NULL, uid uuid NOT NULL, score double precision NOT NULL, meta jsonb NOT NULL)`
		ins = "INSERT INTO scan_rows VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)"
		sqlxName = "pgx"
	}
	if _, err := db.Exec(ddl); err != nil {
		b.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	stmt, err := tx.Prepare(ins)
	if err != nil {
		b.Fatal(err)
	}
	statuses := ScanStatus("").Values()
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < scanRows; i++ {
		var note any
		if i%3 != 0 {
			note = fmt.Sprintf("note %d", i)
		}
		meta := fmt.Sprintf(`{"tags":["t%d","x"],"score":%d}`, i%7, i)
		_, err := stmt.Exec(i+1, fmt.Sprintf("customer-%05d", i), decimal.New(int64(i)*137+5, -2),
			ScanStatus(statuses[i%3]), base.Add(time.Duration(i)*time.Minute+123456*time.Microsecond), note,
			i%2 == 0, uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint(i))), float64(i)/7, meta)
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return db, sqlxName
}

func handWritten(db *sql.DB) ([]ScanRow, error) {
	rows, err := db.Query(scanQuery)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ScanRow
	for rows.Next() {
		var r ScanRow
		if err := rows.Scan(&r.ID, &r.Name, &r.Amount, &r.Status, &r.At, &r.Note, &r.Active, &r.UID, &r.Score, &r.Meta); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func coerceScanAll(db *sql.DB) ([]ScanRow, error) {
	rows, err := db.Query(scanQuery)
	if err != nil {
		return nil, err
	}
	return coerce.ScanAll[ScanRow](rows)
}

// The replay driver serves a result set captured from a real engine (the
// exact driver.Values modernc or pgx returned), so that "scan-only"
// benchmarks time database/sql plus the scanning code and nothing else:
// on a shared 2-core machine the engines' own noise otherwise swamps the
// differences being measured.

type replaySet struct {
	cols []string
	rows [][]driver.Value
}

var (
	replaySets sync.Map // DSN -> *replaySet
	replayOnce sync.Once
)

type replayDriver struct{}

func (replayDriver) Open(name string) (driver.Conn, error) {
	s, ok := replaySets.Load(name)
	if !ok {
		return nil, fmt.Errorf("replay: no result set %q", name)
	}
	return &replayConn{set: s.(*replaySet)}, nil
}

type replayConn struct{ set *replaySet }

func (c *replayConn) Prepare(string) (driver.Stmt, error) {
	return nil, errors.New("replay: no statements")
}
func (c *replayConn) Close() error              { return nil }
func (c *replayConn) Begin() (driver.Tx, error) { return nil, errors.New("replay: no transactions") }
func (c *replayConn) Query(string, []driver.Value) (driver.Rows, error) {
	return &replayRows{set: c.set}, nil
}

type replayRows struct {
	set *replaySet
	i   int
}

func (r *replayRows) Columns() []string { return r.set.cols }
func (r *replayRows) Close() error      { return nil }
func (r *replayRows) Next(dest []driver.Value) error {
	if r.i == len(r.set.rows) {
		return io.EOF
	}
	copy(dest, r.set.rows[r.i])
	r.i++
	return nil
}

// replayDB captures scanQuery's result through the raw driver of e and
// returns a *sql.DB that replays it.
func replayDB(b *testing.B, e testdb.Engine) *sql.DB {
	b.Helper()
	replayOnce.Do(func() { sql.Register("ferro-bench-replay", replayDriver{}) })
	raw := testdb.Open(b, e.RawDriver, e.DSN)
	rows, err := raw.Query(scanQuery)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	set := &replaySet{}
	set.cols, _ = rows.Columns()
	for rows.Next() {
		vals := make([]any, len(set.cols))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			b.Fatal(err)
		}
		row := make([]driver.Value, len(vals))
		for i, v := range vals {
			row[i] = v
		}
		set.rows = append(set.rows, row)
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	replaySets.Store(e.DSN, set)
	return testdb.Open(b, "ferro-bench-replay", e.DSN)
}

// BenchmarkScan reads 10,000 rows x 10 mixed columns into []ScanRow: the
// hand-written rows.Scan loop (the floor), coerce.ScanAll, sqlx.Select and
// scany's sqlscan.Select, on each engine, side by side in one run.
//
// "engine" runs the query on the real engine through the ferro driver (the
// same *sql.DB for all four, so only the scanning differs); "scan-only"
// replays the driver values that engine returned (see replayDriver).
func BenchmarkScan(b *testing.B) {
	for _, eng := range []string{"sqlite", "postgres"} {
		b.Run(eng, func(b *testing.B) {
			var e testdb.Engine
			if eng == "sqlite" {
				e = testdb.SQLite(b)
			} else {
				e = testdb.Postgres(b)
			}
			engineDB, sqlxName := scanDB(b, e)
			for _, mode := range []string{"engine", "scan-only"} {
				db := engineDB
				if mode == "scan-only" {
					db = replayDB(b, e)
				}
				b.Run(mode, func(b *testing.B) { benchScan(b, db, sqlxName) })
			}
		})
	}
}

func benchScan(b *testing.B, db *sql.DB, sqlxName string) {
	xdb := sqlx.NewDb(db, sqlxName)
	ctx := context.Background()
	contenders := []struct {
		name string
		fn   func() ([]ScanRow, error)
	}{
		{"hand-written", func() ([]ScanRow, error) { return handWritten(db) }},
		{"coerce.ScanAll", func() ([]ScanRow, error) { return coerceScanAll(db) }},
		{"sqlx.Select", func() ([]ScanRow, error) {
			var out []ScanRow
			return out, xdb.Select(&out, scanQuery)
		}},
		{"scany.Select", func() ([]ScanRow, error) {
			var out []ScanRow
			return out, sqlscan.Select(ctx, db, &out, scanQuery)
		}},
	}
	// Every contender must read the same thing before it is timed.
	want, err := handWritten(db)
	if err != nil || len(want) != scanRows {
		b.Fatalf("hand-written: %d rows, %v", len(want), err)
	}
	for _, c := range contenders {
		got, err := c.fn()
		if err != nil || len(got) != scanRows {
			b.Fatalf("%s: %d rows, %v", c.name, len(got), err)
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.ID != w.ID || g.Name != w.Name || !g.Amount.Equal(w.Amount) || g.Status != w.Status || !g.At.Equal(w.At) ||
				g.Note != w.Note || g.Active != w.Active || g.UID != w.UID || g.Score != w.Score || g.Meta.Score != w.Meta.Score {
				b.Fatalf("%s row %d = %+v, want %+v", c.name, i, g, w)
			}
		}
	}
	for _, c := range contenders {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.fn(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*scanRows), "ns/row")
		})
	}
}
