package ferro_test

import (
	"bytes"
	"database/sql"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// A logger for databases opened by DSN alone, with sql.Open.
func ExampleSetDefaultLogger() {
	ferro.SetDefaultLogger(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // stable output for the example
			}
			return a
		},
	})))
	defer ferro.SetDefaultLogger(nil)
	db, _ := sql.Open("ferro-sqlite", ":memory:")
	defer db.Close()
	db.Exec(`CREATE TABLE t (id integer)`)
	// Output: level=DEBUG msg="ferro: schema epoch bumped" db=:memory: dialect=sqlite epoch=1 reason=ddl
}

// TestSetDefaultLogger: a DB opened with sql.Open after SetDefaultLogger
// logs through it on both engines, with the DSN's password redacted; one
// opened before, or after SetDefaultLogger(nil), does not.
func TestSetDefaultLogger(t *testing.T) {
	for _, mk := range []func(testing.TB) testdb.Engine{testdb.SQLite, testdb.Postgres} {
		e := mk(t)
		t.Run(string(e.Name), func(t *testing.T) {
			dsn := e.DSN
			if e.Name == "postgres" {
				dsn = strings.Replace(dsn, "postgres://postgres@", "postgres://postgres:pw-secret-1@", 1)
			}
			before, err := sql.Open(e.FerroDriver, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer before.Close()
			var buf defaultLogBuffer
			ferro.SetDefaultLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
			db, err := sql.Open(e.FerroDriver, dsn)
			ferro.SetDefaultLogger(nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			after, err := sql.Open(e.FerroDriver, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer after.Close()
			for _, x := range []*sql.DB{before, after} {
				if _, err := x.Exec(`CREATE TABLE quiet_` + testdb.UniqueName("t") + ` (id integer)`); err != nil {
					t.Fatal(err)
				}
			}
			if buf.Len() != 0 {
				t.Fatalf("logged for a DB opened without the default logger: %s", buf.String())
			}
			if _, err := db.Exec(`CREATE TABLE logged (id integer)`); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.Contains(out, `msg="ferro: schema epoch bumped"`) || !strings.Contains(out, "dialect="+string(e.Name)) {
				t.Errorf("log: %s", out)
			}
			if strings.Contains(out, "pw-secret-1") {
				t.Errorf("log shows the password: %s", out)
			}
		})
	}
}

// defaultLogBuffer is a bytes.Buffer safe for the concurrent writes of other
// tests' databases that may open while the default logger is set.
type defaultLogBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *defaultLogBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *defaultLogBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *defaultLogBuffer) Len() int { return len(b.String()) }
