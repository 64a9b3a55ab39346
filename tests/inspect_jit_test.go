package tests

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
)

// Issue 17 item 6: catalog.Inspect of a PostgreSQL pool runs its one
// statement with JIT off. Here JIT is forced for every statement of the
// session (all thresholds 0): the statement Inspect sends compiles with
// JIT when run as it is (EXPLAIN ANALYZE reports a JIT section), and
// Inspect sends it only inside a read-only transaction that switched JIT
// off first, on one connection; EXPLAIN ANALYZE after the same setting
// reports none. (Forced so, the test does not depend on the size of the
// server's catalog, which decides whether the statement's estimated cost
// passes jit_above_cost.) Given a transaction of the caller's, Inspect runs the
// statement there and sets nothing.
func TestInspect_postgresJITOff(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	b, err := os.ReadFile(filepath.Join("testdata", "corpus", "roundcube.postgres.sql"))
	if err != nil {
		t.Fatal(err)
	}
	loadSQL(t, e, "roundcube.postgres.sql", string(b))
	// Every statement compiles, without inlining or optimisation (whose
	// cost on this statement would take the test tens of seconds).
	db, log := openTracedPostgres(t, e, map[string]string{"jit": "on", "jit_above_cost": "0"})
	ctx := context.Background()
	s, err := catalog.Inspect(ctx, db)
	if err != nil || len(s.Tables) != 17 {
		t.Fatalf("Inspect: %d tables, %v", len(s.Tables), err)
	}
	got := log.take()
	if len(got) != 2 || got[0] != "BEGIN READ ONLY; SET LOCAL jit = off" || !strings.HasSuffix(got[1], ";\nROLLBACK") {
		t.Fatalf("Inspect sent %d statements:\n%s\nwant the BEGIN with JIT off, then the inspection and its ROLLBACK", len(got), strings.Join(got, "\n---\n"))
	}
	query := strings.TrimSuffix(got[1], ";\nROLLBACK")
	explain := func(setting string) string {
		t.Helper()
		conn, err := db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "BEGIN READ ONLY"+setting); err != nil {
			t.Fatal(err)
		}
		defer conn.ExecContext(ctx, "ROLLBACK")
		var plan string
		if err := conn.QueryRowContext(ctx, "EXPLAIN (ANALYZE, FORMAT JSON) "+query).Scan(&plan); err != nil {
			t.Fatal(err)
		}
		return plan
	}
	var jitAvailable bool
	if err := db.QueryRow(`SELECT pg_jit_available()`).Scan(&jitAvailable); err != nil {
		t.Fatal(err)
	}
	if as := explain(""); jitAvailable && !strings.Contains(as, `"JIT"`) {
		t.Errorf("the inspection statement as it is did not compile with JIT forced on: the test proves nothing\n%s", as)
	}
	if off := explain("; SET LOCAL jit = off"); strings.Contains(off, `"JIT"`) {
		t.Errorf("the inspection statement compiled with JIT after SET LOCAL jit = off:\n%s", off)
	}
	log.take()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := catalog.Inspect(ctx, tx); err != nil {
		t.Fatal(err)
	}
	got = log.take()
	if len(got) == 0 || !strings.HasPrefix(got[len(got)-1], "WITH t AS") || strings.Contains(strings.Join(got, "\n"), "jit") {
		t.Errorf("Inspect in the caller's transaction sent:\n%s\nwant the inspection, no setting", strings.Join(got, "\n---\n"))
	}
}

// BenchmarkInspect_postgresJIT measures catalog.Inspect of the roundcube
// corpus schema (17 tables) with the server's JIT on, as before (Inspect in
// a transaction of the caller's, which switches nothing: what Inspect of a
// pool did before issue 17) and now (Inspect of the pool, JIT off for its
// statement), at two thresholds: jit_above_cost=0, the statement's estimate
// past it as on a server whose catalog is large (on this test server the
// estimate is about 16000), and the default 100000, which it does not
// pass here (no difference expected). docs/performance.md has the numbers:
//
//	go test ./tests -run '^$' -bench BenchmarkInspect_postgresJIT -count 6 | benchstat -col /how -
func BenchmarkInspect_postgresJIT(b *testing.B) {
	e := testdb.Postgres(b)
	text, err := os.ReadFile(filepath.Join("testdata", "corpus", "roundcube.postgres.sql"))
	if err != nil {
		b.Fatal(err)
	}
	loadSQL(b, e, "roundcube.postgres.sql", string(text))
	ctx := context.Background()
	for _, th := range []struct{ name, params string }{{"0", "&jit=on&jit_above_cost=0"}, {"100000", "&jit=on&jit_above_cost=100000"}} {
		db := testdb.Open(b, e.FerroDriver, e.DSN+th.params)
		b.Run("jit_above_cost="+th.name+"/how=before", func(b *testing.B) {
			for b.Loop() {
				tx, err := db.BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := catalog.Inspect(ctx, tx); err != nil {
					b.Fatal(err)
				}
				tx.Rollback()
			}
		})
		b.Run("jit_above_cost="+th.name+"/how=after", func(b *testing.B) {
			for b.Loop() {
				if _, err := catalog.Inspect(ctx, db); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
